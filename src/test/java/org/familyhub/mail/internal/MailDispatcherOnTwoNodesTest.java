package org.familyhub.mail.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.familyhub.PortalTest;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.mail.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Two portal nodes dispatching the one outbox at the same moment: each e-mail reaches the mail server once. */
@PortalTest
class MailDispatcherOnTwoNodesTest {

    @Autowired
    Mail mail;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void twoNodesDispatchingTogetherSendEachEmailExactlyOnce() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String to = "two-nodes-" + batch + "-" + i + "@example.org";
            addresses.add(to);
            mail.queue(new Email(to, "Your booking", "See you on Monday."));
        }
        Map<String, Integer> received = new ConcurrentHashMap<>();
        // A mail server slow enough (20 ms a message) that both nodes are working on the same round at once.
        MailTransport server = email -> {
            if (!email.to().contains(batch)) {
                throw new IllegalStateException("Not this test's e-mail");
            }
            Thread.sleep(20);
            received.merge(email.to(), 1, Integer::sum);
        };
        CyclicBarrier together = new CyclicBarrier(2);
        int sent = 0;
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> both = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                MailDispatcher dispatcher = new MailDispatcher(jdbc, server, List.of(), clock);
                both.add(nodes.submit(() -> {
                    together.await();
                    return dispatcher.dispatchDue();
                }));
            }
            for (Future<Integer> node : both) {
                sent += node.get();
            }
        }

        assertThat(received).as("e-mails the mail server received").hasSize(30);
        assertThat(received.values()).as("copies of each").containsOnly(1);
        assertThat(sent).as("sent, as the two nodes counted").isEqualTo(30);
        assertThat(addresses).allSatisfy(to -> assertThat(mailbox.to(to).getFirst().sentAt()).isNotNull());
    }
}
