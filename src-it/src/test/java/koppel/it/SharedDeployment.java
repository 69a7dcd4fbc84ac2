package koppel.it;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the black-box archive ({@link Deployments#koppelWithFixtures()}) once for every test
 * class that asks for it, instead of once per class: it is the same EAR each time, and a deploy
 * costs 8 to 12 seconds. It stays deployed until a class asks for another archive (which needs the
 * same context roots) or the server stops. The black-box tests own their data, so none of them
 * relies on a fresh deployment.
 */
public class SharedDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** Keeps the shared archive deployed between classes; Arquillian makes one per test run. */
    public static class Keeper {

        private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

        private DeployableContainer<?> container;
        private Archive<?> deployed;

        // Below every other interceptor (precedence), so that the container's context is active: WildFly's
        // adapter reaches its deployer only there.
        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context)
                throws DeploymentException {
            DeployDeployment event = context.getEvent();
            if (isShared(event) && deployed != null) {
                event.getDeployment().deployed();
                return;
            }
            undeployShared();
            context.proceed();
            if (isShared(event) && event.getDeployment().isDeployed()) {
                container = event.getDeployableContainer();
                deployed = archive(event);
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            if (isShared(context.getEvent())) {
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
                LOG.info(() -> "Undeploying the shared " + deployed.getName());
                Archive<?> archive = deployed;
                deployed = null;
                container.undeploy(archive);
            }
        }

        private static boolean isShared(DeploymentEvent event) {
            return event.getDeployment().getDescription().isArchiveDeployment() && Deployments.isShared(archive(event));
        }

        private static Archive<?> archive(DeploymentEvent event) {
            return event.getDeployment().getDescription().getArchive();
        }
    }
}
