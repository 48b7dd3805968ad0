package org.familyhub.portal.scale;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

/**
 * One browser tab replayed over HTTP the way Vaadin's client drives it: the page (compressed, as a browser
 * asks for it), then the client's init request unless the page already carried its first UIDL, then its
 * first UIDL request asking the server to show the route (where the view is built), then a heartbeat; leaving the page sends the unload beacon that closes its UI on the server, as a browser does.
 * Static files (the script bundle, styles) are left out: browsers cache them and the portal serves them
 * from memory. A tab keeps only its session cookie, so a benchmark can hold hundreds.
 */
final class Tab {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern REFUSED = Pattern.compile("\"(appError|sessionExpired|resynchronize)\"");
    /** The first refused navigation is printed, so a broken replay explains itself once. */
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    private static final Pattern SESSION = Pattern.compile("(JSESSIONID=[^;]+)");

    /** What one page load cost the client: status, bytes on the wire, time to the page being usable. */
    record Load(int status, long bytes, long nanos, boolean firstUidlInPage) {
    }

    private final HttpClient http;
    private final String base;
    private @Nullable String cookie;
    private @Nullable String uiId;
    private @Nullable String securityKey;
    private String syncId = "0";
    private boolean routed;

    /** @param base the portal's address, ending in / */
    Tab(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Opens a page in this tab: a Vaadin route (with its init request) or a plain file. */
    Load open(String path) {
        leave();
        long started = System.nanoTime();
        HttpResponse<byte[]> page = get(base + path, "text/html,application/xhtml+xml,*/*");
        long bytes = page.body().length;
        String type = page.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/html") || page.statusCode() >= 400) {
            return new Load(page.statusCode(), bytes, System.nanoTime() - started, false);
        }
        String html = text(page);
        boolean eager = remember(html);
        String[] pathAndQuery = path.split("\\?", 2);
        String route = pathAndQuery[0];
        String query = pathAndQuery.length > 1 ? pathAndQuery[1] : "";
        if (!eager) {
            HttpResponse<byte[]> init = get(base + "?v-r=init&location=" + encode(route) + "&query=" + encode(query),
                    "application/json");
            bytes += init.body().length;
            if (init.statusCode() != 200 || !remember(text(init))) {
                return new Load(init.statusCode() == 200 ? 599 : init.statusCode(), bytes,
                        System.nanoTime() - started, false);
            }
        }
        if (!routed) {
            HttpResponse<byte[]> navigation = navigate(route, query);
            bytes += navigation.body().length;
            String answer = text(navigation);
            if (navigation.statusCode() != 200 || !answer.contains("\"syncId\"")
                    || REFUSED.matcher(answer).find()) {
                // 598: the server did not take the navigation (a refused token or an out-of-sync message). A page
                // that came with its first UIDL is built already, so its answer may hold no changes at all.
                if (REPORTED.compareAndSet(false, true)) {
                    System.out.println("navigation refused for " + path + ": HTTP " + navigation.statusCode() + " "
                            + answer.substring(0, Math.min(400, answer.length())));
                }
                return new Load(navigation.statusCode() == 200 ? 598 : navigation.statusCode(), bytes,
                        System.nanoTime() - started, eager);
            }
            if (answer.contains("error-page")) {
                // The calm error page (a server or the connection pool gave up): a failure, whatever the status.
                return new Load(503, bytes, System.nanoTime() - started, eager);
            }
        }
        long usable = System.nanoTime() - started;
        heartbeat();
        return new Load(page.statusCode(), bytes, usable, eager);
    }

    /**
     * The client's first UIDL request: Vaadin's router in the browser asks the server to show the route
     * ({@code ui-navigate} on the UI's node), which is when the view is built.
     */
    private HttpResponse<byte[]> navigate(String route, String query) {
        String message = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":" + json(route) + ",\"query\":" + json(query)
                + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":"
                + syncId + ",\"clientId\":0}";
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(message)));
        routed = true;
        return response;
    }

    /** What the client sends every few minutes while the tab stays open. */
    int heartbeat() {
        if (uiId == null) {
            return 0;
        }
        return send(HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
    }

    /** The unload beacon: the browser tells the server that the page has gone, so its UI is closed. */
    void leave() {
        if (uiId == null || securityKey == null) {
            return;
        }
        String beacon = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":-1,\"clientId\":-1,"
                + "\"UNLOAD\":true}";
        send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(beacon)));
        uiId = null;
        securityKey = null;
    }

    private boolean remember(String json) {
        Matcher ui = UI_ID.matcher(json);
        Matcher key = SECURITY_KEY.matcher(json);
        Matcher sync = SYNC_ID.matcher(json);
        if (!ui.find()) {
            return false;
        }
        uiId = ui.group(1);
        securityKey = key.find() ? key.group(1) : null;
        syncId = sync.find() ? sync.group(1) : "0";
        routed = false;
        return true;
    }

    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private HttpResponse<byte[]> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .header("Accept-Encoding", "gzip").GET());
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                    .findFirst().ifPresent(session -> cookie = session.group(1));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
