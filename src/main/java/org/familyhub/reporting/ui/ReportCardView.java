package org.familyhub.reporting.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.reporting.Card;
import org.familyhub.reporting.Figure;
import org.familyhub.reporting.FigureText;
import org.familyhub.reporting.LevelOutcome;
import org.familyhub.reporting.Measure;
import org.familyhub.reporting.Period;
import org.familyhub.reporting.ReportCard;
import org.familyhub.reporting.ReportCardFiles;
import org.familyhub.reporting.internal.SvgCharts;
import org.familyhub.shared.ui.DateEntry;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * The managers' report card: choose the whole area or a locality and a period; each figure shows this period and
 * the one before, the trend, the target, how it is counted, and a chart with its numbers in a table. Editors may
 * read it; nothing on it changes anything. CSV and PDF downloads carry the same figures.
 */
@Route(value = "workspace/report-card", layout = MainLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
@StyleSheet("context://styles/reporting.css")
class ReportCardView extends Div implements HasDynamicTitle {

    private final ReportCard reportCard;
    private final ReportCardFiles files;
    private final Select<String> locality = new Select<>();
    private final Select<Period.Length> length = new Select<>();
    private final Select<Period> period = new Select<>();
    private final DatePicker from = DateEntry.localised(new DatePicker());
    private final DatePicker to = DateEntry.localised(new DatePicker());
    private final Div shown = new Div();

    ReportCardView(ReportCard reportCard, ReportCardFiles files) {
        this.reportCard = reportCard;
        this.files = files;
        addClassNames("workspace-page", "report-card");
        List<LocalitySummary> localities = reportCard.localities();
        locality.setLabel("Area");
        locality.setId("report-locality");
        locality.setItems(IntStream.rangeClosed(0, localities.size())
                .mapToObj(i -> i == 0 ? "" : localities.get(i - 1).code()).toList());
        locality.setItemLabelGenerator(code -> code == null || code.isEmpty() ? "Whole area"
                : localities.stream().filter(l -> l.code().equals(code)).map(LocalitySummary::name).findFirst()
                        .orElse(code));
        locality.setValue("");
        length.setLabel("Period");
        length.setId("report-length");
        length.setItems(Period.Length.values());
        length.setItemLabelGenerator(l -> switch (l) {
            case MONTH -> "Month";
            case QUARTER -> "Quarter";
            case YEAR -> "Year";
            case CUSTOM -> "Custom dates";
        });
        period.setLabel("Which");
        period.setId("report-period");
        period.setItemLabelGenerator(Period::label);
        from.setLabel("From");
        from.setId("report-from");
        to.setLabel("To");
        to.setId("report-to");
        length.addValueChangeListener(change -> choices(change.getValue()));
        length.setValue(Period.Length.QUARTER);
        Button show = new Button("Show the report card", click -> show());
        show.setId("report-show");
        Div filters = new Div(locality, length, period, from, to, show);
        filters.addClassName("report-filters");
        Nav links = new Nav(new Anchor("workspace/gaps", "Gap analysis: searches that found nothing and coverage"));
        links.getElement().setAttribute("aria-label", "Reporting");
        add(new H1("Report card"), new Paragraph("How much did we do? How well did we do it? Is anyone better off?"),
                links, filters, shown);
        show();
    }

    /** The last 8 quarters, 24 months or 5 years, newest first; or two dates. */
    private void choices(Period.@Nullable Length chosen) {
        boolean custom = chosen == Period.Length.CUSTOM;
        period.setVisible(!custom);
        from.setVisible(custom);
        to.setVisible(custom);
        LocalDate today = reportCard.today();
        if (chosen == null) {
            return;
        }
        Period last = Period.lastComplete(chosen, today);
        if (custom) {
            from.setValue(last.from());
            to.setValue(last.to());
            return;
        }
        int count = switch (chosen) {
            case MONTH -> 24;
            case QUARTER -> 8;
            default -> 5;
        };
        List<Period> items = new ArrayList<>();
        Period next = last;
        for (int i = 0; i < count; i++) {
            items.add(next);
            next = next.previous();
        }
        period.setItems(items);
        period.setValue(last);
    }

    Period chosenPeriod() {
        if (length.getValue() == Period.Length.CUSTOM) {
            LocalDate start = from.getValue() == null ? reportCard.today().minusDays(30) : from.getValue();
            LocalDate end = to.getValue() == null || to.getValue().isBefore(start) ? start : to.getValue();
            return Period.custom(start, end);
        }
        return period.getValue() == null ? Period.lastComplete(Period.Length.QUARTER, reportCard.today())
                : period.getValue();
    }

    private @Nullable String chosenLocality() {
        return locality.getValue() == null || locality.getValue().isEmpty() ? null : locality.getValue();
    }

    private void show() {
        Card card = reportCard.card(chosenLocality(), chosenPeriod());
        shown.removeAll();
        H2 heading = new H2(card.areaName() + ": " + card.period().label() + " compared with " + card.previous().label());
        heading.setId("report-heading");
        shown.add(heading, downloads(card));
        shown.add(section("report-how-much", "How much did we do?", card, card.howMuch()));
        if (!card.bookingsRecorded()) {
            Paragraph bookings = new Paragraph("Bookings and attendance on parenting programmes: not recorded in the"
                    + " portal yet.");
            bookings.setId("report-bookings");
            shown.add(bookings);
        }
        shown.add(section("report-how-well", "How well did we do it?", card, card.howWell()));
        Section betterOff = section("report-better-off", "Is anyone better off?", card, card.betterOff());
        betterOff.add(byLevel(card));
        shown.add(betterOff);
    }

    private Section section(String id, String title, Card card, List<Figure> figures) {
        Section section = new Section(new H2(title));
        section.setId(id);
        section.addClassName("report-section");
        figures.forEach(figure -> section.add(figure(card, figure)));
        return section;
    }

    private Div figure(Card card, Figure figure) {
        Measure measure = figure.measure();
        Div box = new Div();
        box.addClassName("report-figure");
        box.setId("figure-" + measure.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        Span value = new Span(FigureText.value(measure, figure.value()));
        value.addClassName("report-value");
        Paragraph numbers = new Paragraph(value, new Span(" · " + card.previous().label() + ": "
                + FigureText.value(measure, figure.previous()) + " · " + FigureText.trend(figure)));
        box.add(new H3(measure.label()), numbers);
        if (figure.target() != null) {
            box.add(new Paragraph(FigureText.target(figure)));
        }
        if (figure.basis() != null) {
            box.add(new Paragraph("Measured over " + figure.basis()));
        }
        Details definition = new Details("How it is counted", new Paragraph(measure.definition()));
        String description = measure.label() + ": " + card.period().label() + " "
                + FigureText.value(measure, figure.value()) + ", " + card.previous().label() + " "
                + FigureText.value(measure, figure.previous());
        Div chart = new Div(new Html(SvgCharts.bars(description, List.of(
                bar(card.period().label(), figure.value(), measure, true),
                bar(card.previous().label(), figure.previous(), measure, false)))),
                Tables.table(measure.label(), List.of("Period", "Value"), List.of(
                        List.of(card.period().label(), FigureText.value(measure, figure.value())),
                        List.of(card.previous().label(), FigureText.value(measure, figure.previous())))));
        chart.addClassName("report-chart-and-table");
        box.add(definition, new Details("Chart", chart));
        return box;
    }

    private static SvgCharts.Bar bar(String label, @Nullable Double value, Measure measure, boolean emphasis) {
        return new SvgCharts.Bar(label, value == null ? 0 : value, FigureText.value(measure, value), emphasis);
    }

    private Div byLevel(Card card) {
        Function<LevelOutcome, String> name = outcome -> outcome.level() == null ? "Level not recorded"
                : "Level " + outcome.level().code() + " " + levelName(outcome);
        List<SvgCharts.Bar> bars = card.outcomesByLevel().stream().map(o -> new SvgCharts.Bar(name.apply(o),
                o.improvedShare() == null ? 0 : o.improvedShare(),
                FigureText.value(Measure.THINGS_IMPROVED, o.improvedShare()) + " of " + o.answered(), true)).toList();
        List<List<Object>> rows = card.outcomesByLevel().stream().map(o -> List.<Object>of(name.apply(o),
                o.answered(), o.improved(), FigureText.value(Measure.THINGS_IMPROVED, o.improvedShare()))).toList();
        Div box = new Div(new H3("Things improved, by level of need"),
                new Html(SvgCharts.bars("Share of families who say things improved, by level of need", bars)),
                Tables.table("Outcome surveys by level of need", List.of("Level of need", "Answered", "Improved",
                        "Share"), rows));
        box.setId("report-by-level");
        box.addClassName("report-figure");
        return box;
    }

    private static String levelName(LevelOutcome outcome) {
        return switch (outcome.level()) {
            case UNIVERSAL -> "(universal)";
            case ADDITIONAL -> "(additional needs)";
            case COMPLEX -> "(multiple and complex)";
            case SPECIALIST -> "(acute / specialist)";
            case null -> "";
        };
    }

    private Div downloads(Card card) {
        String name = ReportCardFiles.fileName(card.localityCode(), card.period());
        @Nullable String place = card.localityCode();
        Period chosen = card.period();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = files.csv(place, chosen).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + ".csv", "text/csv;charset=utf-8",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, "Download as CSV");
        csv.setId("report-csv");
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = files.pdf(place, chosen);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + ".pdf", "application/pdf",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, "Download for a board paper (PDF)");
        pdf.setId("report-pdf");
        Div links = new Div(csv, new Span(" · "), pdf);
        links.addClassName("report-downloads");
        return links;
    }

    @Override
    public String getPageTitle() {
        return "Report card";
    }
}
