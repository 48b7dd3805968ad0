package org.familyhub.portal.ui;

import org.springframework.context.ApplicationEventPublisher;
import org.familyhub.shared.Usage;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.CategorySummary;
import org.familyhub.directory.Directory;
import org.familyhub.directory.TermNames;
import org.familyhub.directory.ServicePage;
import org.familyhub.directory.Timetable;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/** A topic's page: every active service in it or its sub-topics, 20 to a page, and its printable leaflet. */
@Route(value = CategoryView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class CategoryView extends Section implements HasUrlParameter<String>, HasDynamicTitle {

    private final ApplicationEventPublisher events;

    static final String ROUTE = "categories";
    static final String CONTENT_ID = "category-page";
    /** The childcare topic, whose page links to the request to find childcare. */
    static final String CHILDCARE = "childcare-and-early-education";
    static final String CHILDCARE_HELP = "childcare/help";
    private final Directory directory;
    private final PortalProperties portal;
    private final Timetable timetable;
    private final TermNames terms;
    private String title = "";

    CategoryView(Directory directory, PortalProperties portal, Timetable timetable, ApplicationEventPublisher events,
            TermNames terms) {
        this.events = events;
        this.terms = terms;
        this.timetable = timetable;
        this.directory = directory;
        this.portal = portal;
        setId(CONTENT_ID);
        addClassName("listing-page");
    }

    /** The topic this page shows, for the page's metadata written with the same response ({@link PageMetadata}). */
    private @Nullable CategorySummary shown;

    /** The topic this page shows, once its address has been read. */
    Optional<CategorySummary> shown() {
        return Optional.ofNullable(shown);
    }

    /** The address of a topic's page, for links written as HTML (the home page's tiles). */
    static String href(String code) {
        return ROUTE + "/" + code;
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        CategorySummary category = directory.category(code).orElseThrow(NotFoundException::new);
        shown = category;
        events.publishEvent(new Usage(Usage.Kind.PAGE_VIEW, "category:" + code, null));
        TermNames.Label name = terms.topic(code, getLocale());
        title = name.text();
        removeAll();
        add(TermText.marked(new H1(title), name));
        terms.topicDescription(code, getLocale())
                .ifPresent(description -> add(TermText.marked(new Paragraph(description.text()), description)));
        add(new Paragraph(getTranslation("category.intro", category.serviceCount())));
        add(new PageTools(CONTENT_ID, null, null), LocalityView.leaflet(this, "leaflets/categories/" + code + ".pdf"));
        RouterLink search = new RouterLink(getTranslation("category.search"), SearchView.class);
        search.setQueryParameters(SearchState.empty().withFilter("category", Set.of(code)).toParameters());
        add(new Paragraph(search));
        if (CHILDCARE.equals(code)) {
            // The Family Information Service's brokerage (#19): for families who cannot find childcare.
            Paragraph brokerage = new Paragraph(new Text(getTranslation("category.childcareHelpIntro") + " "),
                    new Anchor(CHILDCARE_HELP, getTranslation("category.childcareHelp")));
            brokerage.addClassNames("notice", "notice-info", "childcare-help-link");
            add(brokerage);
        }
        if (category.serviceCount() == 0) {
            add(new Paragraph(getTranslation("category.empty")));
        } else {
            int asked = PageLinks.asked(event);
            ServicePage page = directory.servicesInCategory(code, asked, PageLinks.SIZE);
            add(new ServiceList(page.services(), new ListingText(this, portal.areaName(), timetable.today()), "h2"),
                    new PageLinks(page, asked, n -> PageLinks.to(CategoryView.class, code, n)));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
