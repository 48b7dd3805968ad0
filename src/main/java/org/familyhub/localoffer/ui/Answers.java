package org.familyhub.localoffer.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.familyhub.localoffer.LocalOfferQuestion;

/** A service's Local Offer answers as questions (headings) and answers (paragraphs, as the provider broke them). */
final class Answers {

    private Answers() {
    }

    static Div of(Component parent, Map<LocalOfferQuestion, String> answers) {
        Div block = new Div();
        block.addClassName("local-offer-answers");
        answers.forEach((question, text) -> {
            block.add(new H3(parent.getTranslation("localoffer.question." + question.code())));
            for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
                if (!paragraph.isBlank()) {
                    block.add(new Paragraph(paragraph.strip()));
                }
            }
        });
        return block;
    }
}
