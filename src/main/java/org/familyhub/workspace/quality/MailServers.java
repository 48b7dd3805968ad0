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
