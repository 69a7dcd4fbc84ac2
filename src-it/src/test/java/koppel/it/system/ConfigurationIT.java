package koppel.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import koppel.it.Deployments;
import koppel.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A required setting that has no value, or a default throttle rate out of range, stops the
 * deployment, and the server log names the setting.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigurationIT {

    private static final String WITHOUT_ADMIN = "without-admin-username";
    private static final String DEFAULTS = "META-INF/microprofile-config.properties";
    private static final String MESSAGE = "koppel.admin.username has no value";
    private static final String WITH_ZERO_RATE = "with-zero-rate";
    private static final String RATE_MESSAGE = "koppel.api.throttle.per-day are the default rates";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = WITHOUT_ADMIN, managed = false, testable = false)
    static EnterpriseArchive withoutAdminUsername() {
        return withDefaults(WITHOUT_ADMIN, "(?m)^koppel\\.admin\\.username=.*$", "");
    }

    @Deployment(name = WITH_ZERO_RATE, managed = false, testable = false)
    static EnterpriseArchive withZeroRate() {
        return withDefaults(
                WITH_ZERO_RATE, "(?m)^koppel\\.api\\.throttle\\.per-second=.*$", "koppel.api.throttle.per-second=0");
    }

    /** The EAR, under a name of its own, with one line of its default settings replaced. */
    private static EnterpriseArchive withDefaults(String name, String line, String replacement) {
        EnterpriseArchive ear = Deployments.koppel();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "koppel-ejb.jar");
        String defaults;
        try (InputStream in = ejb.get(DEFAULTS).getAsset().openStream()) {
            defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ejb.delete(DEFAULTS);
        ejb.add(new StringAsset(defaults.replaceAll(line, replacement)), DEFAULTS);
        return ShrinkWrap.create(EnterpriseArchive.class, name + ".ear").merge(ear);
    }

    @Test
    void deploymentFailsNamingTheMissingKey() throws IOException, InterruptedException {
        assertDeploymentFails(WITHOUT_ADMIN, MESSAGE);
    }

    @Test
    void deploymentFailsNamingARateOutOfRange() throws IOException, InterruptedException {
        assertDeploymentFails(WITH_ZERO_RATE, RATE_MESSAGE);
    }

    private void assertDeploymentFails(String deployment, String message) throws IOException, InterruptedException {
        ServerLog log = ServerLog.fromNow();

        Throwable failure = catchThrowable(() -> deployer.deploy(deployment));
        try {
            deployer.undeploy(deployment);
        } catch (RuntimeException alreadyGone) {
            // A deployment that failed may have been removed by the server already.
        }

        assertThat(failure).as("the deployment fails").isNotNull();
        assertThat(log.awaiting(message, Duration.ofSeconds(15))).contains(message);
    }
}
