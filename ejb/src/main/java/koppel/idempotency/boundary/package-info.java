/** Idempotency-Key: replaying the first answer to a repeated POST. */
package koppel.idempotency.boundary;
