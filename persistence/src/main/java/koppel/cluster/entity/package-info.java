/** What the instances of a cluster agree on in the database: whose turn it is to do timer work. */
package koppel.cluster.entity;
