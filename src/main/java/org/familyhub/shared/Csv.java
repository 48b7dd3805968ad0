package org.familyhub.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields in double quotes may hold commas, line breaks and doubled quotes. Written and read
 * with {@link SpreadsheetText}, so a field is never a spreadsheet formula and survives the round trip.
 */
public final class Csv {

    private Csv() {
    }

    /** The rows, each a list of fields; a blank line is no row. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                addRow(rows, row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("The CSV file ends inside a quoted field: a closing \" is missing.");
        }
        row.add(field.toString());
        addRow(rows, row);
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (!(row.size() == 1 && row.getFirst().isBlank())) {
            rows.add(row.stream().map(SpreadsheetText::original).toList());
        }
    }

    /** A row as written for a spreadsheet: no field can be read as a formula ({@link SpreadsheetText}). */
    public static String line(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String text : fields) {
            String field = SpreadsheetText.safe(text);
            boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n")
                    || field.contains("\r");
            quoted.add(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        return String.join(",", quoted) + "\r\n";
    }
}
