/** The folder pages: a professional's home ({@code /folders}), one folder, and adding a service to a folder. */
@NullMarked
package org.familyhub.folders.ui;

import org.jspecify.annotations.NullMarked;
