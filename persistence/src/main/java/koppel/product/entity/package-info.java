/** Products of a team: what it sells, with translated texts, participants and prices. */
package koppel.product.entity;
