/** {@code /teams/{teamId}/session-groups} and {@code /sessions}. */
package koppel.api.session;
