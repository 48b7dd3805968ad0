package org.familyhub.workspace.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.OrganisationSummary;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingWorkflow;
import org.familyhub.shared.DateText;

/**
 * The start of the workspace: the signed-in person's drafts, what waits for review (editors), a new
 * listing, and the listings they may change, with stale ones flagged.
 */
@Route(value = "workspace", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PROVIDER})
class WorkspaceView extends Div implements HasDynamicTitle {

    private final ListingWorkflow workflow;
    private final DateText dates;
    private final Feedback feedback = new Feedback();
    private final Grid<ListingSummary> grid = new Grid<>();
    private List<ListingSummary> listings = List.of();

    WorkspaceView(ListingWorkflow workflow, CurrentUser currentUser, DateText dates) {
        this.workflow = workflow;
        this.dates = dates;
        addClassName("workspace");
        boolean editor = currentUser.get().map(u -> u.has(Role.EDITOR) || u.has(Role.ADMIN)).orElse(false);
        add(new H1(getTranslation("editor.title")), new Paragraph(getTranslation("editor.intro")));
        if (editor) {
            add(editorLinks(currentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false)));
        }
        add(feedback, drafts());
        if (editor) {
            add(reviewQueue());
        }
        add(propose(), listings());
    }

    /** @param admin administrators also keep the term dates */
    private Nav editorLinks(boolean admin) {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("editor.title"));
        nav.add(new Anchor("workspace/stale", getTranslation("editor.nav.stale")), new Span(" · "),
                new Anchor("workspace/transfer", getTranslation("editor.nav.transfer")), new Span(" · "),
                new Anchor("workspace/site-notices", getTranslation("notice.editor.title")), new Span(" · "),
                new Anchor("workspace/quality", getTranslation("editor.nav.quality")));
        nav.add(new Span(" · "), new Anchor("workspace/organisations", getTranslation("records.nav.organisations")),
                new Span(" · "), new Anchor("workspace/venues", getTranslation("records.nav.venues")));
        if (admin) {
            nav.add(new Span(" · "), new Anchor("workspace/term-dates", getTranslation("terms.title")));
            nav.add(new Span(" · "), new Anchor("workspace/categories", getTranslation("records.nav.topics")),
                    new Span(" · "), new Anchor("workspace/localities", getTranslation("records.nav.localities")));
        }
        return nav;
    }

    private Section drafts() {
        Section section = new Section(new H2(getTranslation("editor.drafts.title")));
        List<Draft> mine = workflow.myDrafts();
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("editor.drafts.none")));
        }
        UnorderedList list = new UnorderedList();
        mine.forEach(draft -> list.add(new ListItem(new Anchor("workspace/drafts/" + draft.id(),
                getTranslation("editor.drafts.item", name(draft), status(draft.status()))))));
        section.add(list);
        return section;
    }

    private Section reviewQueue() {
        List<Draft> waiting = workflow.reviewQueue();
        Section section = new Section(new H2(getTranslation("editor.nav.review", waiting.size())));
        if (waiting.isEmpty()) {
            section.add(new Paragraph(getTranslation("editor.review.none")));
        }
        UnorderedList list = new UnorderedList();
        waiting.forEach(draft -> list.add(new ListItem(new Anchor("workspace/drafts/" + draft.id(),
                getTranslation("editor.review.item", name(draft), draft.author())))));
        section.add(list);
        return section;
    }

    private Section propose() {
        ComboBox<OrganisationSummary> organisation = new ComboBox<>(getTranslation("editor.propose.organisation"));
        organisation.setItems(workflow.organisations());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setWidth("24em");
        if (workflow.organisations().size() == 1) {
            organisation.setValue(workflow.organisations().getFirst());
        }
        Button start = new Button(getTranslation("editor.propose.start"), click -> {
            if (organisation.getValue() == null) {
                organisation.setInvalid(true);
                organisation.setErrorMessage(getTranslation("editor.propose.organisation"));
                return;
            }
            feedback.attempt(getTranslation("editor.problems"), () -> {
                Draft draft = workflow.propose(organisation.getValue().id());
                getUI().ifPresent(ui -> ui.navigate("workspace/drafts/" + draft.id()));
            });
        });
        HorizontalLayout row = new HorizontalLayout(organisation, start);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new Section(new H2(getTranslation("editor.propose.title")), row);
    }

    private Section listings() {
        TextField filter = new TextField(getTranslation("editor.listings.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> show(event.getValue()));
        grid.addColumn(ListingSummary::name).setHeader(getTranslation("editor.listings.name")).setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(ListingSummary::organisationName).setHeader(getTranslation("editor.listings.organisation"))
                .setFlexGrow(2);
        grid.addColumn(ListingSummary::status).setHeader(getTranslation("editor.listings.status"));
        grid.addColumn(l -> (l.assuredDate() == null ? getTranslation("editor.listings.never")
                : dates.shortDate(l.assuredDate(), getLocale())) + (l.stale() ? " — " + getTranslation("editor.listings.stale") : ""))
                .setHeader(getTranslation("editor.listings.checked")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("editor.listings.actions")).setFlexGrow(3);
        grid.setAllRowsVisible(false);
        grid.setHeight("32em");
        listings = workflow.listings();
        show("");
        return new Section(new H2(getTranslation("editor.listings.title")), filter, grid);
    }

    private HorizontalLayout actions(ListingSummary listing) {
        Anchor edit = new Anchor("workspace/edit/" + listing.id(), getTranslation("editor.listings.edit"));
        Anchor history = new Anchor("workspace/history/" + listing.id(),
                getTranslation("editor.listings.history"));
        Button confirm = new Button(getTranslation("editor.listings.confirm"), click -> feedback.attempt(
                getTranslation("editor.problems"), () -> {
                    workflow.confirmAccurate(listing.id());
                    feedback.done(getTranslation("editor.listings.confirmed", listing.name()));
                    listings = workflow.listings();
                    grid.setItems(listings);
                }));
        confirm.getElement().setAttribute("aria-label",
                getTranslation("editor.listings.confirm") + ": " + listing.name());
        return new HorizontalLayout(edit, history, confirm);
    }

    private void show(String filter) {
        String words = filter.strip().toLowerCase(Locale.ROOT);
        grid.setItems(listings.stream().filter(l -> l.name().toLowerCase(Locale.ROOT).contains(words)).toList());
    }

    private String name(Draft draft) {
        return draft.name().isBlank() ? getTranslation("editor.draft.new") : draft.name();
    }

    private String status(Draft.Status status) {
        return getTranslation("editor.status." + status.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title");
    }
}
