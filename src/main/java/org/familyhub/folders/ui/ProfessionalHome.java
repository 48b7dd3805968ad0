package org.familyhub.folders.ui;

import org.familyhub.account.Role;
import org.familyhub.account.RoleHome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A professional signs in to their folders and referrals ({@link FoldersView}), not to the parents' front page. */
@Configuration(proxyBeanMethods = false)
class ProfessionalHome {

    @Bean
    RoleHome professionalsHome() {
        return new RoleHome(Role.PROFESSIONAL, "/folders");
    }
}
