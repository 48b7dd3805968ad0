package org.familyhub.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.shared.SpreadsheetText;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Service;

/**
 * The report card as files: CSV for a spreadsheet (RFC 4180, every cell safe from formula injection) and a PDF for
 * a board paper, with the definitions and a bar beside every number. Same figures as the screen: both come from
 * {@link ReportCard#card}.
 */
@Service
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class ReportCardFiles {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ReportCard reportCard;

    ReportCardFiles(ReportCard reportCard) {
        this.reportCard = reportCard;
    }

    /** A file name such as "report-card-crewe-nantwich-2026-07-01-to-2026-09-30". */
    public static String fileName(@Nullable String locality, Period period) {
        return "report-card-" + (locality == null ? "whole-area" : locality.replaceAll("[^a-z0-9-]", "")) + "-"
                + period.from() + "-to-" + period.to();
    }

    public String csv(@Nullable String locality, Period period) {
        Card card = reportCard.card(locality, period);
        StringBuilder csv = new StringBuilder();
        row(csv, List.of("area", "section", "measure", "figure", "period", "value", "previous_period",
                "previous_value", "change", "target", "measured_over", "definition"));
        section(csv, card, "How much did we do?", card.howMuch());
        section(csv, card, "How well did we do it?", card.howWell());
        section(csv, card, "Is anyone better off?", card.betterOff());
        for (LevelOutcome outcome : card.outcomesByLevel()) {
            row(csv, List.of(card.areaName(), "Is anyone better off?", "THINGS_IMPROVED_BY_LEVEL",
                    "Things improved: " + level(outcome.level()), card.period().label(),
                    outcome.improvedShare() == null ? "" : number(outcome.improvedShare()), "", "", "", "",
                    Long.toString(outcome.answered()), Measure.THINGS_IMPROVED.definition()));
        }
        if (!card.bookingsRecorded()) {
            row(csv, List.of(card.areaName(), "How much did we do?", "BOOKINGS", "Bookings and attendance",
                    card.period().label(), "", "", "", "", "", "", "Not recorded yet: bookings are not in the portal."));
        }
        return csv.toString();
    }

    private static void section(StringBuilder csv, Card card, String section, List<Figure> figures) {
        for (Figure figure : figures) {
            row(csv, List.of(card.areaName(), section, figure.measure().name(), figure.measure().label(),
                    card.period().label(), figure.value() == null ? "" : number(figure.value()), card.previous().label(),
                    figure.previous() == null ? "" : number(figure.previous()),
                    figure.change() == null ? "" : number(figure.change()),
                    figure.target() == null ? "" : number(figure.target()),
                    figure.basis() == null ? "" : Long.toString(figure.basis()), figure.measure().definition()));
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String level(@Nullable LevelOfNeed level) {
        return level == null ? "level not recorded" : "level " + level.code();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(c -> "\"" + SpreadsheetText.safe(c).replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(","))).append("\r\n");
    }

    /** The board paper: the card on A4, each figure with both periods as bars, the trend and the definition. */
    public byte[] pdf(@Nullable String locality, Period period) {
        Card card = reportCard.card(locality, period);
        Document doc = Jsoup.parse("<html lang=\"en\"><head><meta charset=\"utf-8\"/><title></title><style>"
                + "@page { size: A4; margin: 18mm 15mm; } body { font-family: 'Report Sans'; font-size: 10pt;"
                + " color: #1d1d1b; } h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt;"
                + " border-bottom: 1pt solid #0b5b4b; } table { width: 100%; border-collapse: collapse; }"
                + " th, td { text-align: left; vertical-align: top; padding: 3pt 4pt; border-bottom: 0.5pt solid #bbb; }"
                + " .bar { background: #0b5b4b; height: 7pt; } .bar.before { background: #8fb8ad; }"
                + " .definition { color: #444; font-size: 8.5pt; } tr { page-break-inside: avoid; }"
                + "</style></head><body></body></html>");
        doc.title("Report card: " + card.areaName() + ", " + card.period().label());
        Element body = doc.body();
        body.appendElement("h1").text("Report card: " + card.areaName());
        body.appendElement("p").text(card.period().label() + " (" + card.period().from() + " to " + card.period().to()
                + ") compared with " + card.previous().label() + ".");
        paperSection(body, "How much did we do?", card, card.howMuch());
        if (!card.bookingsRecorded()) {
            body.appendElement("p").addClass("definition")
                    .text("Bookings and attendance on parenting programmes are not recorded in the portal yet.");
        }
        paperSection(body, "How well did we do it?", card, card.howWell());
        paperSection(body, "Is anyone better off?", card, card.betterOff());
        Element levels = body.appendElement("table");
        levels.appendElement("caption").text("Families who say things improved, by level of need");
        Element head = levels.appendElement("tr");
        head.appendElement("th").text("Level of need");
        head.appendElement("th").text("Answered");
        head.appendElement("th").text("Things improved");
        for (LevelOutcome outcome : card.outcomesByLevel()) {
            Element tr = levels.appendElement("tr");
            tr.appendElement("td").text(level(outcome.level()));
            tr.appendElement("td").text(Long.toString(outcome.answered()));
            tr.appendElement("td").text(FigureText.value(Measure.THINGS_IMPROVED, outcome.improvedShare()));
        }
        return render(doc);
    }

    private static void paperSection(Element body, String title, Card card, List<Figure> figures) {
        body.appendElement("h2").text(title);
        Element table = body.appendElement("table");
        Element head = table.appendElement("tr");
        for (String column : List.of("Figure", card.period().label(), card.previous().label(), "Change", "")) {
            head.appendElement("th").text(column);
        }
        for (Figure figure : figures) {
            double max = Math.max(Math.abs(figure.value() == null ? 0 : figure.value()),
                    Math.abs(figure.previous() == null ? 0 : figure.previous()));
            Element tr = table.appendElement("tr");
            Element name = tr.appendElement("td");
            name.appendElement("strong").text(figure.measure().label());
            name.appendElement("div").addClass("definition").text(figure.measure().definition());
            tr.appendElement("td").text(FigureText.value(figure.measure(), figure.value()));
            tr.appendElement("td").text(FigureText.value(figure.measure(), figure.previous()));
            tr.appendElement("td").text(FigureText.trend(figure) + " " + FigureText.target(figure));
            Element bars = tr.appendElement("td").attr("style", "width: 28%");
            bars.appendElement("div").addClass("bar").attr("style", "width: " + width(figure.value(), max) + "%");
            bars.appendElement("div").addClass("bar before").attr("style",
                    "width: " + width(figure.previous(), max) + "%; margin-top: 2pt");
        }
    }

    private static long width(@Nullable Double value, double max) {
        return value == null || max == 0 ? 0 : Math.round(Math.abs(value) / max * 100);
    }

    private static byte[] render(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(ReportCardFiles::font, "Report Sans");
            builder.withW3cDocument(new W3CDom().fromJsoup(doc), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the report card", e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream font = ReportCardFiles.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new IllegalStateException("PDFBox's Liberation Sans font is missing from the classpath");
        }
        return font;
    }
}
