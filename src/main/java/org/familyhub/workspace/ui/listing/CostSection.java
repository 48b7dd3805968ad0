package org.familyhub.workspace.ui.listing;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.workspace.listing.ListingCosts;
import org.familyhub.workspace.listing.ListingCosts.Price;
import org.jspecify.annotations.Nullable;

/**
 * What the listing costs: free, or several prices, each an amount in pounds and what it is per, written as content
 * files write them so that the public page and the search's free filter read them alike.
 */
public class CostSection extends Section implements ListingSection {

    private final Checkbox free = new Checkbox();
    private final Div prices = new Div();
    private final Button addPrice = new Button();
    private boolean editable = true;

    public CostSection() {
        addClassName("listing-costs");
        free.setLabel(getTranslation("editor.cost.free"));
        free.addValueChangeListener(event -> showPrices());
        addPrice.setText(getTranslation("editor.cost.add"));
        addPrice.addClickListener(click -> add(new Price(null, null, null, null)));
        add(new H2(getTranslation("editor.cost.heading")), free, prices, addPrice);
    }

    private void add(Price price) {
        PriceEditor[] holder = new PriceEditor[1];
        holder[0] = new PriceEditor(price, prices.getComponentCount() + 1, () -> prices.remove(holder[0]));
        holder[0].setEditable(editable);
        prices.add(holder[0]);
    }

    private void showPrices() {
        prices.setVisible(!free.getValue());
        addPrice.setVisible(editable && !free.getValue());
    }

    @Override
    public void read(HsdsDocuments.Service document) {
        ListingCosts.Costs costs = ListingCosts.read(document);
        prices.removeAll();
        costs.prices().forEach(this::add);
        free.setValue(costs.free());
        showPrices();
    }

    @Override
    public HsdsDocuments.Service applyTo(HsdsDocuments.Service document) {
        List<String> problems = new ArrayList<>();
        List<Price> shown = shown(problems);
        if (!problems.isEmpty()) {
            throw new InvalidListingException(problems);
        }
        return ListingCosts.apply(document, new ListingCosts.Costs(free.getValue(), shown));
    }

    private List<Price> shown(List<String> problems) {
        List<Price> shown = new ArrayList<>();
        if (!free.getValue()) {
            editors().forEach(e -> {
                Price price = e.price(problems);
                if (price != null) {
                    shown.add(price);
                }
            });
        }
        return shown;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        shown(problems);
        return problems;
    }

    @Override
    public void setEditable(boolean editable) {
        this.editable = editable;
        free.setReadOnly(!editable);
        editors().forEach(e -> e.setEditable(editable));
        showPrices();
    }

    List<PriceEditor> editors() {
        return prices.getChildren().map(PriceEditor.class::cast).toList();
    }

    /** One price: what it is for, the amount in pounds and what it is per. */
    static class PriceEditor extends Div {

        private final TextField option = new TextField();
        private final BigDecimalField amount = new BigDecimalField();
        private final TextField per = new TextField();
        private final Button remove = new Button();
        private final @Nullable String id;

        PriceEditor(Price price, int number, Runnable onRemove) {
            this.id = price.id();
            addClassName("listing-price");
            option.setLabel(getTranslation("editor.cost.option"));
            option.setHelperText(getTranslation("editor.cost.optionHelp"));
            amount.setLabel(getTranslation("editor.cost.amount"));
            amount.setHelperText(getTranslation("editor.cost.amountHelp"));
            amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("£"));
            per.setLabel(getTranslation("editor.cost.per"));
            per.setHelperText(getTranslation("editor.cost.perHelp"));
            option.setValue(price.option() == null ? "" : price.option());
            amount.setValue(price.amount());
            per.setValue(price.per() == null ? "" : price.per());
            remove.setText(getTranslation("editor.cost.remove", number));
            remove.addClickListener(click -> onRemove.run());
            add(new FormLayout(option, amount, per), remove);
        }

        @Nullable Price price(List<String> problems) {
            Price price = new Price(id, blank(option.getValue()), amount.getValue(), blank(per.getValue()));
            boolean wrong = !price.amountAllowed();
            amount.setInvalid(wrong);
            if (wrong) {
                amount.setErrorMessage(getTranslation("editor.cost.amountWrong"));
                problems.add(getTranslation("editor.cost.amountWrong"));
                return null;
            }
            return price;
        }

        void setEditable(boolean editable) {
            option.setReadOnly(!editable);
            amount.setReadOnly(!editable);
            per.setReadOnly(!editable);
            remove.setVisible(editable);
        }

        BigDecimalField amount() { return amount; }
        TextField option() { return option; }
        TextField per() { return per; }
    }

    static @Nullable String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
