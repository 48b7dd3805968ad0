package org.familyhub.shared.web;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.familyhub.shared.Failures;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.PageLanguage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /error}, where the servlet container sends every failure outside a Vaadin page: a calm HTML page in
 * the family's language with the Family Information Service's number, or for {@code /api/**} a JSON
 * {@code {"error", "message"}}. Never a stack trace, an exception's name or Spring Boot's Whitelabel page.
 * A database or search engine that is down answers 503 (try again later), a request that cannot be read 400;
 * visiting {@code /error} itself is not a failure and answers 200.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final PortalProperties portal;

    ErrorPages(PortalProperties portal) {
        this.portal = portal;
    }

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatus status = status(request, failure);
        String path = Optional.ofNullable((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                .orElse(request.getRequestURI());
        if (status.is5xxServerError()) {
            LOG.error("event=request-failed path={} status={}", path, status.value(), failure);
        }
        if (path.startsWith(request.getContextPath() + "/api/") || wantsJson(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(JSON.writeValueAsString(json(status)));
        }
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html(status, language(request)));
    }

    private static HttpStatus status(HttpServletRequest request, @Nullable Throwable failure) {
        if (Failures.isBadRequest(failure)) {
            return HttpStatus.BAD_REQUEST;
        }
        if (Failures.isOutage(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer number)) {
            return HttpStatus.OK;
        }
        HttpStatus status = HttpStatus.resolve(number);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static Map<String, String> json(HttpStatus status) {
        Map<String, String> body = new LinkedHashMap<>();
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            body.put("error", "unavailable");
            body.put("message", "The service is not available just now. Please try again in a few minutes.");
        } else if (status.is5xxServerError()) {
            body.put("error", "server_error");
            body.put("message", "Something went wrong on our side. Please try again later.");
        } else if (status == HttpStatus.NOT_FOUND) {
            body.put("error", "not_found");
            body.put("message", "There is nothing at this address.");
        } else if (status.is4xxClientError()) {
            body.put("error", "bad_request");
            body.put("message", "The request could not be understood (" + status.value() + ").");
        } else {
            body.put("error", "none");
            body.put("message", "Nothing went wrong.");
        }
        return body;
    }

    private String html(HttpStatus status, Locale language) {
        ResourceBundle text = ResourceBundle.getBundle("vaadin-i18n/failure", language,
                ErrorPages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        boolean notFound = status == HttpStatus.NOT_FOUND;
        String title = text.getString(notFound ? "failure.notFound.title" : "failure.title");
        String first = text.getString(notFound ? "failure.notFound.text" : "failure.cause");
        String phone = new MessageFormat(text.getString("failure.phone"), language).format(
                new Object[] {portal.frontDoorPhone()});
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s | %s</title><link rel="stylesheet" href="/styles/portal.css"></head>
                <body><main class="page error-page"><p><a class="site-name" href="/">%s</a></p><h1>%s</h1>
                <p>%s</p><p>%s</p><p>%s</p><p class="safeguarding">%s</p><p><a href="/">%s</a></p></main></body></html>
                """.formatted(language.getLanguage(), escape(title), escape(portal.portalName()),
                escape(portal.portalName()), escape(title), escape(first),
                escape(text.getString("failure.retry")), escape(phone), escape(text.getString("failure.danger")),
                escape(text.getString("failure.home")));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    /** The family's choice (the header's language switch), else what their browser asks for, else English. */
    private static Locale language(HttpServletRequest request) {
        Optional<String> chosen = Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> PageLanguage.COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst();
        String wanted = chosen.orElse(request.getLocale() == null ? "en" : request.getLocale().getLanguage());
        return "pl".equals(wanted) ? POLISH : Locale.ENGLISH;
    }
}
