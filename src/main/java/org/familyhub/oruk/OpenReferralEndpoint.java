package org.familyhub.oruk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.OpenReferralCatalogue;
import org.familyhub.directory.OpenReferralCatalogue.Near;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open Referral UK (HSDS 3.0) read API. Public and read-only: anyone's page or feed reader may
 * call it from anywhere (CORS {@code *} on every answer, {@link AnyOrigin}), it publishes only published
 * services and never personal data, and every problem is a JSON error, never a stack trace. Every
 * parameter the standard lists for an endpoint works there; any other is refused with 400.
 */
@RestController
@RequestMapping(PublicOrukPaths.BASE_PATH)
class OpenReferralEndpoint {

    static final String HSDS_VERSION = "3.0";
    static final String OPENAPI = "/openapi.json";

    /** The parameters of HSDS 3.0's /services, and the ages the Open Referral UK profile adds. */
    static final Set<String> SERVICES = Set.of("search", "page", "per_page", "format", "taxonomy_term_id",
            "taxonomy_id", "organization_id", "modified_after", "minimal", "full", "minimum_age", "maximum_age");
    static final Set<String> SERVICE_AT_LOCATIONS = Set.of("search", "taxonomy_term_id", "taxonomy_id",
            "organization_id", "modified_after", "full", "page", "per_page", "format", "postcode", "proximity",
            "minimum_age", "maximum_age");

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
    ResponseEntity<byte[]> root(@RequestParam Map<String, String> query) {
        Parameters.accept(query, "/", Set.of());
        // The configured public address, never the request's Host header: this answer is cached by others.
        URI openApiUrl = URI.create(pages.base() + PublicOrukPaths.BASE_PATH + OPENAPI);
        return responses.ok(new Root(HSDS_VERSION, properties.profile(), openApiUrl,
                new Publisher(portal.portalName(), properties.publisherUrl())));
    }

    @GetMapping(OPENAPI)
    ResponseEntity<byte[]> openApi(@RequestParam Map<String, String> query) {
        Parameters.accept(query, OPENAPI, Set.of());
        return responses.document(openApi);
    }

