/**
 * The API driven by clients that OpenAPI Generator makes from the served document, used as an
 * integrator would use them, unmodified (the clients themselves are generated into target/).
 */
package koppel.it.generated;
