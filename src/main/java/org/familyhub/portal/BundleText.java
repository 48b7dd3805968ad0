package org.familyhub.portal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The portal's interface text outside a Vaadin page (leaflets, a saved search's e-mails): the same bundle the pages
 * use, so they say things in the same words, in English or Polish.
 */
public final class BundleText implements ListingWords.Translator {

    public static final Locale POLISH = Locale.forLanguageTag("pl");
    private final ResourceBundle bundle;
    private final Locale locale;

    /** @param language {@code pl} for Polish, anything else English */
    public BundleText(String language) {
        this.locale = "pl".equals(language) ? POLISH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale, BundleText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
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
