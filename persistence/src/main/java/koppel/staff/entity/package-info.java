/** Staff members of a team. */
package koppel.staff.entity;
