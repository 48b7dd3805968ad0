package org.familyhub.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.shared.PortalProperties;

/**
 * The frame of every public page: a skip link, the portal's name, the page itself in {@code <main>},
 * and the safeguarding line in the footer of every page.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout {

    public static final String MAIN_ID = "main-content";
    private final Main main = new Main();

    public MainLayout(PortalProperties portal) {
        addClassName("page");
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("app.skip"));
        skip.addClassName("skip-link");

        Header header = new Header();
        header.addClassName("site-header");
        Anchor home = new Anchor(".", portal.portalName());
        home.addClassName("site-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("site-tagline");
        header.add(home, tagline);

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");

        Footer footer = new Footer();
        footer.addClassName("site-footer");
        Paragraph danger = new Paragraph(getTranslation("footer.safeguarding"));
        danger.addClassName("safeguarding");
        footer.add(danger, new Paragraph(getTranslation("footer.worried", portal.frontDoorPhone())),
                new Paragraph(getTranslation("footer.checked")));

        add(skip, header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }
}
