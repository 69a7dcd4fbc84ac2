/** {@code /teams/{teamId}/clients}: a team's clients. */
package koppel.api.client;
