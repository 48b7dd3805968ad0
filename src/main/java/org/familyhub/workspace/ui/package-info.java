/**
 * The workspace's views: listings, the draft form with its plain-text preview, the review queue,
 * history with restore, the stale listings dashboard, and import and export. Every view states who
 * may open it; the services check again.
 */
@NullMarked
package org.familyhub.workspace.ui;

import org.jspecify.annotations.NullMarked;
