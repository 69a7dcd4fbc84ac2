/** Ticketing providers: what each needs configured, described as metadata a UI can render. */
package koppel.ticketing.control;
