package org.familyhub.faults;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

/**
 * The council's mail server as the portal sees it: GreenMail's SMTP on a fixed port, which the suite can
 * stop and start again. What it received before a stop is kept, so deliveries are counted over the whole run.
 */
final class FakeMailServer implements AutoCloseable {

    /** One message as it arrived: who it was for and its subject (which names the request's reference). */
    record Delivered(String recipient, String subject) {
    }

    private final int port = RunningPortal.freePort();
    private final List<Delivered> before = new ArrayList<>();
    private @Nullable GreenMail smtp;

    synchronized void start() {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        smtp = server;
    }

    /** The mail server goes away (connections refused) until {@link #start()}. */
    synchronized void stop() {
        GreenMail server = smtp;
        if (server != null) {
            before.addAll(read(server));
            server.stop();
            smtp = null;
        }
    }

    synchronized List<Delivered> delivered() {
        List<Delivered> all = new ArrayList<>(before);
        if (smtp != null) {
            all.addAll(read(smtp));
        }
        return all;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private static List<Delivered> read(GreenMail server) {
        List<Delivered> messages = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                messages.add(new Delivered(message.getAllRecipients()[0].toString(), message.getSubject()));
            } catch (MessagingException e) {
                throw new IllegalStateException("Unreadable message at the fake mail server", e);
            }
        }
        return messages;
    }
}
