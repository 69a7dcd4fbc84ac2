package koppel.it.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import koppel.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A required setting that has no value stops the deployment with a message that names it. */
@ExtendWith(ArquillianExtension.class)
class ConfigurationIT {

    private static final String WITHOUT_ADMIN = "without-admin-username";
    private static final String DEFAULTS = "META-INF/microprofile-config.properties";

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
    void deploymentFailsNamingTheMissingKey() {
        Throwable failure = catchThrowable(() -> deployer.deploy(WITHOUT_ADMIN));
        try {
            deployer.undeploy(WITHOUT_ADMIN);
        } catch (RuntimeException alreadyGone) {
            // A deployment that failed may have been removed by the server already.
        }

        assertThat(failure).isNotNull();
        assertThat(messages(failure)).anySatisfy(message -> assertThat(message).contains("koppel.admin.username"));
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }
}
