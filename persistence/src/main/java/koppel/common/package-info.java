/** Pieces every module shares: the one business exception. */
package koppel.common;
