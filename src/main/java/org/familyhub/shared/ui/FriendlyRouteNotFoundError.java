package org.familyhub.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or is not open to the person asking (the router hides those): plain words and the way
 * home, in development mode too, where Vaadin's own view lists every route and why access was refused.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class FriendlyRouteNotFoundError extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        getElement().getClassList().add("not-found");
        Anchor home = new Anchor(".", getTranslation("failure.home"));
        getElement().appendChild(new H1(getTranslation("failure.notFound.title")).getElement(),
                new Paragraph(getTranslation("failure.notFound.text")).getElement(),
                new Paragraph(getTranslation("failure.notFound.signIn")).getElement(), home.getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
