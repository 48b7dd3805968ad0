package org.familyhub.search.index;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The synonym list read as the search engine reads it. */
class SynonymListTest {

    /**
     * The query fillers run after the synonyms, so a phrase a one-way rule reads its words as must not start or end with
     * one: the engine drops it whole. "can't cope" was read as "family support" too, which never counted ("support" is a
     * filler), and "dad in prison", read as "family support" alone, found nothing.
     */
    @Test
    void whatAOneWayRuleReadsWordsAsSurvivesTheFillers() {
        Set<String> fillers = IndexDefinition.fillerWords();
        List<String> cut = IndexDefinition.synonyms().stream().filter(rule -> rule.contains("=>"))
                .flatMap(rule -> Arrays.stream(rule.split("=>", 2)[1].split(",")))
                .map(phrase -> phrase.strip().toLowerCase(Locale.ROOT).replaceAll("['’]", ""))
                .filter(phrase -> phrase.contains(" "))
                .filter(phrase -> {
                    String[] words = phrase.split("\\s+");
                    return fillers.contains(words[0]) || fillers.contains(words[words.length - 1]);
                })
                .distinct().toList();
        assertThat(cut).as("phrases a one-way rule reads words as, which start or end with a query filler").isEmpty();
    }
}
