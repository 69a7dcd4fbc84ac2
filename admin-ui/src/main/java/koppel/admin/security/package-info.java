/** How the admin UI signs users in: the form mechanism and the identity store. */
package koppel.admin.security;
