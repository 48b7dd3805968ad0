package org.familyhub.directory;

/** A town or area of a locality, with its centre. */
public record Town(String name, String localityCode, String localityName, double latitude, double longitude) {
}
