package org.familyhub.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

/** Runs the factories' Lucene token streams directly, without Elasticsearch. */
class AnalysisComponentsTest {

    @Test
    void stemmerEnglishIsPorter() throws IOException {
        var factory = new StemmerTokenFilterFactory(settings(StemmerTokenFilterFactory.StemmerSettings.class,
            Map.of("language", "english")));
        assertEquals(List.of("run", "clinic"), tokens(whitespace("running clinics"), factory));
    }

    @Test
    void stemmerDefaultsToPorterAndRejectsUnknownLanguages() throws IOException {
        var byDefault = new StemmerTokenFilterFactory(TestSettings.empty(StemmerTokenFilterFactory.StemmerSettings.class));
        assertEquals(List.of("clinic"), tokens(whitespace("clinics"), byDefault));
        assertThrows(IllegalArgumentException.class, () -> new StemmerTokenFilterFactory(
            settings(StemmerTokenFilterFactory.StemmerSettings.class, Map.of("language", "klingon"))));
    }

    @Test
    void stemmerEnglishVariants() throws IOException {
        assertEquals(List.of("running", "clinic"), stem("minimal_english", "running clinics"));
        assertEquals(List.of("mum", "group"), stem("possessive_english", "mum's group"));
        assertEquals(List.of("running", "clinic"), stem("light_english", "running clinics"));
    }

    @Test
    void keywordMarkerKeepsTheListedWordsWholeThroughTheStemmer() throws IOException {
        var marker = new KeywordMarkerTokenFilterFactory(settings(
            KeywordMarkerTokenFilterFactory.KeywordMarkerSettings.class,
            Map.of("keywords", List.of("housing"))));
        var stemmer = new StemmerTokenFilterFactory(settings(StemmerTokenFilterFactory.StemmerSettings.class,
            Map.of("language", "english")));
        assertEquals(List.of("housing", "hous"), tokens(marker.create(whitespace("housing house")), stemmer));
        var ignoringCase = new KeywordMarkerTokenFilterFactory(settings(
            KeywordMarkerTokenFilterFactory.KeywordMarkerSettings.class,
            Map.of("keywords", List.of("housing"), "ignore_case", true)));
        assertEquals(List.of("Housing"), tokens(ignoringCase.create(whitespace("Housing")), stemmer));
        var byPattern = new KeywordMarkerTokenFilterFactory(settings(
            KeywordMarkerTokenFilterFactory.KeywordMarkerSettings.class, Map.of("keywords_pattern", "hous.*")));
        assertEquals(List.of("housing", "clinic"), tokens(byPattern.create(whitespace("housing clinics")), stemmer));
        assertThrows(IllegalArgumentException.class, () -> new KeywordMarkerTokenFilterFactory(settings(
            KeywordMarkerTokenFilterFactory.KeywordMarkerSettings.class,
            Map.of("keywords", List.of("housing"), "keywords_pattern", "hous.*"))));
    }

    @Test
    void synonymGraphExpandsEquivalentTerms() throws IOException {
        var factory = new SynonymGraphTokenFilterFactory(settings(SynonymSettings.class,
            Map.of("synonyms", List.of("asd, autism, autistic", "ot => occupational therapy"))));
        List<String> asd = tokens(new LowerCaseFilter(standard("ASD")), factory);
        assertTrue(asd.containsAll(List.of("asd", "autism", "autistic")), asd.toString());
        assertEquals(List.of("occupational", "therapy"), tokens(new LowerCaseFilter(standard("OT")), factory));
    }

    /**
     * Stop words after a synonym graph: a plain stop filter cuts a hole into the path of "family support", so the query
     * built from the graph found neither that phrase nor "family worker"; this one keeps the words inside the graph
     * and removes them from plain text around it.
     */
    @Test
    void stopWordsOutsideSynonymsLeaveEveryPathOfTheGraphWhole() throws IOException {
        var synonyms = new SynonymGraphTokenFilterFactory(settings(SynonymSettings.class,
            Map.of("synonyms", List.of("family support, family worker", "dv, domestic abuse, domestic abuse support"))));
        var stop = new StopOutsideSynonymsTokenFilterFactory(settings(
            StopOutsideSynonymsTokenFilterFactory.StopSettings.class, Map.of("stopwords", List.of("my", "for", "support"))));
        assertEquals(Set.of(List.of("family", "support"), List.of("family", "worker")),
            paths(stop.create(synonyms.create(whitespace("my family support")))));
        assertEquals(Set.of(List.of("dv"), List.of("domestic", "abuse"), List.of("domestic", "abuse", "support")),
            paths(stop.create(synonyms.create(whitespace("domestic abuse")))));
        assertEquals(List.of("family"), tokens(stop.create(synonyms.create(whitespace("support for my family")))));
    }

