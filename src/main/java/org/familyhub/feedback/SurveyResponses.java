package org.familyhub.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.directory.Place;
import org.familyhub.feedback.domain.Answer;
import org.familyhub.feedback.domain.AnswerRepository;
import org.familyhub.feedback.domain.Invitation;
import org.familyhub.feedback.domain.InvitationRepository;
import org.familyhub.feedback.domain.SurveyResponse;
import org.familyhub.feedback.domain.SurveyResponseRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes answers from the public forms. Everything is checked before anything is stored; once
 * {@link #submit} returns, the answers are in the database and the form may say thank you.
 */
@Service
public class SurveyResponses {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyResponses.class);

    private final Surveys surveys;
    private final SurveyResponseRepository responses;
    private final AnswerRepository answers;
    private final InvitationRepository invitations;
    private final SubmissionLimit limit;
    private final FeedbackProperties properties;
    private final Directory directory;
    private final Clock clock;

    SurveyResponses(Directory directory, Surveys surveys, SurveyResponseRepository responses, AnswerRepository answers,
            InvitationRepository invitations, SubmissionLimit limit, FeedbackProperties properties, Clock clock) {
        this.directory = directory;
        this.surveys = surveys;
        this.responses = responses;
        this.answers = answers;
        this.invitations = invitations;
        this.limit = limit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores the answers and returns the receipt.
     *
     * @throws InvalidSubmissionException with every problem found; nothing was stored
     */
    @Transactional
    public Receipt submit(Submission submission) {
        if (submission.honeypot() != null && !submission.honeypot().isBlank()) {
            // A robot: it gets the same "thank you" as a person, so it learns nothing, and nothing is stored.
            LOG.info("Feedback form filled by a robot (honeypot), discarded");
            return receipt(UUID.randomUUID());
        }
        if (!limit.allow(submission.sender())) {
            throw new InvalidSubmissionException(List.of(Problem.of("", "feedback.error.tooMany")));
        }
        SurveyForm form = surveys.version(submission.versionId()).orElseThrow(() ->
                new InvalidSubmissionException(List.of(Problem.of("", "feedback.error.noSurvey"))));
        List<Problem> problems = new ArrayList<>();
        if (!form.open()) {
            problems.add(Problem.of("", "feedback.error.closed"));
        }
        Invitation invitation = invitation(form, submission.invitation(), problems);
        List<AnswerRules.Value> values = AnswerRules.check(form.questions(), submission.answers(),
                properties.maxText(), problems);
        Submission.Contact contact = contact(form, submission.contact(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        Submission.Context context = invitation == null ? submission.context()
                : new Submission.Context(invitation.getServiceId(), invitation.getLocalityCode(), null);
        SurveyResponse answered = new SurveyResponse(UUID.randomUUID(), form.surveyId(),
                form.versionId(), context.serviceId(), context.localityCode(), route(context.pageRoute()),
                clock.instant(), contact == null ? null : contact.name(), contact == null ? null : contact.email(),
                contact != null);
        if (invitation != null) {
            answered.about(invitation.getSubjectId());
        }
        SurveyResponse response = responses.saveAndFlush(answered);
        answers.saveAll(values.stream()
                .map(v -> new Answer(response.getId(), v.key(), v.value(), v.freeText())).toList());
        if (invitation != null) {
            invitation.answered(clock.instant());
        }
        LOG.info("Survey response {} stored for survey {} version {}", response.getId(), form.surveyId(),
                form.version());
        return receipt(response.getId());
    }

    /**
     * Where service feedback was given: the service and the locality of its first venue or area, so
     * results can be read per service and per locality.
     */
    @Transactional(readOnly = true)
    public Submission.Context serviceContext(UUID serviceId) {
        String localityCode = directory.service(serviceId)
                .flatMap(service -> service.places().stream().map(Place::locality).filter(Objects::nonNull).findFirst())
                .flatMap(name -> directory.localities().stream().filter(l -> l.name().equals(name))
                        .map(LocalitySummary::code).findFirst())
                .orElse(null);
        return new Submission.Context(serviceId, localityCode, "/services/" + serviceId);
    }

    /** The outcome survey behind an invitation, if it is still waiting for its answer. */
    @Transactional(readOnly = true)
    public Optional<SurveyForm> invited(String token) {
        return invitations.findByToken(token).filter(i -> i.getAnsweredAt() == null)
                .flatMap(i -> surveys.form(i.getSurveyId().toString()));
    }

    private @Nullable Invitation invitation(SurveyForm form, @Nullable String token, List<Problem> problems) {
        boolean needed = BuiltInSurvey.OUTCOME.code().equals(form.code());
        if (token == null || token.isBlank()) {
            if (needed) {
                problems.add(Problem.of("", "feedback.error.invitation"));
            }
            return null;
        }
        Optional<Invitation> invitation = invitations.findByToken(token)
                .filter(i -> i.getSurveyId().equals(form.surveyId()) && i.getAnsweredAt() == null);
        if (invitation.isEmpty()) {
            problems.add(Problem.of("", "feedback.error.invitation"));
        }
        return invitation.orElse(null);
    }

    private static Submission.@Nullable Contact contact(SurveyForm form, Submission.@Nullable Contact contact,
            List<Problem> problems) {
        if (contact == null) {
            return null;
        }
        String name = AnswerRules.blankToNull(contact.name());
        String email = AnswerRules.blankToNull(contact.email());
        if (name == null && email == null) {
            return null;
        }
        if (!form.allowContact()) {
            problems.add(Problem.of("contact", "feedback.error.noContact"));
            return null;
        }
        if (!contact.consent()) {
            problems.add(Problem.of("contact.consent", "feedback.error.consent"));
        }
        if (name != null) {
            Problem problem = name.length() > AnswerRules.MAX_NAME
                    ? Problem.of("contact.name", "feedback.error.tooLong", AnswerRules.MAX_NAME)
                    : AnswerRules.text("contact.name", name, AnswerRules.MAX_NAME);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (email != null) {
            Problem problem = AnswerRules.email("contact.email", email);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return new Submission.Contact(name, email, true);
    }

    /** Only the path of a page is kept, never its query (which could hold a search for a person's need). */
    private static @Nullable String route(@Nullable String route) {
        if (route == null) {
            return null;
        }
        String path = route.split("[?#]", 2)[0];
        return path.length() > 300 ? path.substring(0, 300) : path;
    }

    private static Receipt receipt(UUID id) {
        return new Receipt(id, "F-" + id.toString().substring(0, 8).toUpperCase());
    }
}
