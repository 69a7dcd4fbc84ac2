/**
 * Ticketing providers: what each needs configured, described as metadata a UI can render. The
 * admin UI reads these descriptions, so they are part of the feature's surface, not its helpers.
 */
package koppel.ticketing.provider;
