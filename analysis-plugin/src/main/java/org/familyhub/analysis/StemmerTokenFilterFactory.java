package org.familyhub.analysis;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The {@code stemmer} token filter, English variants only. Language names and the Lucene class
 * behind each one follow Elasticsearch's own StemmerTokenFilterFactory (e.g. "english" is the
 * Porter stemmer there, not Snowball's "porter2").
 */
@NamedComponent("stemmer")
public class StemmerTokenFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface StemmerSettings {
        @StringSetting(path = "language", defaultValue = "")
        String language();

        // Elasticsearch still accepts the legacy "name" key when "language" is absent.
        @StringSetting(path = "name", defaultValue = "porter")
        String name();
    }

    private final UnaryOperator<TokenStream> stemmer;

    @Inject
    public StemmerTokenFilterFactory(StemmerSettings settings) {
        String language = settings.language().isEmpty() ? settings.name() : settings.language();
        // Fail while the index is created, as Elasticsearch does, not on the first analyzed document.
        this.stemmer = forLanguage(language);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }

    static UnaryOperator<TokenStream> forLanguage(String language) {
        switch (language.toLowerCase(Locale.ROOT)) {
            case "english":
            case "porter":
                return PorterStemFilter::new;
            case "light_english":
            case "lightenglish":
            case "kstem":
                return KStemFilter::new;
            case "minimal_english":
            case "minimalenglish":
                return EnglishMinimalStemFilter::new;
            case "possessive_english":
            case "possessiveenglish":
                return EnglishPossessiveFilter::new;
            case "porter2":
                return in -> new SnowballFilter(in, new EnglishStemmer());
            default:
                throw new IllegalArgumentException("stemmer language [" + language + "] is not supported by the "
                    + "familyhub-analysis plugin; supported: english, light_english, kstem, minimal_english, "
                    + "possessive_english, porter, porter2");
        }
    }
}
