/** Orders of a team's clients: the facade the API and the admin UI call. */
package koppel.order.boundary;
