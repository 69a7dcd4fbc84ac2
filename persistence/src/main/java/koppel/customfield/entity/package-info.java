/** Custom fields: the keys a team allows in the custom_data of each resource type, and their kinds. */
package koppel.customfield.entity;
