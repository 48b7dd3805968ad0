package org.familyhub.portal.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file the portal generates once per change and then serves from storage: a leaflet in one language, or
 * the sitemap (its index and every part, made together). The name is the stored row's key.
 */
sealed interface GeneratedFile {

    /** The languages leaflets are printed in; any other asked for gets English. */
    List<String> LANGUAGES = List.of("en", "pl");

    String name();

    /** The file a stored name belongs to; empty for a sitemap part, which is made with its index. */
    static Optional<GeneratedFile> parse(String name) {
        if (name.equals(SiteMap.INDEX)) {
            return Optional.of(new SiteMap());
        }
        Matcher leaflet = Leaflet.NAME.matcher(name);
        if (!leaflet.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Leaflet(leaflet.group(1).equals("localities") ? Leaflet.Kind.LOCALITY
                : Leaflet.Kind.CATEGORY, leaflet.group(2), leaflet.group(3)));
    }

    /** A locality's or a topic's printed leaflet. */
    record Leaflet(Kind kind, String code, String language) implements GeneratedFile {

        private static final Pattern NAME = Pattern.compile("/leaflets/(localities|categories)/(.+)\\.pdf\\?lang=(en|pl)");

        enum Kind { LOCALITY, CATEGORY }

        public Leaflet {
            language = LANGUAGES.contains(language) ? language : "en";
        }

        @Override
        public String name() {
            return "/leaflets/" + (kind == Kind.LOCALITY ? "localities" : "categories") + "/" + code + ".pdf?lang="
                    + language;
        }
    }

    /** {@code /sitemap.xml} and its parts under {@code /sitemaps/}. */
    record SiteMap() implements GeneratedFile {

        static final String INDEX = "/sitemap.xml";
        static final String PARTS = "/sitemaps/";

        @Override
        public String name() {
            return INDEX;
        }
    }
}
