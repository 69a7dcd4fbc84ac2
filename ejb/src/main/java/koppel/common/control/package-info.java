/** Helpers every facade shares: Bean Validation, unique names, version checks, and the box for stored secrets. */
package koppel.common.control;
