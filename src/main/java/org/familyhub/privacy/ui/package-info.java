@NullMarked
package org.familyhub.privacy.ui;

import org.jspecify.annotations.NullMarked;
