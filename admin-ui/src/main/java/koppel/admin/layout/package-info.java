/** What every page's layout shares: the menu, the language switch and signing out. */
package koppel.admin.layout;