    /** Every path through a token graph, as its words. */
    private static Set<List<String>> paths(TokenStream graph) throws IOException {
        Set<List<String>> paths = new HashSet<>();
        try (graph) {
            var strings = new org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings(graph);
            for (var it = strings.getFiniteStrings(); it.hasNext(); ) {
                try (TokenStream path = it.next()) {
                    List<String> words = new ArrayList<>();
                    CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
                    path.reset();
                    while (path.incrementToken()) {
                        words.add(term.toString());
                    }
                    path.end();
                    paths.add(words);
                }
            }
        }
        return paths;
    }

    @Test
    void synonymWithoutExpandMapsToFirstTerm() throws IOException {
        var factory = new SynonymTokenFilterFactory(settings(SynonymSettings.class,
            Map.of("synonyms", List.of("autism, asd"), "expand", false)));
        assertEquals(List.of("autism"), tokens(standard("asd"), factory));
    }

    @Test
    void lenientSkipsRulesThatAnalyzeToNothing() throws IOException {
        Map<String, Object> rules = Map.of("synonyms", List.of("!!!, bang", "asd, autism"));
        assertThrows(IllegalArgumentException.class,
            () -> new SynonymGraphTokenFilterFactory(settings(SynonymSettings.class, rules)));
        Map<String, Object> lenient = new LinkedHashMap<>(rules);
        lenient.put("lenient", true);
        var factory = new SynonymGraphTokenFilterFactory(settings(SynonymSettings.class, lenient));
        assertTrue(tokens(standard("asd"), factory).contains("autism"));
    }

    @Test
    void synonymsPathIsResolvedAgainstTheConfigDirectory() throws IOException {
        Path conf = Files.createTempDirectory("es-conf");
        Files.writeString(conf.resolve("syn.txt"), "physio, physiotherapy\n");
        String old = System.getProperty("es.path.conf");
        System.setProperty("es.path.conf", conf.toString());
        try {
            var factory = new SynonymGraphTokenFilterFactory(settings(SynonymSettings.class,
                Map.of("synonyms_path", "syn.txt")));
            assertTrue(tokens(standard("physio"), factory).contains("physiotherapy"));
        } finally {
            if (old == null) {
                System.clearProperty("es.path.conf");
            } else {
                System.setProperty("es.path.conf", old);
            }
        }
    }

    @Test
    void edgeNGramFilterProducesPrefixes() throws IOException {
        var factory = new EdgeNGramTokenFilterFactory(settings(EdgeNGramTokenFilterFactory.EdgeNGramSettings.class,
            Map.of("min_gram", 2, "max_gram", 5)));
        assertEquals(List.of("to", "tod", "todd", "toddl"), tokens(whitespace("toddler"), factory));
        var back = new EdgeNGramTokenFilterFactory(settings(EdgeNGramTokenFilterFactory.EdgeNGramSettings.class,
            Map.of("min_gram", 2, "max_gram", 3, "side", "back")));
        assertEquals(List.of("er", "ler"), tokens(whitespace("toddler"), back));
    }

    @Test
    void edgeNGramTokenizerSplitsOnNonTokenChars() throws IOException {
        var factory = new EdgeNGramTokenizerFactory(settings(EdgeNGramTokenizerFactory.EdgeNGramTokenizerSettings.class,
            Map.of("min_gram", 2, "max_gram", 5, "token_chars", List.of("letter", "digit"))));
        assertEquals(List.of("to", "tod", "todd", "toddl", "gr", "gro", "grou", "group"),
            tokens(tokenizer(factory, "toddler-group")));
        var wholeInput = new EdgeNGramTokenizerFactory(TestSettings.empty(EdgeNGramTokenizerFactory.EdgeNGramTokenizerSettings.class));
        assertEquals(List.of("a", "a "), tokens(tokenizer(wholeInput, "a b")));
    }

