/**
 * Subject access and erasure (#15): the one interface every module that holds a family's details implements,
 * so an administrator can find, export and erase everything about a person without any module reaching into
 * another's tables.
 */
@NullMarked
package org.familyhub.shared.privacy;

import org.jspecify.annotations.NullMarked;
