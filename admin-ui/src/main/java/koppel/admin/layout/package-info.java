/** What every page shares: the language switch and signing out. */
package koppel.admin.layout;
