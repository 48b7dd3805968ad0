package org.familyhub.shared.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.familyhub.directory.Cost;
import org.familyhub.directory.ServiceDetails.Session;
import org.familyhub.portal.ListingWords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the words every listing shows (cost, ages, when) in Polish, by the bundles and their plural rules;
 * prices the portal can read are said in Polish, anything else stays the provider's English and is said to be.
 */
class PolishListingWordsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private final PortalTranslations translations = new PortalTranslations();
    private final ListingWords polish = words(PortalTranslations.POLISH);
    private final ListingWords english = words(Locale.ENGLISH);

    private ListingWords words(Locale language) {
        return new ListingWords((key, params) -> translations.getTranslation(key, language, params), language,
                "Cheshire East", TUESDAY);
    }

    @Test
    void pricesThePortalCanReadAreSaidInPolish() {
        Cost hourly = new Cost(false, List.of("£5.60 an hour"), "£5.60 an hour. Free early education hours.");
        assertThat(polish.cost(hourly)).isEqualTo("£5,60 za godzinę");
        assertThat(polish.costInEnglish(hourly)).isFalse();
        assertThat(english.cost(hourly)).isEqualTo("£5.60 an hour");

        assertThat(polish.cost(new Cost(false, List.of("£2 per family", "Free"), null)))
                .isEqualTo("£2 za rodzinę; Bezpłatnie");
        assertThat(polish.cost(new Cost(false, List.of("50p per session"), null))).isEqualTo("50 pensów za spotkanie");
        assertThat(polish.cost(new Cost(false, List.of("£1.50 per child"), null))).isEqualTo("£1,50 za dziecko");
        assertThat(polish.cost(new Cost(true, List.of(), null))).isEqualTo("Bezpłatnie");
    }

    @Test
    void aPriceInTheProvidersOwnWordsStaysEnglishAndSaysSo() {
        Cost written = new Cost(false, List.of("£4 per session, first session free"), null);

        assertThat(polish.cost(written)).isEqualTo("£4 per session, first session free");
        assertThat(polish.costInEnglish(written)).isTrue();
        assertThat(english.costInEnglish(written)).as("an English page is English anyway").isFalse();
        assertThat(polish.costInEnglish(new Cost(false, List.of(), "Ask at reception"))).isTrue();
    }

    @Test
    void agesFollowPolishGrammar() {
        assertThat(polish.ages(1, 1)).isEqualTo("Wiek: 1 rok");
        assertThat(polish.ages(3, 3)).isEqualTo("Wiek: 3 lata");
        assertThat(polish.ages(5, 5)).isEqualTo("Wiek: 5 lat");
        assertThat(polish.ages(0, 1)).isEqualTo("Od 0 do 1 roku");
        assertThat(polish.ages(0, 4)).isEqualTo("Od 0 do 4 lat");
        assertThat(polish.ages(1, null)).isEqualTo("Od 1 roku");
        assertThat(polish.ages(null, 11)).isEqualTo("Do 11 lat");
    }

    @Test
    void sessionsAndDatesInPolishWithTheTwentyFourHourClock() {
        Session tuesdays = new Session(null, "WEEKLY", 1, List.of("TU"), LocalTime.of(9, 30), LocalTime.of(14, 0),
                LocalDate.of(2026, 12, 1), null, null, true);

        assertThat(polish.session(tuesdays)).isEqualTo("Co tydzień: wtorek, 9:30–14:00");
        assertThat(polish.date(TUESDAY)).isEqualTo("1 grudnia 2026");
        assertThat(polish.day(TUESDAY.plusDays(2))).isEqualTo("czwartek 3 grudnia");
        assertThat(polish.day(TUESDAY)).isEqualTo("Dzisiaj");
        assertThat(english.session(tuesdays)).isEqualTo("Every Tuesday, 9:30 to 14:00");
        assertThat(english.date(TUESDAY)).isEqualTo("1 December 2026");
    }

    /** A monthly session on a day of the month (a calendar feed's BYMONTHDAY=15), on the public page. */
    @Test
    void aSessionOnADayOfTheMonthIsSaidAsThatDay() {
        Session fifteenth = new Session("Clothes swap", "MONTHLY", 1, List.of(), LocalTime.of(10, 0),
                LocalTime.of(11, 30), LocalDate.of(2026, 12, 15), null, null, false, List.of(), 15);

        assertThat(english.session(fifteenth)).isEqualTo("On the 15th of every month, 10:00 to 11:30");
        assertThat(polish.session(fifteenth)).isEqualTo("15. dnia każdego miesiąca, 10:00–11:30");
    }

    @Test
    void aOneOffSessionIsSaidAsItsOneDate() {
        LocalDate funDay = LocalDate.of(2026, 12, 12);
        org.familyhub.directory.ServiceDetails.Session once = new org.familyhub.directory.ServiceDetails.Session(
                "Winter fun day", "WEEKLY", 1, List.of(), java.time.LocalTime.of(10, 0), java.time.LocalTime.of(14, 0),
                funDay, funDay, null, false);

        assertThat(english.sessionDates(once)).isEqualTo("On 12 December 2026");
        assertThat(polish.sessionDates(once)).isEqualTo("W dniu 12 grudnia 2026");
    }
}
