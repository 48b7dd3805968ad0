package org.familyhub.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Roles;
import org.familyhub.directory.Directory;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.feed.FeedPublisher;
import org.familyhub.feedback.domain.ProblemReport;
import org.familyhub.feedback.domain.ProblemReportRepository;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Report a problem with this listing": anyone reports, editors work through the tasks, and the
 * reporter hears back by e-mail if they left an address.
 */
@Service
public class ProblemReports {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemReports.class);
    private static final String REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProblemReportRepository reports;
    private final Directory directory;
    private final SubmissionLimit limit;
    private final FeedbackProperties properties;
    private final CurrentUser currentUser;
    private final Mail mail;
    private final FeedbackMailText text;
    private final ApplicationEventPublisher events;
    private final CorrectionsUpstream upstream;
    private final Clock clock;

    ProblemReports(ProblemReportRepository reports, Directory directory, SubmissionLimit limit,
            FeedbackProperties properties, CurrentUser currentUser, Mail mail, FeedbackMailText text,
            ApplicationEventPublisher events, CorrectionsUpstream upstream, Clock clock) {
        this.reports = reports;
        this.directory = directory;
        this.limit = limit;
        this.properties = properties;
        this.currentUser = currentUser;
        this.mail = mail;
        this.text = text;
        this.events = events;
        this.upstream = upstream;
        this.clock = clock;
    }

    /**
     * Stores the report as an open task and returns its reference.
     *
     * @throws InvalidSubmissionException with every problem found; nothing was stored
     */
    @Transactional
    public String report(NewProblemReport report) {
        if (report.honeypot() != null && !report.honeypot().isBlank()) {
            LOG.info("Problem report filled by a robot (honeypot), discarded");
            return reference();
        }
        if (!limit.allow(report.sender())) {
            throw new InvalidSubmissionException(List.of(Problem.of("", "feedback.error.tooMany")));
        }
        List<Problem> problems = new ArrayList<>();
        ServiceDetails service = directory.service(report.serviceId()).orElse(null);
        if (service == null) {
            problems.add(Problem.of("", "feedback.error.noService"));
        }
        if (report.kind() == null) {
            problems.add(Problem.of("kind", "feedback.error.required"));
        }
        String description = PlainText.tidy(report.description());
        Problem descriptionProblem = description.isEmpty() ? Problem.of("description", "feedback.error.required")
                : AnswerRules.text("description", description, properties.maxText());
        if (descriptionProblem != null) {
            problems.add(descriptionProblem);
        }
        String email = AnswerRules.blankToNull(report.email());
        Problem emailProblem = email == null ? null : AnswerRules.email("email", email);
        if (emailProblem != null) {
            problems.add(emailProblem);
        }
        if (!problems.isEmpty() || service == null || report.kind() == null) {
            throw new InvalidSubmissionException(problems);
        }
        ProblemReport saved = reports.save(new ProblemReport(UUID.randomUUID(), uniqueReference(), service.id(),
                service.name(), report.kind(), description, email, clock.instant()));
        LOG.info("Problem report {} stored for service {}", saved.getReference(), service.id());
        events.publishEvent(new ProblemReported(saved.getId(), service.id()));
        return saved.getReference();
    }

    /** The editors' task list: open reports, oldest first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.EDITOR)
    public List<ProblemTask> open() {
        return reports.findByStatusOrderByReportedAt(ProblemStatus.OPEN).stream().map(ProblemReports::task).toList();
    }

    /** The last 50 closed, most recent first. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.EDITOR)
    public List<ProblemTask> recentlyClosed() {
        return reports.findTop50ByStatusNotOrderByClosedAtDesc(ProblemStatus.OPEN).stream()
                .map(ProblemReports::task).toList();
    }

    /**
     * Resolves or dismisses a report. A reply, if written and if the reporter left an address, is queued
     * in the same transaction; the address is then forgotten.
     *
     * @throws InvalidSubmissionException when the note or reply is not plain text or too long
     */
    @Transactional
    @RolesAllowed(Roles.EDITOR)
    public ProblemTask close(UUID id, ProblemStatus outcome, @Nullable String note, @Nullable String reply) {
        ProblemReport report = reports.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("There is no problem report " + id));
        String cleanNote = AnswerRules.blankToNull(note);
        String cleanReply = AnswerRules.blankToNull(reply);
        List<Problem> problems = new ArrayList<>();
        if (cleanNote != null && AnswerRules.text("note", cleanNote, properties.maxText()) instanceof Problem p) {
            problems.add(p);
        }
        if (cleanReply != null && AnswerRules.text("reply", cleanReply, properties.maxText()) instanceof Problem p) {
            problems.add(p);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        String to = report.getReporterEmail();
        boolean replying = to != null && cleanReply != null;
        report.close(outcome, cleanNote, replying, currentUser.require().username(), clock.instant());
        if (replying) {
            mail.queue(new Email(to, text.replySubject(report.getReference(), report.getServiceName()),
                    text.replyBody(report.getReference(), report.getServiceName(), cleanReply)));
        }
        LOG.info("Problem report {} {}", report.getReference(), outcome.name().toLowerCase());
        return task(report);
    }

    /**
     * For a report withheld from its feed's publisher because it may hold personal details: the e-mail "Send to the
     * publisher anyway" would send, so staff confirm knowing the address and every word. Empty when the report is
     * closed, already passed on, or its feed no longer takes corrections.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.EDITOR)
    public Optional<UpstreamMail> withheldMail(UUID id) {
        return reports.findById(id).flatMap(report -> withheld(report).flatMap(upstream::publisherOf)
                .map(publisher -> {
                    Email email = upstream.email(report, publisher);
                    return new UpstreamMail(publisher.feedName(), email.to(), email.subject(), email.body());
                }));
    }

    /**
     * Sends a withheld report to its feed's publisher after all, through the mail outbox in this transaction, and
     * marks it passed on (so the feed's next change to the listing is followed as the publisher's answer).
     *
     * @return false when there is nothing to send: closed, already passed on, or no corrections address now
     */
    @Transactional
    @RolesAllowed(Roles.EDITOR)
    public boolean sendWithheld(UUID id) {
        Optional<ProblemReport> report = reports.findById(id).flatMap(ProblemReports::withheld);
        Optional<FeedPublisher> publisher = report.flatMap(upstream::publisherOf);
        if (report.isEmpty() || publisher.isEmpty()) {
            return false;
        }
        upstream.send(report.get(), publisher.get());
        LOG.info("Problem report {} sent to its feed's publisher by {} after it was withheld",
                report.get().getReference(), currentUser.require().username());
        return true;
    }

    private static Optional<ProblemReport> withheld(ProblemReport report) {
        return Optional.of(report).filter(r -> r.getStatus() == ProblemStatus.OPEN && r.getUpstreamFeedName() != null
                && r.getUpstreamSentAt() == null);
    }

    private String uniqueReference() {
        String reference = reference();
        while (reports.existsByReference(reference)) {
            reference = reference();
        }
        return reference;
    }

    private static String reference() {
        StringBuilder reference = new StringBuilder("P-");
        for (int i = 0; i < 6; i++) {
            reference.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
        }
        return reference.toString();
    }

    private static ProblemTask task(ProblemReport r) {
        return new ProblemTask(r.getId(), r.getReference(), r.getServiceId(), r.getServiceName(), r.getKind(),
                r.getDescription(), r.getReporterEmail() != null, r.getStatus(), r.getReportedAt(), r.getClosedAt(),
                r.getClosedBy(), r.getEditorNote(), r.isReplied(), r.getUpstreamFeedName() == null ? null
                        : new Upstream(r.getUpstreamFeedName(), r.getUpstreamSentAt(), r.getUpstreamChangedAt()));
    }
}
