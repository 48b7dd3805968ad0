package org.familyhub.shared.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The interface languages, English first: a browser asking for neither gets English. Polish is the
 * area's largest other first language.
 */
@Component
class PortalTranslations extends DefaultI18NProvider {

    static final Locale POLISH = Locale.forLanguageTag("pl");

    PortalTranslations() {
        super(List.of(Locale.ENGLISH, POLISH));
    }
}
