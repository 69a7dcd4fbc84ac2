package koppel.it.admin;

import koppel.it.ticketing.Stubs;

/**
 * The field ids of the generic ticketing API's configuration on the links page, as several browser
 * tests fill them, and a configuration that saves: HTTP Basic against an address of the test
 * stand-in (the one internal address the server may call, so no name has to resolve).
 */
final class LinksPage {

    static final String GENERIC = "Generic ticketing API";
    static final String BASE_URL = "link:fields:0:value";
    static final String AUTH = "link:fields:1:choice";
    static final String USERNAME = "link:fields:2:value";
    static final String PASSWORD = "link:fields:3:secret";
    static final String BASIC = "HTTP Basic (username and password)";

    private LinksPage() {}

    /** An address of the generic API that Koppel may call, unique to the caller. */
    static String baseUrl(String suffix) {
        return Stubs.url() + "/generic-" + suffix + "/api";
    }

    /** Chooses the generic API with HTTP Basic and fills in its fields; the caller saves. */
    static AdminPages fillGenericBasic(AdminPages pages, String baseUrl, String username, String password) {
        return pages.choose("link:provider", GENERIC)
                .choose(AUTH, BASIC)
                .type(BASE_URL, baseUrl)
                .type(USERNAME, username)
                .type(PASSWORD, password);
    }
}
