package org.familyhub.reporting;

/** How a figure is measured and shown. */
public enum Unit {
    /** A number of things. */
    COUNT,
    /** A share, 0 to 100. */
    PERCENT,
    /** A time, in hours. */
    HOURS
}
