package org.familyhub.analysis;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * The {@code keyword_marker} token filter: the words listed (or matching {@code keywords_pattern}) are marked so that a
 * stemmer after it leaves them whole ("housing" stays "housing" instead of becoming "hous", as "house" does). As in
 * Elasticsearch, {@code keywords} and {@code keywords_pattern} cannot both be given; given neither, it marks nothing
 * (Elasticsearch refuses that).
 */
@NamedComponent("keyword_marker")
public class KeywordMarkerTokenFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface KeywordMarkerSettings {
        @ListSetting(path = "keywords")
        List<String> keywords();

        @StringSetting(path = "keywords_pattern", defaultValue = "")
        String keywordsPattern();

        @BooleanSetting(path = "ignore_case", defaultValue = false)
        boolean ignoreCase();
    }

    private final CharArraySet keywords;
    private final Pattern pattern;

    @Inject
    public KeywordMarkerTokenFilterFactory(KeywordMarkerSettings settings) {
        List<String> words = settings.keywords();
        String pattern = settings.keywordsPattern();
        if (!pattern.isEmpty() && !words.isEmpty()) {
            throw new IllegalArgumentException("cannot specify both `keywords_pattern` and `keywords` or `keywords_path`");
        }
        this.pattern = pattern.isEmpty() ? null : Pattern.compile(pattern);
        this.keywords = new CharArraySet(words, settings.ignoreCase());
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return pattern != null ? new PatternKeywordMarkerFilter(tokenStream, pattern)
            : new SetKeywordMarkerFilter(tokenStream, keywords);
    }
}
