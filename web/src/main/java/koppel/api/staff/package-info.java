/** {@code /teams/{teamId}/staff}: a team's staff. */
package koppel.api.staff;
