package org.familyhub.oruk;

/** A query parameter the API cannot use; answered with 400 and the message. */
class BadParameterException extends RuntimeException {

    BadParameterException(String message) {
        super(message);
    }
}
