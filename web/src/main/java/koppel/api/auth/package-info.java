/** API keys at the door: authentication, permissions per resource type and team, throttling. */
package koppel.api.auth;
