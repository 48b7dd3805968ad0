package org.familyhub.shared.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.I18NProvider;
import org.familyhub.shared.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The interface languages, English first: a browser asking for neither gets English. Polish is the
 * area's largest other first language.
 *
 * <p>Each module keeps its own interface text in {@code vaadin-i18n/<name>.properties} (and
 * {@code <name>_pl.properties}); every such bundle is found on the classpath and searched in name
 * order, so adding a module's text never means editing another module's file.
 *
 * <p>A count's words follow the language's plural rules through {@code {0,plural,one#…|few#…|many#…|other#…}}
 * ({@link Plurals}): Polish says "1 usługa", "2 usługi", "5 usług", "22 usługi", which a choice format cannot.
 */
@Component
class PortalTranslations implements I18NProvider, Translations {

    static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final Pattern LOCALISED = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?$");

    /** Every key of every bundle, per language, the first bundle in name order winning: read once. */
    private final Map<Locale, Map<String, String>> texts;

    PortalTranslations() {
        List<String> bundles = bundleNames();
        this.texts = Map.of(Locale.ENGLISH, merged(bundles, Locale.ENGLISH), POLISH, merged(bundles, POLISH));
    }

    @Override
    public String translate(String key, Locale language, Object... params) {
        return getTranslation(key, language, params);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, POLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = POLISH.getLanguage().equals(locale == null ? "" : locale.getLanguage())
                ? POLISH : Locale.ENGLISH;
        String pattern = texts.get(language).get(key);
        if (pattern == null) {
            return "!" + language.getLanguage() + ": " + key;
        }
        return params.length == 0 ? pattern
                : new MessageFormat(Plurals.choose(pattern, language, params), language).format(params);
    }

    private static Map<String, String> merged(List<String> bundles, Locale language) {
        Map<String, String> merged = new HashMap<>();
        for (String name : bundles) {
            ResourceBundle bundle = bundle(name, language);
            if (bundle != null) {
                bundle.keySet().forEach(key -> merged.putIfAbsent(key, bundle.getString(key)));
            }
        }
        return Map.copyOf(merged);
    }

    private static @Nullable ResourceBundle bundle(String name, Locale language) {
        try {
            return ResourceBundle.getBundle(name, language, PortalTranslations.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    private static List<String> bundleNames() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:vaadin-i18n/*.properties");
            return Arrays.stream(files)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !LOCALISED.matcher(name).matches())
                    .distinct()
                    .sorted()
                    .map(name -> "vaadin-i18n/" + name)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the interface text bundles", e);
        }
    }
}
