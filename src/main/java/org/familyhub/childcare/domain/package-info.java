@NullMarked
package org.familyhub.childcare.domain;

import org.jspecify.annotations.NullMarked;
