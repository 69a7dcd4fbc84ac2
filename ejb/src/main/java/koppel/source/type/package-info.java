/**
 * Source types: the third-party services an integration source may be, each one class with its
 * metadata (what it asks for, the data types it transfers and their fields) and its connection.
 * The admin UI renders that metadata, so it is part of the feature's surface.
 */
package koppel.source.type;
