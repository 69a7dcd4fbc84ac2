/** What all entities share: identity and the times they were created and last changed. */
package koppel.common.entity;
