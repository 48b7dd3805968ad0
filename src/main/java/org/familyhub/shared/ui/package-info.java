/**
 * The page frame every view shares: app shell, layout with skip link and safeguarding footer.
 */
@NullMarked
package org.familyhub.shared.ui;

import org.jspecify.annotations.NullMarked;
