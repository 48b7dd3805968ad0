/**
 * Data quality checks (#20): every published listing, paged from the database, checked for likely duplicates,
 * broken web links, phone numbers that are not UK numbers, e-mail domains without mail servers and reviews
 * overdue; what they find is kept as editor tasks ({@link org.familyhub.workspace.quality.QualityTaskStore}).
 * Internal to the workspace: editors reach it through {@code org.familyhub.workspace.DataQuality}.
 */
@NullMarked
package org.familyhub.workspace.quality;

import org.jspecify.annotations.NullMarked;
