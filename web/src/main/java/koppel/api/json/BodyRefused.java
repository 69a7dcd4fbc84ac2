package koppel.api.json;

/**
 * A request body refused before it was read into anything: 400 (not one JSON object within the
 * limits), 413 (over 1 MiB), 415 (another charset or a content encoding). A client's mistake, so it carries no stack
 * trace; {@code koppel.api.error} turns it into the contract's {@code {"detail": "..."}}.
 */
public final class BodyRefused extends RuntimeException {

    private final int status;

    private BodyRefused(int status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    /** {@code 400 JSON parse error - <problem>}. */
    public static BodyRefused malformed(String problem) {
        return new BodyRefused(400, "JSON parse error - " + problem);
    }

    /** {@code 413 Request body too large.} */
    public static BodyRefused tooLarge() {
        return new BodyRefused(413, "Request body too large.");
    }

    /** {@code 415 Unsupported media type "<Content-Type>" in request.}, naming the encoding when that is the reason. */
    public static BodyRefused unsupported(String contentType, String encoding) {
        String detail = "Unsupported media type \"" + (contentType == null ? "" : contentType) + "\" in request.";
        if (encoding != null) {
            detail += " Content-Encoding \"" + encoding + "\" is not supported: send the body as it is.";
        }
        return new BodyRefused(415, detail);
    }

    public int status() {
        return status;
    }

    /** The {@code detail} of the answer. */
    public String detail() {
        return getMessage();
    }
}
