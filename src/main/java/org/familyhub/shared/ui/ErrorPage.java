package org.familyhub.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.familyhub.shared.Failures;
import org.familyhub.shared.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a family sees when a page fails to open (the database or the search engine is down, or a fault of
 * ours): calm words in their language and the Family Information Service's number, never a stack trace. It
 * replaces Vaadin's own error view, which shows the stack trace in development mode. It stands on its own,
 * without {@link MainLayout}, because the layout's parts read the database too.
 */
@AnonymousAllowed
public class ErrorPage extends Article implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPage.class);

    private final PortalProperties portal;

    public ErrorPage(PortalProperties portal) {
        this.portal = portal;
        addClassNames("page", "error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean outage = Failures.isOutage(parameter.getCaughtException());
        LOG.error("event=page-failed path=/{} outage={}", event.getLocation().getPath(), outage,
                parameter.getCaughtException());
        removeAll();
        Anchor site = new Anchor(".", portal.portalName());
        site.addClassName("site-name");
        Paragraph danger = new Paragraph(getTranslation("failure.danger"));
        danger.addClassName("safeguarding");
        Anchor home = new Anchor(".", getTranslation("failure.home"));
        home.getElement().setAttribute("router-ignore", true);
        add(site, new H1(getTranslation("failure.title")), new Paragraph(getTranslation("failure.cause")),
                new Paragraph(getTranslation("failure.retry")),
                new Paragraph(getTranslation("failure.phone", portal.frontDoorPhone())), danger, home);
        return outage ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("failure.title") + " | " + portal.portalName();
    }
}
