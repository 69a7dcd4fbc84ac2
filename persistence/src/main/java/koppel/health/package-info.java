/**
 * MicroProfile Health checks of the database and the message broker. They live in the EAR's library
 * jar because WildFly resolves an EAR's health checks from its top-level bean archive, which sees
 * neither the EJB module nor the web modules.
 */
package koppel.health;
