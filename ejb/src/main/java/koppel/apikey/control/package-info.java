/** Helpers of the API key facades: reading keys in a transaction of their own, and the request throttle. */
package koppel.apikey.control;
