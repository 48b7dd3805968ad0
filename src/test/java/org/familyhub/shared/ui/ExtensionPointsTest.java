package org.familyhub.shared.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.LocationChangeEvent;
import com.vaadin.flow.router.NavigationTrigger;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.shared.PortalProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The layout's extension points other modules build on: header links ({@link SiteLink.Source}) and
 * end-of-page parts ({@link PageFooterSection}), in their order, fresh on every page.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub.portal.ui")
class ExtensionPointsTest extends SpringBrowserlessTest {

    @Autowired
    PortalProperties portal;

    @Test
    void headerLinksAndFooterSectionsAppearInOrderOnEveryPage() {
        SiteLink.Source links = () -> List.of(new SiteLink("app.home", "later", 20), new SiteLink("app.skip", "first", 10));
        PageFooterSection helpful = footer(2, "Was this page helpful?");
        PageFooterSection report = footer(1, "Report a problem");
        MainLayout layout = new MainLayout(portal, List.of(links), List.of(helpful, report), List.of());
        UI.getCurrent().add(layout);

        String route = "services/" + UUID.randomUUID();
        layout.afterNavigation(at(route));

        List<String> hrefs = $(Anchor.class).from(layout).all().stream().map(Anchor::getHref)
                .filter(h -> h.equals("first") || h.equals("later")).toList();
        assertThat(hrefs).containsExactly("first", "later");
        List<String> footers = $(Paragraph.class).from(layout).all().stream().map(Paragraph::getText)
                .filter(t -> t.startsWith("Report") || t.startsWith("Was")).toList();
        assertThat(footers).containsExactly("Report a problem: " + route, "Was this page helpful?: " + route);

        layout.afterNavigation(at("centres"));
        assertThat($(Paragraph.class).from(layout).all().stream().map(Paragraph::getText)
                .filter(t -> t.startsWith("Report")).toList()).containsExactly("Report a problem: centres");
    }

    @Test
    void noticesComeFirstInMainAboveThePageAndOnlyWhenThereIsOne() {
        List<String> said = new java.util.ArrayList<>(List.of("Closed today because of snow."));
        PageNoticeSection notice = route -> said.stream().map(text -> (Component) new Paragraph(text)).toList();
        MainLayout layout = new MainLayout(portal, List.of(), List.of(), List.of(notice));
        UI.getCurrent().add(layout);
        layout.showRouterLayoutContent(new Paragraph("The page"));

        layout.afterNavigation(at("centres"));
        Main main = $(Main.class).from(layout).single();
        assertThat(PageText.of(main)).isEqualTo("Closed today because of snow.The page");
        assertThat(main.getChildren().findFirst().orElseThrow().isVisible()).isTrue();

        said.clear();
        layout.afterNavigation(at("search"));
        assertThat(main.getChildren().findFirst().orElseThrow().isVisible()).as("no empty box").isFalse();
    }

    @Test
    void theHeaderHasTheLanguageSwitchNamedInTheOtherLanguage() {
        MainLayout layout = new MainLayout(portal, List.of(), List.of(), List.of());
        UI.getCurrent().add(layout);

        var toggle = $(com.vaadin.flow.component.button.Button.class).from(layout).id("language-switch");
        assertThat(toggle.getText()).isEqualTo("Polski");
        assertThat(toggle.getElement().getAttribute("lang")).isEqualTo("pl");
    }

    private static PageFooterSection footer(int order, String text) {
        return new PageFooterSection() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public Component create(String route) {
                return new Paragraph(text + ": " + route);
            }
        };
    }

    private static AfterNavigationEvent at(String path) {
        AfterNavigationEvent event = mock(AfterNavigationEvent.class);
        when(event.getLocation()).thenReturn(new Location(path));
        LocationChangeEvent change = mock(LocationChangeEvent.class);
        when(change.getTrigger()).thenReturn(NavigationTrigger.ROUTER_LINK);
        when(event.getLocationChangeEvent()).thenReturn(change);
        return event;
    }
}
