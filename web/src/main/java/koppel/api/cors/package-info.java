/** {@code OPTIONS} without a key, and CORS for the browser origins the operator lists. */
package koppel.api.cors;
