/** The administrators' screens for other publishers' feeds: register, pull or upload, and read each report. */
@NullMarked
package org.familyhub.directory.feed.ui;

import org.jspecify.annotations.NullMarked;
