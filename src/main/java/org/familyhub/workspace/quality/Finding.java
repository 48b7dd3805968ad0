package org.familyhub.workspace.quality;

import java.util.UUID;

/**
 * One problem with one listing. The detail key tells this problem apart from others of its kind on the same
 * listing (the other listing's id, the address, the number) and is how a later run knows it again.
 *
 * @param details what is wrong, in words, for the editor
 */
public record Finding(UUID serviceId, QualityKind kind, String detailKey, String details) {

    private static final int KEY_LENGTH = 500;
    private static final int DETAILS_LENGTH = 1000;

    public Finding {
        detailKey = cut(detailKey, KEY_LENGTH);
        details = cut(details, DETAILS_LENGTH);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
