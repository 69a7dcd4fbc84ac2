/** {@code /teams/{teamId}/custom-fields}: the keys allowed in custom_data, per resource type. */
package koppel.api.customfield;
