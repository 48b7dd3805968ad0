package org.familyhub.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only when the connection comes from one of
 * the proxies named in {@code familyhub.security.trusted-proxies} ({@code FAMILYHUB_TRUSTED_PROXIES}, exact
 * addresses, none by default). The client's address is then the right-most one in the header that is not a
 * trusted proxy, so a client cannot pick its own by sending the header itself: the rate limits and the sign-in
 * brakes key on it. Anyone else's forward headers are ignored, including with
 * {@code server.forward-headers-strategy=native}, whose Tomcat valve would otherwise trust every private address.
 */
final class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private static final Pattern ADDRESS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<String> addresses;

    TrustedProxies(List<String> configured) {
        List<String> exact = new ArrayList<>();
        for (String entry : configured) {
            String address = entry.trim();
            if (!address.isEmpty()) {
                exact.add(literal(address));
            }
        }
        this.addresses = List.copyOf(exact);
    }

    List<String> addresses() {
        return addresses;
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        List<org.apache.catalina.Valve> valves = new ArrayList<>(factory.getEngineValves());
        valves.removeIf(RemoteIpValve.class::isInstance);
        if (!addresses.isEmpty()) {
            RemoteIpValve valve = new RemoteIpValve();
            valve.setInternalProxies(addresses.stream().map(Pattern::quote).collect(Collectors.joining("|")));
            valve.setTrustedProxies(null);
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setPortHeader("X-Forwarded-Port");
            valves.add(valve);
        }
        factory.setEngineValves(valves);
    }

    /** After Spring Boot's own Tomcat settings, which add their valve for the "native" strategy. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The address as the servlet container writes a remote address, or a message saying what is wrong. */
    private static String literal(String address) {
        if (!ADDRESS.matcher(address).matches()) {
            throw new IllegalArgumentException("familyhub.security.trusted-proxies: \"" + address
                    + "\" is not an IP address. List each proxy's address, e.g. 10.0.0.5, separated by commas.");
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("familyhub.security.trusted-proxies: \"" + address
                    + "\" is not an IP address.", e);
        }
    }
}
