/** {@code /teams/{teamId}/orders}: orders with items and payments. */
package koppel.api.order;
