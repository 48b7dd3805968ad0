package org.familyhub.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.familyhub.feedback.Problem;
import org.familyhub.feedback.Question;
import org.familyhub.feedback.QuestionType;
import org.familyhub.feedback.SurveyForm;
import org.jspecify.annotations.Nullable;

/**
 * The words of a survey as shown. A survey an editor wrote is shown as written. The built-in surveys
 * are stored in English; in Polish their words come from the bundle ({@code feedback.builtin.*}).
 */
final class Labels {

    private Labels() {
    }

    static String title(Component in, SurveyForm form) {
        return builtIn(in, form, "title", form.title());
    }

    static @Nullable String intro(Component in, SurveyForm form) {
        return form.intro() == null ? null : builtIn(in, form, "intro", form.intro());
    }

    static String question(Component in, SurveyForm form, Question question) {
        return builtIn(in, form, question.key(), question.label());
    }

    static @Nullable String hint(Component in, SurveyForm form, Question question) {
        return question.hint() == null ? null : builtIn(in, form, question.key() + ".hint", question.hint());
    }

    /** Yes and no are always translated; a built-in survey's choices too. */
    static String value(Component in, @Nullable String surveyCode, QuestionType type, String value) {
        if (type == QuestionType.YES_NO || (surveyCode != null && type.hasOptions())) {
            return translated(in, "feedback.answer." + value, value);
        }
        return value;
    }

    static String problem(Component in, Problem problem) {
        return in.getTranslation(problem.messageKey(), problem.args().toArray());
    }

    private static String builtIn(Component in, SurveyForm form, String part, String stored) {
        if (form.code() == null || !"pl".equals(language())) {
            return stored;
        }
        return translated(in, "feedback.builtin." + form.code() + "." + part, stored);
    }

    private static String language() {
        UI ui = UI.getCurrent();
        return ui == null ? "en" : ui.getLocale().getLanguage();
    }

    private static String translated(Component in, String key, String fallback) {
        String text = in.getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }
}
