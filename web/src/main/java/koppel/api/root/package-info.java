/** The API's unauthenticated entry point. */
package koppel.api.root;
