package org.familyhub.folders;

/**
 * A change to a folder that was refused, with the reason as a translation key (and its values) so the page says it
 * in plain words in the page's language; the message is the key, for logs and tests.
 */
public class FolderRefused extends RuntimeException {

    private final transient Object[] values;

    FolderRefused(String key, Object... values) {
        super(key);
        this.values = values.clone();
    }

    public String key() {
        return getMessage();
    }

    public Object[] values() {
        return values.clone();
    }
}
