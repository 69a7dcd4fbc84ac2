/** Lists as the contract pages them: offset and limit in, count, next, previous and results out. */
package koppel.api.list;
