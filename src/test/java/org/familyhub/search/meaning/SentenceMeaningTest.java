package org.familyhub.search.meaning;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model runs in this JVM, gives vectors of the length the index maps, puts a parent's own words nearest the listing
 * about their need, and finds nothing close for words the directory has nothing for.
 */
class SentenceMeaningTest {

    private static final List<String> LISTINGS = List.of(
            "Money advice. Debt and benefits. Free help with debts, budgeting and paying the bills.",
            "Sleep clinic. Parenting support. Help for parents whose young children have problems sleeping.",
            "Domestic abuse support. Confidential help for anyone harmed or frightened by a partner or family member.",
            "Young people's drug and alcohol service. Support for under 18s using cannabis, alcohol or other drugs.",
            "Baby massage. Baby and toddler groups. A five week course for parents and babies under 6 months.");

    private final SentenceMeaning meaning = new SentenceMeaning();

    @Test
    void aParentsOwnWordsAreNearestTheListingAboutTheirNeed() {
        List<float[]> listings = meaning.ofTexts(LISTINGS);
        assertThat(listings).allSatisfy(vector -> assertThat(vector).hasSize(SentenceMeaning.DIMENSIONS));

        assertThat(nearest("skint and can't pay the gas bill", listings)).isEqualTo(0);
        assertThat(nearest("my toddler won't go to sleep at night", listings)).isEqualTo(1);
        assertThat(nearest("my boyfriend hits me", listings)).isEqualTo(2);
        assertThat(nearest("my son is smoking weed", listings)).isEqualTo(3);
    }

    /** The closeness the search asks of a listing found by meaning alone ({@code ServiceSearchRequest}). */
    private static final double A_MATCH = 0.35;

    @Test
    void wordsTheDirectoryHasNothingForAreCloseToNoListing() {
        List<float[]> listings = meaning.ofTexts(LISTINGS);
        for (String words : List.of("wombat", "car insurance", "football results", "xylophone repairs")) {
            float[] query = meaning.ofQuery(words);
            assertThat(listings).as(words).allSatisfy(listing -> assertThat(SentenceMeaning.closeness(query, listing))
                    .isLessThan(A_MATCH));
        }
    }

    @Test
    void theSameWordsAreAnsweredFromMemoryWhateverTheirCase() {
        assertThat(meaning.ofQuery("Skint ")).isSameAs(meaning.ofQuery("skint"));
    }

    private int nearest(String words, List<float[]> listings) {
        float[] query = meaning.ofQuery(words);
        int best = -1;
        double closest = -2;
        for (int i = 0; i < listings.size(); i++) {
            double closeness = SentenceMeaning.closeness(query, listings.get(i));
            if (closeness > closest) {
                closest = closeness;
                best = i;
            }
        }
        return best;
    }
}
