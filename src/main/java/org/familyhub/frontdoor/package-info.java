/**
 * The front door: families ask for help without an account ({@link org.familyhub.frontdoor.FrontDoor}),
 * professionals refer families with consent, and the front-door team and providers work each request
 * to an outcome in their inbox ({@link org.familyhub.frontdoor.Inbox}). Every view and move is audited;
 * personal data of closed requests is purged after the retention period; closing publishes
 * {@link org.familyhub.frontdoor.RequestClosed}.
 */
@NullMarked
@ApplicationModule(displayName = "Front door")
package org.familyhub.frontdoor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
