package org.familyhub.feedback;

/** An editor's task from a problem report: open until resolved (listing fixed) or dismissed. */
public enum ProblemStatus {
    OPEN,
    RESOLVED,
    DISMISSED
}
