package org.familyhub.shared.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.shared.PortalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every public page: a skip link, the portal's name, the page itself in {@code <main>},
 * and the safeguarding line in the footer of every page. Other modules add header links
 * ({@link SiteLink.Source}), notices at the top of {@code <main>} ({@link PageNoticeSection}) and end-of-page
 * parts ({@link PageFooterSection}) as Spring beans.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    public static final String MAIN_ID = "main-content";
    private final Main main = new Main();
    private final Nav links = new Nav();
    private final Div pageEnd = new Div();
    private final Div notices = new Div();
    private final List<SiteLink.Source> linkSources;
    private final List<PageFooterSection> footerSections;
    private final List<PageNoticeSection> noticeSections;
    private @Nullable String shownPath;

    public MainLayout(PortalProperties portal, List<SiteLink.Source> linkSources,
            List<PageFooterSection> footerSections, List<PageNoticeSection> noticeSections) {
        this.linkSources = linkSources;
        this.noticeSections = noticeSections;
        this.footerSections = footerSections.stream()
                .sorted(Comparator.comparingInt(PageFooterSection::order)).toList();
        addClassName("page");
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("app.skip"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        // The page's <base> would turn "#main-content" into the home page's address: move the focus instead.
        skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                + " const main = document.getElementById($0); if (main) { main.focus(); } })", MAIN_ID);

        Header header = new Header();
        header.addClassName("site-header");
        Anchor home = new Anchor(".", portal.portalName());
        home.addClassName("site-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("site-tagline");
        links.addClassName("site-links");
        links.getElement().setAttribute("aria-label", getTranslation("app.siteNav"));
        header.add(home, tagline, links, languageSwitch());
        pageEnd.addClassName("page-end");

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");
        notices.addClassName("page-notices");
        notices.setVisible(false);

        Footer footer = new Footer();
        footer.addClassName("site-footer");
        Paragraph danger = new Paragraph(getTranslation("footer.safeguarding"));
        danger.addClassName("safeguarding");
        footer.add(danger, new Paragraph(getTranslation("footer.worried", portal.frontDoorPhone())),
                new Paragraph(getTranslation("footer.checked")));

        add(skip, header, main, pageEnd, footer);
    }

    /** Each language is named in itself ("Polski"), marked with its own {@code lang} for screen readers. */
    private Button languageSwitch() {
        boolean polish = "pl".equals(getLocale() == null ? "" : getLocale().getLanguage());
        Locale other = polish ? Locale.ENGLISH : PortalTranslations.POLISH;
        Button toggle = new Button(getTranslation(polish ? "app.english" : "app.polish"),
                click -> PageLanguage.choose(click.getSource().getUI().orElseThrow(), other));
        toggle.getElement().setAttribute("lang", other.getLanguage());
        toggle.setId("language-switch");
        toggle.addClassNames("language-switch", "no-print");
        return toggle;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        links.removeAll();
        linkSources.stream().flatMap(source -> source.links().stream())
                .sorted(Comparator.comparingInt(SiteLink::order))
                .forEach(link -> links.add(new Anchor(link.href(), getTranslation(link.labelKey()))));
        links.setVisible(links.getComponentCount() > 0);
        pageEnd.removeAll();
        String route = event.getLocation().getPath();
        footerSections.forEach(section -> pageEnd.add(section.create(route)));
        notices.removeAll();
        noticeSections.forEach(section -> section.create(route).forEach(notices::add));
        notices.setVisible(notices.getComponentCount() > 0);
        startAtTheTop(event, route);
    }

    /**
     * A new page opened by a link starts at its top with the focus on its heading, as a page loaded afresh
     * would: the browser keeps the scroll position between the router's pages, so a result opened from far
     * down a list landed mid-page, below the service's name and its cost, place and next session. The same
     * page with other parameters (filters applied) keeps its place and its own focus, and the back button
     * leaves the browser to put the family back where they were.
     */
    private void startAtTheTop(AfterNavigationEvent event, String route) {
        boolean back = event.getLocationChangeEvent() != null
                && event.getLocationChangeEvent().getTrigger() == NavigationTrigger.HISTORY;
        boolean newPage = shownPath != null && !shownPath.equals(route) && !back;
        shownPath = route;
        if (newPage) {
            main.getElement().executeJs("window.scrollTo(0, 0);"
                    + " const heading = this.querySelector('h1');"
                    + " if (heading) { if (!heading.hasAttribute('tabindex')) { heading.setAttribute('tabindex', '-1'); }"
                    + " heading.focus({preventScroll: true}); }");
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        // First in <main>, so the skip link and a screen reader's "main" landmark reach the notice first.
        main.add(notices);
        main.getElement().appendChild(content.getElement());
    }
}
