/** The settings of integration sources ({@code koppel.sources.*}) and the Koppel fields they map. */
package koppel.source.control;
