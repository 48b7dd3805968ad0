package org.familyhub.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** The {@code edge_ngram} token filter: prefixes of each token, for search-as-you-type. */
@NamedComponent("edge_ngram")
public class EdgeNGramTokenFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface EdgeNGramSettings {
        @IntSetting(path = "min_gram", defaultValue = 1)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 2)
        int maxGram();

        @StringSetting(path = "side", defaultValue = "front")
        String side();

        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final int minGram;
    private final int maxGram;
    private final boolean back;
    private final boolean preserveOriginal;

    @Inject
    public EdgeNGramTokenFilterFactory(EdgeNGramSettings settings) {
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
        this.preserveOriginal = settings.preserveOriginal();
        switch (settings.side()) {
            case "front" -> this.back = false;
            case "back" -> this.back = true;
            default -> throw new IllegalArgumentException("edge_ngram side must be [front] or [back], got [" + settings.side() + "]");
        }
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException("edge_ngram needs 1 <= min_gram <= max_gram, got " + minGram + ", " + maxGram);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        if (!back) {
            return new EdgeNGramTokenFilter(tokenStream, minGram, maxGram, preserveOriginal);
        }
        // Lucene dropped side=back; reversing before and after gives the suffixes, as Elasticsearch does.
        TokenStream reversed = new ReverseStringFilter(tokenStream);
        return new ReverseStringFilter(new EdgeNGramTokenFilter(reversed, minGram, maxGram, preserveOriginal));
    }
}
