/** JSON in and out: snake_case names, explicit nulls, bodies read within a size limit. */
package koppel.api.json;
