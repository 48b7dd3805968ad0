package org.familyhub.workspace.listing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.familyhub.directory.content.HsdsDocuments;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The languages a listing is offered in, as content files give them in {@code languages}: a name and, for the
 * common ones, its code ({@code {name: "Polish", code: "pl"}}), which the search's language filter uses. A
 * language typed in freely has its name only.
 */
public final class ListingLanguages {

    /** Common community languages in England, with their codes as content files write them. */
    public static final Map<String, String> COMMON = common();

    private ListingLanguages() {
    }

    public record Spoken(@Nullable String id, String name, @Nullable String code, @Nullable String note)
            implements ListingItems.Item {

        /** A language chosen or typed in the form: its code when it is a common one. */
        public static Spoken named(String name) {
            String known = COMMON.keySet().stream().filter(n -> n.equalsIgnoreCase(name.strip())).findFirst()
                    .orElse(name.strip());
            return new Spoken(null, known, COMMON.get(known), null);
        }
    }

    public static List<Spoken> read(HsdsDocuments.Service document) {
        return HsdsDocuments.list(document.languages()).stream()
                .map(l -> new Spoken(l.id(), Optional.ofNullable(l.name()).orElse(""), l.code(), l.note()))
                .toList();
    }

    public static HsdsDocuments.Service apply(HsdsDocuments.Service document, List<Spoken> languages) {
        List<Spoken> before = read(document);
        return ListingItems.apply(document, "languages", ListingItems.ids(before), before, languages,
                (spoken, node) -> write(spoken, node));
    }

    private static void write(Spoken spoken, ObjectNode node) {
        ListingItems.set(node, "name", spoken.name());
        if (spoken.code() != null) {
            node.put("code", spoken.code());
        }
    }

    private static Map<String, String> common() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] pairs = {"English", "en", "Polish", "pl", "Romanian", "ro", "Urdu", "ur", "Punjabi", "pa",
            "Bengali", "bn", "Gujarati", "gu", "Arabic", "ar", "Somali", "so", "Portuguese", "pt", "Lithuanian", "lt",
            "Ukrainian", "uk", "Turkish", "tr", "Spanish", "es", "French", "fr", "Tamil", "ta", "Farsi", "fa",
            "Kurdish", "ku", "Pashto", "ps", "Tigrinya", "ti", "Mandarin", "zh", "Cantonese", "yue",
            "Welsh", "cy", "British Sign Language", "bfi"};
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
