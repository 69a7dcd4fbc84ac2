package koppel.webhook.control;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /** Why the URL may not receive webhooks, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            return Optional.of("Enter an absolute http or https URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.of("Enter an absolute http or https URL.");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("A webhook URL may not contain a user name or password.");
        }
        if (requireHttps && scheme.equals("http")) {
            return Optional.of("Only https URLs are allowed.");
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
            return Optional.of("The host " + bareHost + " cannot be resolved.");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && allowedRanges.stream().noneMatch(range -> range.contains(address))) {
                return Optional.of("The URL points to a loopback, private, link-local or multicast address,"
                        + " which webhooks may not reach.");
            }
        }
        return Optional.empty();
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
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64 // shared 100.64.0.0/10
                || (bytes[0] & 0xff) == 0; // "this network" 0.0.0.0/8
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
