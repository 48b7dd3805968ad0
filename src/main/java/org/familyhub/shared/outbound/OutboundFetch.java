package org.familyhub.shared.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one way the portal fetches an address someone gave it (a feed's base URL, an old council web page).
 * Only {@code http} and {@code https}; only public internet addresses unless the host is on
 * {@code familyhub.outbound.allowed-hosts}; redirects followed by hand, each hop checked again.
 * The check happens in the connection's own DNS lookup, so the address that was checked is the address
 * connected to: a name that answers with a public address for the check and a private one for the
 * connection (DNS rebinding) gets nowhere.
 */
@Component
public class OutboundFetch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboundFetch.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Set<String> allowedHosts;
    private final int maxRedirects;
    private final CloseableHttpClient http;

    OutboundFetch(OutboundProperties properties) {
        this.allowedHosts = properties.allowedHosts().stream().map(String::strip).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.maxRedirects = Math.max(0, properties.maxRedirects());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckingResolver())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.readTimeout()))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("FamilyHub portal")
                .build();
    }

    /**
     * GETs the address, following redirects. Any status is returned (a redirect only when it has no
     * {@code Location}); bodies longer than {@code maxBytes} are refused.
     *
     * @throws OutboundFetchException with {@link OutboundFetchException#NOT_FETCHED} when the address, or an
     *                                address it redirects to, is not allowed, does not exist or does not answer
     */
    public Fetched get(String address, String accept, int maxBytes) {
        URI uri = parse(address);
        for (int hop = 0; ; hop++) {
            check(uri);
            Answer answer = once(uri, accept, maxBytes);
            if (!REDIRECTS.contains(answer.fetched().status()) || answer.location() == null) {
                return answer.fetched();
            }
            if (hop >= maxRedirects) {
                throw refused(uri, "too many redirects");
            }
            uri = redirect(uri, answer.location());
        }
    }

    /**
     * The status a web address answers with, redirects followed, without reading its page: HEAD, then GET when
     * HEAD is refused (some servers answer only GET). For link checks: {@code timeout} is how long each request
     * may wait for an answer.
     *
     * @throws OutboundFetchException with {@link OutboundFetchException#NOT_FETCHED} when the address, or an
     *                                address it redirects to, is not allowed, does not exist or does not answer
     */
    public int status(String address, Duration timeout) {
        URI uri = parse(address);
        for (int hop = 0; ; hop++) {
            check(uri);
            Status answer = open(uri, new HttpHead(uri), timeout);
            if (answer.code() >= 400) {
                answer = open(uri, new HttpGet(uri), timeout);
            }
            if (!REDIRECTS.contains(answer.code()) || answer.location() == null) {
                return answer.code();
            }
            if (hop >= maxRedirects) {
                throw refused(uri, "too many redirects");
            }
            uri = redirect(uri, answer.location());
        }
    }

    private Status open(URI uri, HttpUriRequestBase request, Duration timeout) {
        request.setConfig(RequestConfig.custom().setRedirectsEnabled(false)
                .setResponseTimeout(Timeout.of(timeout)).build());
        // Closed unread: the connection is dropped rather than a whole page downloaded to learn its status.
        try (ClassicHttpResponse response = http.executeOpen(null, request, null)) {
            Header location = response.getFirstHeader("Location");
            return new Status(response.getCode(), location == null ? null : location.getValue());
        } catch (IOException | RuntimeException e) {
            throw refused(uri, e.getClass().getSimpleName());
        }
    }

    private record Status(int code, @Nullable String location) {
    }

    private static URI parse(String address) {
        try {
            return new URI(address.strip());
        } catch (URISyntaxException e) {
            throw OutboundFetchException.notFetched();
        }
    }

    private static URI redirect(URI from, String location) {
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException e) {
            throw refused(from, "bad redirect");
        }
    }

    /** Scheme and host; the address itself is checked when the connection looks the host up. */
    private void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getUserInfo() != null) {
            throw refused(uri, "not an http(s) address");
        }
    }

    private Answer once(URI uri, String accept, int maxBytes) {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", accept);
        try {
            return http.execute(get, response -> read(uri, response, maxBytes));
        } catch (OutboundFetchException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refused(uri, e.getClass().getSimpleName());
        }
    }

    private static Answer read(URI uri, ClassicHttpResponse response, int maxBytes) throws IOException {
        Header location = response.getFirstHeader("Location");
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        @Nullable Charset charset = null;
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                body = in.readNBytes(maxBytes + 1);
            }
            if (body.length > maxBytes) {
                throw new OutboundFetchException("That address answered with more than " + maxBytes + " bytes");
            }
            charset = entity.getContentType() == null ? null
                    : ContentType.parseLenient(entity.getContentType()).getCharset();
        }
        return new Answer(new Fetched(uri, response.getCode(), body, charset),
                location == null ? null : location.getValue());
    }

    private record Answer(Fetched fetched, @Nullable String location) {
    }

    private static OutboundFetchException refused(URI uri, String reason) {
        // For operators only: the person who typed the address gets the same words whatever happened.
        log.info("event=outbound-fetch-refused host={} reason={}", uri.getHost(), reason);
        return OutboundFetchException.notFetched();
    }

    private boolean allowed(String host) {
        return allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }

    /** Looks the host up for the connection and refuses it unless every address it has is public. */
    private final class CheckingResolver implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            if (!allowed(host) && !Arrays.stream(addresses).allMatch(PublicAddresses::isPublic)) {
                throw new UnknownHostException("not a public address");
            }
            return addresses;
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return resolve(host)[0].getCanonicalHostName();
        }
    }
}
