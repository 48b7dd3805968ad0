package org.familyhub.directory;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * The small, safe subset of HTML a service description may use (paragraphs, line breaks, bold,
 * italic, lists and web links), and plain text for everything else. Whatever comes in is cleaned
 * with jsoup on the way in, so nothing stored can run in a browser; parents see the plain-text form.
 */
public final class RichText {

    /** What editors may use in a description. Links only to web pages and e-mail, and never open scripts. */
    public static final Safelist DESCRIPTION = new Safelist()
            .addTags("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow");

    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    private RichText() {
    }

    /** A description: plain text stays as it is; HTML keeps only {@link #DESCRIPTION}'s tags. */
    public static @Nullable String description(@Nullable String text) {
        if (text == null || text.indexOf('<') < 0) {
            return plain(text);
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false)
                .escapeMode(Entities.EscapeMode.base);
        String html = Jsoup.clean(text, "", DESCRIPTION, output).strip();
        // Nothing but text survived: store it as plain text, so cleaning it again changes nothing.
        return html.indexOf('<') < 0 ? plain(html) : html;
    }

    /**
     * Any other field: plain text. Tags are dropped, entities decoded, and angle brackets that remain
     * (from {@code &lt;script&gt;}) removed, so the text can never become markup anywhere it is shown.
     */
    public static @Nullable String plain(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        if (result.indexOf('<') >= 0) {
            Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
            result = Jsoup.clean(result, "", Safelist.none(), output);
        }
        if (result.indexOf('&') >= 0) {
            result = Parser.unescapeEntities(result, false);
        }
        return result.replace("<", "").replace(">", "");
    }

    /** What parents see: paragraphs as blank lines, list items as bullets, no markup. */
    public static @Nullable String toPlainText(@Nullable String description) {
        if (description == null || description.indexOf('<') < 0) {
            return description;
        }
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(description).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(SPACES.matcher(textNode.getWholeText().replace('\n', ' ')).replaceAll(" "));
                } else if (node instanceof Element element && element.nameIs("li")) {
                    text.append("• ");
                } else if (node instanceof Element element && element.nameIs("br")) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "p", "ul", "ol" -> text.append("\n\n");
                        case "li" -> text.append('\n');
                        default -> {
                        }
                    }
                }
            }
        });
        String lines = text.toString().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }
}
