/**
 * JSON in and out. Answers are written by JSON-B ({@link koppel.api.json.JsonConfig}) from
 * records whose components state their public names with {@code @JsonbProperty}; a team's
 * resources go through {@link koppel.api.json.ResourceOut} so that {@code expand} can put
 * resources in place of ids. Bodies are read within a size limit by a streaming JSON-P parser
 * ({@link koppel.api.json.JsonObjectReader}) and turned into those records field by field
 * ({@link koppel.api.json.RecordReader}), so that every type error is reported at once.
 */
package koppel.api.json;
