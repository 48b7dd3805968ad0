package org.familyhub.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/** The {@code whitespace} tokenizer (the server core only has the {@code whitespace} analyzer). */
@NamedComponent("whitespace")
public class WhitespaceTokenizerFactory implements TokenizerFactory {

    @AnalysisSettings
    public interface WhitespaceTokenizerSettings {
        @IntSetting(path = "max_token_length", defaultValue = 255)
        int maxTokenLength();
    }

    private final int maxTokenLength;

    @Inject
    public WhitespaceTokenizerFactory(WhitespaceTokenizerSettings settings) {
        this.maxTokenLength = settings.maxTokenLength();
    }

    @Override
    public Tokenizer create() {
        return new WhitespaceTokenizer(maxTokenLength);
    }
}
