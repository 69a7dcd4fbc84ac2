package koppel.user.boundary;

import java.util.UUID;

/**
 * Announced by {@link Users}, inside its transaction, when a user is disabled, enabled or about to
 * be deleted, so that what belongs to the user follows (their API keys) without this feature
 * knowing of it.
 *
 * @param deleting true when the user is about to be deleted, false when their state changed
 */
public record UserChanged(UUID user, boolean deleting) {}
