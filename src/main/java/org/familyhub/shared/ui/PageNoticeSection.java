package org.familyhub.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

/**
 * A part shown at the top of every page's {@code <main>}, above the page itself: a site-wide notice
 * ("All children's centres are closed today because of snow"). Spring beans; {@link MainLayout} asks for
 * fresh components on each page shown, so the module that stores the notices decides what shows.
 */
public interface PageNoticeSection {

    /** {@code route} is the page's location path; an empty list when nothing is to be said. */
    List<Component> create(String route);
}
