/**
 * Every request the portal itself makes to an address someone typed (feeds, old web pages): only to the
 * public internet, unless an operator allows a host.
 */
@NullMarked
package org.familyhub.shared.outbound;

import org.jspecify.annotations.NullMarked;
