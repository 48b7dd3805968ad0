package org.familyhub.workspace.quality;

import java.util.Hashtable;

import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

import org.springframework.stereotype.Component;

/** Asks DNS whether a domain has mail servers (MX records), answering "cannot tell" when DNS is not reachable. */
@Component
class MailServers {

    enum Answer { YES, NO, CANNOT_TELL }

    /** A domain that certainly has mail servers: if DNS says it has none, DNS is not really answering. */
    static final String SURELY_HAS_MAIL = "gmail.com";

    /**
     * Whether DNS can be trusted now. Without a network some resolvers say "no such domain" for every name, which
     * would make every listing's address look undeliverable.
     */
    boolean answering() {
        return of(SURELY_HAS_MAIL) == Answer.YES;
    }

    Answer of(String domain) {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        environment.put("com.sun.jndi.dns.timeout.initial", "2000");
        environment.put("com.sun.jndi.dns.timeout.retries", "1");
        try {
            DirContext dns = new InitialDirContext(environment);
            try {
                Attribute mx = dns.getAttributes(domain, new String[] {"MX"}).get("MX");
                return mx == null || mx.size() == 0 ? Answer.NO : Answer.YES;
            } finally {
                dns.close();
            }
        } catch (NameNotFoundException noSuchDomain) {
            return Answer.NO;
        } catch (NamingException | RuntimeException offline) {
            return Answer.CANNOT_TELL;
        }
    }
}
