package org.familyhub.search.meaning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A situation described in words that are not among {@code search-index/needs.txt}'s sentences is read as the need it
 * describes; words about something else, or about nothing the file knows, are read as no need.
 */
class NeedsInParentsWordsTest {

    private final SentenceMeaning meaning = new SentenceMeaning();
    private final NeedsInParentsWords needs = new NeedsInParentsWords(meaning);

    @Test
    void aSituationInOtherWordsIsReadAsTheNeedItDescribes() {
        assertThat(described("my son stays in his room all day")).hasValue("mental health");
        assertThat(described("my baby keeps being sick")).hasValue("health visitor");
        assertThat(described("my daughter wants to leave school")).hasValue("careers");
        assertThat(described("my lad smokes weed every day")).hasValue("risky behaviour");
        assertThat(described("our cupboards are empty")).hasValue("food bank");
        assertThat(described("the landlord has given us notice")).hasValue("housing advice");
        assertThat(described("my son gets nervous about everything")).hasValue("mental health");
        assertThat(described("my teen is barely eating anything")).hasValue("mental health");
        assertThat(described("my child has a physical disability")).hasValue("special educational needs");
    }

    @Test
    void wordsAboutNothingTheFileKnowsAreReadAsNoNeed() {
        assertThat(described("car insurance")).isEmpty();
        assertThat(described("wombat")).isEmpty();
        assertThat(described("swimming lessons on saturday")).isEmpty();
        assertThat(described("stay and play crewe")).isEmpty();
    }

    @Test
    void aNeedWhoseListingsAreForOtherAgesIsNotReadForAChildOfAnAge() {
        String words = "cheap things to do with a 3 year old on a sunday";
        // The model reads ages poorly: without the age, this is closest to the youth clubs' "things for my teen to do
        // at the weekend".
        assertThat(needs.of(meaning.ofQuery(words))).hasValue("youth club");
        assertThat(needs.of(meaning.ofQuery(words), 3, 3)).isNotEqualTo(java.util.Optional.of("youth club"));
        assertThat(needs.of(meaning.ofQuery("somewhere for my son to go in the evenings"), 14, 14))
                .hasValue("youth club");
        assertThat(needs.of(meaning.ofQuery("my son stays in his room all day"), 14, 14)).hasValue("mental health");
    }

    private java.util.Optional<String> described(String words) {
        return needs.of(meaning.ofQuery(words));
    }
}
