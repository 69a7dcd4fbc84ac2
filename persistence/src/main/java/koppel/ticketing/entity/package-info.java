/** Links to external ticketing systems and the configuration of their providers. */
package koppel.ticketing.entity;
