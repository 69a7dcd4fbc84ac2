/** The login page. */
package koppel.admin.login;
