package org.familyhub.shared.ui;

import java.util.Objects;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.RootMappedCondition;
import com.vaadin.flow.spring.SpringBootAutoConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.VaadinConfigurationProperties;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's servlet, except that a page's address is not looked for among the static files first.
 *
 * <p>Vaadin asks its static file server about every request before it builds a page. For "/search" or
 * "/services/42" that is a search of the class path for a file of that name, through every jar, which finds
 * nothing: about 4% of the processor a page load took under 500 parents. Every file Vaadin serves itself (its
 * built scripts, the service worker, the manifest, icons) has a name with a dot in it; a page's address does not
 * (a service's address is its number, a locality's its code), so only those are looked for. An address with a
 * dot that is no file is still looked for and, found nowhere, still reaches the router.
 */
class PortalServlet extends SpringServlet {

    PortalServlet(ApplicationContext context, boolean rootMapping) {
        super(context, rootMapping);
    }

    @Override
    protected StaticFileHandler createStaticFileHandler(VaadinService service) {
        StaticFileHandler files = super.createStaticFileHandler(service);
        return (request, response) -> couldBeAFile(request) && files.serveStaticResource(request, response);
    }

    /** Whether the last part of the request's path names a file: it holds a dot. */
    static boolean couldBeAFile(HttpServletRequest request) {
        String path = Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
        return path.substring(path.lastIndexOf('/') + 1).indexOf('.') >= 0;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Takes the place of Vaadin's own registration (which yields to this bean), with its settings. */
        @Bean
        ServletRegistrationBean<SpringServlet> servletRegistrationBean(ApplicationContext context,
                ObjectProvider<MultipartConfigElement> multipart, VaadinConfigurationProperties properties) {
            boolean rootMapping = RootMappedCondition.isRootMapping(properties.getUrlMapping());
            return SpringBootAutoConfiguration.configureServletRegistrationBean(multipart, properties,
                    new PortalServlet(context, rootMapping));
        }
    }
}
