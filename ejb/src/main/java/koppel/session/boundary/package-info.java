/** Session groups and sessions of a team: the facades the API and the admin UI call. */
package koppel.session.boundary;
