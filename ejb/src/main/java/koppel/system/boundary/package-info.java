/** Koppel's own upkeep (schema migration, readiness probes, broker heartbeats) and its overview figures. */
package koppel.system.boundary;
