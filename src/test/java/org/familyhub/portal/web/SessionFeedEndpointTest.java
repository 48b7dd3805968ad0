package org.familyhub.portal.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A service's and a venue's sessions as subscribable calendars, read back by ical4j as a calendar app would. */
@PortalTest
class SessionFeedEndpointTest {

    private static final String MONKS_STAY_AND_PLAY = "2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54";
    private static final String BABIES_AND_ME = "afe59457-b647-5653-ba48-c54536d79214";
    private static final String MONKS_CENTRE = "028183d8-1331-5374-8f0e-e38531737e61";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void anonymous() {
        mvc = SecuredMvc.of(context);
    }

    @Test
    void aServicesCalendarHoldsEachOfItsSessionsAsTheSingleSessionFileWritesIt() throws Exception {
        Calendar calendar = calendar("/calendar/services/" + MONKS_STAY_AND_PLAY + ".ics");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);

        assertThat(calendar.validate(true).hasErrors()).as(calendar.validate(true).toString()).isFalse();
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(value(event, Property.UID)).startsWith(MONKS_STAY_AND_PLAY + "-").endsWith("@familyhub");
            assertThat(value(event, Property.RRULE)).startsWith("FREQ=WEEKLY").contains("BYDAY=TU");
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().toString())
                    .startsWith("DTSTART;TZID=Europe/London:");
        });
        String single = mvc.perform(get("/calendar/{s}/{v}/0.ics", MONKS_STAY_AND_PLAY, MONKS_CENTRE))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        VEvent first = new CalendarBuilder().build(new StringReader(single)).<VEvent>getComponent(Component.VEVENT)
                .orElseThrow();
        assertThat(events).anySatisfy(event -> {
            assertThat(value(event, Property.UID)).isEqualTo(value(first, Property.UID));
            assertThat(value(event, Property.RRULE)).isEqualTo(value(first, Property.RRULE));
            assertThat(value(event, Property.DTSTART)).isEqualTo(value(first, Property.DTSTART));
        });
    }

    @Test
    void aVenuesCalendarHoldsTheSessionsOfEveryServiceThatMeetsThereWithTheirHolidayExceptions() throws Exception {
        Calendar calendar = calendar("/calendar/venues/" + MONKS_CENTRE + ".ics");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);

        assertThat(calendar.validate(true).hasErrors()).as(calendar.validate(true).toString()).isFalse();
        assertThat(events).extracting(event -> value(event, Property.UID))
                .anyMatch(uid -> uid.startsWith(MONKS_STAY_AND_PLAY + "-" + MONKS_CENTRE + "-"))
                .anyMatch(uid -> uid.startsWith(BABIES_AND_ME + "-" + MONKS_CENTRE + "-"))
                .allMatch(uid -> uid.contains("-" + MONKS_CENTRE + "-"));
        VEvent termTime = events.stream().filter(e -> value(e, Property.UID).startsWith(BABIES_AND_ME)).findFirst()
                .orElseThrow();
        // the Christmas holidays: Thursday 24 December 2026 at 13:30 is skipped
        assertThat(termTime.getProperties(Property.EXDATE).toString()).contains("20261224T133000");
    }

    @Test
    void anUnknownServiceOrVenueHasNoCalendar() throws Exception {
        mvc.perform(get("/calendar/services/{id}.ics", "00000000-0000-0000-0000-000000000000"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/calendar/services/not-a-service.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/venues/{id}.ics", "00000000-0000-0000-0000-000000000000"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/calendar/venues/x.ics")).andExpect(status().isNotFound());
    }

    private Calendar calendar(String path) throws Exception {
        String ics = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
