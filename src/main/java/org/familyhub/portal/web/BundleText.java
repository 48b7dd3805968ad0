package org.familyhub.portal.web;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.familyhub.portal.ListingWords;

/**
 * The portal's interface text outside a Vaadin page (leaflets): the same translations the pages use, plural
 * rules included ("3 lata", "5 lat"), so a leaflet says things in the same words, in English or Polish.
 */
final class BundleText implements ListingWords.Translator {

    static final Locale POLISH = Locale.forLanguageTag("pl");
    private final I18NProvider words;
    private final Locale locale;

    BundleText(String language, I18NProvider words) {
        this.locale = "pl".equals(language) ? POLISH : Locale.ENGLISH;
        this.words = words;
    }

    Locale locale() {
        return locale;
    }

    @Override
    public String translate(String key, Object... params) {
        return words.getTranslation(key, locale, params);
    }
}
