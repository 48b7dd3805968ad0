package org.familyhub.shared.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * The interface language: the one the family chose with the switch in the header (remembered in a
 * cookie), else what their browser asks for, else English. It is set on each new page and on the
 * server-rendered {@code <html lang>}, so screen readers use the right voice before any script runs.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    public static final String COOKIE = "familyhub-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(of(VaadinRequest.getCurrent())));
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", of(response.getVaadinRequest()).getLanguage()));
    }

    /** The language for this request: the family's choice first, then the browser's. */
    public static Locale of(VaadinRequest request) {
        if (request == null) {
            return Locale.ENGLISH;
        }
        Optional<String> chosen = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst();
        if (chosen.isPresent()) {
            return "pl".equals(chosen.get()) ? PortalTranslations.POLISH : Locale.ENGLISH;
        }
        Locale requested = request.getLocale();
        return requested != null && PortalTranslations.POLISH.getLanguage().equals(requested.getLanguage())
                ? PortalTranslations.POLISH : Locale.ENGLISH;
    }

    /**
     * Switches this page and remembers the choice. The page is built again in place, its layout included, and
     * {@code <html lang>} follows; a reload showed a white page while the scripts started again, for long seconds
     * on a slow phone.
     */
    public static void choose(UI ui, Locale language) {
        String code = PortalTranslations.POLISH.getLanguage().equals(language.getLanguage()) ? "pl" : "en";
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, code);
            cookie.setPath("/");
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        ui.setLocale("pl".equals(code) ? PortalTranslations.POLISH : Locale.ENGLISH);
        ui.getSession().setLocale(ui.getLocale());
        ui.getPage().executeJs("document.documentElement.lang = $0", code);
        ui.refreshCurrentRoute(true);
    }
}
