/**
 * Subject access and erasure for administrators (#15): find everything held about a person across the modules
 * (each implements {@link org.familyhub.shared.privacy.PersonalDataHolder}), export it, or erase it; every step
 * recorded in an audit that keeps no one's details in clear.
 */
@NullMarked
@ApplicationModule(displayName = "Personal data requests")
package org.familyhub.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
