package org.familyhub.directory;

import java.util.Locale;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Markdown into exactly the elements {@link RichText#DESCRIPTION} keeps, and nothing else: headings, code, quotes
 * and images have no place in a description, so their words stay as text. HTML typed into the Markdown is text
 * too (escaped), never markup. A new line is a line break, as editors expect from a text box.
 */
final class MarkdownRenderer extends AbstractVisitor {

    /** Only lists are block syntax here: a line starting with {@code #} or {@code >} is just words. */
    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();
    private static final Set<String> PROTOCOLS = Set.of("http:", "https:", "mailto:");

    private final StringBuilder html = new StringBuilder();

    private MarkdownRenderer() {
    }

    static String html(String markdown) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        PARSER.parse(markdown).accept(renderer);
        return renderer.html.toString();
    }

    @Override
    public void visit(Paragraph paragraph) {
        boolean inTightList = paragraph.getParent() instanceof ListItem item
                && item.getParent() instanceof ListBlock list && list.isTight();
        wrap(inTightList ? null : "p", paragraph);
    }

    @Override
    public void visit(BulletList list) {
        wrap("ul", list);
    }

    @Override
    public void visit(OrderedList list) {
        wrap("ol", list);
    }

    @Override
    public void visit(ListItem item) {
        wrap("li", item);
    }

    @Override
    public void visit(Heading heading) {
        html.append("<p><strong>");
        visitChildren(heading);
        html.append("</strong></p>");
    }

    @Override
    public void visit(StrongEmphasis strong) {
        wrap("strong", strong);
    }

    @Override
    public void visit(Emphasis emphasis) {
        wrap("em", emphasis);
    }

    @Override
    public void visit(Link link) {
        String destination = link.getDestination();
        boolean web = PROTOCOLS.stream().anyMatch(destination.toLowerCase(Locale.ROOT).strip()::startsWith);
        if (web) {
            html.append("<a href=\"").append(escape(destination.strip())).append("\">");
        }
        // A link to anywhere else (javascript:, a file, a relative path) keeps its words and loses the link.
        visitChildren(link);
        if (web) {
            html.append("</a>");
        }
    }

    @Override
    public void visit(Text text) {
        html.append(escape(text.getLiteral()));
    }

    @Override
    public void visit(Code code) {
        html.append(escape(code.getLiteral()));
    }

    @Override
    public void visit(HtmlInline tag) {
        html.append(escape(tag.getLiteral()));
    }

    @Override
    public void visit(HtmlBlock block) {
        literal(block.getLiteral());
    }

    @Override
    public void visit(FencedCodeBlock block) {
        literal(block.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
        literal(block.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        html.append("<br>");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        html.append("<br>");
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        // A rule between parts says nothing a blank line does not.
    }

    private void wrap(@Nullable String tag, Node node) {
        if (tag != null) {
            html.append('<').append(tag).append('>');
        }
        visitChildren(node);
        if (tag != null) {
            html.append("</").append(tag).append('>');
        }
    }

    private void literal(String text) {
        html.append("<p>").append(escape(text.strip()).replace("\n", "<br>")).append("</p>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
