package org.familyhub.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.familyhub.directory.Closure;
import org.familyhub.search.SearchResults.Origin;
import org.familyhub.search.SearchResults.Understood;
import org.familyhub.search.index.ServiceDocuments;
import org.familyhub.search.SearchResults.UnderstoodPlace;
import org.jspecify.annotations.Nullable;

/**
 * How much a service that suits what the parent said is preferred: in the town named, for the child's age, free,
 * on the day or at the time asked, given the way asked. Multipliers, so they outweigh how well the words match
 * whatever the scale, but only among services that match the need: a preference never makes a match.
 *
 * <p>The same numbers two ways: as Elasticsearch functions for the orders it makes, and for one hit's fields for the
 * order the search service blends.
 */
final class Preferences {

    static final double IN_LOCALITY = 2.5;
    /** On top of the locality's: a service in the very town is preferred 4 times. */
    static final double IN_TOWN = 1.6;
    /**
     * On top of those: a venue within {@value #NEAR_KM} km of the town named, whichever locality it is in, is preferred
     * 1.6 times: the village next to the town is nearer to the family than the far end of the town's locality ("toddler
     * activities knutsford" listed groups in Disley and Poynton, 20 km away in the same locality, above the stay and
     * play in Knutsford). Not "near" a town, which asks for the area around it.
     */
    static final double NEAR = 1.6;
    static final double NEAR_KM = 5;
    static final double FOR_THE_AGE = 2.5;
    static final double FREE = 1.5;
    static final double ON_THE_DAY = 1.3;
    static final double AT_THE_TIME = 1.3;
    static final double GIVEN_THAT_WAY = 1.3;
    /**
     * With no need named ("sunday activities for kids", "something to do in the evening"), the day or the time is when
     * the parent wants something to do: a group, session or club ({@link #ACTIVITY_TOPICS}) then on the day or at the
     * time counts as much as one for the age. At 1.3, "sunday activities for kids" listed holiday activities and stay
     * and plays that never meet on a Sunday above the two swimming sessions that do. Other services keep
     * {@link #ON_THE_DAY}: for all, the helplines open every day came third to fifth for "things to do on a sunday", and
     * a food bank open on Saturday mornings fourth for "where can i take my 3 year old on a saturday morning". Measured,
     * 8 December 2026: held-out sets 0.767 → 0.772 and 0.764 → 0.768 (age, cost, day and time 0.788 → 0.811 and
     * 0.768 → 0.791), the tuning set the same; 1.8 rather than 2.5 scored the same but for 0.003 on the second set.
     */
    static final double ASKED_FOR_ALONE = FOR_THE_AGE;
    /**
     * Something to do for a child of an age ("things for teenagers", "toddler activities"): a course, group or
     * support for the parents ("Living with Teenagers", a tantrums workshop) is not it, though it names the age.
     */
    static final double FOR_THE_PARENTS = 0.3;
    /** The taxonomy's topics of help for parents rather than things for children (content/taxonomies.json). */
    static final Set<String> PARENTS_TOPICS = Set.of("parenting", "parenting-programmes", "family-support",
            "behaviour-and-tantrums", "dads-groups", "young-parents");
    /**
     * Help for the parent's own mental health (adult talking therapies, postnatal depression), when the words are about
     * their child: "my son is anxious" listed a new mums' wellbeing group and a talking therapy for parents above the
     * young people's mental health services. Still listed, as the parent may need it too.
     */
    static final double THE_PARENTS_OWN = 0.5;
    static final Set<String> PARENTS_OWN_TOPICS = Set.of("adult-mental-health", "postnatal-depression");
    /**
     * Something to do, whatever the age ("toddler activities", "things to do", "days out"): a group, session, club or
     * outing is it; a childminder, a nursery place, a clinic or advice, though they are in the same place and for the
     * same age, are not.
     */
    static final double AN_ACTIVITY = 2.0;
    /** The taxonomy's topics of things children do (content/taxonomies.json), "toddlers" holding its groups. */
    static final Set<String> ACTIVITY_TOPICS = Set.of("toddlers", "baby-groups", "baby-massage",
            "after-school-and-holiday", "family-learning", "leisure-passes", "youth-clubs", "short-breaks",
            "sensory-play", "childminder-drop-ins");
    /**
     * After a baby is lost ("what support is there after a miscarriage", "we lost our baby"), the groups and sessions for
     * babies, toddlers and pregnancy come far below everything else: the baby groups came second, fourth and fifth,
     * found by the meaning of "baby".
     */
    static final double AFTER_A_LOSS = 0.1;
    /** The taxonomy's topics of groups and sessions for pregnancy, babies and toddlers (content/taxonomies.json). */
    static final Set<String> LITTLE_ONES_TOPICS = Set.of("antenatal", "breastfeeding", "baby-groups", "baby-massage",
            "toddlers", "stay-and-play", "toddler-groups", "music-and-movement", "rhyme-time", "swimming");
    /**
     * A service temporarily closed today is listed below an open one that matches as well, whatever the parent
     * said; a much closer match (its name typed by its regulars) still comes first, with its notice.
     */
    static final double CLOSED = 0.5;

