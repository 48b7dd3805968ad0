package org.familyhub.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * The {@code keyword} tokenizer (whole input as one token). The server core only has the
 * {@code keyword} analyzer; custom analyzers such as keyword + lowercase need the tokenizer too.
 */
@NamedComponent("keyword")
public class KeywordTokenizerFactory implements TokenizerFactory {

    @AnalysisSettings
    public interface KeywordTokenizerSettings {
        @IntSetting(path = "buffer_size", defaultValue = 256)
        int bufferSize();
    }

    private final int bufferSize;

    @Inject
    public KeywordTokenizerFactory(KeywordTokenizerSettings settings) {
        this.bufferSize = settings.bufferSize();
    }

    @Override
    public Tokenizer create() {
        return new KeywordTokenizer(bufferSize);
    }
}
