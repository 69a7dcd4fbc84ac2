/** "System settings": users and teams. */
package koppel.admin.settings;
