package org.familyhub.portal.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.familyhub.directory.Postcode;
import org.familyhub.directory.PostcodeLocation;
import org.jspecify.annotations.Nullable;

/**
 * "Can I use this from my postcode?" on the page of a service only for the families living in some localities
 * (its service areas): it says so plainly, and a parent types their postcode to be told yes or no, with the
 * locality it is in. A plain {@code GET} form back to the same page ({@code ?postcode=…}), so it works before
 * scripts arrive and with none.
 */
class ResidentsCheck extends Div {

    static final String PARAMETER = "postcode";

    /**
     * @param localities the names of the localities whose families may use the service
     * @param typed      the postcode the parent typed, if any
     * @param found      where that postcode is, when it is in the area
     */
    ResidentsCheck(List<String> localities, @Nullable String typed, Optional<PostcodeLocation> found) {
        addClassName("residents-check");
        setId("residents-check");
        String names = String.join(", ", localities);
        add(new Paragraph(getTranslation("service.residentsOnly", names)));
        if (typed != null) {
            Paragraph answer = new Paragraph(answer(localities, typed, found));
            answer.addClassName("residents-answer");
            answer.getElement().setAttribute("role", "status");
            add(answer);
        }
        getElement().appendChild(form(typed));
    }

    private String answer(List<String> localities, String typed, Optional<PostcodeLocation> found) {
        String shown = Postcode.parse(typed).map(Postcode::toString).orElse(typed.strip());
        if (found.isEmpty()) {
            return getTranslation("service.residentsUnknown", shown);
        }
        String home = found.get().localityName();
        return localities.contains(home) ? getTranslation("service.residentsYes", shown, home)
                : getTranslation("service.residentsNo", shown, home);
    }

    private Element form(@Nullable String typed) {
        Element form = new Element("form").setAttribute("method", "get").setAttribute("class", "search-form");
        Element field = new Element("div").setAttribute("class", "search-field");
        field.appendChild(new Element("label").setAttribute("for", "residents-postcode")
                .setText(getTranslation("service.residentsAsk")));
        Element input = new Element("input").setAttribute("type", "text").setAttribute("id", "residents-postcode")
                .setAttribute("name", PARAMETER).setAttribute("autocomplete", "postal-code")
                .setAttribute("maxlength", "10").setAttribute("inputmode", "text");
        if (typed != null) {
            input.setAttribute("value", typed);
        }
        field.appendChild(input);
        Element button = new Element("button").setAttribute("type", "submit").setAttribute("class", "search-submit")
                .setText(getTranslation("service.residentsCheck"));
        form.appendChild(field, button);
        return form;
    }
}