    @Test
    void asciiFolding() throws IOException {
        var fold = new AsciiFoldingTokenFilterFactory(TestSettings.empty(AsciiFoldingTokenFilterFactory.AsciiFoldingSettings.class));
        assertEquals(List.of("cafe"), tokens(whitespace("café"), fold));
        var keep = new AsciiFoldingTokenFilterFactory(settings(AsciiFoldingTokenFilterFactory.AsciiFoldingSettings.class,
            Map.of("preserve_original", true)));
        assertEquals(List.of("cafe", "café"), tokens(whitespace("café"), keep));
        assertEquals(List.of("cafe"), tokens(keep.normalize(whitespace("café"))));
    }

    @Test
    void wordDelimiterGraphDefaults() throws IOException {
        var factory = new WordDelimiterGraphTokenFilterFactory(
            TestSettings.empty(WordDelimiterGraphTokenFilterFactory.WordDelimiterSettings.class));
        assertEquals(List.of("Power", "Shot", "500"), tokens(whitespace("PowerShot500"), factory));
    }

    /**
     * Elasticsearch instantiates every registered stable component once with empty settings when an
     * index is created, so each must construct without any settings; and named_components.json must
     * name exactly the annotated classes.
     */
    @Test
    void namedComponentsMatchAnnotationsAndBuildWithEmptySettings() throws Exception {
        Map<String, Map<String, String>> registry = namedComponents();
        assertEquals(2, registry.size());
        for (var extensible : registry.entrySet()) {
            Class<?> api = Class.forName(extensible.getKey());
            for (var component : extensible.getValue().entrySet()) {
                Class<?> type = Class.forName(component.getValue());
                assertTrue(api.isAssignableFrom(type), type + " implements " + api);
                assertEquals(component.getKey(), type.getAnnotation(NamedComponent.class).value());
                Constructor<?>[] constructors = type.getConstructors();
                assertEquals(1, constructors.length, type + " must have exactly one public constructor");
                Constructor<?> constructor = constructors[0];
                Object instance;
                if (constructor.getParameterCount() == 0) {
                    instance = constructor.newInstance();
                } else {
                    assertTrue(constructor.isAnnotationPresent(Inject.class), type + " constructor needs @Inject");
                    Object[] args = new Object[constructor.getParameterCount()];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = TestSettings.empty(constructor.getParameterTypes()[i]);
                    }
                    instance = constructor.newInstance(args);
                }
                if (instance instanceof TokenFilterFactory filter) {
                    tokens(whitespace("hello"), filter);
                } else {
                    tokens(tokenizer((TokenizerFactory) instance, "hello"));
                }
            }
        }
    }

    private static Map<String, Map<String, String>> namedComponents() throws IOException {
        String json;
        try (InputStream in = Files.newInputStream(Path.of("src/main/plugin-metadata/named_components.json"))) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        Matcher section = Pattern.compile("\"([\\w.]+)\"\\s*:\\s*\\{([^}]*)}").matcher(json);
        while (section.find()) {
            Map<String, String> components = new LinkedHashMap<>();
            Matcher entry = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([\\w.]+)\"").matcher(section.group(2));
            while (entry.find()) {
                components.put(entry.group(1), entry.group(2));
            }
            result.put(section.group(1), components);
        }
        return result;
    }

    private static List<String> stem(String language, String text) throws IOException {
        var factory = new StemmerTokenFilterFactory(settings(StemmerTokenFilterFactory.StemmerSettings.class,
            Map.of("language", language)));
        return tokens(whitespace(text), factory);
    }

    private static <T> T settings(Class<T> type, Map<String, ?> values) {
        return TestSettings.of(type, values);
    }

    private static Tokenizer whitespace(String text) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static Tokenizer standard(String text) {
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static Tokenizer tokenizer(TokenizerFactory factory, String text) {
        Tokenizer tokenizer = factory.create();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static List<String> tokens(TokenStream input, TokenFilterFactory factory) throws IOException {
        return tokens(factory.create(input));
    }

    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> result = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                result.add(term.toString());
            }
            stream.end();
        }
        return result;
    }
}
