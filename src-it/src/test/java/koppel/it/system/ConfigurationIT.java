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
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A required setting that has no value stops the deployment, and the server log names it. */
@ExtendWith(ArquillianExtension.class)
class ConfigurationIT {

    private static final String WITHOUT_ADMIN = "without-admin-username";
    private static final String DEFAULTS = "META-INF/microprofile-config.properties";
    private static final String MESSAGE = "koppel.admin.username has no value";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = WITHOUT_ADMIN, managed = false, testable = false)
    static EnterpriseArchive withoutAdminUsername() {
        EnterpriseArchive ear = Deployments.koppel();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "koppel-ejb.jar");
        String defaults;
        try (InputStream in = ejb.get(DEFAULTS).getAsset().openStream()) {
            defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ejb.delete(DEFAULTS);
        ejb.add(new StringAsset(defaults.replaceAll("(?m)^koppel\\.admin\\.username=.*$", "")), DEFAULTS);
        return ear;
    }

    @Test
    void deploymentFailsNamingTheMissingKey() throws IOException, InterruptedException {
        ServerLog log = ServerLog.fromNow();

        Throwable failure = catchThrowable(() -> deployer.deploy(WITHOUT_ADMIN));
        try {
            deployer.undeploy(WITHOUT_ADMIN);
        } catch (RuntimeException alreadyGone) {
            // A deployment that failed may have been removed by the server already.
        }

        assertThat(failure).as("the deployment fails").isNotNull();
        assertThat(log.awaiting(MESSAGE, Duration.ofSeconds(15))).contains(MESSAGE);
    }
}
