package org.familyhub.oruk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.OpenReferralCatalogue;
import org.familyhub.directory.OpenReferralCatalogue.ServiceFilter;
import org.familyhub.directory.OpenReferralRecords;
import org.familyhub.directory.OpenReferralRecords.Detail;
import org.familyhub.directory.PostcodeLocation;
import org.familyhub.directory.Postcode;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.shared.Failures;
import org.familyhub.shared.PortalProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open Referral UK (HSDS 3.0) read API. Public and read-only: anyone's page or feed reader may
 * call it from anywhere (CORS {@code *} for GET), it publishes only published services and never
 * personal data, and every problem is a JSON error, never a stack trace.
 */
@RestController
@RequestMapping(PublicOrukPaths.BASE_PATH)
@CrossOrigin(origins = "*", methods = RequestMethod.GET, maxAge = 3600)
class OpenReferralEndpoint {

    static final String HSDS_VERSION = "3.0";
    static final String OPENAPI = "/openapi.json";

    private static final Logger LOG = LoggerFactory.getLogger(OpenReferralEndpoint.class);

    private final OpenReferralCatalogue catalogue;
    private final ServiceListing listing;
    private final AreaLookup area;
    private final JsonResponses responses;
    private final OrukProperties properties;
    private final PortalProperties portal;
    private final PortalPageProperties pages;
    private final byte[] openApi;

    OpenReferralEndpoint(OpenReferralCatalogue catalogue, ServiceListing listing, AreaLookup area,
            JsonResponses responses, OrukProperties properties, PortalProperties portal, PortalPageProperties pages) {
        this.catalogue = catalogue;
        this.listing = listing;
        this.area = area;
        this.responses = responses;
        this.properties = properties;
        this.portal = portal;
        this.pages = pages;
        this.openApi = read("oruk/openapi.json");
    }

    record Root(String version, URI profile, URI openapiUrl, Publisher publisher) {
    }

    record Publisher(String name, URI url) {
    }

    @GetMapping({"", "/"})
    ResponseEntity<byte[]> root() {
        // The configured public address, never the request's Host header: this answer is cached by others.
        URI openApiUrl = URI.create(pages.base() + PublicOrukPaths.BASE_PATH + OPENAPI);
        return responses.ok(new Root(HSDS_VERSION, properties.profile(), openApiUrl,
                new Publisher(portal.portalName(), properties.publisherUrl())));
    }

    @GetMapping(OPENAPI)
    ResponseEntity<byte[]> openApi() {
        return responses.document(openApi);
    }

