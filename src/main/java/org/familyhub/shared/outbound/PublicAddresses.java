package org.familyhub.shared.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether an address is on the public internet. Everything else (loopback, the private ranges, link-local
 * including the cloud metadata address 169.254.169.254, unspecified, multicast, carrier-grade NAT, IPv6
 * unique-local) is where the portal's own servers, databases and cloud credentials live.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(bytes);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] ip) {
        int first = ip[0] & 0xff;
        int second = ip[1] & 0xff;
        return first != 0                                   // 0.0.0.0/8 "this network"
                && first != 127                             // loopback, whatever the JDK says
                && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 carrier-grade NAT
                && !(first == 169 && second == 254)         // link-local, cloud metadata
                && !(first == 192 && second == 0 && (ip[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                && first < 224;                             // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(byte[] ip) {
        int first = ip[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {                       // fc00::/7 unique local
            return false;
        }
        if (first == 0xfe && (ip[1] & 0xc0) == 0x80) {      // fe80::/10 link-local
            return false;
        }
        // IPv4 carried inside IPv6 (::a.b.c.d, ::ffff:a.b.c.d, 64:ff9b::a.b.c.d, 2002:a.b.c.d::) is judged as IPv4.
        if (isZero(ip, 0, 10) && ((ip[10] == 0 && ip[11] == 0) || (ip[10] == (byte) 0xff && ip[11] == (byte) 0xff))
                || first == 0x00 && ip[1] == 0x64 && ip[2] == (byte) 0xff && ip[3] == (byte) 0x9b && isZero(ip, 4, 12)) {
            return !isZero(ip, 12, 16) && isPublic(ipv4(ip, 12));
        }
        if (first == 0x20 && ip[1] == 0x02) {                // 2002::/16 6to4
            return isPublic(ipv4(ip, 2));
        }
        return true;
    }

    private static InetAddress ipv4(byte[] ip, int from) {
        try {
            return InetAddress.getByAddress(new byte[] {ip[from], ip[from + 1], ip[from + 2], ip[from + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
