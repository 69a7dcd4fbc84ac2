package koppel.source.type;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every source type there is: the CDI beans implementing {@link SourceType}, by name. */
@ApplicationScoped
public class SourceTypes {

    @Inject
    private Instance<SourceType> types;

    public List<SourceType> all() {
        return types.stream().sorted(Comparator.comparing(SourceType::name)).toList();
    }

    public Optional<SourceType> find(String id) {
        return types.stream().filter(type -> type.id().equals(id)).findFirst();
    }
}
