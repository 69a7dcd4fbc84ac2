/** The settings of ticketing links ({@code koppel.ticketing.*}). */
package koppel.ticketing.control;
