package org.familyhub.frontdoor.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.frontdoor.Child;

/** The children a form is about: an age and any additional needs for each, with "add another". */
class ChildRows extends Div {

    static final int MAX = 10;

    private final FormErrors errors;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;

    ChildRows(FormErrors errors) {
        this.errors = errors;
        add = new Button(getTranslation("frontdoor.ask.addChild"), click -> addRow());
        add(list, add);
        addRow();
    }

    List<Child> children() {
        return rows.stream().map(row -> new Child(row.age.getValue(), row.needs.getValue())).toList();
    }

    /** Rows are renumbered after a removal, so the error for "child 2" is always on the second row. */
    private void addRow() {
        if (rows.size() >= MAX) {
            return;
        }
        rows.add(new Row());
        render();
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            errors.forget("child." + i + ".age");
            errors.forget("child." + i + ".needs");
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int number = i + 1;
            row.age.setLabel(getTranslation("frontdoor.ask.childAge", number));
            row.needs.setLabel(getTranslation("frontdoor.ask.childNeeds", number));
            errors.field("child." + i + ".age", row.age);
            errors.field("child." + i + ".needs", row.needs);
            Div block = new Div(row.age, row.needs);
            block.addClassName("child-row");
            if (rows.size() > 1) {
                block.add(new Button(getTranslation("frontdoor.ask.removeChild", number), click -> {
                    rows.remove(row);
                    render();
                }));
            }
            list.add(block);
        }
        add.setEnabled(rows.size() < MAX);
    }

    private static final class Row {
        private final IntegerField age = new IntegerField();
        private final TextField needs = new TextField();

        private Row() {
            age.setMin(0);
            age.setMax(25);
            age.setStepButtonsVisible(true);
            needs.setMaxLength(500);
            needs.setWidthFull();
        }
    }
}
