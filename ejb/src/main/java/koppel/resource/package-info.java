/** What every collection of a team's resources does alike: the facade base its facades extend. */
package koppel.resource;
