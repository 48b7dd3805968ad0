package org.familyhub.workspace.listing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.familyhub.directory.content.HsdsDocuments;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a listing costs, as content files say it in {@code cost_options}: a free listing has one option
 * {@code {option: "Free", amount: 0, currency: "GBP", amount_description: "Free"}}; a priced one has, per price,
 * its amount in pounds and its words, e.g. {@code amount: 2.5, amount_description: "£2.50 per session"}, which the
 * public page shows as they are. The form asks for the amount and the "per session" part and writes the words.
 */
public final class ListingCosts {

    /** The most a price may be, in pounds. */
    public static final BigDecimal MOST = new BigDecimal("9999.99");

    private ListingCosts() {
    }

    /**
     * One price. {@code per} is the words after the amount ("per session"); when the stored words do not begin with
     * the amount, they are all in {@code per} and written back without it.
     */
    public record Price(@Nullable String id, @Nullable String option, @Nullable BigDecimal amount,
            @Nullable String per) implements ListingItems.Item {

        /** The words families read, e.g. "£2.50 per session". */
        public @Nullable String words() {
            if (amount == null) {
                return ListingItems.blank(per);
            }
            String words = pounds(amount);
            return per == null || per.isBlank() ? words : words + " " + per.strip();
        }

        /** Whether the amount is one the form takes: 0 to £9,999.99, in pounds and pence. */
        public boolean amountAllowed() {
            return amount == null ? per != null && !per.isBlank()
                    : amount.signum() >= 0 && amount.compareTo(MOST) <= 0 && amount.stripTrailingZeros().scale() <= 2;
        }
    }

    /** A listing's costs: free, or its prices (none when it says nothing of cost). */
    public record Costs(boolean free, List<Price> prices) {
    }

    /** Free as the portal reads it ({@code directory.Cost}): some option, every amount zero or none. */
    public static Costs read(HsdsDocuments.Service document) {
        List<HsdsDocuments.CostOption> options = HsdsDocuments.list(document.costOptions());
        boolean free = !options.isEmpty() && options.stream()
                .allMatch(o -> o.amount() == null || o.amount().signum() == 0);
        return new Costs(free, free ? List.of() : options.stream().map(ListingCosts::price).toList());
    }

    private static Price price(HsdsDocuments.CostOption option) {
        String words = option.amountDescription();
        BigDecimal amount = option.amount();
        String per = words;
        if (amount != null && words != null && (words.equals(pounds(amount)) || words.startsWith(pounds(amount) + " "))) {
            per = ListingItems.blank(words.substring(pounds(amount).length()));
        }
        return new Price(option.id(), option.option(), amount, per);
    }

    /** The document with these costs; a listing still free as it was read keeps its options as they were. */
    public static HsdsDocuments.Service apply(HsdsDocuments.Service document, Costs costs) {
        Costs before = read(document);
        if (costs.free() && before.free()) {
            return document;
        }
        Set<String> owned = ListingItems.ids(HsdsDocuments.list(document.costOptions()).stream()
                .map(o -> new Price(o.id(), null, null, null)).toList());
        if (costs.free()) {
            return ListingItems.apply(document, "cost_options", owned, List.of(),
                    List.of(new Price(null, "Free", BigDecimal.ZERO, "Free")), ListingCosts::writeFree);
        }
        return ListingItems.apply(document, "cost_options", owned, before.prices(), costs.prices(),
                ListingCosts::write);
    }

    private static void writeFree(Price free, ObjectNode node) {
        node.put("option", "Free");
        node.put("amount", 0);
        node.put("currency", "GBP");
        node.put("amount_description", "Free");
    }

    private static void write(Price price, ObjectNode node) {
        ListingItems.set(node, "option", price.option());
        if (price.amount() == null) {
            node.putNull("amount");
        } else {
            BigDecimal amount = price.amount().stripTrailingZeros();
            node.put("amount", amount.scale() < 0 ? amount.setScale(0) : amount);
            node.put("currency", "GBP");
        }
        if (!node.has("currency")) {
            node.putNull("currency");
        }
        ListingItems.set(node, "amount_description", price.words());
    }

    /** "£2" for whole pounds, else "£2.50", as content files write prices. */
    public static String pounds(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return "£" + (plain.scale() <= 0 ? plain.setScale(0).toPlainString()
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }
}
