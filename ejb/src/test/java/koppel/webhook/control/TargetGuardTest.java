package koppel.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import koppel.webhook.entity.TargetRefusal;
import org.junit.jupiter.api.Test;

class TargetGuardTest {

    private final TargetGuard guard = new TargetGuard("127.0.0.1:18091, 192.168.7.0/24", false);

    @Test
    void internalAddressesAreRefused() {
        assertThat(guard.refusal("http://127.0.0.1:9/hook")).isPresent();
        assertThat(guard.refusal("http://localhost:18091/hook")).isPresent();
        assertThat(guard.refusal("http://10.1.2.3/hook")).isPresent();
        assertThat(guard.refusal("http://172.16.0.1/hook")).isPresent();
        assertThat(guard.refusal("http://169.254.169.254/latest/meta-data")).isPresent();
        assertThat(guard.refusal("http://[::1]:8080/hook")).isPresent();
        assertThat(guard.refusal("http://[fd00::1]/hook")).isPresent();
        assertThat(guard.refusal("http://0.0.0.0/hook")).isPresent();
        assertThat(guard.refusal("http://224.0.0.1/hook")).isPresent();
        assertThat(guard.refusal("http://100.64.0.1/hook")).isPresent();
    }

    @Test
    void internalIpv4AddressesInsideIpv6OnesAreRefused() {
        assertThat(guard.refusal("http://[::ffff:127.0.0.1]/hook")).isPresent(); // IPv4-mapped
        assertThat(guard.refusal("http://[::ffff:a9fe:a9fe]/hook")).isPresent(); // mapped 169.254.169.254
        assertThat(guard.refusal("http://[::10.0.0.1]/hook")).isPresent(); // IPv4-compatible
        assertThat(guard.refusal("http://[64:ff9b::a9fe:a9fe]/hook")).isPresent(); // NAT64
        assertThat(guard.refusal("http://[64:ff9b::7f00:1]/hook")).isPresent();
        assertThat(guard.refusal("http://[2002:c0a8:0101::1]/hook")).isPresent(); // 6to4 of 192.168.1.1
        assertThat(guard.refusal("http://[2002:0a00:0001::1]/hook")).isPresent(); // 6to4 of 10.0.0.1
        assertThat(guard.refusal("http://198.18.0.1/hook")).isPresent();
        assertThat(guard.refusal("http://255.255.255.255/hook")).isPresent();
        // the same wrappers around a public address pass
        assertThat(guard.refusal("http://[64:ff9b::5db8:d70e]/hook")).isEmpty();
        assertThat(guard.refusal("http://[2002:5db8:d70e::1]/hook")).isEmpty();
        assertThat(guard.refusal("http://[2606:4700::1111]/hook")).isEmpty();
    }

    @Test
    void listedHostPortsAndRangesAreAllowed() {
        assertThat(guard.refusal("http://127.0.0.1:18091/hook")).isEmpty();
        assertThat(guard.refusal("http://192.168.7.20/hook")).isEmpty();
        assertThat(guard.refusal("http://127.0.0.1:18092/hook")).isPresent();
        assertThat(guard.refusal("http://192.168.8.20/hook")).isPresent();
    }

    @Test
    void publicAddressesPass() {
        assertThat(guard.refusal("https://93.184.215.14/hook")).isEmpty();
    }

    @Test
    void onlyAbsoluteHttpUrlsWithoutCredentials() {
        assertThat(guard.refusal("ftp://93.184.215.14/hook")).isPresent();
        assertThat(guard.refusal("/relative")).isPresent();
        assertThat(guard.refusal("http://user:pw@93.184.215.14/hook")).isPresent();
        assertThat(guard.refusal("not a url")).isPresent();
        assertThat(guard.refusal("https://93.184.215.14:0/hook")).contains("Enter a valid URL.");
        assertThat(guard.refusal("https://93.184.215.14:99999/hook")).contains("Enter a valid URL.");
        assertThat(guard.refusal("https://93.184.215.14:65535/hook")).isEmpty();
    }

    @Test
    void aRefusalSaysWhyForAPageToWordItInItsLanguage() {
        TargetGuard guard = new TargetGuard("", false);

        assertThat(guard.check("http://10.0.0.1/hook"))
                .contains(new TargetRefusal(TargetRefusal.Reason.INTERNAL, "10.0.0.1"));
        assertThat(guard.check("http://user@93.184.215.14/hook").map(TargetRefusal::reason))
                .contains(TargetRefusal.Reason.CREDENTIALS);
        assertThat(guard.refusal("http://no-such-host.invalid/hook"))
                .contains("The host no-such-host.invalid cannot be resolved.");
    }

    @Test
    void httpsCanBeRequired() {
        TargetGuard strict = new TargetGuard("", true);

        assertThat(strict.refusal("http://93.184.215.14/hook")).contains("Only https URLs are allowed.");
        assertThat(strict.refusal("https://93.184.215.14/hook")).isEmpty();
    }
}
