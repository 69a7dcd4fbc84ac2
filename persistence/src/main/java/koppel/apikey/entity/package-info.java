/** API keys, their secrets, grants and permissions, and the counts their throttle keeps. */
package koppel.apikey.entity;
