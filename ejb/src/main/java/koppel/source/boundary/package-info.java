/**
 * Integration sources: authorizations for third-party services, source configurations with their
 * data types and field mappings, integrations serving a team, and the runs that move changes both
 * ways (Koppel's through the outbox and JMS, the third party's by scheduled pulls).
 */
package koppel.source.boundary;