    private Preferences() {
    }

    /** The services that are something for a child to do ({@link #ACTIVITY_TOPICS}). */
    private static Query somethingToDo() {
        return terms("category_codes", ACTIVITY_TOPICS);
    }

    private static Query bothOf(Query one, Query other) {
        return Query.of(q -> q.bool(b -> b.filter(one, other)));
    }

    private static boolean namesNoNeed(Understood understood) {
        return ParentWords.need(understood.words()).isBlank();
    }

    static List<FunctionScore> functions(Understood understood, @Nullable Origin origin, LocalDate today) {
        List<FunctionScore> functions = new ArrayList<>();
        functions.add(weight(closedOn(today), CLOSED));
        UnderstoodPlace place = understood.place();
        if (place != null) {
            functions.add(weight(term("locality_codes", place.localityCode()), IN_LOCALITY));
            if (place.preferredTown() != null) {
                functions.add(weight(term("towns", place.preferredTown()), IN_TOWN));
            }
            if (origin != null && place.preferredTown() != null) {
                functions.add(weight(Query.of(q -> q.geoDistance(g -> g.field("location").distance(NEAR_KM + "km")
                        .distanceType(GeoDistanceType.Arc)
                        .location(l -> l.latlon(ll -> ll.lat(origin.latitude()).lon(origin.longitude()))))), NEAR));
            }
        }
        Integer from = understood.ageFrom();
        Integer to = understood.ageTo();
        if (from != null && to != null) {
            functions.add(weight(forAges(from, to), FOR_THE_AGE));
            if (forTheChild(understood)) {
                functions.add(weight(terms("category_codes", PARENTS_TOPICS), FOR_THE_PARENTS));
            }
        }
        if (ParentWords.aboutTheirChild(understood.words(), understood.ageFrom())) {
            functions.add(weight(terms("category_codes", PARENTS_OWN_TOPICS), THE_PARENTS_OWN));
        }
        if (ParentWords.anActivity(understood.words())) {
            functions.add(weight(somethingToDo(), AN_ACTIVITY));
        }
        if (ParentWords.aBabyLost(understood.words())) {
            functions.add(weight(terms("category_codes", LITTLE_ONES_TOPICS), AFTER_A_LOSS));
        }
        if (understood.free()) {
            functions.add(weight(Query.of(q -> q.term(t -> t.field("free").value(true))), FREE));
        }
        if (!understood.days().isEmpty()) {
            functions.add(weight(terms("days", understood.days()), ON_THE_DAY));
            if (namesNoNeed(understood)) {
                functions.add(weight(bothOf(terms("days", understood.days()), somethingToDo()),
                        ASKED_FOR_ALONE / ON_THE_DAY));
            }
        }
        if (!understood.times().isEmpty()) {
            functions.add(weight(terms("times", understood.times()), AT_THE_TIME));
            if (namesNoNeed(understood)) {
                functions.add(weight(bothOf(terms("times", understood.times()), somethingToDo()),
                        ASKED_FOR_ALONE / AT_THE_TIME));
            }
        }
        if (!understood.delivery().isEmpty()) {
            functions.add(weight(terms("delivery", understood.delivery()), GIVEN_THAT_WAY));
        }
        return functions;
    }

