/** "System settings > Integrations": API keys and links to external systems. */
package koppel.admin.settings.integrations;
