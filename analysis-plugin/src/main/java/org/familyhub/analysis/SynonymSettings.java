package org.familyhub.analysis;

import java.util.List;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/** Settings shared by {@code synonym} and {@code synonym_graph}, with Elasticsearch's names and defaults. */
@AnalysisSettings
public interface SynonymSettings {
    @ListSetting(path = "synonyms")
    List<String> synonyms();

    /** A file relative to the Elasticsearch config directory (or absolute). */
    @StringSetting(path = "synonyms_path", defaultValue = "")
    String synonymsPath();

    @BooleanSetting(path = "expand", defaultValue = true)
    boolean expand();

    @BooleanSetting(path = "lenient", defaultValue = false)
    boolean lenient();

    /** "solr" (default) or "wordnet". */
    @StringSetting(path = "format", defaultValue = "solr")
    String format();
}
