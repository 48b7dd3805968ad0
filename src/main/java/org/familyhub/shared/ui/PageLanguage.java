package org.familyhub.shared.ui;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Puts the page language on the server-rendered {@code <html>} element, so screen readers use the
 * right voice before any script runs.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale requested = response.getVaadinRequest().getLocale();
            String language = requested != null && PortalTranslations.POLISH.getLanguage()
                    .equals(requested.getLanguage()) ? "pl" : "en";
            response.getDocument().getElementsByTag("html").attr("lang", language);
        });
    }
}
