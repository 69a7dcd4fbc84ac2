/** Teams, the unit that owns data and that API keys are granted. */
package koppel.team.entity;
