package org.familyhub.analysis;

import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_ALL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_NUMBERS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_WORDS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_WORD_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.IGNORE_KEYWORDS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/** The {@code word_delimiter_graph} token filter with Elasticsearch's option names and defaults. */
@NamedComponent("word_delimiter_graph")
public class WordDelimiterGraphTokenFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface WordDelimiterSettings {
        @BooleanSetting(path = "generate_word_parts", defaultValue = true)
        boolean generateWordParts();

        @BooleanSetting(path = "generate_number_parts", defaultValue = true)
        boolean generateNumberParts();

        @BooleanSetting(path = "catenate_words", defaultValue = false)
        boolean catenateWords();

        @BooleanSetting(path = "catenate_numbers", defaultValue = false)
        boolean catenateNumbers();

        @BooleanSetting(path = "catenate_all", defaultValue = false)
        boolean catenateAll();

        @BooleanSetting(path = "split_on_case_change", defaultValue = true)
        boolean splitOnCaseChange();

        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();

        @BooleanSetting(path = "split_on_numerics", defaultValue = true)
        boolean splitOnNumerics();

        @BooleanSetting(path = "stem_english_possessive", defaultValue = true)
        boolean stemEnglishPossessive();

        @BooleanSetting(path = "ignore_keywords", defaultValue = false)
        boolean ignoreKeywords();

        @BooleanSetting(path = "adjust_offsets", defaultValue = true)
        boolean adjustOffsets();

        @ListSetting(path = "protected_words")
        List<String> protectedWords();
    }

    private final int flags;
    private final boolean adjustOffsets;
    private final CharArraySet protectedWords;

    @Inject
    public WordDelimiterGraphTokenFilterFactory(WordDelimiterSettings s) {
        this.flags = flag(s.generateWordParts(), GENERATE_WORD_PARTS)
            | flag(s.generateNumberParts(), GENERATE_NUMBER_PARTS)
            | flag(s.catenateWords(), CATENATE_WORDS)
            | flag(s.catenateNumbers(), CATENATE_NUMBERS)
            | flag(s.catenateAll(), CATENATE_ALL)
            | flag(s.splitOnCaseChange(), SPLIT_ON_CASE_CHANGE)
            | flag(s.preserveOriginal(), PRESERVE_ORIGINAL)
            | flag(s.splitOnNumerics(), SPLIT_ON_NUMERICS)
            | flag(s.stemEnglishPossessive(), STEM_ENGLISH_POSSESSIVE)
            | flag(s.ignoreKeywords(), IGNORE_KEYWORDS);
        this.adjustOffsets = s.adjustOffsets();
        List<String> words = s.protectedWords();
        this.protectedWords = words.isEmpty() ? null : new CharArraySet(words, false);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new WordDelimiterGraphFilter(tokenStream, adjustOffsets, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
            flags, protectedWords);
    }

    private static int flag(boolean enabled, int flag) {
        return enabled ? flag : 0;
    }
}
