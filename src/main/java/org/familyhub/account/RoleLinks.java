package org.familyhub.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.familyhub.shared.ui.SiteLink;

/**
 * Header links that depend only on the signed-in person's roles: each link shows to anyone holding one of its
 * roles, and nothing shows to a visitor who is not signed in. A module's links then read as a table:
 * <pre>
 * super(currentUser,
 *         shown(new SiteLink("booking.link.courses", "workspace/courses", 510), EDITOR, ADMIN, PROVIDER),
 *         shown(new SiteLink("booking.link.mine", "my-course-bookings", 511), PROFESSIONAL));
 * </pre>
 */
public abstract class RoleLinks implements SiteLink.Source {

    /** One link and the roles that see it. */
    public record Shown(SiteLink link, Set<Role> toAnyOf) {
        public Shown {
            toAnyOf = Set.copyOf(toAnyOf);
        }
    }

    private final CurrentUser currentUser;
    private final List<Shown> shown;

    protected RoleLinks(CurrentUser currentUser, Shown... shown) {
        this.currentUser = currentUser;
        this.shown = List.of(shown);
    }

    protected static Shown shown(SiteLink link, Role first, Role... others) {
        return new Shown(link, EnumSet.of(first, others));
    }

    @Override
    public final List<SiteLink> links() {
        return currentUser.get()
                .map(user -> shown.stream()
                        .filter(each -> each.toAnyOf().stream().anyMatch(user::has))
                        .map(Shown::link)
                        .toList())
                .orElse(List.of());
    }
}
