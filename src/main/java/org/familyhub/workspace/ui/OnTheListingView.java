package org.familyhub.workspace.ui;

import java.util.UUID;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * A page where editors change a published listing straight away, without a draft or review (a closure, the days
 * it is listed): the listing's name in the heading, what families see now, and the outcome of each save.
 */
abstract class OnTheListingView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    protected final H1 heading = new H1();
    protected final Paragraph state = new Paragraph();
    protected final Feedback feedback = new Feedback();
    private @Nullable UUID serviceId;

    /** The listing this page is about, once its address has been read. */
    protected void showing(UUID id) {
        serviceId = id;
    }

    protected UUID id() {
        if (serviceId == null) {
            throw new NotFoundException();
        }
        return serviceId;
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
