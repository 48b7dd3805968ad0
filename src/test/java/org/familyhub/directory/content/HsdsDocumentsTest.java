package org.familyhub.directory.content;

import org.familyhub.directory.content.HsdsDocuments.Schedule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Term time only": the portal's own flag when a document has it, else the session's words. */
class HsdsDocumentsTest {

    @Test
    void aScheduleThatSaysTermTimeOnlyInItsWordsIsTermTimeOnly() {
        assertThat(schedule("Tuesdays, 9:30am to 11am, term time only", null, null).inTermTimeOnly()).isTrue();
        assertThat(schedule(null, "Term-time only", null).inTermTimeOnly()).isTrue();
        assertThat(schedule("February half term: Monday 15 to Thursday 18 February 2027", null, null)
                .inTermTimeOnly()).isFalse();
        assertThat(schedule(null, null, null).inTermTimeOnly()).isFalse();
    }

    @Test
    void theFlagWinsOverTheWords() {
        assertThat(schedule("Tuesdays, term time only", null, false).inTermTimeOnly()).isFalse();
        assertThat(schedule("Tuesdays", null, true).inTermTimeOnly()).isTrue();
    }

    @Test
    void aStoredScheduleCarriesTheFlagOnlyWhenItsWordsSaySomethingElse() {
        assertThat(Schedule.flag(true, "Tuesdays, term time only", null)).isNull();
        assertThat(Schedule.flag(false, "Tuesdays", null)).isNull();
        assertThat(Schedule.flag(true, "Tuesdays", null)).isTrue();
        assertThat(Schedule.flag(false, "Tuesdays, term time only", null)).isFalse();
        // rewording a session without the flag changes it; one with the flag keeps it
        assertThat(schedule("Tuesdays, term time only", null, Schedule.flag(false, "Tuesdays", null))
                .inTermTimeOnly()).isTrue();
        assertThat(schedule("Tuesdays, all year", null, Schedule.flag(true, "Tuesdays", null))
                .inTermTimeOnly()).isTrue();
    }

    @Test
    void exceptionDatesAreWrittenOnlyWhenThereAreSome() {
        String without = ServiceDocumentJson.JSON.writeValueAsString(schedule("Tuesdays", null, null));
        assertThat(without).as("a document without them keeps its bytes").doesNotContain("except_dates");
        Schedule with = new Schedule(null, "WEEKLY", 1, "TU", null, null, null, null, null, null, "09:30", "11:00",
                null, "Tuesdays", null, null, java.util.List.of("2027-01-05", "2026-12-22"));
        String json = ServiceDocumentJson.JSON.writeValueAsString(with);
        assertThat(json).contains("\"except_dates\":[\"2027-01-05\",\"2026-12-22\"]");
        assertThat(ServiceDocumentJson.JSON.readValue(json, Schedule.class).exceptions())
                .containsExactly(java.time.LocalDate.of(2026, 12, 22), java.time.LocalDate.of(2027, 1, 5));
    }

    private static Schedule schedule(@Nullable String description, @Nullable String notes, @Nullable Boolean flag) {
        return new Schedule(null, "WEEKLY", 1, "TU", null, null, null, null, null, null, "09:30", "11:00", null,
                description, notes, flag);
    }
}
