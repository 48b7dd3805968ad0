package org.familyhub.directory;

/** A change named a record that does not exist. */
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String kind, Object id) {
        super("There is no " + kind + " " + id);
    }
}
