/** Every failure of the API as the contract's error bodies, mapped in one place. */
package koppel.api.error;
