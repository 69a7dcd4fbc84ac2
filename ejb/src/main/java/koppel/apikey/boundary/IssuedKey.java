package koppel.apikey.boundary;

import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.KeySecret;

/** A key just created or rolled, with its secret: the one moment the whole key can be shown. */
public record IssuedKey(ApiKey key, KeySecret secret) {}
