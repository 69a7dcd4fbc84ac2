package koppel.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {

    /** The example of the Standard Webhooks specification's reference libraries. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void signsAsTheStandardWebhooksExampleDoes() {
        String signature = Signer.signature(
                List.of(SECRET), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void duringARotationBothSecretsSignSeparatedByASpace() {
        String other = Signer.newSecret();

        String both = Signer.signature(
                List.of(other, SECRET), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(both.split(" ")).hasSize(2).endsWith("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsAreThirtyTwoRandomBytesAfterThePrefix() {
        String first = Signer.newSecret();

        assertThat(first).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(first.substring(6))).hasSize(32);
        assertThat(Signer.newSecret()).isNotEqualTo(first);
    }
}
