package koppel.webhook.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import koppel.webhook.entity.TargetRefusal;
import koppel.webhook.entity.TargetRefusal.Reason;

/**
 * Keeps webhooks away from the installation's own network (server-side request forgery): a URL
 * whose host resolves to a loopback, private, link-local, multicast or unspecified address is
 * refused unless {@code koppel.webhooks.allowed-private-targets} lists its {@code host:port} or a
 * CIDR range holding the address. Checked when an endpoint is saved and again before every
 * attempt; the connection resolves the name once more, so a DNS answer that changes between the
 * check and the connection (milliseconds) is the window that remains.
 */
public final class TargetGuard {

    private final List<String> allowedHosts = new ArrayList<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();
    private final boolean requireHttps;

    /** {@code allowed}: comma-separated {@code host:port} and CIDR entries. */
    public TargetGuard(String allowed, boolean requireHttps) {
        this.requireHttps = requireHttps;
        for (String entry : allowed.split(",")) {
            String item = entry.strip().toLowerCase(Locale.ROOT);
            if (item.contains("/")) {
                allowedRanges.add(Cidr.parse(item));
            } else if (!item.isEmpty()) {
                allowedHosts.add(item);
            }
        }
    }

    /** Why the URL may not receive webhooks, in the API's words, or empty when it may. */
    public Optional<String> refusal(String url) {
        return check(url).map(TargetRefusal::text);
    }

    /** Why the URL may not receive webhooks, or empty when it may. */
    public Optional<TargetRefusal> check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return refused(Reason.NOT_A_URL, "");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean validPort = uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= 65_535;
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || !validPort) {
            return refused(Reason.NOT_A_URL, "");
        }
        if (uri.getRawUserInfo() != null) {
            return refused(Reason.CREDENTIALS, "");
        }
        if (requireHttps && scheme.equals("http")) {
            return refused(Reason.HTTPS_ONLY, "");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(host + ":" + port) || allowedHosts.contains(bareHost + ":" + port)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost);
        } catch (UnknownHostException e) {
            return refused(Reason.UNRESOLVABLE, bareHost);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && allowedRanges.stream().noneMatch(range -> range.contains(address))) {
                return refused(Reason.INTERNAL, bareHost);
            }
        }
        return Optional.empty();
    }

    private static Optional<TargetRefusal> refused(Reason reason, String host) {
        return Optional.of(new TargetRefusal(reason, host));
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc // unique local fc00::/7
                    || embeddedIpv4(bytes).map(TargetGuard::isInternal).orElse(false);
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 100 && (second & 0xc0) == 64 // shared 100.64.0.0/10
                || first == 0 // "this network" 0.0.0.0/8
                || first == 198 && (second & 0xfe) == 18 // benchmarking 198.18.0.0/15
                || first >= 240; // reserved 240.0.0.0/4 and the broadcast address
    }

    /**
     * The IPv4 address an IPv6 address carries, where a router or the host itself would reach that
     * IPv4 address: IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d} and 6to4
     * {@code 2002:aabb:ccdd::/48}. (IPv4-mapped {@code ::ffff:a.b.c.d} the JDK turns into IPv4.)
     */
    private static Optional<InetAddress> embeddedIpv4(byte[] bytes) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= bytes[i] == 0;
        }
        boolean nat64 = (bytes[0] & 0xff) == 0x00
                && (bytes[1] & 0xff) == 0x64
                && (bytes[2] & 0xff) == 0xff
                && (bytes[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = bytes[i] == 0;
        }
        int from = compatible || nat64 ? 12 : (bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02 ? 2 : -1;
        if (from < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(bytes, from, from + 4)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an IPv4 address
        }
    }

    /** A range of addresses written as {@code address/prefix-length}. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            try {
                byte[] network = InetAddress.getByName(text.substring(0, slash)).getAddress();
                int prefix = Integer.parseInt(text.substring(slash + 1));
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("Not a CIDR range: " + text);
                }
                return new Cidr(network, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("Not a CIDR range: " + text, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
