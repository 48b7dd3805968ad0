package org.familyhub.reporting.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.reporting.Coverage;
import org.familyhub.reporting.GapAnalysis;
import org.familyhub.reporting.GapGroup;
import org.familyhub.reporting.GapVerdict;
import org.familyhub.reporting.Period;
import org.familyhub.reporting.ReportCard;
import org.familyhub.reporting.SynonymTask;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * The gaps in the offer: searches that found nothing, grouped by their words, which a manager marks as a gap in
 * the offer or a missing synonym (a task editors see and tick off here); and the coverage of each category by
 * locality and level of need, with empty cells marked in words and demand beside them.
 */
@Route(value = "workspace/gaps", layout = MainLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
@StyleSheet("context://styles/reporting.css")
class GapView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final GapAnalysis gaps;
    private final CurrentUser currentUser;
    private boolean manager;
    private boolean editor;
    private final Select<String> locality = new Select<>();
    private final Select<Period> period = new Select<>();
    private final Div searches = new Div();
    private final Div tasks = new Div();
    private final Div coverage = new Div();
    private final ZoneId zone;

    GapView(GapAnalysis gaps, ReportCard reportCard, CurrentUser currentUser, Clock clock) {
        this.gaps = gaps;
        this.currentUser = currentUser;
        this.zone = clock.getZone();
        addClassNames("workspace-page", "report-gaps");
        Map<String, String> names = new LinkedHashMap<>();
        names.put("", "Whole area");
        reportCard.localities().forEach(l -> names.put(l.code(), l.name()));
        locality.setLabel("Area");
        locality.setId("gaps-locality");
        locality.setItems(List.copyOf(names.keySet()));
        locality.setItemLabelGenerator(code -> names.getOrDefault(code == null ? "" : code, code));
        locality.setValue("");
        List<Period> quarters = new ArrayList<>();
        Period next = Period.lastComplete(Period.Length.QUARTER, reportCard.today());
        quarters.add(Period.custom(reportCard.today().minusYears(1), reportCard.today()));
        for (int i = 0; i < 8; i++) {
            quarters.add(next);
            next = next.previous();
        }
        period.setLabel("Period");
        period.setId("gaps-period");
        period.setItems(quarters);
        period.setItemLabelGenerator(p -> p.length() == Period.Length.CUSTOM ? "The last 12 months" : p.label());
        period.setValue(quarters.getFirst());
        Button show = new Button("Show", click -> show());
        show.setId("gaps-show");
        Div filters = new Div(locality, period, show);
        filters.addClassName("report-filters");
        add(new H1("Gap analysis"), new Anchor("workspace/report-card", "Back to the report card"), filters,
                section("gaps-searches", "Searches that found nothing", searches),
                section("gaps-synonyms", "Missing synonyms for editors to add", tasks),
                section("gaps-coverage", "Coverage by category, locality and level of need", coverage));
    }

    /** Who may mark and who may tick off is read on every visit: the router may reuse this view. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PortalUser user = currentUser.get().orElse(null);
        manager = user != null && (user.has(Role.MANAGER) || user.has(Role.ADMIN));
        editor = user != null && (user.has(Role.EDITOR) || user.has(Role.ADMIN));
        show();
    }

    private static Section section(String id, String title, Div content) {
        Section section = new Section(new H2(title), content);
        section.setId(id);
        section.addClassName("report-section");
        return section;
    }

    private @Nullable String chosenLocality() {
        return locality.getValue() == null || locality.getValue().isEmpty() ? null : locality.getValue();
    }

    private void show() {
        showSearches();
        showTasks();
        showCoverage();
    }

    private void showSearches() {
        searches.removeAll();
        List<GapGroup> groups = gaps.zeroResultSearches(chosenLocality(), period.getValue());
        if (groups.isEmpty()) {
            searches.add(new Paragraph("No search found nothing in this period."));
            return;
        }
        searches.add(new Paragraph("Similar searches are grouped: the same words in any order, without small words"
                + " such as \"in\" or \"for\", plurals as one."));
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.setId("gaps-table");
        table.setCaptionText("Searches that found nothing, most frequent first");
        NativeTableRow head = table.getHead().addRow();
        List.of("Words", "As typed", "Searches", "Locality", "Last seen", "Verdict").forEach(h -> head.addHeaderCell().setText(h));
        for (GapGroup group : groups) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(group.words());
            row.addDataCell().setText(String.join("; ", group.wordings()));
            row.addDataCell().setText(Long.toString(group.count()));
            row.addDataCell().setText(group.localities().isEmpty() ? "not recorded" : String.join(", ", group.localities()));
            row.addDataCell().setText(DAY.format(group.lastSeen().atZone(zone)));
            NativeTableCell verdict = row.addDataCell();
            verdict.add(new Span(verdictText(group.verdict())));
            if (manager) {
                verdict.add(mark(group, GapVerdict.GAP_IN_OFFER, "Gap in the offer"),
                        mark(group, GapVerdict.MISSING_SYNONYM, "Missing synonym"));
            }
        }
        searches.add(table);
    }

    private Button mark(GapGroup group, GapVerdict verdict, String label) {
        Button button = new Button(label, click -> {
            gaps.mark(group.words(), verdict);
            show();
        });
        button.getElement().setAttribute("aria-label", label + ": " + group.words());
        button.addClassName("report-mark");
        return button;
    }

    private static String verdictText(@Nullable GapVerdict verdict) {
        return verdict == null ? "Not marked " : verdict == GapVerdict.GAP_IN_OFFER ? "A gap in the offer "
                : "A missing synonym ";
    }

    private void showTasks() {
        tasks.removeAll();
        List<SynonymTask> open = gaps.synonymTasks();
        if (open.isEmpty()) {
            tasks.add(new Paragraph("No missing synonym is waiting."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("gaps-synonym-tasks");
        for (SynonymTask task : open) {
            ListItem item = new ListItem(new Span("\"" + task.words() + "\", marked by " + task.markedBy() + " on "
                    + DAY.format(task.markedAt().atZone(zone)) + " "));
            if (editor) {
                Button added = new Button("Synonym added", click -> {
                    gaps.synonymAdded(task.words());
                    show();
                });
                added.getElement().setAttribute("aria-label", "Synonym added: " + task.words());
                item.add(added);
            }
            list.add(item);
        }
        tasks.add(list);
    }

    private void showCoverage() {
        coverage.removeAll();
        Coverage matrix = gaps.coverage(chosenLocality(), period.getValue());
        coverage.add(new Paragraph("Active services with a venue or area in each locality. A cell with no local"
                + " service says \"none\" and is outlined; area-wide services (helplines, online) are shown apart."
                + " Demand is the period's searches for the category in the locality and requests for help naming"
                + " it."));
        Map<String, List<Coverage.Row>> byLocality = new LinkedHashMap<>();
        matrix.rows().forEach(row -> byLocality.computeIfAbsent(row.localityName(), k -> new ArrayList<>()).add(row));
        byLocality.forEach((name, rows) -> coverage.add(localityTable(name, rows)));
        coverage.add(new H3("Possible duplication"));
        if (matrix.bunched().isEmpty()) {
            coverage.add(new Paragraph("No town has " + matrix.duplicationThreshold()
                    + " or more services of one category and level."));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("gaps-duplication");
            matrix.bunched().forEach(bunch -> list.add(new ListItem(bunch.services() + " services for "
                    + bunch.categoryName() + " at level " + bunch.level().code() + " in " + bunch.town())));
            coverage.add(list);
        }
    }

    private NativeTable localityTable(String name, List<Coverage.Row> rows) {
        NativeTable table = new NativeTable();
        table.addClassNames("report-table", "report-matrix");
        table.setCaptionText(name + ": services by category and level of need");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Category");
        for (LevelOfNeed level : LevelOfNeed.values()) {
            head.addHeaderCell().setText("Level " + level.code());
        }
        List.of("Area-wide (levels 1–4)", "Searches", "Requests for help").forEach(h -> head.addHeaderCell().setText(h));
        for (Coverage.Row row : rows) {
            NativeTableRow tr = table.getBody().addRow();
            tr.addHeaderCell().setText(row.categoryName());
            for (LevelOfNeed level : LevelOfNeed.values()) {
                NativeTableCell cell = tr.addDataCell();
                if (row.empty(level)) {
                    cell.setText("none");
                    cell.addClassName("report-empty");
                } else {
                    cell.setText(Long.toString(row.services(level)));
                }
            }
            long[] wide = row.areaWide();
            tr.addDataCell().setText(wide[0] + " / " + wide[1] + " / " + wide[2] + " / " + wide[3]);
            tr.addDataCell().setText(Long.toString(row.searches()));
            tr.addDataCell().setText(Long.toString(row.requests()));
        }
        return table;
    }

    @Override
    public String getPageTitle() {
        return "Gap analysis";
    }
}
