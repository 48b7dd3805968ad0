package org.familyhub.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part shown at the end of every public page, above the safeguarding footer ("Was this page
 * helpful?"). Spring beans; {@link MainLayout} creates a fresh component for each page shown.
 */
public interface PageFooterSection {

    /** Lower comes first. */
    int order();

    /** {@code route} is the page's location path, e.g. {@code services/2d0d…}. */
    Component create(String route);
}
