package org.familyhub.portal.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.familyhub.portal.ListingWords;

/**
 * The portal's interface text outside a Vaadin page (leaflets): the same bundle the pages use, so a
 * leaflet says things in the same words, in English or Polish.
 */
final class BundleText implements ListingWords.Translator {

    static final Locale POLISH = Locale.forLanguageTag("pl");
    private final ResourceBundle bundle;
    private final Locale locale;

    BundleText(String language) {
        this.locale = "pl".equals(language) ? POLISH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale, BundleText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    @Override
    public String translate(String key, Object... params) {
        if (!bundle.containsKey(key)) {
            return key;
        }
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }
}
