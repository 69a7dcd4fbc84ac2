/** The admin UI's security around sign-in: its roles, security headers, and the log of refused pages. */
package koppel.admin.security;
