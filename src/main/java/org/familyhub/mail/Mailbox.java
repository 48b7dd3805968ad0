package org.familyhub.mail;

import java.util.List;

/** What the outbox holds, newest first: for the dev mailbox view and for tests. */
public interface Mailbox {

    List<SentEmail> to(String address);

    List<SentEmail> recent(int limit);
}
