/** Checking custom_data against the team's custom fields. */
package koppel.customfield.control;
