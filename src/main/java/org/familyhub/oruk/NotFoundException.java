package org.familyhub.oruk;

/** No published record has the id; answered with 404. */
class NotFoundException extends RuntimeException {

    NotFoundException(String kind, String id) {
        super("There is no published " + kind + " " + id);
    }
}