    @GetMapping("/services")
    ResponseEntity<byte[]> services(@RequestParam Map<String, String> query) {
        String words = Parameters.text("search", query.get("search"), 200);
        ServiceFilter filter = new ServiceFilter(Parameters.uuid("organization_id", query.get("organization_id")),
                Parameters.uuid("taxonomy_term_id", query.get("taxonomy_term_id")),
                Parameters.uuid("taxonomy_id", query.get("taxonomy_id")),
                Parameters.instant("modified_after", query.get("modified_after")));
        boolean minimal = Parameters.flag("minimal", query.get("minimal"));
        boolean full = Parameters.flag("full", query.get("full"));
        if (minimal && full) {
            throw new BadParameterException("minimal and full cannot both be true");
        }
        boolean ndjson = ndjson(query.get("format"));
        int page = Parameters.page(query.get("page"));
        int perPage = Parameters.perPage(query.get("per_page"));
        List<UUID> ids = listing.ids(words, filter);
        if (ndjson) {
            return responses.ndjson(catalogue.services(ids, minimal ? Detail.MINIMAL : Detail.FULL));
        }
        Detail detail = minimal ? Detail.MINIMAL : full ? Detail.FULL : Detail.LIST;
        Page<UUID> pageOfIds = Page.of(ids, page, perPage);
        return responses.ok(pageOfIds.withContents(catalogue.services(pageOfIds.contents(), detail)));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<byte[]> service(@PathVariable String id) {
        return one("service", id, catalogue::service);
    }

    @GetMapping("/organizations")
    ResponseEntity<byte[]> organizations(@RequestParam Map<String, String> query) {
        return page(catalogue.organizations(), query);
    }

    @GetMapping("/organizations/{id}")
    ResponseEntity<byte[]> organization(@PathVariable String id) {
        return one("organization", id, catalogue::organization);
    }

    @GetMapping("/taxonomies")
    ResponseEntity<byte[]> taxonomies(@RequestParam Map<String, String> query) {
        return page(catalogue.taxonomies(), query);
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<byte[]> taxonomy(@PathVariable String id) {
        return one("taxonomy", id, catalogue::taxonomy);
    }

    @GetMapping("/taxonomy_terms")
    ResponseEntity<byte[]> taxonomyTerms(@RequestParam Map<String, String> query) {
        UUID taxonomy = Parameters.uuid("taxonomy_id", query.get("taxonomy_id"));
        return page(catalogue.taxonomyTerms(taxonomy), query);
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<byte[]> taxonomyTerm(@PathVariable String id) {
        return one("taxonomy term", id, catalogue::taxonomyTerm);
    }

    /** With {@code postcode}, nearest first; with {@code proximity} (metres) too, only those that near. */
    @GetMapping("/service_at_locations")
    ResponseEntity<byte[]> serviceAtLocations(@RequestParam Map<String, String> query) {
        String postcode = Parameters.text("postcode", query.get("postcode"), 10);
        Double maxKm = Parameters.proximityKm(query.get("proximity"));
        if (maxKm != null && postcode == null) {
            throw new BadParameterException("proximity needs a postcode to measure from");
        }
        List<OpenReferralRecords.ServiceAtLocation> all = catalogue.serviceAtLocations();
        if (postcode != null) {
            Proximity near = proximity(postcode, maxKm);
            all = all.stream().filter(near::includes).sorted(Comparator.comparingDouble(near::km)).toList();
        }
        return page(all, query);
    }

    @GetMapping("/service_at_locations/{id}")
    ResponseEntity<byte[]> serviceAtLocation(@PathVariable String id) {
        return one("service at location", id, catalogue::serviceAtLocation);
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<byte[]> badRequest(BadParameterException e) {
        return responses.error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<byte[]> notFound(NotFoundException e) {
        return responses.error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** Whatever went wrong inside stays in the log; the caller gets a plain message (503 while a server is down). */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> failure(RuntimeException e) {
        if (Failures.isBadRequest(e)) {
            return responses.error(HttpStatus.BAD_REQUEST, "The request's parameters could not be read");
        }
        LOG.error("Open Referral API request failed", e);
        if (Failures.isOutage(e)) {
            return responses.error(HttpStatus.SERVICE_UNAVAILABLE,
                    "The directory is not available just now; please try again in a few minutes");
        }
        return responses.error(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong; please try again later");
    }

    private Proximity proximity(String postcode, @Nullable Double maxKm) {
        if (Postcode.parse(postcode).isEmpty()) {
            throw new BadParameterException("postcode must be a UK postcode or its first part, e.g. CW1 3AB or CW1");
        }
        PostcodeLocation location = area.postcode(postcode).orElseThrow(() -> new BadParameterException(
                "postcode " + postcode + " is not in " + portal.areaName()));
        return new Proximity(location.latitude(), location.longitude(), maxKm);
    }

    private <T> ResponseEntity<byte[]> page(List<T> all, Map<String, String> query) {
        return responses.ok(Page.of(all, Parameters.page(query.get("page")), Parameters.perPage(query.get("per_page"))));
    }

    /** A record by id; an id that is not even a UUID cannot name one either, so it is 404 too. */
    private <T> ResponseEntity<byte[]> one(String kind, String id,
            Function<UUID, Optional<T>> lookup) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(kind, id);
        }
        return responses.ok(lookup.apply(uuid).orElseThrow(() -> new NotFoundException(kind, id)));
    }

    private static boolean ndjson(@Nullable String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("ndjson")) {
            return true;
        }
        throw new BadParameterException("format must be json or ndjson");
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI description is missing from the build", e);
        }
    }
}
