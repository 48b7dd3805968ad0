package org.familyhub.search;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.search.index.ServiceIndex;

/**
 * Words of a search that tell of someone at risk now: harm to themselves (a parent, or their child, who wants to die),
 * domestic abuse, a child groomed, exploited, abused or neglected, or rape. The page then says where to get help at once before any
 * listing, as a safeguarding concern comes before every automatic answer. Read from the synonym list itself: the
 * one-way phrases it reads as suicide, self-harm, domestic abuse or exploitation, and those words, so a phrase added
 * there is recognised here too; and harm by a partner or a parent however it is said
 * ({@link ParentWords#harmByAPartner}, {@link ParentWords#harmByAParent}), harm to a child by anyone else
 * ({@link ParentWords#harmToAChildByAnother}), and harm to oneself ({@link ParentWords#harmToSelf}).
 */
public enum UrgentHelp {
    /** Suicide or self-harm: Samaritans. */
    HARM_TO_SELF(List.of("suicid", "self harm"), List.of("suicide", "suicidal", "self harm", "self harming"),
            ParentWords::harmToSelf),
    /** Domestic abuse: the national helpline. */
    DOMESTIC_ABUSE(List.of("domestic abuse"), List.of("domestic abuse", "domestic violence", "abusive relationship"),
            words -> ParentWords.harmByAPartner(words) || ParentWords.abusedAtAnyAge(words)),
    /** A child groomed, exploited or abused: the NSPCC's helpline for adults worried about a child. */
    CHILD_AT_RISK(List.of("exploitation"), List.of("child abuse", "sexual abuse", "sexually abused", "abusing my child",
            "abusing my son", "abusing my daughter"),
            words -> ParentWords.harmByAParent(words) || ParentWords.harmToAChildByAnother(words)
                    || ParentWords.abused(words)),
    /**
     * Rape or sexual assault: the Rape and Sexual Abuse Support Line. "I got raped" found nothing and said nothing of
     * where to turn: the directory lists no such service.
     */
    SEXUAL_VIOLENCE(List.of(), List.of("raped", "rape", "sexually assaulted", "sexual assault", "sexual violence",
            "gwalt", "zgwalcona", "zgwalcony"), words -> false);

    private final Pattern words;
    /** The words of the synonym list's right-hand sides that read as this help. */
    private final List<String> readAs;
    /** Sentences no list of phrases could hold, read by their parts ("my husband is violent"). */
    private final Predicate<String> toldOtherwise;

    UrgentHelp(List<String> readAs, List<String> ownWords, Predicate<String> toldOtherwise) {
        this.toldOtherwise = toldOtherwise;
        this.readAs = readAs;
        Map<String, String> oneWay = ServiceIndex.oneWaySynonyms();
        Stream<String> phrases = Stream.concat(ownWords.stream(), oneWay.entrySet().stream()
                .filter(rule -> readsAs(rule.getValue())).map(Map.Entry::getKey));
        this.words = ParentWords.wholePhrases(phrases);
    }

    /** Whether a one-way rule's right-hand side reads as this help. */
    private boolean readsAs(String rightHandSide) {
        return readAs.stream().anyMatch(rightHandSide::contains);
    }

    /** The kinds of urgent help the words ask for, none for most searches. */
    public static Set<UrgentHelp> in(String words) {
        String plain = plain(words);
        Set<UrgentHelp> asked = EnumSet.noneOf(UrgentHelp.class);
        for (UrgentHelp help : values()) {
            if (help.words.matcher(plain).find() || help.toldOtherwise.test(plain)) {
                asked.add(help);
            }
        }
        return asked;
    }

    /**
     * The listings' words for the urgent help that the synonym list's phrases in the words read as ("my daughter has an
     * older boyfriend": child sexual exploitation, worried about a child), so that a search finds that help by them
     * alone, whatever else the sentence says; none when no such phrase is there.
     */
    static List<String> listingWords(String words) {
        String plain = plain(words);
        return ReadAs.PHRASES.entrySet().stream().filter(rule -> rule.getValue().matcher(plain).find())
                .flatMap(rule -> rule.getKey().stream()).distinct().toList();
    }

    private static String plain(String words) {
        return ParentWords.folded(words).replace('-', ' ').replaceAll("\\s+", " ");
    }

    /** The one-way rules read as urgent help: the terms of each right-hand side, with its phrases. */
    private static final class ReadAs {
        static final Map<List<String>, Pattern> PHRASES = ServiceIndex.oneWaySynonymTerms().entrySet().stream()
                .filter(rule -> Stream.of(values()).anyMatch(help -> help.readsAs(String.join(" ", rule.getValue()))))
                .collect(Collectors.groupingBy(Map.Entry::getValue, LinkedHashMap::new,
                        Collectors.collectingAndThen(Collectors.mapping(Map.Entry::getKey, Collectors.toList()),
                                phrases -> ParentWords.wholePhrases(phrases.stream()))));
    }
}
