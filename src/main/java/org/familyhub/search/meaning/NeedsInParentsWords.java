package org.familyhub.search.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a parent's sentence is about when it describes a situation rather than names the help ("my son stays in his
 * room all day", "we have nothing in the cupboards"), read from {@code search-index/needs.txt}: each need there is the
 * words its listings use and sentences parents say about it. A sentence is read as a need when its meaning is close to
 * that need's sentences and clearly closer than to any other need's. The model compares two short sentences far
 * better than a sentence with a listing's description: "my son stays in his room all day" is 0.69 close to the mental
 * health sentences, while the search by its words and meaning listed stay and plays ("stay") for it.
 */
@Component
public class NeedsInParentsWords {

    static final String FILE = "search-index/needs.txt";
    /**
     * How close to a need a parent's sentence must be (cosine; unrelated words such as "car insurance" or "stay and
     * play crewe" are under 0.3). With {@link #CLEARLY}, chosen on 42 sentences of our own, apart from the relevance
     * suite's (32 describing a need, 10 not): 20 read as their need, 2 as a neighbouring one (how much milk a baby
     * needs as breastfeeding), 10 as none, and one of the 10 as a need. 0.6 read 12 right; the closest sentence alone
     * rather than the two closest, 21 right but 3 wrong.
     */
    static final double CLOSE = 0.5;
    /** How much closer to that need than to the next: a sentence between two needs is read as neither. */
    static final double CLEARLY = 0.04;
    private static final Logger LOG = LoggerFactory.getLogger(NeedsInParentsWords.class);

    /** A need's heading: its listings' words, and the ages its listings are for, when they are for some ages only. */
    private static final Pattern HEADING = Pattern.compile("=\\s*(.+?)(?:\\s*\\(ages\\s+(\\d+)\\s+to\\s+(\\d+)\\))?");

    /**
     * One need: the words its listings use, the ages they are for ({@code null} when for any), and the meaning of each
     * sentence parents say about it.
     */
    record Need(String words, @Nullable Integer ageFrom, @Nullable Integer ageTo, List<float[]> said) {

        /** Whether the need's listings are for a child of some age from {@code from} to {@code to}. */
        boolean forAges(@Nullable Integer from, @Nullable Integer to) {
            return from == null || to == null || ageFrom == null || ageTo == null || ageFrom <= to && ageTo >= from;
        }

        /**
         * How close a sentence is to the need: to its two closest sentences, on average. The closest alone was
         * swayed by a shared word: "my son stays in his room all day" came closer to "my son stays out all night and
         * won't say where" (parenting teenagers) than to "my son shuts himself away in his bedroom" (mental health).
         */
        double closeness(float[] meaning) {
            double[] closest = said.stream().mapToDouble(one -> SentenceMeaning.closeness(meaning, one)).sorted()
                    .toArray();
            return closest.length == 1 ? closest[0] : (closest[closest.length - 1] + closest[closest.length - 2]) / 2;
        }
    }

    private final List<Need> needs;

    NeedsInParentsWords(SentenceMeaning meaning) {
        long start = System.nanoTime();
        List<Need> read = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Matcher heading = null;
        for (String line : file().lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=")) {
                if (heading != null) {
                    read.add(need(heading, meaning.ofTexts(sentences)));
                }
                heading = HEADING.matcher(line);
                if (!heading.matches()) {
                    throw new IllegalStateException(FILE + ": not \"= words\" or \"= words (ages 11 to 19)\": " + line);
                }
                sentences = new ArrayList<>();
            } else if (heading == null) {
                throw new IllegalStateException(FILE + ": a sentence before any \"= words\" line: " + line);
            } else {
                sentences.add(line);
            }
        }
        if (heading != null) {
            read.add(need(heading, meaning.ofTexts(sentences)));
        }
        this.needs = List.copyOf(read);
        LOG.info("event=needs-read needs={} millis={}", needs.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static Need need(Matcher heading, List<float[]> said) {
        return new Need(heading.group(1), age(heading.group(2)), age(heading.group(3)), said);
    }

    private static @Nullable Integer age(@Nullable String years) {
        return years == null ? null : Integer.valueOf(years);
    }

    /**
     * The words of the need a parent's sentence describes, given its meaning ({@link SentenceMeaning#ofQuery}); empty
     * when it is close to none, or about as close to two.
     */
    public Optional<String> of(float[] meaning) {
        return of(meaning, null, null);
    }

    /**
     * The same, among the needs whose listings are for a child of the age given ({@code from} to {@code to}, both
     * {@code null} when no age was given): the model reads ages poorly, and "cheap things to do with a 3 year old on a
     * sunday" was closest to the youth clubs' "things for my teen to do at the weekend".
     */
    public Optional<String> of(float[] meaning, @Nullable Integer from, @Nullable Integer to) {
        String best = null;
        double closest = -1;
        double next = -1;
        for (Need need : needs) {
            if (!need.forAges(from, to)) {
                continue;
            }
            double closeness = need.closeness(meaning);
            if (closeness > closest) {
                next = closest;
                closest = closeness;
                best = need.words();
            } else if (closeness > next) {
                next = closeness;
            }
        }
        return closest >= CLOSE && closest - next >= CLEARLY ? Optional.ofNullable(best) : Optional.empty();
    }

    private static String file() {
        try (InputStream in = NeedsInParentsWords.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
