/** The home page: an overview of what is set up, or the first steps on a fresh system. */
package koppel.admin.home;
