package org.familyhub.shared.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.familyhub.PortalTest;
import org.familyhub.shared.PortalProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A click that fails (here: no database connection) tells the family calmly, in their language. */
@PortalTest
@ViewPackages(packages = "org.familyhub.portal.ui")
class ActionFailureNoticeTest extends SpringBrowserlessTest {

    @Autowired
    PortalProperties portal;

    @Test
    void aFailedActionShowsTheNumberToCallAndNoInsides() {
        new ActionFailureNotice.Notice(portal.frontDoorPhone()).error(new ErrorEvent(
                new CannotCreateTransactionException("Could not open JPA EntityManager for transaction")));

        String shown = $(Notification.class).single().getElement().getProperty("text", "")
                + $(Notification.class).single().getElement().getTextRecursively();
        assertThat(shown).contains("Sorry, that did not work just now", portal.frontDoorPhone())
                .doesNotContain("EntityManager", "Exception");
    }

    @Test
    void inPolishTheNoticeIsInPolish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));

        new ActionFailureNotice.Notice(portal.frontDoorPhone()).error(new ErrorEvent(new IllegalStateException("x")));

        assertThat($(Notification.class).single().getElement().getProperty("text", "")
                + $(Notification.class).single().getElement().getTextRecursively())
                .contains("Przepraszamy, to chwilowo nie zadziałało", portal.frontDoorPhone());
    }
}
