/**
 * What a team sells online: a view over products, session groups and orders, kept apart from those
 * features so that they need nothing of it.
 */
package koppel.onlineproduct.boundary;
