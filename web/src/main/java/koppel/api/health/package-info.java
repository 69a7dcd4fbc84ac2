/** MicroProfile Health checks of the database and the message broker. */
package koppel.api.health;
