package org.familyhub.account;

/** An account change that was refused, with the reason in words an administrator can act on; nothing was stored. */
public class InvalidAccountException extends IllegalArgumentException {

    public InvalidAccountException(String message) {
        super(message);
    }
}
