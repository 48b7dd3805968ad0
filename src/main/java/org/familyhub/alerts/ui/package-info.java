/** The pages of saved searches. */
@NullMarked
package org.familyhub.alerts.ui;

import org.jspecify.annotations.NullMarked;
