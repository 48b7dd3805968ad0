package org.familyhub.oruk;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Access-Control-Allow-Origin: *} on every answer of the API, with or without an {@code Origin}
 * header, errors and 304s included: Open Referral UK asks it of all responses, and Spring's own CORS support
 * adds it only to requests that carry an {@code Origin}. Set first, so nothing later can leave it out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnyOrigin extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(PublicOrukPaths.BASE_PATH) || path.startsWith(PublicOrukPaths.BASE_PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        chain.doFilter(request, response);
    }
}
