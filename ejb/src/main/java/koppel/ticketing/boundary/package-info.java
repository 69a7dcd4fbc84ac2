/** Links to external ticketing systems: creating, configuring and deleting them. */
package koppel.ticketing.boundary;
