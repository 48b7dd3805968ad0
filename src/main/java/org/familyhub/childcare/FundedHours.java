package org.familyhub.childcare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.familyhub.childcare.EntitlementRules.Need;
import org.familyhub.childcare.EntitlementRules.Rule;
import org.familyhub.childcare.EntitlementRules.RuleSet;

/**
 * "Which hours might my child get": the rules in force on a date applied to a child's date of birth and what the
 * family tells. A guide, not a decision: the words around it say so, and who decides.
 */
public final class FundedHours {

    private FundedHours() {
    }

    /**
     * @param now      entitlements the child can have on {@code on}
     * @param later    entitlements the child will reach later under today's rules, each with the date it starts
     * @param hoursNow hours a week now, at most the rules' maximum
     */
    public record Answer(LocalDate on, List<Offer> now, List<Offer> later, int hoursNow) {
    }

    /** An entitlement and the first date of the term it can start. */
    public record Offer(Entitlement entitlement, String name, String summary, int hoursPerWeek, LocalDate from) {
    }

    /** The family's answers: both may be true. */
    public record Family(LocalDate childBorn, boolean working, boolean support) {
    }

    /**
     * @throws InvalidChildcareException when the date of birth is after {@code on}, or the rules have no set in
     *                                   force then
     */
    public static Answer check(EntitlementRules rules, Family family, LocalDate on) {
        if (family.childBorn().isAfter(on)) {
            throw new InvalidChildcareException("born", "childcare.checker.error.future",
                    "The date of birth must not be in the future.");
        }
        RuleSet set = rules.inForceOn(on).orElseThrow(() -> new InvalidChildcareException("on",
                "childcare.checker.error.rules", "The rules give no funded hours before " + rules.ruleSets().get(0)
                        .appliesFrom() + "."));
        List<Offer> now = new ArrayList<>();
        List<Offer> later = new ArrayList<>();
        for (Rule rule : set.entitlements()) {
            if (!meets(rule.needs(), family)) {
                continue;
            }
            LocalDate from = rules.termAfter(family.childBorn().plusMonths(rule.fromMonths()));
            LocalDate until = rules.termAfter(family.childBorn().plusMonths(rule.untilMonths()));
            Offer offer = new Offer(rule.entitlement(), rule.name(), rule.summary(), rule.hoursPerWeek(), from);
            if (!on.isBefore(from) && on.isBefore(until)) {
                now.add(offer);
            } else if (on.isBefore(from)) {
                later.add(offer);
            }
        }
        int hours = Math.min(rules.maxHoursPerWeek(), now.stream().mapToInt(Offer::hoursPerWeek).sum());
        return new Answer(on, List.copyOf(now), List.copyOf(later), hours);
    }

    private static boolean meets(Need need, Family family) {
        return switch (need) {
            case NONE -> true;
            case WORKING -> family.working();
            case SUPPORT -> family.support();
        };
    }
}
