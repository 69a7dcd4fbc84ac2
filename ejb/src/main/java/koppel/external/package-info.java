/**
 * Calling external systems, as ticketing links and integration sources do: the HTTP exchange with
 * its guard against internal addresses, OAuth 2.0 client credentials tokens, the failures an
 * administrator reads, and the configuration fields a system asks for.
 */
package koppel.external;
