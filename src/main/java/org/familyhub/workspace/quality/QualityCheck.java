package org.familyhub.workspace.quality;

import java.util.List;
import java.util.function.Consumer;

/** One kind of check over every published listing, a page at a time, so no run holds the whole directory. */
interface QualityCheck {

    int PAGE = 100;

    QualityKind kind();

    /**
     * Hands each page's findings to {@code found}. False when the check could not be made this time (no DNS
     * offline): the findings of its kind from earlier runs are then left as they are.
     */
    boolean check(Consumer<List<Finding>> found);
}
