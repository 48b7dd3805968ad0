package org.familyhub.booking.ui;

import java.util.List;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Courses" in the header for providers and editors; "Course bookings" for professionals. */
@Component
class CourseLinks implements SiteLink.Source {

    private final CurrentUser currentUser;

    CourseLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SiteLink> links() {
        PortalUser user = currentUser.get().orElse(null);
        if (user == null) {
            return List.of();
        }
        if (user.has(Role.EDITOR) || user.has(Role.ADMIN) || user.has(Role.PROVIDER)) {
            return List.of(new SiteLink("booking.link.courses", "workspace/courses", 510));
        }
        if (user.has(Role.PROFESSIONAL)) {
            return List.of(new SiteLink("booking.link.mine", "my-course-bookings", 510));
        }
        return List.of();
    }
}
