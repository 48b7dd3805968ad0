/**
 * The SEND Local Offer (Children and Families Act 2014, s.30): its own home and navigation for ages 0 to 25
 * (education, health, social care, preparing for adulthood), the Local Offer questions each provider answers
 * for its services in the workspace (shown on the service page and published in the Open Referral UK API),
 * and "You said, we did": comments about the Local Offer, taken and screened by the feedback module, published
 * with the council's response.
 */
@NullMarked
@ApplicationModule(displayName = "SEND Local Offer")
package org.familyhub.localoffer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
