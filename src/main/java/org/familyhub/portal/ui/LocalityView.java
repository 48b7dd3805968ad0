package org.familyhub.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/** A locality's page: every active service families living there can use. */
@Route(value = "localities", layout = MainLayout.class)
@AnonymousAllowed
class LocalityView extends Section implements HasUrlParameter<String>, HasDynamicTitle {

    private final Directory directory;
    private final PortalProperties portal;
    private String title = "";

    LocalityView(Directory directory, PortalProperties portal) {
        this.directory = directory;
        this.portal = portal;
        addClassName("listing-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        LocalitySummary locality = directory.locality(code).orElseThrow(NotFoundException::new);
        title = getTranslation("locality.title", locality.name());
        removeAll();
        add(new H1(title));
        add(new Paragraph(getTranslation("locality.intro", locality.serviceCount(), locality.name(),
                portal.areaName())));
        if (locality.serviceCount() == 0) {
            add(new Paragraph(getTranslation("locality.empty")));
        } else {
            add(new ServiceList(directory.servicesInLocality(code), portal.areaName()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
