/** Work that one instance of a cluster does per interval, whichever instance comes first (Turns). */
package koppel.cluster.boundary;
