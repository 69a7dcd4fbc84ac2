/** Helpers of the user facade: password hashing. */
package koppel.user.control;
