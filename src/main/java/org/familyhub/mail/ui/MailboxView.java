package org.familyhub.mail.ui;

import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.familyhub.mail.internal.MailDispatcher;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.DateText;

/**
 * The outbox as the administrator sees it: what was sent, what waits and why. In embedded mode this is
 * the dev mailbox, since e-mails go to the log rather than to a mail server.
 */
@Route(value = "admin/mailbox", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class MailboxView extends Div implements HasDynamicTitle {

    private final Mailbox mailbox;
    private final DateText dates;
    private final Div list = new Div();

    MailboxView(Mailbox mailbox, MailDispatcher dispatcher, DateText dates) {
        this.mailbox = mailbox;
        this.dates = dates;
        add(new H1(getTranslation("mail.title")), new Paragraph(getTranslation("mail.intro")));
        add(new Button(getTranslation("mail.retry"), click -> {
            dispatcher.retryNow();
            show();
        }));
        add(list);
        show();
    }

    private void show() {
        list.removeAll();
        for (SentEmail email : mailbox.recent(100)) {
            Section item = new Section();
            item.addClassName("mail-item");
            item.add(new H2(email.subject()));
            String state = email.sentAt() != null
                    ? getTranslation("mail.sent", when(email.sentAt()))
                    : email.withheldAt() != null ? getTranslation("mail.withheld", when(email.withheldAt()))
                    : getTranslation("mail.waiting", email.attempts(),
                            email.lastError() == null ? "" : email.lastError());
            item.add(new Paragraph(getTranslation("mail.to", email.to(), when(email.queuedAt())) + " " + state));
            item.add(new Pre(email.body()));
            list.add(item);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("mail.empty")));
        }
    }

    private String when(Instant at) {
        return dates.dateTimeSeconds(at, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.title");
    }
}
