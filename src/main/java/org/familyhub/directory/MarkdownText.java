package org.familyhub.directory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Descriptions written in Markdown (#15): editors type {@code **bold**}, {@code - a bullet} and
 * {@code [words](https://…)}, never HTML. The Markdown becomes the same safe HTML {@link RichText#description}
 * keeps, cleaned by that one rule, and a stored description becomes Markdown again for the next edit, so that
 * opening and saving a listing changes nothing. HTML typed into the Markdown is shown as text.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /** The Markdown for a stored description (plain text or {@link RichText#DESCRIPTION}'s HTML). */
    public static String toMarkdown(@Nullable String description) {
        return description == null || description.isBlank() ? "" : MarkdownWriter.markdown(description);
    }

    /** The safe HTML Markdown stands for: what a preview shows. */
    public static String toHtml(String markdown) {
        String html = RichText.description(MarkdownRenderer.html(markdown));
        return html == null ? "" : html;
    }

    /**
     * What is stored for Markdown: its safe HTML, or, when it is only paragraphs and line breaks, the plain text
     * (blank lines between paragraphs), as the directory's own content keeps such descriptions.
     */
    public static String toDescription(String markdown) {
        String html = toHtml(markdown);
        String plain = plainForm(html);
        return plain != null && plain.equals(RichText.description(plain)) ? plain : html;
    }

    private static @Nullable String plainForm(String html) {
        if (html.indexOf('<') < 0) {
            return html;
        }
        StringBuilder text = new StringBuilder();
        for (Node block : Jsoup.parseBodyFragment(html).body().childNodes()) {
            if (!(block instanceof Element paragraph && paragraph.nameIs("p"))) {
                return null;
            }
            text.append(text.isEmpty() ? "" : "\n\n");
            for (Node child : paragraph.childNodes()) {
                if (child instanceof TextNode words) {
                    text.append(words.getWholeText());
                } else if (child instanceof Element element && element.nameIs("br")) {
                    text.append('\n');
                } else {
                    return null;
                }
            }
        }
        return text.toString();
    }
}
