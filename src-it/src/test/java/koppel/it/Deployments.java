package koppel.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import koppel.it.fixture.FixtureResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the real EAR, as built, optionally with a module of in-container tests. */
public final class Deployments {

    public static final String TEST_MODULE = "koppel-it.war";

    private Deployments() {}

    /** The EAR exactly as the build produced it. */
    public static EnterpriseArchive koppel() {
        File ear = new File(Settings.require("koppel.it.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The EAR plus the test-only fixture endpoints under {@code /koppel-it/fixtures}, for black-box
     * tests that need keys and data set up as an administrator would.
     */
    public static EnterpriseArchive koppelWithFixtures() {
        return koppelWith(ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addPackage(FixtureResource.class.getPackage())
                // WildFly merges the OpenAPI documents of all modules on a host: keep only the API's.
                .addAsManifestResource(
                        new StringAsset("mp.openapi.extensions.enabled=false\n"), "microprofile-config.properties"));
    }

    /** The EAR plus a web module holding in-container tests, listed in application.xml so it deploys. */
    public static EnterpriseArchive koppelWith(WebArchive tests) {
        EnterpriseArchive ear = koppel();
        String applicationXml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String module = "<module><web><web-uri>" + tests.getName() + "</web-uri><context-root>/koppel-it</context-root>"
                + "</web></module>";
        ear.setApplicationXML(
                new StringAsset(applicationXml.replace("<library-directory>", module + "<library-directory>")));
        return ear.addAsModule(tests);
    }
}
