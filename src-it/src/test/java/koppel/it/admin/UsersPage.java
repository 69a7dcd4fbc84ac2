package koppel.it.admin;

/** Steps on the users and teams page that several browser tests take. */
final class UsersPage {

    static final String PATH = "/settings/users.xhtml";

    private UsersPage() {}

    static void addTeam(AdminPages pages, String name) {
        pages.open(PATH).type("teams:newTeam", name).click("teams:addTeam").growl("is added");
    }

    /** Adds an integration user (the role the dialog starts with) called "Ticket shop user". */
    static void addUser(AdminPages pages, String username, String password) {
        pages.open(PATH)
                .click("users:addUser")
                .type("user:username", username)
                .type("user:displayName", "Ticket shop user")
                .type("user:password", password)
                .click("user:save")
                .growl("is added");
    }
}
