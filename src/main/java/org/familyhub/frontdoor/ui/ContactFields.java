package org.familyhub.frontdoor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import org.familyhub.frontdoor.ContactMethod;

/**
 * The part every front-door form shares: how the family would like to be contacted, whether a message is safe,
 * consent to share, and the honeypot field robots fill in. Each field is named to {@link FormErrors} by the
 * name the front door's rules use, so a mistake is marked on the field it is about.
 */
final class ContactFields {

    final CheckboxGroup<ContactMethod> methods = new CheckboxGroup<>();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField times = new TextField();
    final RadioButtonGroup<Boolean> safeToLeaveMessage = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> consentToShare = new RadioButtonGroup<>();
    final TextField website = new TextField();

    private final Component view;

    /** @param consentKey the translation key of the consent question, which differs between forms */
    ContactFields(Component view, FormErrors errors, String consentKey) {
        this.view = view;
        methods.setLabel(view.getTranslation("frontdoor.ask.contactMethods"));
        methods.setItems(ContactMethod.values());
        methods.setItemLabelGenerator(method -> view.getTranslation("frontdoor.contact." + method.name()));
        errors.field("contactMethods", methods);
        email.setLabel(view.getTranslation("frontdoor.ask.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        errors.field("email", email);
        phone.setLabel(view.getTranslation("frontdoor.ask.phone"));
        phone.setAutocomplete(Autocomplete.TEL);
        errors.field("phone", phone);
        times.setLabel(view.getTranslation("frontdoor.ask.contactTimes"));
        errors.field("contactTimes", times);
        yesNo(view, safeToLeaveMessage, "frontdoor.ask.safeToLeaveMessage");
        errors.field("safeToLeaveMessage", safeToLeaveMessage);
        yesNo(view, consentToShare, consentKey);
        errors.field("consentToShare", consentToShare);
    }

    /** The fields of the "how should we contact you" step, in order. */
    Component[] contact() {
        return new Component[] {methods, email, phone, times, safeToLeaveMessage};
    }

    /** Whether the family asked for e-mail and gave an address: the confirmation then says one was sent. */
    boolean emailed() {
        return methods.getValue().contains(ContactMethod.EMAIL) && !email.isEmpty();
    }

    /** Off screen and out of the tab order: people never fill it in, form-filling robots do. */
    Component honeypot() {
        website.setLabel(view.getTranslation("frontdoor.ask.website"));
        website.setTabIndex(-1);
        website.getElement().setAttribute("autocomplete", "off");
        Div trap = new Div(website);
        trap.addClassName("honeypot");
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.getStyle().set("position", "absolute").set("left", "-10000px").set("width", "1px")
                .set("height", "1px").set("overflow", "hidden");
        return trap;
    }

    static void yesNo(Component view, RadioButtonGroup<Boolean> group, String labelKey) {
        group.setLabel(view.getTranslation(labelKey));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(yes -> view.getTranslation(yes ? "frontdoor.yes" : "frontdoor.no"));
    }

    /** One step of a form: a heading and its fields. */
    static Section step(Component view, String titleKey, Component... fields) {
        Section section = new Section(new H2(view.getTranslation(titleKey)));
        section.add(fields);
        section.addClassName("form-step");
        return section;
    }

    /** The address limits and abuse checks count by: the client's own, behind a trusted proxy. */
    static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
