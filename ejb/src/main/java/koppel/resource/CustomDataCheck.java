package koppel.resource;

import java.util.Optional;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;

/**
 * Checks the custom data a write gives a resource, for {@link TeamCollection}. The rules belong to
 * the custom-field feature, which builds on this package: it implements this interface, so that
 * this package needs nothing of it.
 */
public interface CustomDataCheck {

    /**
     * What to store as the resource's custom data, given what it held before (null for a new one)
     * and what was sent; throws {@code InvalidFieldsException} naming each field that breaks a rule.
     *
     * @param integration the webhook integration writing, if any: only it may write its own fields
     */
    String check(UUID team, ResourceType type, String previous, String sent, Optional<UUID> integration);
}
