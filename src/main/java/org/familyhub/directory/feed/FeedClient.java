package org.familyhub.directory.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.familyhub.shared.outbound.Fetched;
import org.familyhub.shared.outbound.OutboundFetch;
import org.familyhub.shared.outbound.OutboundFetchException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads another publisher's ORUK API: {@code GET {base}/services?page=N&per_page=50&full=true}
 * (with {@code modified_after} for changes only) through every page of the HSDS envelope, and
 * {@code GET {base}/services/{id}} for any list item that is not a fully nested service. Every request goes
 * through {@link OutboundFetch}: a feed's address is typed by an administrator, so it may not point the
 * portal at its own network.
 */
@Component
class FeedClient {

    static final int PER_PAGE = 50;
    private static final int MAX_PAGES = 10_000;
    /** Fifty fully nested services are well under a megabyte; anything near this is not a feed page. */
    private static final int MAX_PAGE_BYTES = 20_000_000;

    private final OutboundFetch http;

    FeedClient(OutboundFetch http) {
        this.http = http;
    }

    /** Hands each page's fully nested services to {@code page}; throws {@link FeedUnavailableException}. */
    void services(String baseUrl, @Nullable Instant modifiedAfter, Consumer<List<JsonNode>> page) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        int number = 1;
        while (number <= MAX_PAGES) {
            String url = base + "/services?page=" + number + "&per_page=" + PER_PAGE + "&full=true"
                    + (modifiedAfter == null ? "" : "&modified_after="
                    + URLEncoder.encode(modifiedAfter.toString(), StandardCharsets.UTF_8));
            JsonNode body = get(url);
            JsonNode contents = body.isArray() ? body : body.get("contents");
            if (contents == null || !contents.isArray()) {
                throw new FeedUnavailableException(url + ": not an HSDS page (no 'contents')");
            }
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode item : contents) {
                String id = FeedRecords.text(item, "id");
                boolean full = item.has("organization") || item.has("service_at_locations");
                items.add(full || id == null ? item : get(base + "/services/" + URLEncoder.encode(id,
                        StandardCharsets.UTF_8)));
            }
            page.accept(items);
            int totalPages = body.isArray() ? 1 : body.path("total_pages").asInt(1);
            if (items.isEmpty() || number >= totalPages) {
                return;
            }
            number++;
        }
    }

    private JsonNode get(String url) {
        try {
            Fetched response = http.get(url, "application/json", MAX_PAGE_BYTES);
            if (response.status() != 200) {
                throw new FeedUnavailableException(url + ": answered HTTP " + response.status());
            }
            return FeedRecords.JSON.readTree(response.body());
        } catch (OutboundFetchException e) {
            throw new FeedUnavailableException(url + ": " + e.getMessage());
        } catch (JacksonException e) {
            throw new FeedUnavailableException(url + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
