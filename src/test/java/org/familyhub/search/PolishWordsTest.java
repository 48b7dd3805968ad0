package org.familyhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** A Polish search said in English for the meaning model, from the Polish synonym list. */
class PolishWordsTest {

    /** A few of the English words the meaning model reads whole; the real list is its tokenizer's 30,000. */
    private static final Predicate<String> ENGLISH =
            Set.of("sen", "syn", "tata", "sure", "start", "crewe", "dla", "claim", "support", "ma", "2")::contains;

    @Test
    void polishIsToldByItsLettersOrByAPhraseOfTheListThatIsNoEnglishWord() {
        assertThat(PolishWords.in("zajęcia dla dziecka", ENGLISH)).isTrue();
        assertThat(PolishWords.in("zajecia dla dziecka", ENGLISH)).isTrue();
        assertThat(PolishWords.in("nie chce chodzic do szkoly", ENGLISH)).isTrue();
        // "sen" is sleep in Polish and special educational needs in English; "dla" is also the benefit.
        assertThat(PolishWords.in("sen support", ENGLISH)).isFalse();
        assertThat(PolishWords.in("dla claim", ENGLISH)).isFalse();
        assertThat(PolishWords.in("stay and play", ENGLISH)).isFalse();
    }

    @Test
    void eachPhraseIsSaidAsTheFirstEnglishOfItsRuleAndWhatTheModelCannotReadIsLeftOut() {
        assertThat(PolishWords.inEnglish("moje dziecko się jąka", ENGLISH)).isEqualTo("children speech and language");
        assertThat(PolishWords.inEnglish("mój syn nie chce chodzić do szkoły", ENGLISH))
                .isEqualTo("children school attendance");
        assertThat(PolishWords.inEnglish("szukam pracy", ENGLISH)).isEqualTo("back to work");
        // The longest phrase first: "zajęcia dla dziecka" is one rule, not "zajęcia" and "dla dziecka".
        assertThat(PolishWords.inEnglish("zajęcia dla dziecka", ENGLISH)).isEqualTo("activities");
        // Small words and what is plainly Polish left out (a Polish letter, a word of the list's phrases); the rest
        // kept as typed, as the model reads English words it holds in pieces ("childminder") as well.
        assertThat(PolishWords.inEnglish("grupa sure start w pobliżu", ENGLISH)).isEqualTo("group sure start");
        assertThat(PolishWords.inEnglish("childminder w Crewe który mówi po polsku", ENGLISH))
                .isEqualTo("childminder crewe polsku");
    }
}
