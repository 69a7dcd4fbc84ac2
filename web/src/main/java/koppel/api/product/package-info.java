/** {@code /teams/{teamId}/products} and {@code /online-products}: what a team sells. */
package koppel.api.product;
