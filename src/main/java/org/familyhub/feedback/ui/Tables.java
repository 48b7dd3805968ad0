package org.familyhub.feedback.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/** Plain HTML tables with a caption and column headers, which screen readers announce with each cell. */
final class Tables {

    private Tables() {
    }

    static NativeTable table(String caption, List<String> headers, List<List<?>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("feedback-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(header -> head.addHeaderCell().setText(header));
        for (List<?> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            for (Object cell : cells) {
                Component content = cell instanceof Component component ? component : new Text(String.valueOf(cell));
                row.addDataCell().add(content);
            }
        }
        return table;
    }
}
