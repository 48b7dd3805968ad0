package org.familyhub.portal.web;

import java.util.Locale;

import org.familyhub.portal.ListingWords;
import org.familyhub.shared.Translations;

/**
 * The portal's interface text outside a Vaadin page (leaflets): the same translations the pages use, plural
 * rules included ("3 lata", "5 lat"), so a leaflet says things in the same words, in English or Polish.
 */
final class BundleText implements ListingWords.Translator {

    static final Locale POLISH = Locale.forLanguageTag("pl");
    private final Translations words;
    private final Locale locale;

    BundleText(String language, Translations words) {
        this.locale = "pl".equals(language) ? POLISH : Locale.ENGLISH;
        this.words = words;
    }

    Locale locale() {
        return locale;
    }

    @Override
    public String translate(String key, Object... params) {
        return words.translate(key, locale, params);
    }
}
