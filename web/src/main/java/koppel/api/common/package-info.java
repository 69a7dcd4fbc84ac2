/** What every resource class of the API does alike: ids from paths, answers to writes. */
package koppel.api.common;
