package org.familyhub.workspace.ui.listing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.familyhub.directory.MarkdownText;
import org.jspecify.annotations.Nullable;

/**
 * The listing's description, written in Markdown (#15) and never as HTML: a labelled text box with a short
 * explanation, buttons that put the Markdown in for bold, a bullet point or a link, and a preview of how it will
 * look. Its value is the description as stored (the safe HTML, or plain text); a description opened and saved
 * without a change keeps exactly the value it had, even where Markdown would write its spaces differently.
 */
public class DescriptionEditor extends CustomField<String> {

    /**
     * Puts Markdown round the chosen words (or a placeholder) in the browser's text box, keeping the cursor there,
     * and sends the new text as if typed: $0 before, $1 after, $2 the placeholder, $3 true to start a new line.
     */
    private static final String INSERT = """
            const box = this.inputElement;
            const start = box.selectionStart, end = box.selectionEnd;
            const chosen = box.value.substring(start, end) || $2;
            const newLine = $3 && start > 0 && box.value.charAt(start - 1) !== '\\n' ? '\\n' : '';
            box.setRangeText(newLine + $0 + chosen + $1, start, end, 'end');
            this.value = box.value;
            const from = start + newLine.length + $0.length;
            box.focus();
            box.setSelectionRange(from, from + chosen.length);
            """;

    private final TextArea markdown = new TextArea();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final Div preview = new Div();
    /** The value as it came, and the Markdown shown for it: unchanged Markdown saves the value as it came. */
    private String stored = "";
    private String shown = "";

    public DescriptionEditor() {
        super("");
        addClassName("description-editor");
        markdown.setLabel(getTranslation("editor.field.description"));
        markdown.setHelperText(getTranslation("editor.description.help"));
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.setWidthFull();
        markdown.addValueChangeListener(event -> {
            updateValue();
            showPreview();
        });
        buttons.add(button("editor.description.bold", "**", "**", "editor.description.boldWords", false),
                button("editor.description.bullet", "- ", "", "editor.description.bulletWords", true),
                button("editor.description.link", "[", "](https://)", "editor.description.linkWords", false));
        preview.addClassName("description-preview");
        H2 heading = new H2(getTranslation("editor.description.preview"));
        heading.setId("description-preview-heading");
        Section region = new Section(heading, preview);
        region.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(markdown, buttons, region);
    }

    private Button button(String label, String before, String after, String placeholder, boolean newLine) {
        Button button = new Button(getTranslation(label), click -> markdown.getElement().executeJs(INSERT, before,
                after, getTranslation(placeholder), newLine));
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    @Override
    protected String generateModelValue() {
        String typed = markdown.getValue();
        return typed.equals(shown) ? stored : MarkdownText.toDescription(typed);
    }

    @Override
    protected void setPresentationValue(@Nullable String description) {
        stored = description == null ? "" : description;
        shown = MarkdownText.toMarkdown(stored);
        markdown.setValue(shown);
        showPreview();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        markdown.setReadOnly(readOnly);
        buttons.setVisible(!readOnly);
    }

    /** The safe HTML the Markdown stands for, already cleaned by the description's one rule. */
    private void showPreview() {
        preview.getElement().setProperty("innerHTML", MarkdownText.toHtml(markdown.getValue()));
    }
}
