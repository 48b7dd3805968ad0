package org.familyhub.shared.server;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Watches whichever embedded servers this run started (none when both are external). */
@Configuration(proxyBeanMethods = false)
class SupervisionConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    EmbeddedServerSupervisor embeddedServerSupervisor(ObjectProvider<EmbeddedServer> servers,
            SupervisionProperties settings) {
        return new EmbeddedServerSupervisor(servers.orderedStream().toList(), settings);
    }
}
