/** Users, their roles and their password hashes. */
package koppel.user.entity;
