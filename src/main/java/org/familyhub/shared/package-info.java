/**
 * What several modules truly share: settings, the embedded database, the page layout. An open module:
 * every module may use its sub-packages (the layout lives in {@code shared.ui}).
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.familyhub.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
