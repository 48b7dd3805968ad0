package org.familyhub.portal.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.familyhub.portal.web.SecurityHeaders;
import org.springframework.stereotype.Component;

/**
 * Marks the inline scripts of the page Vaadin sends with the response's nonce, so the Content-Security-Policy
 * ({@link SecurityHeaders}) lets them run and nothing else inline. Only script elements already in the page's
 * document are marked: text written into the page (JSON-LD, titles) is data in that document and can never
 * become a script element here.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ScriptNonces::mark);
    }

    private static void mark(IndexHtmlResponse response) {
        if (response.getVaadinRequest().getAttribute(SecurityHeaders.NONCE) instanceof String nonce) {
            response.getDocument().select("script").attr("nonce", nonce);
        }
    }
}
