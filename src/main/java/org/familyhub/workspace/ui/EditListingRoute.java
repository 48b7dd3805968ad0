package org.familyhub.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.UnknownRecordException;
import org.familyhub.shared.Ids;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.ListingWorkflow;

/** "Edit" on a listing: opens the person's draft of it (a new one holding the published version if none). */
@Route(value = "workspace/edit", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PROVIDER})
class EditListingRoute extends Div implements HasUrlParameter<String> {

    private final ListingWorkflow workflow;

    EditListingRoute(ListingWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public void setParameter(BeforeEvent event, String serviceId) {
        try {
            Draft draft = workflow.edit(Ids.parse(serviceId).orElseThrow(NotFoundException::new));
            event.forwardTo("workspace/drafts/" + draft.id());
        } catch (UnknownRecordException e) {
            throw new NotFoundException();
        }
    }
}
