package org.familyhub.portal;

import java.util.Locale;

import org.familyhub.shared.Translations;

/**
 * The portal's interface text outside a Vaadin page (leaflets, a saved search's e-mails): the same translations the
 * pages use, plural rules included ("3 lata", "5 lat"), so they say things in the same words, in English or Polish.
 */
public final class BundleText implements ListingWords.Translator {

    public static final Locale POLISH = Locale.forLanguageTag("pl");
    private final Translations words;
    private final Locale locale;

    /** @param language {@code pl} for Polish, anything else English */
    public BundleText(String language, Translations words) {
        this.locale = "pl".equals(language) ? POLISH : Locale.ENGLISH;
        this.words = words;
    }

    public Locale locale() {
        return locale;
    }

    @Override
    public String translate(String key, Object... params) {
        return words.translate(key, locale, params);
    }
}
