package org.familyhub.portal.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.familyhub.directory.AccessMethod;
import org.familyhub.directory.DeliveryMethod;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.directory.SendSuitability;
import org.familyhub.directory.TaxonomyCoded;
import org.familyhub.search.SearchParameters;

/** Plain words for the codes a search filters on: "crewe-nantwich" is "Crewe and Nantwich". */
final class FacetLabels {

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final Component component;
    private final Map<String, String> localities;
    private final Map<String, String> topics;

    FacetLabels(Component component, Map<String, String> localities, Map<String, String> topics) {
        this.component = component;
        this.localities = localities;
        this.topics = topics;
    }

    static Optional<LevelOfNeed> level(String code) {
        return TaxonomyCoded.fromCode(LevelOfNeed.class, code);
    }

    String label(String facet, String value) {
        return switch (facet) {
            case "locality" -> localities.getOrDefault(value, value);
            case "category" -> topics.getOrDefault(value, value);
            case "level" -> level(value).map(l -> t("level." + l.name())).orElse(value);
            case "access" -> TaxonomyCoded.fromCode(AccessMethod.class, value).map(a -> t("filter.access." + a.name()))
                    .orElse(value);
            case "delivery" -> TaxonomyCoded.fromCode(DeliveryMethod.class, value)
                    .map(d -> t("delivery." + d.name())).orElse(value);
            case "send" -> TaxonomyCoded.fromCode(SendSuitability.class, value).map(s -> t("send." + s.name()))
                    .orElse(value);
            case "day" -> DAYS.containsKey(value) ? DAYS.get(value).getDisplayName(TextStyle.FULL, locale()) : value;
            case "time", "accessibility" -> t("filter." + facet + "." + value);
            case "language" -> languageName(value);
            case SearchParameters.PLACES -> t("filter.placesChip");
            case SearchParameters.CAN_USE -> t("filter.canUseChip");
            default -> value;
        };
    }

    private String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale());
        return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The page's language; the component may not be on the page yet while its filters are built. */
    private Locale locale() {
        Locale locale = component.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(null);
        return locale == null || "en".equals(locale.getLanguage()) ? Locale.UK : locale;
    }

    private String t(String key) {
        return component.getTranslation(key);
    }
}
