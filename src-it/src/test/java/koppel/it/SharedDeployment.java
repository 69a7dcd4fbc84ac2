package koppel.it;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys each of the two shared archives, the black-box one ({@link
 * Deployments#koppelWithFixtures()}) and the in-container one ({@link Deployments#koppelTesting}),
 * once for every run of test classes that ask for it, instead of once per class: it is the same EAR
 * each time, and a deploy costs 8 to 12 seconds. One stays deployed until a class asks for another
 * archive (which needs the same context roots) or the server stops. The tests own their data, so
 * none of them relies on a fresh deployment.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Keeps a shared archive deployed between classes; Arquillian makes one per test run. */
    public static class Keeper {

        private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        private DeployableContainer<?> container;
        private Archive<?> deployed;
        private String deployedKind;
        private ProtocolMetaData deployedMetaData;

        // Below every other interceptor (precedence), so that the container's context is active: WildFly's
        // adapter reaches its deployer only there.
        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context)
                throws DeploymentException {
            DeployDeployment event = context.getEvent();
            Optional<String> kind = sharedKind(event);
            if (kind.isPresent() && kind.get().equals(deployedKind)) {
                // what the container's deployer would have left for the test run: in-container tests need it
                description.set(event.getDeployment().getDescription());
                deployment.set(event.getDeployment());
                if (deployedMetaData != null) {
                    protocolMetaData.set(deployedMetaData);
                }
                event.getDeployment().deployed();
                return;
            }
            undeployShared();
            context.proceed();
            if (kind.isPresent() && event.getDeployment().isDeployed()) {
                container = event.getDeployableContainer();
                deployed = deployable(event);
                deployedKind = kind.get();
                deployedMetaData = protocolMetaData.get();
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            if (sharedKind(context.getEvent()).isPresent()) {
                context.getEvent().getDeployment().undeployed();
            } else {
                context.proceed();
            }
        }

        /** Leaves no deployment behind in the server's configuration, where its next start would find it. */
        public void serverStops(@Observes BeforeStop event) {
            try {
                undeployShared();
            } catch (DeploymentException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not undeploy the shared archive before the server stops", e);
            }
        }

        private void undeployShared() throws DeploymentException {
            if (deployed != null) {
                LOG.info(() -> "Undeploying the shared " + deployedKind + " " + deployed.getName());
                Archive<?> archive = deployed;
                deployed = null;
                deployedKind = null;
                deployedMetaData = null;
                container.undeploy(archive);
            }
        }

        private static Optional<String> sharedKind(DeploymentEvent event) {
            return event.getDeployment().getDescription().isArchiveDeployment()
                    ? Deployments.sharedKind(
                            event.getDeployment().getDescription().getArchive())
                    : Optional.empty();
        }

        /** The archive the container was given: the testable one (with the test protocol) if there is one. */
        private static Archive<?> deployable(DeploymentEvent event) {
            DeploymentDescription description = event.getDeployment().getDescription();
            return description.getTestableArchive() != null
                    ? description.getTestableArchive()
                    : description.getArchive();
        }
    }
}
