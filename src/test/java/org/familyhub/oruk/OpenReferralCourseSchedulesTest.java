package org.familyhub.oruk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.NewCourse;
import org.familyhub.booking.WhoMayBook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A programme's course sessions are published with the service as HSDS schedules, one per dated session, valid
 * against the schema; a cancelled course's sessions are withdrawn.
 */
@PortalTest
class OpenReferralCourseSchedulesTest {

    @Autowired
    OpenReferralEndpoint endpoint;
    @Autowired
    CourseAdmin admin;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(endpoint).build();
    }

    @Test
    void aCoursesSessionsArePublishedAsSchedulesOfTheServiceUntilTheCourseIsCancelled() throws Exception {
        UUID programme = jdbc.sql("""
                select id from service where status = 'active' and id not in (select service_id from course)
                order by name desc limit 1""").query(UUID.class).single();
        String title = "Course " + UUID.randomUUID();
        CourseSummary course;
        SignedIn.as(users, "editor");
        try {
            course = admin.create(new NewCourse(programme, title, "Crewe Family Hub", null,
                    LocalDate.now(clock).plusWeeks(5), 4, LocalTime.of(18, 0), LocalTime.of(20, 30), 8, 0,
                    WhoMayBook.BOTH, null, null));
        } finally {
            SignedIn.out();
        }
        try {
            JsonNode service = service(programme);
            HsdsSchema.assertConforms("service", service);
            List<JsonNode> sessions = service.get("schedules").valueStream()
                    .filter(s -> s.has("description") && s.get("description").asString().startsWith(title)).toList();
            assertThat(sessions).hasSize(4);
            assertThat(sessions.stream().map(s -> s.get("dtstart").asString()))
                    .containsExactlyElementsOf(course.sessions().stream().map(LocalDate::toString).toList());
            JsonNode first = sessions.getFirst();
            assertThat(first.get("valid_from").asString()).isEqualTo(first.get("valid_to").asString())
                    .isEqualTo(course.firstSession().toString());
            assertThat(first.get("opens_at").asString()).isEqualTo("18:00");
            assertThat(first.get("closes_at").asString()).isEqualTo("20:30");
            assertThat(first.get("count").asInt()).isEqualTo(1);
            assertThat(first.get("byday").asString())
                    .isEqualTo(course.firstSession().getDayOfWeek().name().substring(0, 2));
            assertThat(first.get("description").asString()).contains("session 1 of 4", "Crewe Family Hub");
            assertThat(sessions.stream().map(s -> s.get("id").asString()).distinct()).hasSize(4);
            assertThat(service(programme).get("schedules").get(0).get("id").asString())
                    .as("a session keeps its id").isEqualTo(service.get("schedules").get(0).get("id").asString());
        } finally {
            SignedIn.as(users, "editor");
            try {
                admin.cancel(course.id(), null);
            } finally {
                SignedIn.out();
            }
        }
        JsonNode after = service(programme);
        HsdsSchema.assertConforms("service", after);
        assertThat(after.has("schedules") ? after.get("schedules").valueStream()
                .filter(s -> s.has("description") && s.get("description").asString().startsWith(title)).toList()
                : List.of()).as("a cancelled course's sessions are withdrawn").isEmpty();
    }

    private JsonNode service(UUID id) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/oruk/services/" + id)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return OpenReferralEndpointTest.JSON.readTree(response.getContentAsString());
    }
}
