package org.familyhub.directory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown in, the description's safe HTML out (cleaned by {@link RichText}'s one rule), and back again. */
class MarkdownTextTest {

    @Test
    void starsMakeBoldAndItalic() {
        assertThat(MarkdownText.toDescription("Play **together** and *outdoors*."))
                .isEqualTo("<p>Play <strong>together</strong> and <em>outdoors</em>.</p>");
    }

    @Test
    void dashesAndNumbersMakeLists() {
        assertThat(MarkdownText.toDescription("What to bring:\n\n- a snack\n- wellies\n\n1. Ring us\n2. Come along"))
                .isEqualTo("<p>What to bring:</p><ul><li>a snack</li><li>wellies</li></ul>"
                        + "<ol><li>Ring us</li><li>Come along</li></ol>");
    }

    @Test
    void webAndMailLinksStayAndLinksToAnythingElseLoseTheLinkButKeepTheWords() {
        assertThat(MarkdownText.toDescription("See [our page](https://example.org/a?b=1&c=2) or [write](mailto:a@b.org)"))
                .isEqualTo("<p>See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow\">our page</a> or "
                        + "<a href=\"mailto:a@b.org\" rel=\"nofollow\">write</a></p>");
        assertThat(MarkdownText.toDescription("A [trap](javascript:alert(1)) and [another](JavaScript:alert%281%29) "
                + "and **[bold](data:text/html,x)**"))
                .isEqualTo("<p>A trap and another and <strong>bold</strong></p>");
    }

    @Test
    void paragraphsAndLineBreaksAloneAreStoredAsPlainTextAsTheDirectorysContentIs() {
        assertThat(MarkdownText.toDescription("First line\nsecond line\n\nA new paragraph."))
                .isEqualTo("First line\nsecond line\n\nA new paragraph.");
        assertThat(MarkdownText.toHtml("First line\nsecond line\n\nA new paragraph."))
                .isEqualTo("<p>First line<br>second line</p><p>A new paragraph.</p>");
        assertThat(MarkdownText.toDescription("  ")).isEmpty();
    }

    @Test
    void htmlTypedIntoTheMarkdownIsShownAsTextNeverMarkup() {
        String stored = MarkdownText.toDescription("Hello <script>alert(1)</script> <b onclick=\"x()\">there</b>");
        assertThat(stored).isEqualTo("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; "
                + "&lt;b onclick=\"x()\"&gt;there&lt;/b&gt;</p>");
        assertThat(RichText.toPlainText(stored)).isEqualTo("Hello <script>alert(1)</script> <b onclick=\"x()\">there</b>");
        assertThat(MarkdownText.toDescription("<script>\nalert(1)\n</script>"))
                .isEqualTo("<p>&lt;script&gt;<br>alert(1)<br>&lt;/script&gt;</p>");
        // Cleaning what is stored again changes nothing: the text is not markup on any later way through.
        assertThat(RichText.description(stored)).isEqualTo(stored);
    }

    @Test
    void syntaxADescriptionHasNoPlaceForKeepsItsWords() {
        assertThat(MarkdownText.toDescription("# Title\n\n> quoted\n\n`code` and ![a picture](https://x.org/a.png)\n\n***"))
                .isEqualTo("<p># Title</p><p>&gt; quoted</p><p>code and a picture</p><p>***</p>");
    }

    @Test
    void storedHtmlBecomesMarkdownAnEditorCanRead() {
        assertThat(MarkdownText.toMarkdown("<p>Play <strong>together</strong> and <em>outdoors</em>.</p>"
                + "<ul><li>a snack</li><li>wellies</li></ul><p>See <a href=\"https://example.org\" rel=\"nofollow\">"
                + "our page</a><br>or ring.</p>"))
                .isEqualTo("Play **together** and *outdoors*.\n\n- a snack\n- wellies\n\n"
                        + "See [our page](https://example.org)\nor ring.");
    }

    @Test
    void wordsThatLookLikeMarkdownAreEscapedSoTheyStayWords() {
        String plain = "Costs £2 * 3 sessions_a week [approx] for 3- and 4-year-olds\n- not a list\n2. nor this";
        String markdown = MarkdownText.toMarkdown(plain);
        assertThat(markdown).isEqualTo("Costs £2 \\* 3 sessions_a week \\[approx\\] for 3- and 4-year-olds\n"
                + "\\- not a list\n2\\. nor this");
        assertThat(MarkdownText.toDescription(markdown)).isEqualTo(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>Play <strong>together</strong> and <em>outdoors</em>.</p>",
        "<p>What to bring:</p><ul><li>a <strong>snack</strong></li><li>wellies<br>and a coat</li></ul><ol><li>Ring</li></ol>",
        "<ul><li>one</li></ul><ul><li>two</li></ul><ul><li>three</li></ul>",
        "<ol><li><p>first</p><p>more</p></li><li><p>second</p></li></ol><p>after</p>",
        "<ul><li>outer<ul><li>inner</li></ul></li><li>next</li></ul>",
        "<p>A <a href=\"https://example.org/a b(c)\" rel=\"nofollow\">spaced *link*</a> &amp; Tom &amp;amp; <em>Jerry</em></p>",
        "<p>Line one<br><br>line three</p><p>&lt;script&gt;alert(1)&lt;/script&gt; 1 &lt; 2</p>",
        "<p><strong><em>both</em></strong> x_y_z _under_ \\back `tick`</p>",
    })
    void safeHtmlComesBackUnchangedThroughMarkdown(String html) {
        assertThat(RichText.description(html)).as("the sample is stored HTML").isEqualTo(html);
        assertThat(MarkdownText.toDescription(MarkdownText.toMarkdown(html))).isEqualTo(html);
    }

    @Test
    void bAndIBecomeStrongAndEm() {
        assertThat(MarkdownText.toDescription(MarkdownText.toMarkdown("<p><b>bold</b> <i>italic</i></p>")))
                .isEqualTo("<p><strong>bold</strong> <em>italic</em></p>");
    }
}
