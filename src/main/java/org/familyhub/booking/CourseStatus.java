package org.familyhub.booking;

public enum CourseStatus {
    OPEN, CANCELLED
}
