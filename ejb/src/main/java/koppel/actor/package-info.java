/** Who makes the current request, as the facades and the events of its changes name it. */
package koppel.actor;
