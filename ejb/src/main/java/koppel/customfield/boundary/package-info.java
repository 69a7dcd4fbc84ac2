/** Custom fields of a team: the facade the API and the admin UI call. */
package koppel.customfield.boundary;
