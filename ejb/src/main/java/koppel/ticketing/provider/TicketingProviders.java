package koppel.ticketing.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every ticketing provider deployed, by id. */
@ApplicationScoped
public class TicketingProviders {

    @Inject
    @Any
    private Instance<TicketingProvider> providers;

    public List<TicketingProvider> all() {
        return providers.stream()
                .sorted(Comparator.comparing(TicketingProvider::name))
                .toList();
    }

    public Optional<TicketingProvider> find(String id) {
        return providers.stream().filter(provider -> provider.id().equals(id)).findFirst();
    }
}
