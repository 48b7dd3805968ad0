/**
 * Views of the public portal; they call the directory's services and never its repositories.
 */
@NullMarked
package org.familyhub.portal.ui;

import org.jspecify.annotations.NullMarked;
