package org.familyhub.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * A stored description written back as the Markdown {@link MarkdownRenderer} reads, so that opening and saving it
 * changes nothing. Only {@link RichText#DESCRIPTION}'s elements become syntax; anything else is its text. Words
 * that Markdown would read as syntax (a star, a line starting "- ") are escaped with a backslash.
 */
final class MarkdownWriter {

    private static final Pattern PARAGRAPHS = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    private static final Pattern BULLET = Pattern.compile("^([-+*])(?=\\s|$)");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
    private static final Pattern PLAIN_DESTINATION = Pattern.compile("[^\\s()<>\\\\&]+");

    /** The previous block, when it was a list: a list straight after one of its kind needs other markers. */
    private @Nullable String lastList;
    private boolean lastAlternate;

    private MarkdownWriter() {
    }

    static String markdown(String description) {
        if (description.indexOf('<') < 0) {
            // Plain text: its blank lines part paragraphs and its other new lines are line breaks.
            return PARAGRAPHS.splitAsStream(description.replace("\r\n", "\n").strip()).filter(p -> !p.isBlank())
                    .map(p -> paragraph(escape(p))).reduce((a, b) -> a + "\n\n" + b).orElse("");
        }
        return String.join("\n\n", new MarkdownWriter().blocks(Jsoup.parseBodyFragment(description).body()));
    }

    private List<String> blocks(Element container) {
        List<String> blocks = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && element.nameIs("p")) {
                flush(words, blocks);
                blocks.add(paragraph(inline(element)));
                lastList = null;
            } else if (child instanceof Element element && (element.nameIs("ul") || element.nameIs("ol"))) {
                flush(words, blocks);
                boolean alternate = element.normalName().equals(lastList) && !lastAlternate;
                blocks.add(list(element, alternate));
                lastList = element.normalName();
                lastAlternate = alternate;
            } else {
                words.append(inline(child));
            }
        }
        flush(words, blocks);
        return blocks;
    }

    private void flush(StringBuilder words, List<String> blocks) {
        if (!words.toString().isBlank()) {
            blocks.add(paragraph(words.toString()));
            lastList = null;
        }
        words.setLength(0);
    }

    private String list(Element list, boolean alternate) {
        boolean ordered = list.nameIs("ol");
        // A list whose items hold paragraphs is a "loose" list in Markdown: its items are parted by blank lines.
        boolean loose = list.children().stream()
                .anyMatch(item -> item.children().stream().anyMatch(child -> child.nameIs("p")));
        String gap = loose ? "\n\n" : "\n";
        List<String> items = new ArrayList<>();
        for (Element item : list.children()) {
            String marker = ordered ? (items.size() + 1) + (alternate ? ") " : ". ") : alternate ? "* " : "- ";
            String body = String.join(gap, new MarkdownWriter().blocks(item));
            items.add((marker + body.replace("\n", "\n" + " ".repeat(marker.length()))).replaceAll("(?m)[ \\t]+$", ""));
        }
        return String.join(gap, items);
    }

    private static String inline(Node node) {
        if (node instanceof TextNode text) {
            return escape(text.getWholeText().replace('\n', ' '));
        }
        if (!(node instanceof Element element)) {
            return "";
        }
        StringBuilder inner = new StringBuilder();
        element.childNodes().forEach(child -> inner.append(inline(child)));
        return switch (element.normalName()) {
            case "br" -> "\n";
            case "strong", "b" -> around("**", inner.toString());
            case "em", "i" -> around("*", inner.toString());
            case "a" -> element.attr("href").isBlank() ? inner.toString()
                    : "[" + inner + "](" + destination(element.attr("href")) + ")";
            default -> inner.toString();
        };
    }

    /** Markdown's emphasis must touch its words: spaces inside the tags move outside the stars. */
    private static String around(String stars, String inner) {
        if (inner.isBlank()) {
            return inner;
        }
        int start = inner.length() - inner.stripLeading().length();
        int end = inner.stripTrailing().length();
        String words = inner.substring(start, end);
        // Bold round italic as "***" would read as italic round bold: underscores keep the order.
        String marks = words.startsWith("*") || words.endsWith("*") ? stars.replace('*', '_') : stars;
        return inner.substring(0, start) + marks + words + marks + inner.substring(end);
    }

    private static String destination(String href) {
        if (PLAIN_DESTINATION.matcher(href).matches()) {
            return href;
        }
        String escaped = href.replace("\\", "\\\\").replace("<", "\\<").replace(">", "\\>");
        return "<" + ENTITY.matcher(escaped).replaceAll("\\\\&") + ">";
    }

    /** A paragraph's lines, each trimmed (HTML ignores the spaces) and not mistaken for a list item. */
    private static String paragraph(String markdown) {
        List<String> lines = new ArrayList<>(markdown.lines().map(String::strip).toList());
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines.stream().map(MarkdownWriter::notAListItem)
                // An empty line would end the paragraph; a lone backslash is a line break instead.
                .map(line -> line.isEmpty() ? "\\" : line).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static String notAListItem(String line) {
        Matcher number = NUMBER.matcher(line);
        if (number.find()) {
            return number.group(1) + "\\" + line.substring(number.group(1).length());
        }
        return BULLET.matcher(line).find() ? "\\" + line : line;
    }

    /** Characters that Markdown would read as syntax within a line. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean syntax = switch (c) {
                case '\\', '`', '*', '[', ']', '<' -> true;
                case '_' -> !(i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && i + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(i + 1)));
                case '&' -> ENTITY.matcher(text).region(i, text.length()).lookingAt();
                default -> false;
            };
            out.append(syntax ? "\\" : "").append(c);
        }
        return out.toString();
    }
}
