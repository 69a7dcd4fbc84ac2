/** The user facade and the creation of the first administrator. */
package koppel.user.boundary;
