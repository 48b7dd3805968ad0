package org.familyhub.shared;

import java.util.Locale;

/**
 * The interface text by key in English or Polish, plural rules included, for words written outside a page
 * (leaflets): the same translations the pages use, without the page.
 */
public interface Translations {

    String translate(String key, Locale language, Object... params);
}
