package org.familyhub.booking;

/** Who may book a place on a course: families themselves, only professionals on a family's behalf, or both. */
public enum WhoMayBook {
    SELF, PROFESSIONAL, BOTH;

    public boolean families() {
        return this != PROFESSIONAL;
    }

    public boolean professionals() {
        return this != SELF;
    }
}
