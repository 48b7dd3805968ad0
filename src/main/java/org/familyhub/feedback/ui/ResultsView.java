package org.familyhub.feedback.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.feedback.QuestionType;
import org.familyhub.feedback.Results;
import org.familyhub.feedback.Results.QuestionResult;
import org.familyhub.feedback.ResultsFilter;
import org.familyhub.feedback.SurveyResults;
import org.familyhub.feedback.SurveyResults.ServiceAnswered;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.ui.DateEntry;

/**
 * A survey's results for managers and editors: by version, service, locality and period; each
 * question as an SVG chart with its numbers in a table beside it; screened comments; CSV export.
 */
@Route(value = "workspace/surveys/results", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.MANAGER})
@StyleSheet("context://styles/feedback.css")
class ResultsView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final SurveyResults results;
    private final Select<Integer> version = new Select<>();
    private final ComboBox<ServiceAnswered> service = new ComboBox<>();
    private final Select<String> locality = new Select<>();
    private final DatePicker from = DateEntry.localised(new DatePicker());
    private final DatePicker to = DateEntry.localised(new DatePicker());
    private final Div shown = new Div();
    private UUID surveyId = new UUID(0, 0);

    ResultsView(SurveyResults results, Directory directory) {
        this.results = results;
        addClassName("workspace-page");
        version.setLabel(getTranslation("feedback.results.version"));
        version.setId("results-version");
        service.setLabel(getTranslation("feedback.results.service"));
        service.setItemLabelGenerator(ServiceAnswered::name);
        service.setClearButtonVisible(true);
        service.setId("results-service");
        Map<String, String> localities = directory.localities().stream()
                .collect(Collectors.toMap(LocalitySummary::code, LocalitySummary::name));
        locality.setLabel(getTranslation("feedback.results.locality"));
        locality.setEmptySelectionAllowed(true);
        locality.setEmptySelectionCaption(getTranslation("feedback.results.allLocalities"));
        locality.setItems(localities.keySet().stream().sorted().toList());
        locality.setItemLabelGenerator(code -> code == null ? getTranslation("feedback.results.allLocalities")
                : localities.getOrDefault(code, code));
        locality.setId("results-locality");
        from.setLabel(getTranslation("feedback.results.from"));
        from.setId("results-from");
        to.setLabel(getTranslation("feedback.results.to"));
        to.setId("results-to");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            surveyId = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        Results current;
        try {
            current = results.results(surveyId, ResultsFilter.ALL);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        removeAll();
        version.setItems(current.versions());
        version.setItemLabelGenerator(v -> getTranslation("feedback.results.versionN", v));
        version.setValue(current.version());
        service.setItems(results.servicesAnswered(surveyId));
        Button apply = new Button(getTranslation("feedback.results.apply"), click -> show());
        apply.setId("results-apply");
        Div filters = new Div(version, service, locality, from, to, apply);
        filters.addClassName("feedback-filters");
        add(new H1(getTranslation("feedback.results.heading", current.title())), filters, shown);
        show(current);
    }

    private void show() {
        show(results.results(surveyId, filter()));
    }

    ResultsFilter filter() {
        ServiceAnswered chosen = service.getValue();
        return new ResultsFilter(version.getValue(), chosen == null ? null : chosen.id(), locality.getValue(),
                from.getValue(), to.getValue());
    }

    private void show(Results current) {
        shown.removeAll();
        Paragraph count = new Paragraph(getTranslation("feedback.results.responses", current.responses()));
        count.setId("results-count");
        shown.add(count, csvLink(current.filter()));
        for (QuestionResult question : current.questions()) {
            shown.add(question(question));
        }
    }

    private Section question(QuestionResult question) {
        Section section = new Section(new H2(question.label()));
        section.addClassName("feedback-result");
        section.add(new Paragraph(getTranslation("feedback.results.answered", question.answered())));
        if (question.type() == QuestionType.FREE_TEXT) {
            section.add(comments(question));
            return section;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<?>> rows = new ArrayList<>();
        long total = question.counts().stream().mapToLong(Results.Count::count).sum();
        for (Results.Count count : question.counts()) {
            String label = Labels.value(this, "results", question.type(), count.value());
            bars.add(new BarChart.Bar(label, count.count()));
            rows.add(List.of(label, count.count(), BarChart.percent(count.count(), total)));
        }
        Div side = new Div();
        side.addClassName("feedback-chart-and-table");
        Html chart = new Html(BarChart.svg(getTranslation("feedback.results.chart", question.label()), bars));
        side.add(chart, Tables.table(getTranslation("feedback.results.numbers", question.label()),
                List.of(getTranslation("feedback.results.col.answer"), getTranslation("feedback.results.col.count"),
                        getTranslation("feedback.results.col.share")), rows));
        section.add(side);
        if (question.average() != null) {
            section.add(new Paragraph(getTranslation("feedback.results.average",
                    String.format(Locale.ROOT, "%.1f", question.average()))));
        }
        return section;
    }

    private Div comments(QuestionResult question) {
        Div block = new Div();
        if (question.comments().isEmpty()) {
            block.add(new Paragraph(getTranslation("feedback.results.noComments")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("feedback-comments");
            question.comments().forEach(comment -> list.add(new ListItem(comment)));
            block.add(list);
        }
        if (question.awaitingScreening() > 0) {
            block.add(new Paragraph(getTranslation("feedback.results.awaiting", question.awaitingScreening())));
        }
        return block;
    }

    /** A download through the signed-in session (the {@code /api} CSV endpoint is for scripts, with HTTP Basic). */
    private Anchor csvLink(ResultsFilter filter) {
        UUID survey = surveyId;
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            byte[] csv = results.csv(survey, filter).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "survey-results.csv",
                    "text/csv;charset=utf-8", csv.length);
        });
        Anchor csv = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation("feedback.results.csv"));
        csv.setId("results-csv");
        return csv;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feedback.results.title");
    }
}
