/** The API's OpenAPI document, served at {@code /api/openapi} as YAML or JSON. */
package koppel.api.document;
