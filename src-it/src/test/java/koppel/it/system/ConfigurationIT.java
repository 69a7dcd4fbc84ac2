package koppel.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import koppel.it.Deployments;
import koppel.it.Settings;
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
        Path log = Path.of(Settings.require("koppel.it.server-log"));
        long before = Files.size(log);

        Throwable failure = catchThrowable(() -> deployer.deploy(WITHOUT_ADMIN));
        try {
            deployer.undeploy(WITHOUT_ADMIN);
        } catch (RuntimeException alreadyGone) {
            // A deployment that failed may have been removed by the server already.
        }

        assertThat(failure).as("the deployment fails").isNotNull();
        // The server may write its log a moment later than it answers.
        Instant deadline = Instant.now().plusSeconds(15);
        while (!logSince(log, before).contains(MESSAGE) && Instant.now().isBefore(deadline)) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertThat(logSince(log, before)).contains(MESSAGE);
    }

    /** What the server logged since the given length of its log. */
    private static String logSince(Path log, long before) throws IOException {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(before);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
