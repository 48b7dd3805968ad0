package org.familyhub.privacy;

/** What an administrator did, as the audit records it. */
public enum PrivacyAction {
    SEARCHED, EXPORTED_JSON, EXPORTED_READABLE, ERASED
}
