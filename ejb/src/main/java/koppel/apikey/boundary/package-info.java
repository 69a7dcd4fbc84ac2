/** API keys: the facade the admin UI manages them with, and the check of every API request's key. */
package koppel.apikey.boundary;
