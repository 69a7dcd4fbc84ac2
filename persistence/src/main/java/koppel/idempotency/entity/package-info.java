/** Requests made with an Idempotency-Key and the answers they got. */
package koppel.idempotency.entity;
