package koppel.health;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Where {@link SystemProbes#install} keeps the services module's probes: one per deployment, as this
 * library is loaded once per EAR.
 */
final class InstalledProbes {

    static final AtomicReference<SystemProbes> CURRENT = new AtomicReference<>();

    private InstalledProbes() {}
}
