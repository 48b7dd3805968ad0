package org.familyhub.shared.ui;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 18: "23 usług" should be "23 usługi"; Polish counts follow CLDR's one/few/many, not ranges. */
class PluralsTest {

    private final PortalTranslations translations = new PortalTranslations();

    @Test
    void polishCountsTakeTheFormTheirLastDigitsAsk() {
        assertThat(services(0)).isEqualTo("Brak usług");
        assertThat(services(1)).isEqualTo("1 usługa");
        assertThat(services(2)).isEqualTo("2 usługi");
        assertThat(services(4)).isEqualTo("4 usługi");
        assertThat(services(5)).isEqualTo("5 usług");
        assertThat(services(12)).isEqualTo("12 usług");
        assertThat(services(14)).isEqualTo("14 usług");
        assertThat(services(21)).isEqualTo("21 usług");
        assertThat(services(22)).isEqualTo("22 usługi");
        assertThat(services(23)).isEqualTo("23 usługi");
        assertThat(services(25)).isEqualTo("25 usług");
        assertThat(services(112)).isEqualTo("112 usług");
        assertThat(services(124)).isEqualTo("124 usługi");
    }

    @Test
    void aChildsAgeInPolishToo() {
        assertThat(translations.getTranslation("frontdoor.request.childLine", PortalTranslations.POLISH, 0))
                .isEqualTo("Poniżej 1 roku");
        assertThat(translations.getTranslation("frontdoor.request.childLine", PortalTranslations.POLISH, 3))
                .isEqualTo("3 lata");
        assertThat(translations.getTranslation("frontdoor.request.childLine", PortalTranslations.POLISH, 7))
                .isEqualTo("7 lat");
        assertThat(translations.getTranslation("session.count", PortalTranslations.POLISH, 22)).isEqualTo("22 spotkania");
    }

    @Test
    void englishHasOneAndOther() {
        assertThat(Plurals.choose("{0,plural,one#1 service|other#{0} services}", Locale.ENGLISH, 1)).isEqualTo("1 service");
        assertThat(Plurals.choose("{0,plural,one#1 service|other#{0} services}", Locale.ENGLISH, 22))
                .isEqualTo("{0} services");
        assertThat(Plurals.choose("Found {1,plural,=0#nothing|other#{1} in {0}}.", Locale.ENGLISH, "Crewe", 0))
                .isEqualTo("Found nothing.");
        assertThat(Plurals.choose("No plural here {0}", Locale.ENGLISH, 3)).isEqualTo("No plural here {0}");
    }

    @Test
    void aMistakeInThePatternIsSaidAtOnce() {
        assertThatThrownBy(() -> Plurals.choose("{0,plural,one#x}", PortalTranslations.POLISH, 5))
                .hasMessageContaining("No 'many' or 'other' branch");
        assertThatThrownBy(() -> Plurals.choose("{0,plural,one#x|other#y}", Locale.ENGLISH, "five"))
                .hasMessageContaining("not a number");
    }

    /** Every plural in every bundle has a branch for every count, so no page ever shows a pattern's error. */
    @Test
    void everyPluralInTheBundlesAnswersEveryCount() throws Exception {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (var file : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:vaadin-i18n/*.properties")) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(file.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            texts.forEach((key, text) -> {
                if (text.toString().contains(",plural,")) {
                    keys.add(key.toString());
                }
            });
        }
        assertThat(keys).contains("home.count", "session.count", "frontdoor.request.childLine");
        for (Locale language : translations.getProvidedLocales()) {
            for (String key : keys) {
                for (int n = 0; n < 130; n++) {
                    assertThat(translations.getTranslation(key, language, n, n, n)).as(key).doesNotContain(",plural,", "#");
                }
            }
        }
    }

    private String services(int count) {
        return translations.getTranslation("home.count", PortalTranslations.POLISH, count);
    }
}
