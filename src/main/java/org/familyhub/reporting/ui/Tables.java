package org.familyhub.reporting.ui;

import java.util.List;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/** Plain HTML tables with a caption and column headers: the numbers behind every chart. */
final class Tables {

    private Tables() {
    }

    static NativeTable table(String caption, List<String> headers, List<? extends List<?>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(header -> head.addHeaderCell().setText(header));
        for (List<?> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            cells.forEach(cell -> row.addDataCell().setText(String.valueOf(cell)));
        }
        return table;
    }
}
