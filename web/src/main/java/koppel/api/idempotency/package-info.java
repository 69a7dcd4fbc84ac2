/** {@code Idempotency-Key} on POST: the first answer, replayed to a retry. */
package koppel.api.idempotency;
