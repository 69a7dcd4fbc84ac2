/** What Koppel records about itself: broker heartbeats. */
package koppel.system.entity;
