package org.familyhub.feedback.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.feedback.SurveyOverview;
import org.familyhub.feedback.Surveys;
import org.familyhub.shared.ui.MainLayout;

/** Editors and managers: every survey with its version, dates and responses, and links to edit and results. */
@Route(value = SurveysView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.MANAGER})
class SurveysView extends Div implements HasDynamicTitle {

    static final String ROUTE = "workspace/surveys";

    SurveysView(Surveys surveys) {
        addClassName("workspace-page");
        add(new H1(getTranslation("feedback.surveys.title")));
        RouterLink create = new RouterLink(getTranslation("feedback.surveys.new"), SurveyEditorView.class);
        create.setId("new-survey");
        add(new Div(create));
        List<List<?>> rows = surveys.list().stream().<List<?>>map(survey -> List.of(
                survey.title(),
                getTranslation("feedback.audience." + survey.audience().name()),
                survey.version(),
                getTranslation(survey.open() ? "feedback.surveys.open" : "feedback.surveys.closed"),
                survey.responses(),
                links(survey))).toList();
        add(Tables.table(getTranslation("feedback.surveys.caption"), List.of(
                getTranslation("feedback.surveys.col.title"), getTranslation("feedback.surveys.col.audience"),
                getTranslation("feedback.surveys.col.version"), getTranslation("feedback.surveys.col.status"),
                getTranslation("feedback.surveys.col.responses"), getTranslation("feedback.surveys.col.actions")),
                rows));
    }

    private Div links(SurveyOverview survey) {
        String id = survey.id().toString();
        RouterLink edit = new RouterLink(getTranslation("feedback.surveys.edit"), SurveyEditorView.class, id);
        RouterLink results = new RouterLink(getTranslation("feedback.surveys.results"), ResultsView.class, id);
        Anchor link = new Anchor("feedback/" + (survey.code() != null ? survey.code() : id),
                getTranslation("feedback.surveys.link"));
        Div links = new Div(edit, results, link);
        links.addClassName("feedback-actions");
        return links;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.surveys.title");
    }
}
