/** The JAX-RS application of the public API. */
package koppel.api;
