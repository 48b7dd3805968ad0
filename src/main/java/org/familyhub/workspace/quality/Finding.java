package org.familyhub.workspace.quality;

import java.util.UUID;

import org.familyhub.shared.SavedWords;

/**
 * One problem with one listing. The detail key tells this problem apart from others of its kind on the same
 * listing (the other listing's id, the address, the number) and is how a later run knows it again.
 *
 * @param details what is wrong, for the editor: a message key ({@code quality.detail.*}) and its values, said in
 *                the editor's language when the task is shown
 */
public record Finding(UUID serviceId, QualityKind kind, String detailKey, SavedWords details) {

    private static final int KEY_LENGTH = 500;

    public Finding {
        detailKey = detailKey.length() <= KEY_LENGTH ? detailKey : detailKey.substring(0, KEY_LENGTH);
    }

    Finding(UUID serviceId, QualityKind kind, String detailKey, String key, Object... values) {
        this(serviceId, kind, detailKey, SavedWords.of(key, values));
    }
}
