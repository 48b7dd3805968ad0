package org.familyhub.localoffer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.feedback.BuiltInSurvey;
import org.familyhub.feedback.CommentToScreen;
import org.familyhub.feedback.Moderation;
import org.familyhub.feedback.ScreenedComment;
import org.familyhub.feedback.Submission;
import org.familyhub.feedback.SurveyForm;
import org.familyhub.feedback.SurveyResponses;
import org.familyhub.feedback.Surveys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "You said, we did": a comment about the Local Offer comes in through the feedback module, is screened, then
 * published with the council's response; nothing unscreened, and nothing without a response, is ever published.
 */
@PortalTest
class YouSaidWeDidTest {

    @Autowired
    YouSaidWeDid youSaidWeDid;
    @Autowired
    Surveys surveys;
    @Autowired
    SurveyResponses responses;
    @Autowired
    Moderation moderation;
    @Autowired
    UserAccounts users;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aCommentIsScreenedThenPublishedWithTheCouncilsResponse() {
        String text = "The short breaks page does not say who to ask " + UUID.randomUUID();
        comment(text);
        SignedIn.as(users, "editor");
        long answerId = pending(text);
        assertThat(youSaidWeDid.waiting()).extracting(ScreenedComment::text).doesNotContain(text);
        assertThatThrownBy(() -> youSaidWeDid.publish(answerId, "We fixed it."))
                .isInstanceOfSatisfying(InvalidLocalOfferException.class,
                        invalid -> assertThat(invalid.errors()).containsEntry("comment", "localoffer.error.notScreened"));

        moderation.approve(answerId);
        assertThat(youSaidWeDid.waiting()).extracting(ScreenedComment::text).contains(text);
        long before = youSaidWeDid.published(1, 1).total();
        assertThatThrownBy(() -> youSaidWeDid.publish(answerId, " "))
                .isInstanceOfSatisfying(InvalidLocalOfferException.class,
                        invalid -> assertThat(invalid.errors()).containsEntry("weDid", "localoffer.error.required"));
        assertThatThrownBy(() -> youSaidWeDid.publish(answerId, "We <i>fixed</i> it."))
                .isInstanceOfSatisfying(InvalidLocalOfferException.class,
                        invalid -> assertThat(invalid.errors()).containsEntry("weDid", "localoffer.error.markup"));
        assertThat(youSaidWeDid.published(1, 1).total()).isEqualTo(before);

        youSaidWeDid.publish(answerId, "We added the Short Breaks team's number to the page.");
        SignedIn.out();

        PublishedResponse newest = youSaidWeDid.published(1, 20).entries().getFirst();
        assertThat(newest.youSaid()).isEqualTo(text);
        assertThat(newest.weDid()).isEqualTo("We added the Short Breaks team's number to the page.");
        assertThat(youSaidWeDid.published(1, 1).total()).isEqualTo(before + 1);
        SignedIn.as(users, "editor");
        assertThat(youSaidWeDid.waiting()).extracting(ScreenedComment::text).doesNotContain(text);
        assertThatThrownBy(() -> youSaidWeDid.publish(answerId, "Again"))
                .isInstanceOfSatisfying(InvalidLocalOfferException.class, invalid -> assertThat(invalid.errors())
                        .containsEntry("comment", "localoffer.error.alreadyAnswered"));
    }

    @Test
    void aRedactedCommentIsPublishedAsRedactedAndAHiddenOneNever() {
        String redactedText = "Call me on 07700 900123 about the Local Offer " + UUID.randomUUID();
        String hiddenText = "Rude words " + UUID.randomUUID();
        comment(redactedText);
        comment(hiddenText);
        SignedIn.as(users, "editor");
        long redacted = pending(redactedText);
        long hidden = pending(hiddenText);
        moderation.redact(redacted, "Please make the Local Offer easier to find.");
        moderation.hide(hidden);

        assertThat(youSaidWeDid.waiting()).extracting(ScreenedComment::answerId).contains(redacted)
                .doesNotContain(hidden);
        PublishedResponse published = youSaidWeDid.publish(redacted, "We put a link to it in every page's header.");
        assertThat(published.youSaid()).isEqualTo("Please make the Local Offer easier to find.");
        assertThatThrownBy(() -> youSaidWeDid.publish(hidden, "Nothing"))
                .isInstanceOf(InvalidLocalOfferException.class);
    }

    @Test
    void aCommentOnAnotherSurveyCannotBePublishedHere() {
        SurveyForm service = surveys.builtIn(BuiltInSurvey.SERVICE_FEEDBACK);
        String text = "Lovely staff " + UUID.randomUUID();
        responses.submit(new Submission(service.versionId(), Map.of("helped", List.of("yes"), "comments",
                List.of(text)), Submission.Context.NONE, null, null, "said-" + UUID.randomUUID(), null));
        SignedIn.as(users, "editor");
        long answerId = pending(text);
        moderation.approve(answerId);

        assertThatThrownBy(() -> youSaidWeDid.publish(answerId, "Thank you"))
                .isInstanceOfSatisfying(InvalidLocalOfferException.class,
                        invalid -> assertThat(invalid.errors()).containsEntry("comment", "localoffer.error.notScreened"));
    }

    @Test
    void onlyEditorsRespondAndAnyoneReads() {
        assertThat(youSaidWeDid.published(1, 20).total()).isGreaterThanOrEqualTo(2);
        SignedIn.as(users, "manager");
        assertThatThrownBy(() -> youSaidWeDid.waiting()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> youSaidWeDid.publish(1L, "x")).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "provider");
        assertThatThrownBy(() -> youSaidWeDid.publish(1L, "x")).isInstanceOf(AccessDeniedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> youSaidWeDid.waiting())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    private void comment(String text) {
        SurveyForm form = surveys.builtIn(BuiltInSurvey.LOCAL_OFFER);
        responses.submit(new Submission(form.versionId(), Map.of(YouSaidWeDid.QUESTION, List.of(text)),
                new Submission.Context(null, null, "local-offer"), null, null, "said-" + UUID.randomUUID(), null));
    }

    private long pending(String text) {
        return moderation.pending().stream().filter(c -> c.text().equals(text)).map(CommentToScreen::answerId)
                .findFirst().orElseThrow();
    }
}
