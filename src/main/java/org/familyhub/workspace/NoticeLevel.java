package org.familyhub.workspace;

/** How a site-wide notice is shown: urgent news (a closure in bad weather) or plain information. */
public enum NoticeLevel {
    URGENT, INFORMATION
}
