package org.familyhub.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * The {@code flatten_graph} token filter: the index cannot store token graphs, so an index-time
 * analyzer that uses {@code synonym_graph} or {@code word_delimiter_graph} should end with this.
 */
@NamedComponent("flatten_graph")
public class FlattenGraphTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new FlattenGraphFilter(tokenStream);
    }
}
