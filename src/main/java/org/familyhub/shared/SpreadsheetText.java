package org.familyhub.shared;

/**
 * Text written into a CSV file that people open in a spreadsheet. A cell that starts with {@code = + - @},
 * a tab or a carriage return is read as a formula ({@code =HYPERLINK(…)} sends a click, or data, anywhere),
 * so such text gets a leading apostrophe, which spreadsheets show as text. Every CSV the portal writes
 * uses this; a CSV it reads back uses {@link #original(String)}, so a listing exported and imported again
 * is unchanged (a phone number "+44 …" stays as it was).
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** Never read as a formula. An apostrophe already at the start is doubled, so {@link #original} is exact. */
    public static String safe(String text) {
        return needsMark(text, 0) || text.startsWith("'") ? "'" + text : text;
    }

    /** The text {@link #safe} was given: one leading apostrophe it added is taken off again. */
    public static String original(String cell) {
        return cell.startsWith("'") && (needsMark(cell, 1) || cell.startsWith("'", 1)) ? cell.substring(1) : cell;
    }

    private static boolean needsMark(String text, int at) {
        return text.length() > at && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0;
    }
}
