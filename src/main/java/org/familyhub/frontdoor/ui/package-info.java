/**
 * The front door's views: the public "Ask for help" form, the professional's referral form and list,
 * and the inbox. They call the module's services and never its repositories.
 */
@NullMarked
package org.familyhub.frontdoor.ui;

import org.jspecify.annotations.NullMarked;
