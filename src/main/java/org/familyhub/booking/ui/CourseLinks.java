package org.familyhub.booking.ui;

import static org.familyhub.account.Role.ADMIN;
import static org.familyhub.account.Role.EDITOR;
import static org.familyhub.account.Role.PROFESSIONAL;
import static org.familyhub.account.Role.PROVIDER;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.RoleLinks;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Courses" in the header for providers and editors; "Course bookings" for professionals. */
@Component
class CourseLinks extends RoleLinks {

    CourseLinks(CurrentUser currentUser) {
        super(currentUser,
                shown(new SiteLink("booking.link.courses", "workspace/courses", 510), EDITOR, ADMIN, PROVIDER),
                shown(new SiteLink("booking.link.mine", "my-course-bookings", 511), PROFESSIONAL));
    }
}
