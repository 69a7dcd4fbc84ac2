package koppel.source.entity;

/** How Koppel proves itself to a third-party service. */
public enum AuthorizationKind {
    /** OAuth 2.0 client credentials: a token endpoint, a client id and secret, a scope. */
    OAUTH2_CLIENT_CREDENTIALS,
    /** A key sent in a header of every call. */
    API_KEY,
    /** HTTP Basic: a user name and a password. */
    BASIC
}
