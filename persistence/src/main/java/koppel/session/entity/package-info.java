/** Session groups (one bookable run of a product) and their sessions (dated meetings with staff). */
package koppel.session.entity;
