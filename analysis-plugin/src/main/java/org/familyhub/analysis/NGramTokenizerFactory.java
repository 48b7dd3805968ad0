package org.familyhub.analysis;

import java.util.List;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * The {@code ngram} tokenizer. Does not enforce {@code index.max_ngram_diff}: stable plugins cannot
 * read index settings.
 */
@NamedComponent("ngram")
public class NGramTokenizerFactory implements TokenizerFactory {

    @AnalysisSettings
    public interface NGramTokenizerSettings {
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
    public NGramTokenizerFactory(NGramTokenizerSettings settings) {
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
        this.tokenChars = TokenChars.parse(settings.tokenChars(), settings.customTokenChars());
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException("ngram needs 1 <= min_gram <= max_gram, got " + minGram + ", " + maxGram);
        }
    }

    @Override
    public Tokenizer create() {
        if (tokenChars == null) {
            return new NGramTokenizer(minGram, maxGram);
        }
        return new NGramTokenizer(minGram, maxGram) {
            @Override
            protected boolean isTokenChar(int chr) {
                return tokenChars.test(chr);
            }
        };
    }
}
