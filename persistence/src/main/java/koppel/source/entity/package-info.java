/**
 * Integration sources: the authorizations Koppel holds for third-party services, source
 * configurations with the data types they transfer and their field mappings, the integrations that
 * serve a team from a configuration, and what those integrations did.
 */
package koppel.source.entity;
