/** Products of a team: the facade the API and the admin UI call. */
package koppel.product.boundary;
