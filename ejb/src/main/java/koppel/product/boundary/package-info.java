/** Products of a team, and those sold online: the facades the API and the admin UI call. */
package koppel.product.boundary;
