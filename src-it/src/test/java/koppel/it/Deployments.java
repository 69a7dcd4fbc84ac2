package koppel.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import koppel.it.container.Given;
import koppel.it.fixture.FixtureApplication;
import koppel.it.fixture.FixtureResource;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the real EAR, as built, optionally with a module of in-container tests. */
public final class Deployments {

    public static final String TEST_MODULE = "koppel-it.war";

    /** The module of fixture endpoints, which also marks the archive that {@link SharedDeployment} shares. */
    private static final String FIXTURES_MODULE = "koppel-fixtures.war";

    private Deployments() {}

    /** The EAR exactly as the build produced it. */
    public static EnterpriseArchive koppel() {
        File ear = new File(Settings.require("koppel.it.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The EAR plus the test-only fixture endpoints under {@code /koppel-it/fixtures}, for every
     * black-box test: the fixtures set up keys and data as an administrator would. Deployed once
     * for all the classes that use it ({@link SharedDeployment}). With {@code koppel.it.war} set
     * (the micro profile), Payara Micro's one WAR instead, the fixtures in it.
     */
    public static Archive<?> koppelWithFixtures() {
        String war = System.getProperty("koppel.it.war");
        if (war != null) {
            return microWithFixtures(new File(war));
        }
        return koppelWith(ShrinkWrap.create(WebArchive.class, FIXTURES_MODULE)
                .addPackage(FixtureResource.class.getPackage())
                .addClass(Given.class)
                // WildFly merges the OpenAPI documents of all modules on a host: keep only the API's.
                .addAsManifestResource(
                        new StringAsset("mp.openapi.extensions.enabled=false\n"), "microprofile-config.properties"));
    }

    /**
     * Payara Micro's WAR as the build produced it, plus the fixture endpoints, whose JAX-RS
     * application web.xml maps to {@code /koppel-it/fixtures}, the address they have in the EAR.
     */
    private static WebArchive microWithFixtures(File war) {
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        String webXml;
        try (InputStream in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fixtures = FixtureApplication.class.getName();
        String mapping = "<servlet><servlet-name>" + fixtures + "</servlet-name></servlet>"
                + "<servlet-mapping><servlet-name>" + fixtures + "</servlet-name>"
                + "<url-pattern>/koppel-it/fixtures/*</url-pattern></servlet-mapping>";
        archive.delete("WEB-INF/web.xml");
        archive.addAsWebInfResource(new StringAsset(webXml.replace("</web-app>", mapping + "</web-app>")), "web.xml");
        return archive.addPackage(FixtureResource.class.getPackage()).addClass(Given.class);
    }

    /**
     * The packages of the in-container test classes, which call the facades directly. They share
     * one archive, deployed once for all of them ({@link SharedDeployment}); all below
     * {@code koppel.it.container}, so that the tests, run in the order of their names, use it in
     * one stretch instead of swapping it with the fixtures' archive time and again.
     */
    private static final List<String> IN_CONTAINER = List.of(
            "koppel.it.container.apikey",
            "koppel.it.container.customfield",
            "koppel.it.container.idempotency",
            "koppel.it.container.product",
            "koppel.it.container.resource",
            "koppel.it.container.system",
            "koppel.it.container.team",
            "koppel.it.container.ticketing",
            "koppel.it.container.user");

    /**
     * The EAR plus a module holding every in-container test class (this one among them) with the
     * shared helpers of {@link Given}'s package.
     */
    public static EnterpriseArchive koppelTesting(Class<?> testClass) {
        if (!IN_CONTAINER.contains(testClass.getPackageName())) {
            throw new IllegalArgumentException(testClass + " is not in a package listed in Deployments.IN_CONTAINER");
        }
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addPackage(Given.class.getPackage())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        IN_CONTAINER.forEach(tests::addPackage);
        return koppelWith(Testable.archiveToTest(tests));
    }

    /**
     * Which of the shared archives this is: {@code "fixtures"} ({@link #koppelWithFixtures()}),
     * {@code "in-container"} ({@link #koppelTesting}), or empty for an archive of its own.
     */
    static Optional<String> sharedKind(Archive<?> archive) {
        if (archive.contains("/" + FIXTURES_MODULE)
                || archive.contains(
                        "/WEB-INF/classes/" + FixtureApplication.class.getName().replace('.', '/') + ".class")) {
            return Optional.of("fixtures");
        }
        return archive.contains("/" + TEST_MODULE)
                        && archive.getAsType(WebArchive.class, "/" + TEST_MODULE)
                                .contains("/WEB-INF/classes/"
                                        + IN_CONTAINER.get(0).replace('.', '/'))
                ? Optional.of("in-container")
                : Optional.empty();
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
