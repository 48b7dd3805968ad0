package org.familyhub.shared.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import org.familyhub.shared.DateText;
import org.jspecify.annotations.Nullable;

/**
 * Every date picker reads dates the British way: {@code 1/12/2026} is 1 December 2026, never 12 January,
 * whatever language the browser asks for (a picker left to plain English reads month first). English shows
 * "1 December 2026"; Polish shows "1.12.2026" with Polish month and day names; weeks start on Monday.
 * The formats are parsed in the browser by the picker itself, first one first.
 */
public final class DateEntry {

    static final List<String> ENGLISH = List.of("d MMMM yyyy", "d/M/yyyy", "dd/MM/yyyy", "d MMM yyyy",
            "d.M.yyyy", "yyyy-MM-dd");
    static final List<String> POLISH = List.of("d.MM.yyyy", "d.M.yyyy", "dd.MM.yyyy", "d/M/yyyy", "dd/MM/yyyy",
            "yyyy-MM-dd");

    private DateEntry() {
    }

    /** Sets up the picker for the current page's language. */
    public static DatePicker localised(DatePicker picker) {
        UI ui = UI.getCurrent();
        return localised(picker, ui == null ? null : ui.getLocale());
    }

    public static DatePicker localised(DatePicker picker, @Nullable Locale pageLocale) {
        Locale locale = DateText.reading(pageLocale);
        boolean polish = "pl".equals(locale.getLanguage());
        List<String> formats = polish ? POLISH : ENGLISH;
        DatePickerI18n i18n = new DatePickerI18n()
                .setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setFirstDayOfWeek(1);
        if (polish) {
            i18n.setMonthNames(Arrays.stream(Month.values())
                            .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                    .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, locale))
                    .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, locale));
        }
        picker.setLocale(locale);
        picker.setI18n(i18n);
        return picker;
    }

    /** Sunday first, as the picker expects whatever day the week starts on. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                        Arrays.stream(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY))
                .map(day -> day.getDisplayName(style, locale)).toList();
    }
}
