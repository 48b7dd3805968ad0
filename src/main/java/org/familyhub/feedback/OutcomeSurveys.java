package org.familyhub.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.feedback.domain.Invitation;
import org.familyhub.feedback.domain.InvitationRepository;
import org.familyhub.feedback.domain.SurveyRepository;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends the outcome survey for something closed: an invitation with a single-use link, e-mailed through
 * the outbox in the same transaction, so it is sent once the mail server answers and never lost.
 * One survey per subject, however often the event arrives.
 */
@Service
public class OutcomeSurveys {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeSurveys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final SurveyRepository surveys;
    private final Mail mail;
    private final FeedbackMailText text;
    private final FeedbackProperties properties;
    private final Clock clock;

    OutcomeSurveys(InvitationRepository invitations, SurveyRepository surveys, Mail mail, FeedbackMailText text,
            FeedbackProperties properties, Clock clock) {
        this.invitations = invitations;
        this.surveys = surveys;
        this.mail = mail;
        this.text = text;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Queues the survey e-mail; empty when this subject already had one.
     *
     * @throws InvalidSubmissionException when the address is not an e-mail address
     */
    @Transactional
    public Optional<UUID> send(OutcomeSurveyDue due) {
        if (invitations.findBySubjectId(due.subjectId()).isPresent()) {
            return Optional.empty();
        }
        String email = due.email().strip();
        if (AnswerRules.email("email", email) instanceof Problem problem) {
            throw new InvalidSubmissionException(List.of(problem));
        }
        UUID surveyId = surveys.findByCode(BuiltInSurvey.OUTCOME.code()).orElseThrow().getId();
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Invitation invitation = invitations.save(new Invitation(UUID.randomUUID(), token, surveyId, due.subjectId(),
                due.serviceId(), due.localityCode(), clock.instant()));
        String link = UriComponentsBuilder.fromUri(properties.portalUrl()).path("/feedback/")
                .path(BuiltInSurvey.OUTCOME.code()).queryParam("invite", token).build().toUriString();
        // Queued as about its subject, so a hold on the family's case (a safeguarding concern) stops it even now.
        mail.queueToFamily(due.subjectId(), new Email(email, text.outcomeSubject(), text.outcomeBody(link)));
        LOG.info("Outcome survey {} queued for subject {}", invitation.getId(), due.subjectId());
        return Optional.of(invitation.getId());
    }
}
