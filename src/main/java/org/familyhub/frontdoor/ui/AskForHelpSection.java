package org.familyhub.frontdoor.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.shared.ui.ServicePageSection;

/** On every service page: ask the front door for help with it, and for professionals, refer a family to it. */
@org.springframework.stereotype.Component
class AskForHelpSection implements ServicePageSection {

    private final CurrentUser currentUser;

    AskForHelpSection(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(UUID serviceId, String serviceName) {
        Section section = new Section(new H2(section("frontdoor.section.title")));
        section.addClassName("ask-for-help-section");
        Anchor ask = new Anchor("ask-for-help?service=" + serviceId, section("frontdoor.section.ask"));
        ask.addClassName("call-to-action");
        section.add(new Paragraph(ask));
        if (currentUser.get().filter(user -> user.has(Role.PROFESSIONAL)).isPresent()) {
            Anchor refer = new Anchor("refer?service=" + serviceId, section("frontdoor.section.refer"));
            refer.addClassName("call-to-action");
            section.add(new Paragraph(refer));
        }
        return section;
    }

    private static String section(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
