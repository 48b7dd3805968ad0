package org.familyhub.analysis;

import java.util.List;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * The {@code edge_ngram} tokenizer. With {@code token_chars} the input is first split on every
 * character outside those classes and each word yields its prefixes; without it the whole input is
 * one word (Elasticsearch's behaviour).
 */
@NamedComponent("edge_ngram")
public class EdgeNGramTokenizerFactory implements TokenizerFactory {

    @AnalysisSettings
    public interface EdgeNGramTokenizerSettings {
        @IntSetting(path = "min_gram", defaultValue = 1)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 2)
        int maxGram();

        @ListSetting(path = "token_chars")
        List<String> tokenChars();

        @StringSetting(path = "custom_token_chars", defaultValue = "")
        String customTokenChars();
    }

    private final int minGram;
    private final int maxGram;
    private final IntPredicate tokenChars;

    @Inject
    public EdgeNGramTokenizerFactory(EdgeNGramTokenizerSettings settings) {
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
        this.tokenChars = TokenChars.parse(settings.tokenChars(), settings.customTokenChars());
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException("edge_ngram needs 1 <= min_gram <= max_gram, got " + minGram + ", " + maxGram);
        }
    }

    @Override
    public Tokenizer create() {
        if (tokenChars == null) {
            return new EdgeNGramTokenizer(minGram, maxGram);
        }
        return new EdgeNGramTokenizer(minGram, maxGram) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChars.test(chr);
            }
        };
    }
}
