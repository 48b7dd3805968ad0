package org.familyhub.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.familyhub.search.SearchQuery.When;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The "when" filter's parameters, one design for the page and {@code /api/search}, and its range of local time (#18). */
class WhenParametersTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    @Test
    void readsThisWeekOpenNowADayAndAStretchAndWritesThemBackTheSame() {
        assertThat(when(Map.of("when", List.of("this-week")))).isEqualTo(When.THIS_WEEK);
        assertThat(when(Map.of("when", List.of("open-now")))).isEqualTo(When.OPEN_NOW);
        assertThat(when(Map.of("on", List.of("2026-12-22")))).isEqualTo(When.on(LocalDate.of(2026, 12, 22)));
        When halfTerm = When.between(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19));
        assertThat(when(Map.of("from", List.of("2027-02-15"), "to", List.of("2027-02-19")))).isEqualTo(halfTerm);
        assertThat(when(Map.of("from", List.of("2027-02-15")))).isEqualTo(When.on(LocalDate.of(2027, 2, 15)));
        assertThat(SearchParameters.parameters(halfTerm)).isEqualTo(Map.of("from", "2027-02-15", "to", "2027-02-19"));
        assertThat(SearchParameters.parameters(When.on(LocalDate.of(2026, 12, 22)))).isEqualTo(Map.of("on", "2026-12-22"));
        assertThat(SearchParameters.parameters(When.THIS_WEEK)).isEqualTo(Map.of("when", "this-week"));
        assertThat(SearchParameters.read(Map.of(), 10, WEDNESDAY).query().when()).isNull();
    }

    @Test
    void nonsenseIsNamedAndLeftOut() {
        assertThat(problems(Map.of("when", List.of("soon")))).containsExactly("when must be this-week or open-now");
        assertThat(problems(Map.of("on", List.of("22/12/2026"))))
                .containsExactly("on must be a date written as year-month-day, such as 2027-02-16");
        assertThat(problems(Map.of("on", List.of("2026-12-01")))).containsExactly("on must be today (2026-12-02) or later");
        assertThat(problems(Map.of("on", List.of("2027-12-01"))))
                .containsExactly("on must be within the next 12 weeks (by 2027-02-23): sessions further ahead are not known yet");
        assertThat(problems(Map.of("from", List.of("2027-02-19"), "to", List.of("2027-02-15"))))
                .containsExactly("to must not be before from");
        assertThat(problems(Map.of("to", List.of("2027-02-15")))).containsExactly("to needs from: the first day");
        assertThat(problems(Map.of("when", List.of("this-week"), "on", List.of("2026-12-22"))))
                .containsExactly("when, on and from/to are three ways to say when: give one");
        assertThat(SearchParameters.read(Map.of("on", List.of("2026-12-01")), 10, WEDNESDAY).query().when()).isNull();
    }

    @Test
    void openNowIsTheMinuteOnEnglandsClockOnBothSidesOfAClockChange() {
        // Sunday 28 March 2027: at 1:00 GMT the clocks go forward to 2:00 BST
        assertThat(range(When.OPEN_NOW, "2027-03-28T00:59:00Z")).contains("2027-03-28T00:59", "2027-03-28T01:00");
        assertThat(range(When.OPEN_NOW, "2027-03-28T01:30:00Z")).contains("2027-03-28T02:30", "2027-03-28T02:31");
        // Sunday 25 October 2026: at 2:00 BST the clocks go back to 1:00 GMT
        assertThat(range(When.OPEN_NOW, "2026-10-25T00:30:00Z")).contains("2026-10-25T01:30");
        assertThat(range(When.OPEN_NOW, "2026-10-25T09:30:00Z")).contains("2026-10-25T09:30");
        // this week: from this minute to the end of the sixth day on, sessions only
        assertThat(range(When.THIS_WEEK, "2026-12-02T14:15:00Z"))
                .contains("\"sessions\"", "2026-12-02T14:15", "2026-12-09T00:00");
        assertThat(range(When.OPEN_NOW, "2026-12-02T14:15:00Z")).contains("\"open_hours\"");
        // a stretch: whole days, both included
        assertThat(range(When.between(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 19)), "2026-12-02T14:15:00Z"))
                .contains("2027-02-15T00:00", "2027-02-20T00:00");
    }

    private static String range(When when, String instant) {
        return ServiceSearchRequest.when(when, Instant.parse(instant), ENGLAND).toString();
    }

    private static When when(Map<String, List<String>> parameters) {
        SearchParameters.Read read = SearchParameters.read(parameters, 10, WEDNESDAY);
        assertThat(read.problems()).isEmpty();
        return read.query().when();
    }

    private static List<String> problems(Map<String, List<String>> parameters) {
        return SearchParameters.read(parameters, 10, WEDNESDAY).problems();
    }
}
