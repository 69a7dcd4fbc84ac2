package koppel.webhook.entity;

/**
 * Why a URL may not receive webhooks, and the host where the reason names one: the API says it in
 * {@link #text() English}, a page in its own language from the {@link Reason}.
 */
public record TargetRefusal(Reason reason, String host) {

    /** The reasons, each with its words for the API. */
    public enum Reason {
        NOT_A_URL("Enter a valid URL."),
        CREDENTIALS("A webhook URL may not contain a user name or password."),
        HTTPS_ONLY("Only https URLs are allowed."),
        UNRESOLVABLE("The host {0} cannot be resolved."),
        INTERNAL("The URL points to a loopback, private, link-local or multicast address,"
                + " which webhooks may not reach.");

        private final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    /** The refusal in the API's words. */
    public String text() {
        return reason.words.replace("{0}", host);
    }
}
