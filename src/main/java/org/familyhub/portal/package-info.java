/**
 * The parent's portal: the public pages families use to find help.
 */
@NullMarked
package org.familyhub.portal;

import org.jspecify.annotations.NullMarked;
