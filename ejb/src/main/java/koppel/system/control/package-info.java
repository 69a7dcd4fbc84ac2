/** Start-up checks of the system. */
package koppel.system.control;
