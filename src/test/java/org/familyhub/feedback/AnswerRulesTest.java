package org.familyhub.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerRulesTest {

    private static final List<Question> QUESTIONS = List.of(
            new Question("helped", QuestionType.YES_NO, "Did it help?", null, true, List.of()),
            new Question("ease", QuestionType.SCALE_1_5, "How easy?", null, false, List.of()),
            new Question("score", QuestionType.SCALE_0_10, "Score?", null, false, List.of()),
            new Question("which", QuestionType.SINGLE_CHOICE, "Which?", null, false, List.of("Group", "Visit")),
            new Question("topics", QuestionType.MULTIPLE_CHOICE, "Topics?", null, false,
                    List.of("Sleep", "Food", "Play")),
            new Question("comments", QuestionType.FREE_TEXT, "Comments", null, false, List.of()));

    @Test
    void rightAnswersOfEveryTypeAreKeptValueByValue() {
        List<Problem> problems = new ArrayList<>();
        List<AnswerRules.Value> values = AnswerRules.check(QUESTIONS, Map.of("helped", List.of("yes"),
                "ease", List.of("5"), "score", List.of("0"), "which", List.of("Visit"),
                "topics", List.of("Sleep", "Play"), "comments", List.of("  Lovely staff, I <3 it  ")), 2000, problems);

        assertThat(problems).isEmpty();
        assertThat(values).extracting(AnswerRules.Value::key, AnswerRules.Value::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("helped", "yes"), org.assertj.core.groups.Tuple.tuple("ease", "5"),
                org.assertj.core.groups.Tuple.tuple("score", "0"), org.assertj.core.groups.Tuple.tuple("which", "Visit"),
                org.assertj.core.groups.Tuple.tuple("topics", "Sleep"), org.assertj.core.groups.Tuple.tuple("topics", "Play"),
                org.assertj.core.groups.Tuple.tuple("comments", "Lovely staff, I <3 it"));
        assertThat(values.getLast().freeText()).isTrue();
    }

    @Test
    void answersOfTheWrongTypeAreTurnedDownQuestionByQuestion() {
        List<Problem> problems = new ArrayList<>();
        AnswerRules.check(QUESTIONS, Map.of("helped", List.of("maybe"), "ease", List.of("6"),
                "score", List.of("ten"), "which", List.of("Group", "Visit"), "topics", List.of("Sleep", "Sleep"),
                "nosuch", List.of("x")), 2000, problems);

        assertThat(problems).containsExactlyInAnyOrder(
                Problem.of("nosuch", "feedback.error.unknownQuestion"),
                Problem.of("helped", "feedback.error.yesNo"),
                Problem.of("ease", "feedback.error.scale", "1", "5"),
                Problem.of("score", "feedback.error.scale", "0", "10"),
                Problem.of("which", "feedback.error.oneAnswer"),
                Problem.of("topics", "feedback.error.choice"));
    }

    @Test
    void aRequiredQuestionLeftBlankIsNamed() {
        List<Problem> problems = new ArrayList<>();
        AnswerRules.check(QUESTIONS, Map.of("helped", List.of("   ")), 2000, problems);

        assertThat(problems).containsExactly(Problem.of("helped", "feedback.error.required"));
    }

    @Test
    void freeTextWithMarkupOrOverTheLimitIsTurnedDown() {
        List<Problem> problems = new ArrayList<>();
        AnswerRules.check(QUESTIONS, Map.of("helped", List.of("no"),
                "comments", List.of("<script>alert('x')</script>")), 2000, problems);
        AnswerRules.check(QUESTIONS, Map.of("helped", List.of("no"), "comments", List.of("a".repeat(2001))), 2000,
                problems);
        AnswerRules.check(QUESTIONS, Map.of("helped", List.of("no"),
                "comments", List.of("Nice <img src=x onerror=alert(1)>")), 2000, problems);

        assertThat(problems).containsExactly(Problem.of("comments", "feedback.error.markup"),
                Problem.of("comments", "feedback.error.tooLong", 2000), Problem.of("comments", "feedback.error.markup"));
    }

    @Test
    void aLoneAngleBracketIsTextButATagOrCommentIsMarkup() {
        assertThat(PlainText.hasMarkup("Ages 2 < 5, I <3 it & more")).isFalse();
        assertThat(PlainText.hasMarkup("fine <!-- hidden -->")).isTrue();
        assertThat(PlainText.hasMarkup("<a href=\"https://spam.example\">win</a>")).isTrue();
    }

    @Test
    void aSurveyDefinitionWithBrokenQuestionsIsRefusedInPlainWords() {
        assertThatThrownBy(() -> new Question("pick", QuestionType.SINGLE_CHOICE, "Pick one", null, true,
                List.of("Only"))).hasMessageContaining("between 2 and 20 choices");
        assertThatThrownBy(() -> new Question("Bad Key", QuestionType.YES_NO, "Q", null, true, List.of()))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new SurveyDraft(" ", null, Audience.FAMILIES, null, null, false, QUESTIONS))
                .hasMessageContaining("needs a title");
        assertThatThrownBy(() -> new SurveyDraft("T", null, Audience.FAMILIES, java.time.LocalDate.of(2026, 5, 2),
                java.time.LocalDate.of(2026, 5, 1), false, QUESTIONS)).hasMessageContaining("close before it opens");
    }

    @Test
    void personalDataIsSpottedAndASafeRedactionSuggested() {
        String text = "Call me on 07700 900123 or mail jo.bloggs@example.org, I live at CW1 2AB.";

        assertThat(PersonalData.find(text)).containsExactly("07700 900123", "jo.bloggs@example.org", "CW1 2AB");
        assertThat(PersonalData.redact(text))
                .isEqualTo("Call me on [removed] or mail [removed], I live at [removed].");
        assertThat(PersonalData.find("The group on Tuesday was 10 out of 10")).isEmpty();
    }

    @Test
    void csvCellsAreQuotedAndNeverReadAsFormulas() {
        assertThat(SurveyResults.cell("He said \"great\"")).isEqualTo("\"He said \"\"great\"\"\"");
        assertThat(SurveyResults.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SurveyResults.cell("-1")).isEqualTo("\"'-1\"");
    }
}
