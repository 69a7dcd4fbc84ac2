/** Koppel's own upkeep: schema migration, readiness probes and broker heartbeats. */
package koppel.system.boundary;
