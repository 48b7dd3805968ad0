package org.familyhub.account.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.PublicPaths;
import org.familyhub.account.RoleHome;
import org.familyhub.account.internal.DisabledAccounts;
import org.familyhub.account.internal.LoginThrottle;
import org.familyhub.account.internal.SingleSignOnUsers;
import org.familyhub.shared.ui.PublicRoutes;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.Pointcuts;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may reach what. Besides the shared files, three filter chains:
 * <ul>
 * <li>{@code /actuator/**}: the health probes for anyone (status only), everything else ADMIN by HTTP Basic.</li>
 * <li>{@code /api/**}: stateless, HTTP Basic for administrators' scripts. No session cookie ever
 * authenticates these requests, so there is nothing for another site to forge and CSRF tokens are not needed.
 * Anonymous callers reach only the paths modules declare in {@link PublicPaths} beans; {@code /api/admin/**}
 * needs ADMIN; controllers narrow further with {@code @RolesAllowed}.</li>
 * <li>everything else: the Vaadin views, each stating its own access with {@code @AnonymousAllowed},
 * {@code @PermitAll} or {@code @RolesAllowed}; the sign-in page; the council's single sign-on when an OIDC
 * client is configured ({@code spring.security.oauth2.client.registration.council.*}). Signing in leads back to
 * the page that asked for it, else to the person's {@link RoleHome}, else to the front page.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** The health probes, status only, for load balancers and orchestrators. */
    static final List<String> PUBLIC_HEALTH = List.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness");

    /** Files every page needs, the same for everyone. */
    static final List<String> SHARED_FILES = List.of("/styles/**", "/scripts/**", "/images/**", "/webjars/**",
            "/VAADIN/build/**", "/favicon.ico");

    /**
     * Stylesheets, scripts, images, WebJars and Vaadin's built bundle are the same for everyone and hold
     * nothing personal: no session, no sign-in, and none of the no-store headers pages get, so a phone keeps
     * them between visits instead of fetching them again.
     */
    @Bean
    @Order(0)
    SecurityFilterChain sharedFiles(HttpSecurity http) throws Exception {
        http.securityMatcher(SHARED_FILES.toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Spring Boot Actuator: the health probes answer anyone with their status alone (load balancers, Kubernetes);
     * their details and the Prometheus metrics need ADMIN, by HTTP Basic like the API, never a session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain operations(HttpSecurity http, LoginThrottle passwords) throws Exception {
        http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.GET, PUBLIC_HEALTH.toArray(String[]::new)).permitAll();
                    requests.anyRequest().hasRole("ADMIN");
                })
                .httpBasic(basic -> basic.realmName("Family directory operations"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        passwordsCountedOnce(http, passwords);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, List<PublicPaths> publicPaths, LoginThrottle passwords)
            throws Exception {
        String[] open = patterns(publicPaths).filter(path -> path.startsWith("/api/")).toArray(String[]::new);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    if (open.length > 0) {
                        requests.requestMatchers(open).permitAll();
                    }
                    requests.requestMatchers("/api/admin/**").hasRole("ADMIN");
                    requests.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName("Family directory API"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        passwordsCountedOnce(http, passwords);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain portal(HttpSecurity http, List<PublicPaths> publicPaths, LoginThrottle passwords,
            ObjectProvider<ClientRegistrationRepository> singleSignOn, SingleSignOnUsers councilUsers,
            RequestUtil vaadinRequests, DisabledAccounts disabled, ObjectProvider<RoleHome> homes) throws Exception {
        String[] open = Stream.concat(Stream.of("/error"), patterns(publicPaths)).toArray(String[]::new);
        // Pages anyone may open, found by their address before Vaadin's own matcher runs a whole navigation access
        // check for each (its view's access is checked again when it is shown).
        http.authorizeHttpRequests(requests -> requests.requestMatchers(open).permitAll()
                .requestMatchers(PublicRoutes::isPublicPage).permitAll());
        passwordsCountedOnce(http, passwords);
        http.addFilterBefore(disabled.filter(), AuthorizationFilter.class);
        // Vaadin's configurer would also exempt the sign-in form's POST from CSRF, so another site could sign a
        // browser in as someone else. Its login form sends the token (from the page's _csrf meta tags), so only
        // Vaadin's own requests, which carry Vaadin's own CSRF protection, are exempt.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // Vaadin's configurer uses this handler, given the request cache, for the sign-in form; the council's
        // single sign-on lands the same way.
        SignInLanding landing = new SignInLanding(homes.orderedStream().toList());
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, landing);
        if (singleSignOn.getIfAvailable() != null) {
            http.oauth2Login(sso -> sso.loginPage("/login").successHandler(landing)
                    .userInfoEndpoint(users -> users.oidcUserService(councilUsers)));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * Passwords are checked by {@link LoginThrottle} alone. Spring would otherwise give the chain the global
     * authentication manager as a parent, which Boot builds from the same bean, and every wrong password would
     * be checked, and counted, twice.
     */
    private static void passwordsCountedOnce(HttpSecurity http, LoginThrottle passwords) {
        http.authenticationProvider(passwords);
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
    }

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services and controllers are checked on
     * every call. Vaadin views carry the same annotations, but Vaadin's navigation access control checks those
     * before a view is made; proxying the components themselves would only add a second, fragile layer.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rolesOnServicesAndControllers() {
        Pointcut annotated = Stream.of(RolesAllowed.class, PermitAll.class, DenyAll.class)
                .flatMap(annotation -> Stream.<Pointcut>of(new AnnotationMatchingPointcut(annotation, true),
                        AnnotationMatchingPointcut.forMethodAnnotation(annotation)))
                .reduce(Pointcuts::union).orElseThrow();
        ClassFilter notAView = type -> !Component.class.isAssignableFrom(type);
        return new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(annotated).intersection(notAView), new Jsr250AuthorizationManager());
    }

    private static Stream<String> patterns(List<PublicPaths> publicPaths) {
        return publicPaths.stream().flatMap(paths -> paths.patterns().stream());
    }
}
