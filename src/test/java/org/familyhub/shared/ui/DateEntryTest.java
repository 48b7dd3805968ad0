package org.familyhub.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date picker on an English page reads {@code 1/12/2026} as 1 December 2026: it is set to British English and
 * to day-first formats, tried in order as the picker does in the browser. (The browser's own parsing is what
 * the real-browser test {@code StaffDateEntryBrowserTest} checks.)
 */
class DateEntryTest {

    @Test
    void anEnglishPagesPickerIsBritishAndReadsDayFirst() {
        DatePicker picker = DateEntry.localised(new DatePicker(), Locale.ENGLISH);

        assertThat(picker.getLocale()).isEqualTo(Locale.UK);
        assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("d MMMM yyyy");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        List<String> formats = picker.getI18n().getDateFormats();
        assertThat(firstReading("1/12/2026", formats)).contains(LocalDate.of(2026, 12, 1));
        assertThat(firstReading("01/12/2026", formats)).contains(LocalDate.of(2026, 12, 1));
        assertThat(firstReading("1 December 2026", formats)).contains(LocalDate.of(2026, 12, 1));
        assertThat(firstReading("13/1/2026", formats)).contains(LocalDate.of(2026, 1, 13));
        assertThat(everyReading("1/12/2026", formats)).containsOnly(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aPolishPagesPickerIsPolishAndAlsoReadsDayFirst() {
        DatePicker picker = DateEntry.localised(new DatePicker(), Locale.forLanguageTag("pl"));

        assertThat(picker.getLocale().getLanguage()).isEqualTo("pl");
        assertThat(picker.getI18n().getMonthNames()).first().isEqualTo("styczeń");
        assertThat(everyReading("1.12.2026", picker.getI18n().getDateFormats())).containsOnly(LocalDate.of(2026, 12, 1));
        assertThat(everyReading("1/12/2026", picker.getI18n().getDateFormats())).containsOnly(LocalDate.of(2026, 12, 1));
    }

    private static Optional<LocalDate> firstReading(String typed, List<String> formats) {
        return formats.stream().map(format -> reading(typed, format)).flatMap(Optional::stream).findFirst();
    }

    private static List<LocalDate> everyReading(String typed, List<String> formats) {
        return formats.stream().map(format -> reading(typed, format)).flatMap(Optional::stream).toList();
    }

    private static Optional<LocalDate> reading(String typed, String format) {
        try {
            return Optional.of(LocalDate.parse(typed, DateTimeFormatter.ofPattern(format, Locale.UK)));
        } catch (DateTimeParseException notThisFormat) {
            return Optional.empty();
        }
    }
}
