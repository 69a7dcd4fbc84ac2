/** The team facade. */
package koppel.team.boundary;
