package org.familyhub.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Lets the view tests in {@code reporting.ui} write the same hand-counted sample. */
public final class ReportSampleAccess {

    private ReportSampleAccess() {
    }

    public static void writeOnce(JdbcClient jdbc) {
        ReportSample.writeOnce(jdbc);
    }
}
