/** {@code /teams}: the teams an API key may act on. */
package koppel.api.team;
