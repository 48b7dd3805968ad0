package org.familyhub.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.feedback.Results.Count;
import org.familyhub.feedback.Results.QuestionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each test defines its own survey, so the counts are exactly its own answers. */
@PortalTest
class ModerationAndResultsTest {

    private static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    private static final UUID CREWE_AUTISM_GROUP = UUID.fromString("b45ad79e-6860-567d-8e9e-24cf186ab2a0");

    @Autowired
    Surveys surveys;
    @Autowired
    SurveyResponses responses;
    @Autowired
    SurveyResults results;
    @Autowired
    Moderation moderation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    WebApplicationContext context;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void freeTextIsHiddenUntilScreenedAndPersonalDataIsNeverApproved() {
        UUID id = defineSurvey("Moderation survey");
        SurveyForm form = surveys.form(id.toString()).orElseThrow();
        answer(form, "yes", "4", List.of("Sleep"), "Brilliant, thank you", MONKS_STAY_AND_PLAY, "crewe-nantwich");
        answer(form, "no", "2", List.of("Food"), "Ring me on 07700 900123 about it", MONKS_STAY_AND_PLAY,
                "crewe-nantwich");
        answer(form, "no", "1", List.of("Play"), "You are all useless idiots", MONKS_STAY_AND_PLAY, "crewe-nantwich");

        SignedIn.as(accounts, "manager");
        QuestionResult before = question(results.results(id, ResultsFilter.ALL), "comments");
        assertThat(before.comments()).isEmpty();
        assertThat(before.awaitingScreening()).isEqualTo(3);
        assertThat(results.csv(id, ResultsFilter.ALL)).doesNotContain("Brilliant").doesNotContain("07700");
        Denied.when(() -> moderation.pending());

        SignedIn.as(accounts, "editor");
        List<CommentToScreen> pending = moderation.pending().stream()
                .filter(c -> c.surveyTitle().equals("Moderation survey")).toList();
        CommentToScreen kind = pending.stream().filter(c -> c.text().startsWith("Brilliant")).findFirst().orElseThrow();
        CommentToScreen phone = pending.stream().filter(c -> c.text().startsWith("Ring")).findFirst().orElseThrow();
        CommentToScreen abuse = pending.stream().filter(c -> c.text().startsWith("You")).findFirst().orElseThrow();
        assertThat(phone.personalData()).containsExactly("07700 900123");
        assertThat(phone.suggestedRedaction()).isEqualTo("Ring me on [removed] about it");
        assertThatThrownBy(() -> moderation.approve(phone.answerId())).hasMessageContaining("feedback.error.personalData");
        assertThatThrownBy(() -> moderation.redact(phone.answerId(), "Ring me on 07700900123"))
                .hasMessageContaining("feedback.error.personalData");

        moderation.approve(kind.answerId());
        moderation.redact(phone.answerId(), phone.suggestedRedaction());
        moderation.hide(abuse.answerId());

        QuestionResult after = question(results.results(id, ResultsFilter.ALL), "comments");
        // Answered at the same moment (the tests' clock is fixed), so in no particular order.
        assertThat(after.comments()).containsExactlyInAnyOrder("Brilliant, thank you", "Ring me on [removed] about it");
        assertThat(after.awaitingScreening()).isZero();
        assertThat(moderation.pending()).extracting(CommentToScreen::answerId)
                .doesNotContain(kind.answerId(), phone.answerId(), abuse.answerId());
        assertThat(results.csv(id, ResultsFilter.ALL)).contains("Brilliant, thank you")
                .contains("Ring me on [removed] about it").doesNotContain("07700").doesNotContain("idiots");
    }

