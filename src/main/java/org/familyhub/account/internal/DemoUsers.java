package org.familyhub.account.internal;

import java.util.Set;
import java.util.UUID;

import org.familyhub.account.Role;
import org.familyhub.account.UserAccounts;
import org.familyhub.account.UserAccounts.NewUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * One user per role, so the portal can be tried from the README's run command. Only in embedded mode
 * (no database configured): a real council's database never gets these.
 */
@Component
@Order(10) // after the sample content, whose organisations the providers belong to
@Conditional(DemoUsers.EmbeddedMode.class)
class DemoUsers implements ApplicationRunner {

    /** The README lists these; they exist only in embedded mode. */
    static final String PASSWORD = "demo-family-hub";
    static final UUID CONNEXIONS = UUID.fromString("4229cd34-3ee1-5ae6-8627-8704edb69c74");
    static final UUID CREWE_WOMENS_AID = UUID.fromString("16bf3e71-46e9-5068-80a3-f0fa5e0a9d7e");

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    private final UserAccounts accounts;

    DemoUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo("admin", "Ada Admin", Role.ADMIN, null);
        demo("editor", "Eddie Editor", Role.EDITOR, null);
        demo("manager", "Mina Manager", Role.MANAGER, null);
        demo("professional", "Priya Health Visitor", Role.PROFESSIONAL, null);
        demo("frontdoor", "Frankie Front Door (south)", Role.FRONT_DOOR, null, "crewe-nantwich", "congleton");
        demo("frontdoor-north", "Noor Front Door (north)", Role.FRONT_DOOR, null,
                "macclesfield", "wilmslow-knutsford-poynton");
        demo("provider", "Pat Provider (Connexions)", Role.PROVIDER, CONNEXIONS);
        demo("provider2", "Sam Provider (Crewe Women's Aid)", Role.PROVIDER, CREWE_WOMENS_AID);
    }

    private void demo(String username, String name, Role role, @Nullable UUID organisation, String... localities) {
        if (accounts.find(username).isPresent()) {
            return;
        }
        try {
            accounts.create(new NewUser(username, PASSWORD, name, username + "@demo.familyhub.invalid", Set.of(role),
                    organisation, Set.of(localities)));
            log.info("Demo user {} ({}) created", username, role);
        } catch (DataIntegrityViolationException notInThisContent) {
            log.info("Demo user {} skipped: its organisation or localities are not in this content", username);
        }
    }

    static final class EmbeddedMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
