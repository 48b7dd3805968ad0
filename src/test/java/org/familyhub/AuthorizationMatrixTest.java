package org.familyhub;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.familyhub.account.SignedIn;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.NewCourse;
import org.familyhub.booking.WhoMayBook;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Directory;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.feedback.Surveys;
import org.familyhub.folders.Folders;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.Inbox;
import org.familyhub.frontdoor.RequestSummary;
import org.familyhub.frontdoor.SelfReferral;
import org.familyhub.shared.ui.ErrorPage;
import org.familyhub.workspace.ListingWorkflow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ClassUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familyhub.AuthorizationMatrixTest.Who.ADMIN;
import static org.familyhub.AuthorizationMatrixTest.Who.ANONYMOUS;
import static org.familyhub.AuthorizationMatrixTest.Who.EDITOR;
import static org.familyhub.AuthorizationMatrixTest.Who.FRONT_DOOR;
import static org.familyhub.AuthorizationMatrixTest.Who.MANAGER;
import static org.familyhub.AuthorizationMatrixTest.Who.PROFESSIONAL;
import static org.familyhub.AuthorizationMatrixTest.Who.PROVIDER;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may open every Vaadin route and call every HTTP endpoint: each role's demo user and an anonymous
 * visitor, against the table below. The routes come from Vaadin's route registry and the endpoints from
 * Spring MVC's handler mappings, so a new view or endpoint without a row here fails the build.
 *
 * <p>Adding a route or endpoint is one line in {@link #VIEWS} or {@link #ENDPOINTS}.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    /** Who asks: one demo user per role (see the README), and nobody signed in. */
    enum Who {
        ANONYMOUS(null), PROFESSIONAL("professional"), PROVIDER("provider"), FRONT_DOOR("frontdoor"),
        EDITOR("editor"), MANAGER("manager"), ADMIN("admin");

        final @Nullable String username;

        Who(@Nullable String username) {
            this.username = username;
        }
    }

    static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

    /** A request in Crewe passed to Connexions Crewe: the demo front door and the demo provider both handle it. */
    static final String A_REQUEST = "{request}";
    /** Connexions Crewe, a service of the demo provider's organisation. */
    static final String CONNEXIONS_CREWE = "0f9577b5-7755-563e-8932-04372ac57b4f";
    static final String A_DRAFT_PAGE = "workspace/drafts/00000000-0000-0000-0000-000000000000";
    /** A draft of Connexions Crewe: the asker's own when they may edit it, else an editor's. */
    static final String A_DRAFT = "{draft}";
    /** One of the built-in surveys, whose results editors and managers may read. */
    static final String A_SURVEY = "{survey}";
    /** Records that exist in the sample content (or, for a feed, that the test registers), so no 404 passes. */
    static final String AN_ORGANIZATION = "{organization}";
    /** The demo provider's own organisation (Connexions Crewe's), which they may edit (#15). */
    static final String PROVIDERS_ORGANISATION = "{providers_organisation}";
    static final String A_TAXONOMY = "{taxonomy}";
    static final String A_TERM = "{term}";
    static final String A_SERVICE_AT_LOCATION = "{service_at_location}";
    static final String A_SESSION = "{session}";
    static final String A_FEED = "{feed}";
    /** A course of Connexions Crewe (the demo provider's), set up once by the test. */
    static final String A_COURSE = "{course}";
    /** A folder of the demo professional's, set up once by the test. */
    static final String A_FOLDER = "{folder}";

    /** Vaadin routes (template as the route registry names it) → a location to open, and who may open it. */
    static final Map<String, Expect> VIEWS = Map.ofEntries(
            row("", "", ANYONE),
            row("services/:___url_parameter", "services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54", ANYONE),
            row("localities/:___url_parameter", "localities/crewe-nantwich", ANYONE),
            row("categories/:___url_parameter", "categories/pregnancy-and-babies", ANYONE),
            row("search", "search?q=stay+and+play&free=true", ANYONE),
            row("centres", "centres", ANYONE),
            row("venues/:___url_parameter", "venues/028183d8-1331-5374-8f0e-e38531737e61", ANYONE),
            row("shortlist", "shortlist?ids=2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54", ANYONE),
            // Signed-in users are sent on to their account page instead.
            row("login", "login", EnumSet.of(ANONYMOUS)),
            row("account", "account", SIGNED_IN),
            row("admin/mailbox", "admin/mailbox", EnumSet.of(ADMIN)),
            row("admin/feeds", "admin/feeds", EnumSet.of(ADMIN)),
            row("admin/feeds/:___url_parameter", "admin/feeds/" + A_FEED, EnumSet.of(ADMIN)),
            // Staff accounts: administrators only; the password link's page opens for anyone (the token decides).
            row("admin/users", "admin/users", EnumSet.of(ADMIN)),
            row("admin/users/edit/:___url_parameter?", "admin/users/edit", EnumSet.of(ADMIN)),
            row("account/set-password", "account/set-password?token=" + "x".repeat(43), ANYONE),
            row("ask-for-help", "ask-for-help", ANYONE),
            row("refer", "refer?service=0f9577b5-7755-563e-8932-04372ac57b4f", EnumSet.of(PROFESSIONAL)),
            row("my-referrals", "my-referrals", EnumSet.of(PROFESSIONAL)),
            row("childcare/help", "childcare/help", ANYONE),
            row("local-offer", "local-offer", ANYONE),
            row("local-offer/areas/:___url_parameter", "local-offer/areas/social-care", ANYONE),
            row("local-offer/you-said-we-did", "local-offer/you-said-we-did", ANYONE),
            // The demo provider runs Connexions Crewe; an editor or administrator may answer for any service.
            row("workspace/local-offer/:___url_parameter", "workspace/local-offer/" + CONNEXIONS_CREWE,
                    EnumSet.of(EDITOR, ADMIN, PROVIDER)),
            row("workspace/local-offer/comments", "workspace/local-offer/comments", EnumSet.of(EDITOR)),
            // Editors are the Family Information Service: their inbox holds requests to find childcare.
            row("inbox", "inbox", EnumSet.of(FRONT_DOOR, PROVIDER, EDITOR)),
            row("inbox/request/:___url_parameter", "inbox/request/" + A_REQUEST, EnumSet.of(FRONT_DOOR, PROVIDER)),
            row("feedback/:___url_parameter", "feedback/service-feedback", ANYONE),
            row("workspace/feedback/comments", "workspace/feedback/comments", EnumSet.of(EDITOR)),
            row("workspace/feedback/problems", "workspace/feedback/problems", EnumSet.of(EDITOR)),
            row("workspace/surveys", "workspace/surveys", EnumSet.of(EDITOR, MANAGER)),
            row("workspace/surveys/edit/:___url_parameter?", "workspace/surveys/edit", EnumSet.of(EDITOR, MANAGER)),
            row("workspace/surveys/results/:___url_parameter", "workspace/surveys/results/" + A_SURVEY,
                    EnumSet.of(EDITOR, MANAGER)),
            row("workspace", "workspace", EnumSet.of(EDITOR, ADMIN, PROVIDER)),
            row("workspace/stale", "workspace/stale", EnumSet.of(MANAGER, EDITOR, ADMIN)),
            row("workspace/transfer", "workspace/transfer", EnumSet.of(EDITOR, ADMIN)),
            row("workspace/site-notices", "workspace/site-notices", EnumSet.of(EDITOR, ADMIN)),
            row("workspace/quality", "workspace/quality", EnumSet.of(EDITOR, ADMIN)),
            // Term dates move every term-time session in the area: administrators only (#18).
            row("workspace/term-dates", "workspace/term-dates", EnumSet.of(ADMIN)),
            row("workspace/report-card", "workspace/report-card", EnumSet.of(MANAGER, ADMIN, EDITOR)),
            row("workspace/gaps", "workspace/gaps", EnumSet.of(MANAGER, ADMIN, EDITOR)),
            row("workspace/history/:___url_parameter", "workspace/history/" + CONNEXIONS_CREWE,
                    EnumSet.of(EDITOR, ADMIN, PROVIDER)),
            // Editing a listing opens a draft of it: success is landing on the draft page.
            row("workspace/edit/:___url_parameter", "workspace/edit/" + CONNEXIONS_CREWE,
                    EnumSet.of(EDITOR, ADMIN, PROVIDER), A_DRAFT_PAGE),
            row("workspace/drafts/:___url_parameter", "workspace/drafts/" + A_DRAFT,
                    EnumSet.of(EDITOR, ADMIN, PROVIDER)),
            row("book-course/:___url_parameter", "book-course/" + A_COURSE, ANYONE),
            // Incredible Years has a sample course, so it is a programme whose page opens (or says to book instead).
            row("programme-waiting-list/:___url_parameter",
                    "programme-waiting-list/4ed9ff90-f792-5469-9de6-1ffe6ebf8e22", ANYONE),
            // A link's page opens for anyone; an invalid token only says so.
            row("bookings/cancel", "bookings/cancel?token=" + "x".repeat(43), ANYONE),
            row("bookings/offer", "bookings/offer?token=" + "x".repeat(43), ANYONE),
            row("workspace/courses", "workspace/courses", EnumSet.of(PROVIDER, EDITOR, ADMIN)),
            row("my-course-bookings", "my-course-bookings", EnumSet.of(PROFESSIONAL)),
            // Another organisation's course is refused to a provider: BookingViewsTest proves it.
            row("workspace/courses/:___url_parameter", "workspace/courses/" + A_COURSE,
                    EnumSet.of(PROVIDER, EDITOR, ADMIN)),
            row("workspace/courses/:course/register/:date", "workspace/courses/" + A_COURSE + "/register/{courseDate}",
                    EnumSet.of(PROVIDER, EDITOR, ADMIN)),
            row("childcare", "childcare?place=Crewe&months=18&day=TU&vacancy=now", ANYONE),
            row("childcare/funded-hours", "childcare/funded-hours?born=2024-06-15&working=yes", ANYONE),
            row("workspace/childcare/:___url_parameter?", "workspace/childcare", EnumSet.of(PROVIDER, EDITOR, ADMIN)),
            row("admin/ofsted-import", "admin/ofsted-import", EnumSet.of(ADMIN)),
            // Subject access and erasure (#15): administrators only; the service refuses anyone else too.
            row("admin/personal-data", "admin/personal-data", EnumSet.of(ADMIN)),
            // A temporary closure shows at once, without review: editors and administrators only, never a provider.
            row("workspace/closure/:___url_parameter", "workspace/closure/" + CONNEXIONS_CREWE,
                    EnumSet.of(EDITOR, ADMIN)),
            // A listing's calendar feed: editors and administrators on any listing, a provider on their own
            // organisation's (the demo provider runs Connexions Crewe; CalendarFeedViewTest refuses another's).
            row("workspace/calendar-feed/:___url_parameter", "workspace/calendar-feed/" + CONNEXIONS_CREWE,
                    EnumSet.of(EDITOR, ADMIN, PROVIDER)),
            // When a listing is shown is set the same way: editors and administrators, at once.
            row("workspace/publication/:___url_parameter", "workspace/publication/" + CONNEXIONS_CREWE,
                    EnumSet.of(EDITOR, ADMIN)),
            // Records (#15): editors and administrators edit organisations and venues, a provider only their own
            // organisation; administrators alone the topics, localities and postcode areas every page uses.
            row("workspace/organisations", "workspace/organisations", EnumSet.of(EDITOR, ADMIN)),
            row("workspace/organisations/edit/:___url_parameter", "workspace/organisations/edit/"
                    + PROVIDERS_ORGANISATION, EnumSet.of(EDITOR, ADMIN, PROVIDER)),
            row("workspace/venues", "workspace/venues", EnumSet.of(EDITOR, ADMIN)),
            row("workspace/venues/edit/:___url_parameter",
                    "workspace/venues/edit/028183d8-1331-5374-8f0e-e38531737e61", EnumSet.of(EDITOR, ADMIN)),
            row("workspace/categories", "workspace/categories", EnumSet.of(ADMIN)),
            row("workspace/localities", "workspace/localities", EnumSet.of(ADMIN)),
            // Saved searches: families have no account; a link's page with an unknown token only says it is gone.
            row("alerts/:step", "alerts/confirm?token=" + "x".repeat(43), ANYONE),
            // Professionals' folders (#15): their own only; FoldersTest proves another professional's is not found.
            row("folders", "folders", EnumSet.of(PROFESSIONAL)),
            row("folders/add", "folders/add?service=2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54", EnumSet.of(PROFESSIONAL)),
            row("folders/:___url_parameter", "folders/" + A_FOLDER, EnumSet.of(PROFESSIONAL)));

    /** HTTP endpoints ("METHOD pattern"; ANY when the mapping takes every method) → a path to call, and who may. */
    static final Map<String, Expect> ENDPOINTS = Map.ofEntries(
            row("ANY /error", "/error", ANYONE),
            row("GET /sitemap.xml", "/sitemap.xml", ANYONE),
            row("GET /sitemaps/{part}.xml.gz", "/sitemaps/pages.xml.gz", ANYONE),
            row("GET /robots.txt", "/robots.txt", ANYONE),
            row("GET /calendar/{serviceId}/{venueId}/{index}.ics", "/calendar/" + A_SESSION + ".ics", ANYONE),
            row("GET /calendar/courses/{courseId}.ics", "/calendar/courses/" + A_COURSE + ".ics", ANYONE),
            // A service's and a venue's sessions as calendars to subscribe to (Stay and Play; Monks Coppenhall).
            row("GET /calendar/services/{serviceId}.ics",
                    "/calendar/services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54.ics", ANYONE),
            row("GET /calendar/venues/{venueId}.ics", "/calendar/venues/028183d8-1331-5374-8f0e-e38531737e61.ics",
                    ANYONE),
            row("GET /leaflets/localities/{code}.pdf", "/leaflets/localities/crewe-nantwich.pdf", ANYONE),
            row("GET /leaflets/categories/{code}.pdf", "/leaflets/categories/send.pdf", ANYONE),
            row("GET /api/search", "/api/search?q=stay%20and%20play", ANYONE),
            row("GET /api/feedback/surveys/{id}/results.csv", "/api/feedback/surveys/" + A_SURVEY
                    + "/results.csv", EnumSet.of(EDITOR, MANAGER)),
            row("GET /api/search/suggest", "/api/search/suggest?q=pla", ANYONE),
            row("GET /api/reporting/report-card.csv", "/api/reporting/report-card.csv?quarter=2026-Q3",
                    EnumSet.of(MANAGER, ADMIN, EDITOR)),
            row("GET /api/reporting/report-card.pdf", "/api/reporting/report-card.pdf?month=2026-11&locality=congleton",
                    EnumSet.of(MANAGER, ADMIN, EDITOR)),
            row("POST /api/admin/reindex", "/api/admin/reindex", EnumSet.of(ADMIN)),
            row("GET /api/admin/feeds", "/api/admin/feeds", EnumSet.of(ADMIN)),
            row("POST /api/admin/feeds", "/api/admin/feeds", EnumSet.of(ADMIN)),
            row("POST /api/admin/feeds/{id}/pull", "/api/admin/feeds/" + A_FEED + "/pull", EnumSet.of(ADMIN)),
            row("POST /api/admin/feeds/{id}/upload", "/api/admin/feeds/" + A_FEED + "/upload", EnumSet.of(ADMIN)),
            row("PUT /api/admin/feeds/{id}/corrections-email", "/api/admin/feeds/" + A_FEED + "/corrections-email",
                    EnumSet.of(ADMIN)),
            row("GET /api/oruk", "/api/oruk", ANYONE),
            row("GET /api/oruk/", "/api/oruk/", ANYONE),
            row("GET /api/oruk/openapi.json", "/api/oruk/openapi.json", ANYONE),
            row("GET /api/oruk/services", "/api/oruk/services", ANYONE),
            row("GET /api/oruk/services/{id}", "/api/oruk/services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54", ANYONE),
            row("GET /api/oruk/organizations", "/api/oruk/organizations", ANYONE),
            row("GET /api/oruk/organizations/{id}", "/api/oruk/organizations/" + AN_ORGANIZATION, ANYONE),
            row("GET /api/oruk/taxonomies", "/api/oruk/taxonomies", ANYONE),
            row("GET /api/oruk/taxonomies/{id}", "/api/oruk/taxonomies/" + A_TAXONOMY, ANYONE),
            row("GET /api/oruk/taxonomy_terms", "/api/oruk/taxonomy_terms", ANYONE),
            row("GET /api/oruk/taxonomy_terms/{id}", "/api/oruk/taxonomy_terms/" + A_TERM, ANYONE),
            row("GET /api/oruk/service_at_locations", "/api/oruk/service_at_locations", ANYONE),
            row("GET /api/oruk/service_at_locations/{id}", "/api/oruk/service_at_locations/" + A_SERVICE_AT_LOCATION,
                    ANYONE),
            // Saved searches' forms and RFC 8058 one-click unsubscribes: public, each link its own secret.
            row("POST /api/alerts", "/api/alerts?email=x", ANYONE),
            row("POST /api/alerts/confirm", "/api/alerts/confirm?token=" + "x".repeat(43), ANYONE),
            row("POST /api/alerts/unsubscribe", "/api/alerts/unsubscribe?token=" + "x".repeat(43), ANYONE),
            row("GET /api/alerts/unsubscribe", "/api/alerts/unsubscribe?token=" + "x".repeat(43), ANYONE));

    /**
     * Spring Boot Actuator (its own handler mapping): the probes answer anyone with a status alone (load balancers,
     * Kubernetes); the index of endpoints, a probe's parts and the Prometheus metrics are for ADMIN only.
     */
    static final Map<String, Expect> OPERATIONS = Map.ofEntries(
            row("GET /actuator", "/actuator", EnumSet.of(ADMIN)),
            row("GET /actuator/health", "/actuator/health", ANYONE),
            row("GET /actuator/health/liveness", "/actuator/health/liveness", ANYONE),
            row("GET /actuator/health/readiness", "/actuator/health/readiness", ANYONE),
            row("GET /actuator/health/{*path}", "/actuator/health/db", EnumSet.of(ADMIN)),
            row("GET /actuator/prometheus", "/actuator/prometheus", EnumSet.of(ADMIN)));

    /** Each call comes from its own address, so the public API's rate limit never answers for security. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static @Nullable String request;
    private static @Nullable String feed;
    private static @Nullable CourseSummary course;
    private static @Nullable String folder;

    @Autowired
    UserAccounts users;
    @Autowired
    WebApplicationContext context;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Inbox inbox;
    @Autowired
    Surveys surveys;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    FeedImport feeds;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseAdmin courses;
    @Autowired
    Clock clock;
    @Autowired
    Folders folders;

    /** @param landsOn a location of the view an allowed user ends up on, when the route forwards there */
    record Expect(String sample, Set<Who> allowed, @Nullable String landsOn) {
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void everyRouteHasARowAndEveryRowARoute() {
        Set<String> routes = new TreeSet<>(RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).toList());

        assertThat(routes).as("Vaadin routes; add a row to VIEWS for each new one")
                .containsExactlyInAnyOrderElementsOf(VIEWS.keySet());
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(keys(info))));

        assertThat(endpoints).as("HTTP endpoints; add a row to ENDPOINTS for each new one")
                .containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    @Test
    void everyOperationsEndpointHasARow() {
        Set<String> exposed = new TreeSet<>(context.getBean(PathMappedEndpoints.class).getAllPaths());
        Set<String> rows = new TreeSet<>(OPERATIONS.keySet().stream().map(key -> key.substring(key.indexOf(' ') + 1))
                .filter(path -> path.chars().filter(c -> c == '/').count() == 2 && !path.equals("/actuator"))
                .toList());

        assertThat(exposed).as("Actuator endpoints; add a row to OPERATIONS for each new one")
                .containsExactlyInAnyOrderElementsOf(rows);
    }

    static Stream<Arguments> operations() {
        return cases(OPERATIONS);
    }

    @ParameterizedTest(name = "{0} as {1}: allowed = {2}")
    @MethodSource("operations")
    void operationsAccess(String endpoint, Who who, boolean allowed) throws Exception {
        endpointAccess(OPERATIONS, endpoint, who, allowed);
    }

    static Stream<Arguments> views() {
        return cases(VIEWS);
    }

    static Stream<Arguments> endpoints() {
        return cases(ENDPOINTS);
    }

    @ParameterizedTest(name = "{0} as {1}: allowed = {2}")
    @MethodSource("views")
    void viewAccess(String route, Who who, boolean allowed) {
        String location = samples(VIEWS.get(route).sample(), who);
        String path = location.replaceFirst("\\?.*", "");
        String query = location.contains("?") ? location.substring(location.indexOf('?') + 1) : "";
        String landsOn = VIEWS.get(route).landsOn() != null ? VIEWS.get(route).landsOn() : path;
        Class<?> target = RouteConfiguration.forApplicationScope().getRoute(landsOn)
                .orElseThrow(() -> new AssertionError("No route for " + landsOn));
        signIn(who);

        UI.getCurrent().navigate(path, QueryParameters.fromString(query));

        // Views with @RolesAllowed are Spring proxies (method security); compare the class they proxy.
        // A failure page (a 500) is neither: it must not pass for a refusal.
        assertThat(ClassUtils.getUserClass(getCurrentView().getClass())).as("%s opened as %s", location, who)
                .matches(view -> allowed ? view.equals(target) : !view.equals(target) && !view.equals(ErrorPage.class),
                        allowed ? "opens " + target.getSimpleName() : "is refused (login, not found or access denied)");
    }

    @ParameterizedTest(name = "{0} as {1}: allowed = {2}")
    @MethodSource("endpoints")
    void endpointAccess(String endpoint, Who who, boolean allowed) throws Exception {
        endpointAccess(ENDPOINTS, endpoint, who, allowed);
    }

    private void endpointAccess(Map<String, Expect> table, String endpoint, Who who, boolean allowed) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        MockMvc mvc = SecuredMvc.of(context);
        var call = request(HttpMethod.valueOf(method.equals("ANY") ? "GET" : method),
                samples(table.get(endpoint).sample(), who))
                .with(r -> {
                    r.setRemoteAddr("10.5." + ADDRESSES.get() / 250 + "." + ADDRESSES.incrementAndGet() % 250);
                    return r;
                });
        if (who.username != null) {
            call = call.with(SecuredMvc.as(who.username));
        }

        MvcResult result = mvc.perform(call).andReturn();

        int status = result.getResponse().getStatus();
        String redirect = result.getResponse().getRedirectedUrl();
        boolean refused = status == 401 || status == 403 || redirect != null && redirect.contains("/login");
        // 404 and 5xx are neither allowed nor refused: the sample is wrong or the endpoint broke.
        boolean answered = !refused && status != 404 && status < 500;
        assertThat(allowed ? answered : refused).as("%s as %s answered %d %s (allowed = %s)", endpoint, who, status,
                redirect == null ? "" : redirect, allowed).isTrue();
    }

    /** Puts real ids into a sample location. */
    private String samples(String location, Who who) {
        String resolved = location;
        if (resolved.contains(A_REQUEST)) {
            resolved = resolved.replace(A_REQUEST, aRequest());
        }
        if (resolved.contains(A_SURVEY)) {
            resolved = resolved.replace(A_SURVEY, aSurvey());
        }
        if (resolved.contains(A_DRAFT)) {
            resolved = resolved.replace(A_DRAFT, aDraft(who));
        }
        if (resolved.contains(A_FEED)) {
            resolved = resolved.replace(A_FEED, aFeed());
        }
        if (resolved.contains(A_COURSE)) {
            resolved = resolved.replace(A_COURSE, aCourse().id().toString())
                    .replace("{courseDate}", aCourse().firstSession().toString());
        }
        if (resolved.contains(A_FOLDER)) {
            resolved = resolved.replace(A_FOLDER, aFolder());
        }
        if (resolved.contains(A_SESSION)) {
            resolved = resolved.replace(A_SESSION, aSession());
        }
        resolved = resolved.replace(PROVIDERS_ORGANISATION, first("select organization_id from service where id = '"
                + CONNEXIONS_CREWE + "'"));
        return resolved.replace(AN_ORGANIZATION, first("select id from organization order by id"))
                .replace(A_TAXONOMY, first("select id from taxonomy order by id"))
                .replace(A_TERM, first("select id from taxonomy_term order by id"))
                .replace(A_SERVICE_AT_LOCATION, first("select sal.id from service_at_location sal join service s"
                        + " on s.id = sal.service_id where s.status = 'active' order by sal.id"));
    }

    private String first(String sql) {
        return jdbc.sql(sql + " limit 1").query(String.class).single();
    }

    /** The asker's own draft of Connexions Crewe when they may edit it; otherwise the demo editor's. */
    private String aDraft(Who who) {
        Who author = EnumSet.of(EDITOR, ADMIN, PROVIDER).contains(who) ? who : EDITOR;
        SignedIn.as(users, author.username);
        try {
            return workflow.edit(UUID.fromString(CONNEXIONS_CREWE)).id().toString();
        } finally {
            SignedIn.out();
        }
    }

    /** A feed registered once, without an address (pulling it is refused with a message, not a 404). */
    private String aFeed() {
        if (feed == null) {
            feed = feeds.register("Matrix feed", null).id().toString();
        }
        return feed;
    }

    /** Monks Coppenhall's stay and play: its first venue that has a session, as service/venue/0. */
    private String aSession() {
        UUID service = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
        ServiceDetails.Venue venue = directory.service(service).orElseThrow().venues().stream()
                .filter(v -> !v.sessions().isEmpty() && !v.sessions().getFirst().days().isEmpty())
                .findFirst().orElseThrow();
        return service + "/" + venue.id() + "/0";
    }

    /** A folder of the demo professional's, made once. */
    private String aFolder() {
        if (folder == null) {
            SignedIn.as(users, "professional");
            try {
                folder = folders.create("Matrix folder").id().toString();
            } finally {
                SignedIn.out();
            }
        }
        return folder;
    }

    /** A course of Connexions Crewe, set up once as the demo editor. */
    private CourseSummary aCourse() {
        if (course == null) {
            SignedIn.as(users, "editor");
            try {
                course = courses.create(new NewCourse(UUID.fromString(CONNEXIONS_CREWE), "Matrix course",
                        "Crewe", null, LocalDate.now(clock).plusWeeks(4), 4, LocalTime.of(10, 0), LocalTime.of(12, 0),
                        8, 0, WhoMayBook.BOTH, null, null));
            } finally {
                SignedIn.out();
            }
        }
        return course;
    }

    private String aSurvey() {
        SignedIn.as(users, "manager");
        String id = surveys.list().getFirst().id().toString();
        SignedIn.out();
        return id;
    }

    /** Passes the sample request (made once) to the demo provider's service, as the demo front door. */
    private String aRequest() {
        if (request == null) {
            SelfReferral form = new SelfReferral("Matrix Parent", List.of(new org.familyhub.frontdoor.Child(3, null)),
                    Set.of(), "Some ideas for sleep, please.", "CW1 3AB", Set.of(org.familyhub.frontdoor.ContactMethod.PHONE),
                    null, "01270 123456", null, true, true, null, null);
            String reference = frontDoor.submit(form, "matrix").reference();
            SignedIn.as(users, "frontdoor");
            UUID id = inbox.list().stream().filter(r -> r.reference().equals(reference))
                    .map(RequestSummary::id).findFirst().orElseThrow();
            inbox.assignToService(id, UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f"));
            SignedIn.out();
            request = id.toString();
        }
        return request;
    }

    private void signIn(Who who) {
        if (who.username == null) {
            SignedIn.out();
        } else {
            SignedIn.as(users, who.username);
        }
    }

    private static List<String> keys(RequestMappingInfo info) {
        Set<String> patterns = info.getPatternValues();
        Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(
                        java.util.stream.Collectors.toSet());
        return patterns.stream().flatMap(pattern -> methods.stream().map(method -> method + " " + pattern)).toList();
    }

    private static Stream<Arguments> cases(Map<String, Expect> table) {
        return table.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(row -> EnumSet.allOf(Who.class)
                .stream().map(who -> arguments(row.getKey(), who, row.getValue().allowed().contains(who))));
    }

    private static Map.Entry<String, Expect> row(String key, String sample, Set<Who> allowed) {
        return Map.entry(key, new Expect(sample, allowed, null));
    }

    private static Map.Entry<String, Expect> row(String key, String sample, Set<Who> allowed, String landsOn) {
        return Map.entry(key, new Expect(sample, allowed, landsOn));
    }
}