    @Test
    void resultsAndCsvMatchTheStoredAnswersForEachServiceLocalityAndPeriod() {
        UUID id = defineSurvey("Results survey");
        SurveyForm form = surveys.form(id.toString()).orElseThrow();
        Receipt first = answer(form, "yes", "5", List.of("Sleep", "Play"), "", MONKS_STAY_AND_PLAY, "crewe-nantwich");
        answer(form, "yes", "4", List.of("Sleep"), "", MONKS_STAY_AND_PLAY, "crewe-nantwich");
        answer(form, "no", "2", List.of(), "", CREWE_AUTISM_GROUP, "congleton");

        SignedIn.as(accounts, "manager");
        Results all = results.results(id, ResultsFilter.ALL);
        assertThat(all.responses()).isEqualTo(3);
        assertThat(question(all, "helped").counts()).containsExactly(new Count("yes", 2), new Count("no", 1));
        QuestionResult ease = question(all, "ease");
        assertThat(ease.counts()).extracting(Count::count).containsExactly(0L, 1L, 0L, 1L, 1L);
        assertThat(ease.average()).isCloseTo(11 / 3.0, org.assertj.core.data.Offset.offset(0.001));
        QuestionResult topics = question(all, "topics");
        assertThat(topics.answered()).isEqualTo(2);
        assertThat(topics.counts()).containsExactly(new Count("Sleep", 2), new Count("Food", 0), new Count("Play", 1));

        Results monks = results.results(id, new ResultsFilter(null, MONKS_STAY_AND_PLAY, null, null, null));
        Results congleton = results.results(id, new ResultsFilter(1, null, "congleton", null, null));
        Results lastYear = results.results(id, new ResultsFilter(null, null, null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)));
        Results today = results.results(id, new ResultsFilter(null, null, null, results.today(), results.today()));
        assertThat(monks.responses()).isEqualTo(2);
        assertThat(question(monks, "helped").counts()).containsExactly(new Count("yes", 2), new Count("no", 0));
        assertThat(congleton.responses()).isEqualTo(1);
        assertThat(lastYear.responses()).isZero();
        assertThat(today.responses()).isEqualTo(3);

        List<String> lines = results.csv(id, new ResultsFilter(null, MONKS_STAY_AND_PLAY, null, null, null))
                .lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst()).isEqualTo(
                "\"response\",\"submitted_at\",\"version\",\"service_id\",\"locality\",\"page\",\"helped\",\"ease\",\"topics\",\"comments\"");
        assertThat(lines.get(1)).startsWith("\"" + first.id() + "\",").endsWith(",\"1\",\"" + MONKS_STAY_AND_PLAY
                + "\",\"crewe-nantwich\",\"\",\"yes\",\"5\",\"Sleep; Play\",\"\"");
    }

    @Test
    void onlyManagersAndEditorsSeeResultsOrDownloadTheCsv() throws Exception {
        UUID id = surveys.builtIn(BuiltInSurvey.SERVICE_FEEDBACK).surveyId();
        Denied.when(() -> results.results(id, ResultsFilter.ALL));
        for (String user : List.of("professional", "provider", "frontdoor", "admin")) {
            SignedIn.as(accounts, user);
            Denied.when(() -> results.results(id, ResultsFilter.ALL));
            Denied.when(() -> results.csv(id, ResultsFilter.ALL));
        }
        SignedIn.out();
        MockMvc mvc = SecuredMvc.of(context);
        String csv = "/api/feedback/surveys/" + id + "/results.csv";

        mvc.perform(get(csv)).andExpect(status().isUnauthorized());
        mvc.perform(get(csv).with(SecuredMvc.as("provider"))).andExpect(status().isForbidden());
        mvc.perform(get(csv).with(SecuredMvc.as("professional"))).andExpect(status().isForbidden());
        mvc.perform(get(csv).with(SecuredMvc.as("manager"))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("\"response\",")));
        mvc.perform(get(csv + "?from=yesterday").with(SecuredMvc.as("editor"))).andExpect(status().isBadRequest());
    }

    private UUID defineSurvey(String title) {
        SignedIn.as(accounts, "editor");
        UUID id = surveys.define(new SurveyDraft(title, null, Audience.FAMILIES, null, null, false, List.of(
                new Question("helped", QuestionType.YES_NO, "Did it help?", null, true, List.of()),
                new Question("ease", QuestionType.SCALE_1_5, "How easy was it?", null, true, List.of()),
                new Question("topics", QuestionType.MULTIPLE_CHOICE, "What did it help with?", null, false,
                        List.of("Sleep", "Food", "Play")),
                new Question("comments", QuestionType.FREE_TEXT, "Anything else?", null, false, List.of()))));
        SignedIn.out();
        return id;
    }

    private Receipt answer(SurveyForm form, String helped, String ease, List<String> topics, String comment,
            UUID service, String locality) {
        return responses.submit(new Submission(form.versionId(), Map.of("helped", List.of(helped),
                "ease", List.of(ease), "topics", topics, "comments", List.of(comment)),
                new Submission.Context(service, locality, null), null, null, "results-" + form.surveyId(), null));
    }

    private static QuestionResult question(Results results, String key) {
        return results.questions().stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }
}