    @GetMapping("/services")
    ResponseEntity<byte[]> services(@RequestParam Map<String, String> query) {
        Parameters.accept(query, "/services", SERVICES);
        String words = Parameters.text("search", query.get("search"), 200);
        ServiceFilter filter = filter(query);
        boolean minimal = Parameters.flag("minimal", query.get("minimal"));
        boolean full = Parameters.flag("full", query.get("full"));
        if (minimal && full) {
            throw new BadParameterException("minimal and full cannot both be true");
        }
        boolean ndjson = ndjson(query.get("format"));
        int page = Parameters.page(query.get("page"));
        int perPage = Parameters.perPage(query.get("per_page"));
        Function<List<UUID>, List<?>> records = minimal ? catalogue::minimalServices
                : ids -> catalogue.services(ids, ndjson || full ? Detail.FULL : Detail.LIST);
        if (ndjson) {
            return responses.ndjson(records.apply(words == null ? catalogue.publishedServiceIds(filter)
                    : listing.found(words, filter)));
        }
        if (words != null) {
            Page<UUID> found = Page.of(listing.found(words, filter), page, perPage);
            return responses.ok(found.withContents(records.apply(found.contents())));
        }
        long total = catalogue.countPublishedServices(filter);
        List<UUID> ids = catalogue.publishedServiceIds(filter, offset(page, perPage), perPage);
        return responses.ok(Page.of(total, page, perPage, records.apply(ids)));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<byte[]> service(@PathVariable String id, @RequestParam Map<String, String> query) {
        Parameters.accept(query, "/services/{id}", Set.of());
        return one("service", id, catalogue::service);
    }

    /** {@code full} nests each organisation's services; {@code full_service} nests them fully. */
    @GetMapping("/organizations")
    ResponseEntity<byte[]> organizations(@RequestParam Map<String, String> query) {
        Parameters.accept(query, "/organizations", Set.of("search", "full_service", "full", "page", "per_page",
                "format"));
        Words words = Words.of(Parameters.text("search", query.get("search"), 200));
        boolean nested = Parameters.flag("full", query.get("full"));
        boolean fullServices = Parameters.flag("full_service", query.get("full_service"));
        List<OpenReferralRecords.Organization> found = catalogue.organizations().stream()
                .filter(o -> words.foundIn(o.name(), o.alternateName(), o.description())).toList();
        Function<List<OpenReferralRecords.Organization>, List<?>> records = !nested && !fullServices
                ? organizations -> organizations
                : organizations -> organizations.stream().map(o -> catalogue.organization(o.id(),
                        fullServices ? Detail.FULL : Detail.LIST)).flatMap(Optional::stream).toList();
        return list(found, records, query);
    }

    /** HSDS: fully nested, with its services; {@code full_service} nests them fully too. */
    @GetMapping("/organizations/{id}")
    ResponseEntity<byte[]> organization(@PathVariable String id, @RequestParam Map<String, String> query) {
        Parameters.accept(query, "/organizations/{id}", Set.of("full_service"));
        Detail detail = Parameters.flag("full_service", query.get("full_service")) ? Detail.FULL : Detail.LIST;
        return one("organization", id, uuid -> catalogue.organization(uuid, detail));
    }

    @GetMapping("/taxonomies")
    ResponseEntity<byte[]> taxonomies(@RequestParam Map<String, String> query) {
        Parameters.accept(query, "/taxonomies", Set.of("search", "page", "per_page", "format"));
        Words words = Words.of(Parameters.text("search", query.get("search"), 200));
        return list(catalogue.taxonomies().stream().filter(t -> words.foundIn(t.name(), t.description())).toList(),
                all -> all, query);
    }

    @GetMapping("/taxonomies/{id}")
    ResponseEntity<byte[]> taxonomy(@PathVariable String id, @RequestParam Map<String, String> query) {
        Parameters.accept(query, "/taxonomies/{id}", Set.of());
        return one("taxonomy", id, catalogue::taxonomy);
    }

    /** {@code top_only}: terms that are no other term's child (the top of their hierarchy). */
    @GetMapping("/taxonomy_terms")
    ResponseEntity<byte[]> taxonomyTerms(@RequestParam Map<String, String> query) {
        Parameters.accept(query, "/taxonomy_terms", Set.of("search", "page", "per_page", "format", "taxonomy_id",
                "top_only", "parent_id"));
        UUID taxonomy = Parameters.uuid("taxonomy_id", query.get("taxonomy_id"));
        UUID parent = Parameters.uuid("parent_id", query.get("parent_id"));
        boolean topOnly = Parameters.flag("top_only", query.get("top_only"));
        if (topOnly && parent != null) {
            throw new BadParameterException("top_only and parent_id cannot be used together: top terms have no parent");
        }
        Words words = Words.of(Parameters.text("search", query.get("search"), 200));
        return list(catalogue.taxonomyTerms(taxonomy).stream()
                .filter(t -> !topOnly || t.parentId() == null)
                .filter(t -> parent == null || parent.equals(t.parentId()))
                .filter(t -> words.foundIn(t.name(), t.description(), t.code())).toList(), all -> all, query);
    }

    @GetMapping("/taxonomy_terms/{id}")
    ResponseEntity<byte[]> taxonomyTerm(@PathVariable String id, @RequestParam Map<String, String> query) {
        Parameters.accept(query, "/taxonomy_terms/{id}", Set.of());
        return one("taxonomy term", id, catalogue::taxonomyTerm);
    }

    /**
     * The services' filters apply to the venues' services. With {@code postcode}, nearest first; with
     * {@code proximity} (metres) too, only those that near. A page is counted and read in the database.
     * Each item is the fully nested service at location already, so {@code full} changes nothing.
     */
    @GetMapping("/service_at_locations")
    ResponseEntity<byte[]> serviceAtLocations(@RequestParam Map<String, String> query) {
        Parameters.accept(query, "/service_at_locations", SERVICE_AT_LOCATIONS);
        String postcode = Parameters.text("postcode", query.get("postcode"), 10);
        Double maxKm = Parameters.proximityKm(query.get("proximity"));
        if (maxKm != null && postcode == null) {
            throw new BadParameterException("proximity needs a postcode to measure from");
        }
        String words = Parameters.text("search", query.get("search"), 200);
        ServiceFilter filter = filter(query);
        Parameters.flag("full", query.get("full"));
        boolean ndjson = ndjson(query.get("format"));
        int page = Parameters.page(query.get("page"));
        int perPage = Parameters.perPage(query.get("per_page"));
        Near near = postcode == null ? null : near(postcode, maxKm);
        if (words != null) {
            List<UUID> found = catalogue.serviceAtLocationIdsOf(listing.found(words, filter), near);
            if (ndjson) {
                return responses.ndjson(catalogue.serviceAtLocations(found));
            }
            Page<UUID> ids = Page.of(found, page, perPage);
            return responses.ok(ids.withContents(catalogue.serviceAtLocations(ids.contents())));
        }
        long total = catalogue.countServiceAtLocations(filter, near);
        if (ndjson) {
            return responses.ndjson(catalogue.serviceAtLocations(
                    catalogue.serviceAtLocationIds(filter, near, 0, (int) Math.min(total, Integer.MAX_VALUE))));
        }
        List<UUID> ids = catalogue.serviceAtLocationIds(filter, near, offset(page, perPage), perPage);
        return responses.ok(Page.of(total, page, perPage, catalogue.serviceAtLocations(ids)));
    }

    @GetMapping("/service_at_locations/{id}")
    ResponseEntity<byte[]> serviceAtLocation(@PathVariable String id, @RequestParam Map<String, String> query) {
        Parameters.accept(query, "/service_at_locations/{id}", Set.of());
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

    private Near near(String postcode, @Nullable Double maxKm) {
        if (Postcode.parse(postcode).isEmpty()) {
            throw new BadParameterException("postcode must be a UK postcode or its first part, e.g. CW1 3AB or CW1");
        }
        PostcodeLocation location = area.postcode(postcode).orElseThrow(() -> new BadParameterException(
                "postcode " + postcode + " is not in " + portal.areaName()));
        return new Near(location.latitude(), location.longitude(), maxKm);
    }

    private static ServiceFilter filter(Map<String, String> query) {
        BigDecimal minimumAge = Parameters.age("minimum_age", query.get("minimum_age"));
        BigDecimal maximumAge = Parameters.age("maximum_age", query.get("maximum_age"));
        return new ServiceFilter(Parameters.uuid("organization_id", query.get("organization_id")),
                Parameters.uuid("taxonomy_term_id", query.get("taxonomy_term_id")),
                Parameters.uuid("taxonomy_id", query.get("taxonomy_id")),
                Parameters.instant("modified_after", query.get("modified_after")), minimumAge, maximumAge);
    }

    /** A short list held whole (organisations, taxonomies, terms): paged, or every item with ndjson. */
    private <T> ResponseEntity<byte[]> list(List<T> all, Function<List<T>, List<?>> records,
            Map<String, String> query) {
        boolean ndjson = ndjson(query.get("format"));
        Page<T> page = Page.of(all, Parameters.page(query.get("page")), Parameters.perPage(query.get("per_page")));
        return ndjson ? responses.ndjson(records.apply(all))
                : responses.ok(page.withContents(records.apply(page.contents())));
    }

    private static long offset(int page, int perPage) {
        return (long) (page - 1) * perPage;
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
