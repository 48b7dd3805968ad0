package org.familyhub.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familyhub.account.Role.EDITOR;
import static org.familyhub.account.Role.MANAGER;
import static org.familyhub.account.Role.PROFESSIONAL;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familyhub.shared.ui.SiteLink;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RoleLinksTest {

    private static final SiteLink SURVEYS = new SiteLink("surveys", "surveys", 1);
    private static final SiteLink PRACTITIONER = new SiteLink("practitioner", "practitioner", 2);

    private static final class Links extends RoleLinks {
        Links(CurrentUser user) {
            super(user, shown(SURVEYS, EDITOR, MANAGER), shown(PRACTITIONER, PROFESSIONAL));
        }
    }

    @Test
    void eachLinkShowsToAnyoneHoldingOneOfItsRoles() {
        assertThat(linksFor(Set.of(EDITOR))).containsExactly(SURVEYS);
        assertThat(linksFor(Set.of(MANAGER))).containsExactly(SURVEYS);
        assertThat(linksFor(Set.of(PROFESSIONAL))).containsExactly(PRACTITIONER);
        assertThat(linksFor(Set.of(MANAGER, PROFESSIONAL))).containsExactly(SURVEYS, PRACTITIONER);
    }

    @Test
    void nothingShowsToOtherRolesOrToAVisitorWhoIsNotSignedIn() {
        assertThat(linksFor(Set.of(Role.PROVIDER))).isEmpty();
        assertThat(new Links(signedIn(null)).links()).isEmpty();
    }

    private static java.util.List<SiteLink> linksFor(Set<Role> roles) {
        return new Links(signedIn(new PortalUser(UUID.randomUUID(), "someone", "Someone", null, roles, null, Set.of())))
                .links();
    }

    private static CurrentUser signedIn(@Nullable PortalUser user) {
        return new CurrentUser() {
            @Override
            public Optional<PortalUser> get() {
                return Optional.ofNullable(user);
            }

            @Override
            public PortalUser require() {
                return get().orElseThrow();
            }
        };
    }
}
