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
    }

    @Test
    void wordsAboutNothingTheFileKnowsAreReadAsNoNeed() {
        assertThat(described("car insurance")).isEmpty();
        assertThat(described("wombat")).isEmpty();
        assertThat(described("swimming lessons on saturday")).isEmpty();
        assertThat(described("stay and play crewe")).isEmpty();
    }

    private java.util.Optional<String> described(String words) {
        return needs.of(meaning.ofQuery(words));
    }
}
