package koppel.it.admin;

/** The field ids of the generic ticketing provider on the links page, as several browser tests fill them. */
final class LinksPage {

    static final String BASE_URL = "link:fields:0:value";
    static final String USERNAME = "link:fields:1:value";
    static final String PASSWORD = "link:fields:2:secret";

    private LinksPage() {}
}
