/** Clients of a team: the people who book. */
package koppel.client.entity;
