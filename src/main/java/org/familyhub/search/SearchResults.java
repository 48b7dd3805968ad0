package org.familyhub.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.Closure;
import org.familyhub.directory.Cost;
import org.familyhub.directory.Place;
import org.familyhub.shared.Distance;
import org.jspecify.annotations.Nullable;

/**
 * One page of results with the facet counts for every filter, what place was understood in the words,
 * and a spelling suggestion when the words found little.
 *
 * @param degraded      true when the search engine was down and these are a plain database search's results: the
 *                      words only, by name, without filters, facets, places or distances
 * @param someWordsOnly true when fewer than 3 services had (nearly) all of the words, so these are the services with
 *                      some of them, those with the most first: "nursary places" finds the nurseries, which never say
 *                      "places"
 */
public record SearchResults(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets,
        @Nullable String didYouMean, @Nullable UnderstoodPlace place, @Nullable Origin origin, boolean degraded,
        Understood understood, boolean someWordsOnly) {

    /** Unchangeable, as one answer may be kept and given to several visitors ({@link KeptResults}). */
    public SearchResults {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    public int totalPages() {
        return (int) Math.ceil(total / (double) size);
    }

    /**
     * @param placesAvailable a course of the programme has a free place and can be booked now
     * @param closure         the service's closure, when it is temporarily closed today
     * @param residentsOf the localities (codes) whose families alone may use the service; empty: anyone
     * @param usable      whether the family may use it, when where they live is known (a postcode or a town)
     */
    public record Hit(UUID id, String name, String provider, @Nullable String summary, List<Place> places,
            Cost cost, @Nullable Integer minimumAge, @Nullable Integer maximumAge, List<String> levels,
            double score, @Nullable Double distanceKm, List<String> highlights, boolean placesAvailable,
            @Nullable Closure closure, List<String> residentsOf, @Nullable Boolean usable) {
    }

    public record FacetCount(String value, long count) {
    }

    /**
     * A town or locality named in the words ("stay and play Crewe"), which results then prefer: with {@code around}
     * ("near Macclesfield"), the area around the town as much as the town itself.
     */
    public record UnderstoodPlace(String name, @Nullable String town, String localityCode, boolean around) {

        public UnderstoodPlace(String name, @Nullable String town, String localityCode) {
            this(name, town, localityCode, false);
        }

        /** The town whose own services are preferred over the rest of its locality's: none when around it. */
        public @Nullable String preferredTown() {
            return around ? null : town;
        }
    }

    /**
     * What was read out of the words and used as a preference: the place, a postcode, the child's age (a range for
     * "toddler" or "teenagers"), cost, days, parts of the day, how help is given, and the directory's spelling of
     * words it does not have as typed ("playgoup": "playgroup"), and the need a sentence describes, whose listings'
     * words were looked for as well ("my son stays in his room all day": mental health); {@code words} is what was left
     * to match, as typed. A parent can take each back ({@link SearchQuery#notUnderstood()}).
     */
    public record Understood(String words, @Nullable UnderstoodPlace place, @Nullable String postcode,
            @Nullable Integer ageFrom, @Nullable Integer ageTo, boolean free, Set<String> days, Set<String> times,
            Set<String> delivery, Map<String, String> spelling, @Nullable String need) {

        public static final Understood NOTHING = new Understood("", null, null, null, null, false, Set.of(), Set.of(),
                Set.of(), Map.of());

        /** Before the spelling and the need are known. */
        public Understood(String words, @Nullable UnderstoodPlace place, @Nullable String postcode,
                @Nullable Integer ageFrom, @Nullable Integer ageTo, boolean free, Set<String> days, Set<String> times,
                Set<String> delivery, Map<String, String> spelling) {
            this(words, place, postcode, ageFrom, ageTo, free, days, times, delivery, spelling, null);
        }

        public boolean any() {
            return place != null || postcode != null || ageFrom != null || free || !days.isEmpty() || !times.isEmpty()
                    || !delivery.isEmpty() || !spelling.isEmpty() || need != null;
        }

        /** The same, with the words read as the directory spells them and the need they describe, if any. */
        Understood spelt(Map<String, String> corrections, @Nullable String described) {
            return new Understood(words, place, postcode, ageFrom, ageTo, free, days, times, delivery,
                    Map.copyOf(corrections), described);
        }
    }

    /**
     * Where distances are measured from; with a postcode or a town, the locality the family lives in, which says
     * which services for residents only they may use.
     */
    public record Origin(String label, double latitude, double longitude, @Nullable String locality) {

        /** Whether a family living here may use a service for the residents of these localities; null: not known. */
        public @Nullable Boolean mayUse(List<String> residentsOf) {
            return residentsOf.isEmpty() ? Boolean.TRUE : locality == null ? null : residentsOf.contains(locality);
        }

        /** How far the nearest of a listing's venues (the index's {@code location} points) is; null without any. */
        public @Nullable Double nearestKm(@Nullable Object locations) {
            if (!(locations instanceof List<?> points)) {
                return null;
            }
            return points.stream().filter(point -> point instanceof Map<?, ?> at && at.get("lat") instanceof Number
                            && at.get("lon") instanceof Number)
                    .map(point -> (Map<?, ?>) point)
                    .mapToDouble(at -> Distance.km(latitude, longitude, ((Number) at.get("lat")).doubleValue(),
                            ((Number) at.get("lon")).doubleValue()))
                    .boxed().min(Double::compare).orElse(null);
        }
    }
}
