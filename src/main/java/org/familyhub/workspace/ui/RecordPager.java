package org.familyhub.workspace.ui;

import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/** "Page 2 of 14" with the previous and next pages, for the records lists (#15): each page is read on its own. */
class RecordPager extends Nav {

    private final Span where = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int page = 1;
    private int pages = 1;

    RecordPager(IntConsumer show) {
        addClassName("record-pager");
        getElement().setAttribute("aria-label", getTranslation("records.pages"));
        previous.setText(getTranslation("records.previous"));
        next.setText(getTranslation("records.next"));
        previous.addClickListener(click -> show.accept(page - 1));
        next.addClickListener(click -> show.accept(page + 1));
        add(previous, where, next);
    }

    void at(int page, int pages) {
        this.page = page;
        this.pages = pages;
        where.setText(getTranslation("records.pageOf", page, pages));
        previous.setEnabled(page > 1);
        next.setEnabled(page < this.pages);
    }
}
