package org.familyhub.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.synonym.WordnetSynonymParser;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Turns synonym settings into a Lucene {@link SynonymMap}.
 *
 * <p>Elasticsearch parses synonym rules with the tokenizer and the filters that precede the
 * synonym filter in the same analyzer. A stable plugin is never shown that chain, so the rules are
 * parsed with a fixed standard tokenizer + lowercase analyzer instead. That gives the same result
 * as Elasticsearch for the usual chain {@code standard -> lowercase -> synonym_graph -> ...}, which
 * is why index definitions must put {@code lowercase} before the synonym filter (otherwise upper-case
 * input never matches the lower-cased rules) and any stemmer after it (rules are not stemmed).
 */
final class SynonymRules {

    private static final SynonymMap EMPTY = new SynonymMap(null, null, 0);

    private SynonymRules() {
    }

    static SynonymMap build(SynonymSettings settings) {
        String rules = String.join("\n", settings.synonyms());
        String path = settings.synonymsPath();
        if (rules.isEmpty() && path.isEmpty()) {
            // Elasticsearch rejects this, but it also instantiates every stable-plugin filter once with
            // empty settings (as the default under its bare name) when an index is created, so
            // throwing here would break every index. An empty map makes the filter a no-op.
            return EMPTY;
        }
        try (Analyzer analyzer = ruleAnalyzer();
             Reader reader = path.isEmpty() ? new StringReader(rules) : Files.newBufferedReader(resolve(path), StandardCharsets.UTF_8)) {
            SynonymMap.Parser parser = parser(settings, analyzer);
            parser.parse(reader);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("failed to build synonyms: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to build synonyms", e);
        }
    }

    private static SynonymMap.Parser parser(SynonymSettings settings, Analyzer analyzer) {
        boolean expand = settings.expand();
        boolean lenient = settings.lenient();
        return switch (settings.format()) {
            case "wordnet" -> new WordnetSynonymParser(true, expand, analyzer) {
                @Override
                public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
                    return lenientAnalyze(super::analyze, text, reuse, lenient);
                }

                @Override
                public void add(CharsRef input, CharsRef output, boolean includeOrig) {
                    if (!lenient || (input.length > 0 && output.length > 0)) {
                        super.add(input, output, includeOrig);
                    }
                }
            };
            case "solr", "" -> new SolrSynonymParser(true, expand, analyzer) {
                @Override
                public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
                    return lenientAnalyze(super::analyze, text, reuse, lenient);
                }

                @Override
                public void add(CharsRef input, CharsRef output, boolean includeOrig) {
                    if (!lenient || (input.length > 0 && output.length > 0)) {
                        super.add(input, output, includeOrig);
                    }
                }
            };
            default -> throw new IllegalArgumentException("synonym format must be [solr] or [wordnet], got [" + settings.format() + "]");
        };
    }

    private interface Analyze {
        CharsRef apply(String text, CharsRefBuilder reuse) throws IOException;
    }

    // Lenient mode as in Elasticsearch: a term that analyzes to nothing (e.g. a stop word) becomes
    // empty, and add() then skips just the mappings that involve it instead of failing the index.
    private static CharsRef lenientAnalyze(Analyze analyze, String text, CharsRefBuilder reuse, boolean lenient)
            throws IOException {
        try {
            return analyze.apply(text, reuse);
        } catch (IllegalArgumentException e) {
            if (lenient) {
                return new CharsRef("");
            }
            throw e;
        }
    }

    static Analyzer ruleAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    // The stable API gives no access to the node Environment, so the config directory comes from
    // the system properties the launcher sets (es.path.conf when present, else es.path.home/config).
    private static Path resolve(String path) {
        Path file = Path.of(path);
        if (file.isAbsolute()) {
            return file;
        }
        String conf = System.getProperty("es.path.conf");
        if (conf == null) {
            String home = System.getProperty("es.path.home", ".");
            conf = Path.of(home, "config").toString();
        }
        return Path.of(conf).resolve(file);
    }
}
