package org.familyhub.mail.internal;

import org.familyhub.mail.Email;

/** Hands one e-mail to whatever delivers it; throws when it could not. */
interface MailTransport {

    void send(Email email) throws Exception;
}
