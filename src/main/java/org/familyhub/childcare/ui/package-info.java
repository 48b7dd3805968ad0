@NullMarked
package org.familyhub.childcare.ui;

import org.jspecify.annotations.NullMarked;
