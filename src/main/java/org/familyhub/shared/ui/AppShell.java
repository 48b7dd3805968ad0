package org.familyhub.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML shell: Lumo for Vaadin's components, then the portal's own stylesheet from {@code frontend/}. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/portal.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#0b5b4b")
public class AppShell implements AppShellConfigurator {
}
