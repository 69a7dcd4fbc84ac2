/** Orders of a team's clients: booked session groups and vouchers, and the payments made. */
package koppel.order.entity;
