/** The endpoints the saved-search forms and mail programs post to. */
@NullMarked
package org.familyhub.alerts.web;

import org.jspecify.annotations.NullMarked;