    /** The same preferences for one hit, from the fields the search returns with it. */
    static double factor(Understood understood, @Nullable Origin origin, Map<String, Object> source,
            LocalDate today) {
        double factor = closedOn(source, today) ? CLOSED : 1;
        UnderstoodPlace place = understood.place();
        if (place != null && values(source, "locality_codes").contains(place.localityCode())) {
            factor *= IN_LOCALITY;
            if (place.preferredTown() != null && values(source, "towns").contains(place.preferredTown())) {
                factor *= IN_TOWN;
            }
        }
        Double nearest = origin == null ? null : origin.nearestKm(source.get("location"));
        if (place != null && place.preferredTown() != null && nearest != null && nearest <= NEAR_KM) {
            factor *= NEAR;
        }
        Integer from = understood.ageFrom();
        Integer to = understood.ageTo();
        if (from != null && to != null && number(source.get("min_age"), 0) <= to
                && number(source.get("max_age"), Integer.MAX_VALUE) >= from) {
            factor *= FOR_THE_AGE;
        }
        if (forTheChild(understood) && anyOf(PARENTS_TOPICS, values(source, "category_codes"))) {
            factor *= FOR_THE_PARENTS;
        }
        if (ParentWords.aboutTheirChild(understood.words(), understood.ageFrom())
                && anyOf(PARENTS_OWN_TOPICS, values(source, "category_codes"))) {
            factor *= THE_PARENTS_OWN;
        }
        if (ParentWords.anActivity(understood.words()) && anyOf(ACTIVITY_TOPICS, values(source, "category_codes"))) {
            factor *= AN_ACTIVITY;
        }
        if (ParentWords.aBabyLost(understood.words()) && anyOf(LITTLE_ONES_TOPICS, values(source, "category_codes"))) {
            factor *= AFTER_A_LOSS;
        }
        if (understood.free() && Boolean.TRUE.equals(source.get("free"))) {
            factor *= FREE;
        }
        boolean whenAlone = namesNoNeed(understood) && anyOf(ACTIVITY_TOPICS, values(source, "category_codes"));
        if (anyOf(understood.days(), values(source, "days"))) {
            factor *= whenAlone ? ASKED_FOR_ALONE : ON_THE_DAY;
        }
        if (anyOf(understood.times(), values(source, "times"))) {
            factor *= whenAlone ? ASKED_FOR_ALONE : AT_THE_TIME;
        }
        if (anyOf(understood.delivery(), values(source, "delivery"))) {
            factor *= GIVEN_THAT_WAY;
        }
        return factor;
    }

    /** Services for a child of some age from {@code from} to {@code to}; a listing that gives no ages is for any. */
    static Query forAges(double from, double to) {
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.range(r -> r.number(n -> n.field("min_age").lte(to))))
                .filter(f -> f.range(r -> r.number(n -> n.field("max_age").gte(from))))));
    }

    /** Something to do for a child of an age, where help for the parents is preferred less. */
    private static boolean forTheChild(Understood understood) {
        return understood.ageFrom() != null && understood.ageTo() != null
                && ParentWords.somethingToDo(understood.words());
    }

    /**
     * Temporarily closed on the day: its status says so and the day is within its closure (a side not given is open).
     * The index keeps the days, not a "closed" flag, so a closure stops counting on its own when it ends.
     */
    static Query closedOn(LocalDate today) {
        String day = today.toString();
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("status").value(ServiceDocuments.TEMPORARILY_CLOSED)))
                .mustNot(m -> m.range(r -> r.date(d -> d.field(ServiceDocuments.CLOSED_FROM).gt(day))))
                .mustNot(m -> m.range(r -> r.date(d -> d.field(ServiceDocuments.CLOSED_UNTIL).lt(day))))));
    }

    /** The same question of one hit's fields. */
    static boolean closedOn(Map<String, Object> source, LocalDate today) {
        if (!ServiceDocuments.TEMPORARILY_CLOSED.equals(source.get("status"))) {
            return false;
        }
        return new Closure(date(source.get(ServiceDocuments.CLOSED_FROM)),
                date(source.get(ServiceDocuments.CLOSED_UNTIL)), null, null, null).closedOn(today);
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private static boolean anyOf(Set<String> wanted, Collection<?> has) {
        return wanted.stream().anyMatch(has::contains);
    }

    private static Collection<?> values(Map<String, Object> source, String field) {
        Object value = source.get(field);
        return value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
    }

    private static double number(@Nullable Object value, double otherwise) {
        return value instanceof Number n ? n.doubleValue() : otherwise;
    }

    private static FunctionScore weight(Query filter, double weight) {
        return FunctionScore.of(f -> f.filter(filter).weight(weight));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, Set<String> values) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }
}
