package org.familyhub.childcare;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.familyhub.childcare.FundedHours.Answer;
import org.familyhub.childcare.FundedHours.Family;
import org.familyhub.childcare.FundedHours.Offer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Known answers for the funded-hours rules as the sample council states them in
 * {@code content/childcare/entitlements.json}: the English rules from September 2024 and from September 2025.
 */
class FundedHoursTest {

    private static final EntitlementRules RULES = EntitlementRules.read(Path.of("content/childcare/entitlements.json"));
    /** The tests' "today": Wednesday 2 December 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    /** 2 years 5 months old on that day. */
    private static final LocalDate BORN_JUNE_2024 = LocalDate.of(2024, 6, 15);

    private static Answer check(LocalDate born, boolean working, boolean support, LocalDate on) {
        return FundedHours.check(RULES, new Family(born, working, support), on);
    }

    private static List<Entitlement> codes(List<Offer> offers) {
        return offers.stream().map(Offer::entitlement).toList();
    }

    @Test
    void aTwoYearOldOfWorkingParentsGetsThirtyWorkingParentHoursSinceTheTermAfterNineMonths() {
        Answer answer = check(BORN_JUNE_2024, true, false, TODAY);
        assertThat(codes(answer.now())).containsExactly(Entitlement.WORKING_PARENT);
        assertThat(answer.now().get(0).from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(answer.hoursNow()).isEqualTo(30);
        assertThat(answer.later()).extracting(Offer::entitlement, Offer::from).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Entitlement.UNIVERSAL, LocalDate.of(2027, 9, 1)),
                org.assertj.core.groups.Tuple.tuple(Entitlement.EXTENDED, LocalDate.of(2027, 9, 1)));
    }

    @Test
    void aTwoYearOldWhoseFamilyGetsSupportGetsFifteenHoursFromTheTermAfterTheirSecondBirthday() {
        Answer answer = check(BORN_JUNE_2024, false, true, TODAY);
        assertThat(codes(answer.now())).containsExactly(Entitlement.TWO_YEAR_OLDS);
        assertThat(answer.now().get(0).from()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(answer.hoursNow()).isEqualTo(15);
        assertThat(codes(answer.later())).containsExactly(Entitlement.UNIVERSAL);
    }

    @Test
    void aTwoYearOldWhoseParentsNeitherWorkNorGetSupportGetsNothingUntilTheUniversalHoursAtThree() {
        Answer answer = check(BORN_JUNE_2024, false, false, TODAY);
        assertThat(answer.now()).isEmpty();
        assertThat(answer.hoursNow()).isZero();
        assertThat(answer.later()).extracting(Offer::entitlement, Offer::from)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Entitlement.UNIVERSAL, LocalDate.of(2027, 9, 1)));
    }

    @Test
    void hoursFromBothEntitlementsAreCappedAtThirtyAWeek() {
        Answer answer = check(BORN_JUNE_2024, true, true, TODAY);
        assertThat(codes(answer.now())).containsExactlyInAnyOrder(Entitlement.WORKING_PARENT, Entitlement.TWO_YEAR_OLDS);
        assertThat(answer.hoursNow()).isEqualTo(30);
    }

    @Test
    void everyThreeYearOldGetsTheUniversalFifteenHoursAndWorkingParentsFifteenMore() {
        LocalDate born = LocalDate.of(2023, 2, 10);
        Answer notWorking = check(born, false, false, TODAY);
        assertThat(codes(notWorking.now())).containsExactly(Entitlement.UNIVERSAL);
        assertThat(notWorking.now().get(0).from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(notWorking.hoursNow()).isEqualTo(15);
        Answer working = check(born, true, false, TODAY);
        assertThat(codes(working.now())).containsExactlyInAnyOrder(Entitlement.UNIVERSAL, Entitlement.EXTENDED);
        assertThat(working.hoursNow()).isEqualTo(30);
        assertThat(working.later()).isEmpty();
    }

    @Test
    void aBabyOfWorkingParentsWaitsForTheTermAfterReachingNineMonths() {
        Answer answer = check(LocalDate.of(2025, 12, 20), true, false, TODAY);
        assertThat(answer.now()).isEmpty();
        assertThat(answer.later()).extracting(Offer::entitlement, Offer::from).contains(
                org.assertj.core.groups.Tuple.tuple(Entitlement.WORKING_PARENT, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void theRulesInForceOnTheDateApply_fifteenWorkingParentHoursBeforeSeptember2025_thirtyAfter() {
        LocalDate born = LocalDate.of(2024, 1, 10);
        assertThat(check(born, true, false, LocalDate.of(2025, 1, 15)).hoursNow()).isEqualTo(15);
        assertThat(check(born, true, false, LocalDate.of(2025, 8, 31)).hoursNow()).isEqualTo(15);
        assertThat(check(born, true, false, LocalDate.of(2025, 9, 1)).hoursNow()).isEqualTo(30);
    }

    @Test
    void aChildWhoReachesTheAgeOnATermStartWaitsForTheNextTerm() {
        LocalDate born = LocalDate.of(2024, 1, 1);
        assertThat(check(born, false, true, LocalDate.of(2026, 3, 31)).now()).isEmpty();
        assertThat(codes(check(born, false, true, LocalDate.of(2026, 4, 1)).now()))
                .containsExactly(Entitlement.TWO_YEAR_OLDS);
    }

    @Test
    void aDateBeforeAnyRulesOrABirthInTheFutureIsAClearMessage() {
        assertThatThrownBy(() -> check(BORN_JUNE_2024, true, false, LocalDate.of(2024, 8, 31)))
                .isInstanceOf(InvalidChildcareException.class).hasMessageContaining("2024-09-01");
        assertThatThrownBy(() -> check(TODAY.plusDays(1), true, false, TODAY))
                .isInstanceOf(InvalidChildcareException.class).hasMessageContaining("future");
    }

    @Test
    void rulesWithAnUnknownEntitlementAreRefusedNamingIt() {
        String json = """
                {"title": "t", "source": "s", "checked_on": "2026-01-01", "term_starts": ["09-01"], "term_rule": "r",
                 "weeks_per_year": 38, "stretch": "s", "working_means": "w", "support_means": "s",
                 "max_hours_per_week": 30,
                 "rule_sets": [{"applies_from": "2025-09-01", "entitlements": [{"code": "forty-hours", "name": "n",
                   "hours_per_week": 40, "from_months": 0, "until_months": 12, "needs": "none", "summary": "s"}]}]}
                """;
        assertThatThrownBy(() -> EntitlementRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "test.json")).isInstanceOf(IllegalStateException.class).hasMessageContaining("forty-hours");
    }

    @Test
    void inPolishTheWordsAreTheCouncilsPolishAndTheAnswerIsTheSame() {
        EntitlementRules polish = RULES.in(java.util.Locale.of("pl"));
        Answer answer = FundedHours.check(polish, new Family(BORN_JUNE_2024, true, false), TODAY);

        assertThat(answer.hoursNow()).isEqualTo(check(BORN_JUNE_2024, true, false, TODAY).hoursNow());
        assertThat(answer.now()).extracting(Offer::name)
                .containsExactly("30 godzin dla pracujących rodziców dzieci od 9. miesiąca życia");
        assertThat(polish.termRule()).startsWith("Dziecko może otrzymać finansowane godziny");
        assertThat(polish.checkedOn()).isEqualTo(RULES.checkedOn());
        assertThat(RULES.in(java.util.Locale.ENGLISH).termRule()).isEqualTo(RULES.termRule());
        assertThat(RULES.in(java.util.Locale.ENGLISH).inForceOn(TODAY).orElseThrow().entitlements().get(0).name())
                .isEqualTo("30 hours for working parents of children from 9 months");
    }

    @Test
    void aWordTheCouncilHasNotTranslatedStaysInEnglish() {
        String file = """
                {"title": "Funded hours", "source": "GOV.UK", "checked_on": "2026-11-30", "term_starts": ["09-01"],
                 "term_rule": "From the term after.", "weeks_per_year": 38, "stretch": "Spread them.",
                 "working_means": "Working.", "support_means": "Support.", "max_hours_per_week": 30,
                 "translations": {"pl": {"stretch": "Rozłóż je."}},
                 "rule_sets": [{"applies_from": "2024-09-01", "entitlements": [
                   {"code": "universal", "name": "15 hours", "hours_per_week": 15, "from_months": 36,
                    "until_months": 60, "needs": "none", "summary": "Every child.",
                    "translations": {"pl": {"name": "15 godzin"}}}]}]}""";
        EntitlementRules polish = EntitlementRules.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "test").in(java.util.Locale.of("pl"));

        assertThat(polish.stretch()).isEqualTo("Rozłóż je.");
        assertThat(polish.termRule()).isEqualTo("From the term after.");
        assertThat(polish.ruleSets().get(0).entitlements().get(0))
                .extracting(EntitlementRules.Rule::name, EntitlementRules.Rule::summary)
                .containsExactly("15 godzin", "Every child.");
    }
}
