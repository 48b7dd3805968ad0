package org.familyhub.frontdoor;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.familyhub.mail.internal.MailDispatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the mail server down a family's request is still stored and its e-mail waits in the outbox;
 * when the server is back the e-mail is delivered. A context of its own: the portal talks SMTP here.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class MailServerDownTest {

    private static final int SMTP_PORT = freePort();
    /**
     * Vaadin's security integration installs its holder strategy in a static of Spring Security; a second
     * portal context in the same JVM replaces the first one's. Put it back afterwards, or method security in
     * the shared test context would no longer see who is signed in.
     */
    private static SecurityContextHolderStrategy sharedContextStrategy;

    @Autowired
    FrontDoor frontDoor;
    @Autowired
    HelpRequestRepository requests;
    @Autowired
    Mailbox mailbox;
    @Autowired
    MailDispatcher dispatcher;

    private GreenMail smtp;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void rememberSecurityStrategy() {
        sharedContextStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedContextStrategy);
    }

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aRequestSentWhileTheMailServerIsDownIsKeptAndItsEmailDeliveredWhenTheServerReturns() throws Exception {
        String email = "smtp-down-" + UUID.randomUUID() + "@example.org";

        Submitted submitted = frontDoor.submit(SampleRequests.selfReferral(email), "smtp-test");
        dispatcher.dispatchDue();

        assertThat(requests.findByReference(submitted.reference())).isPresent();
        assertThat(mailbox.to(email)).singleElement().satisfies(queued -> {
            assertThat(queued.sentAt()).isNull();
            assertThat(queued.attempts()).isEqualTo(1);
            assertThat(queued.lastError()).isNotBlank();
        });

        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        dispatcher.retryNow();

        assertThat(mailbox.to(email)).extracting(SentEmail::sentAt).doesNotContainNull();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).anySatisfy(message -> {
            assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
            assertThat(message.getSubject()).contains(submitted.reference());
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test mail server", e);
        }
    }
}
