package org.familyhub.analysis;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * The {@code stop_outside_synonyms} token filter (not in Elasticsearch): removes the {@code stopwords} listed, as
 * {@code stop} does, except where a {@code synonym_graph} before it has put a graph of alternatives. A word removed
 * inside such a graph leaves a hole in one of its paths that the query built from the graph cannot cross: "family
 * support" (with "support" a stop word) then matched neither "family support" nor its other phrases, and "domestic
 * abuse", whose rule holds "domestic abuse support", matched no listing saying "domestic abuse". Inside a graph each
 * path is a phrase whose every word the text must have, so nothing is lost by keeping them there.
 * <p>
 * A token is inside a graph when an earlier token spans past its position, or when it spans more than one position
 * itself; the words of plain text, one position each, never are.
 */
@NamedComponent("stop_outside_synonyms")
public class StopOutsideSynonymsTokenFilterFactory implements TokenFilterFactory {

    @AnalysisSettings
    public interface StopSettings {
        @ListSetting(path = "stopwords")
        List<String> stopwords();

        @BooleanSetting(path = "ignore_case", defaultValue = false)
        boolean ignoreCase();
    }

    private final CharArraySet stopwords;

    @Inject
    public StopOutsideSynonymsTokenFilterFactory(StopSettings settings) {
        this.stopwords = CharArraySet.unmodifiableSet(new CharArraySet(settings.stopwords(), settings.ignoreCase()));
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopOutsideSynonymsFilter(tokenStream, stopwords);
    }

    static final class StopOutsideSynonymsFilter extends FilteringTokenFilter {
        private final CharArraySet stopwords;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private int position;
        private int graphEnd;

        StopOutsideSynonymsFilter(TokenStream input, CharArraySet stopwords) {
            super(input);
            this.stopwords = stopwords;
        }

        @Override
        protected boolean accept() {
            // FilteringTokenFilter calls this with the input's own increment, before it adds the removed tokens' ones.
            position += increment.getPositionIncrement();
            boolean inGraph = position < graphEnd || length.getPositionLength() > 1;
            graphEnd = Math.max(graphEnd, position + length.getPositionLength());
            return inGraph || !stopwords.contains(term.buffer(), 0, term.length());
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            position = -1;
            graphEnd = 0;
        }
    }
}
