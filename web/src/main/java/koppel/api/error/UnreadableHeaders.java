package koppel.api.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.regex.Pattern;
import koppel.api.json.JsonConfig;

/**
 * Refuses the headers the JAX-RS runtime cannot parse, before it reads them: an {@code Accept}
 * whose quality values are not numbers from 0 to 1 ({@code *}{@code /*;q=abc}), a {@code
 * Content-Type} that is not {@code type/subtype}. RESTEasy (WildFly) logs a full stack trace for
 * each, so a client could fill the log at will, while a client's mistake is logged in one line at
 * most. The answers are the runtime's own, 400 and 415, in the contract's JSON.
 */
@WebFilter(filterName = "UnreadableHeaders", urlPatterns = "/v1/*")
public class UnreadableHeaders extends HttpFilter {

    /** {@code type/subtype}, each an RFC 9110 token, then parameters or nothing. */
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("\\s*[-!#$%&'*+.^_`|~0-9A-Za-z]+/[-!#$%&'*+.^_`|~0-9A-Za-z]+\\s*(;.*)?", Pattern.DOTALL);

    /** A media range's parameter {@code q}, with what follows up to the next separator. */
    private static final Pattern QUALITY = Pattern.compile("(?i);\\s*q\\s*=\\s*([^;,]*)");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!readable(request.getHeaders("Accept"))) {
            refuse(response, 400, "Malformed Accept header: a quality value (q) is not a number from 0 to 1.");
        } else if (!mediaType(request.getHeader("Content-Type"))) {
            refuse(response, 415, "Unsupported media type \"" + request.getHeader("Content-Type") + "\" in request.");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        byte[] body = JsonConfig.JSONB.toJson(new ApiError.Detail(detail)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether the Content-Type, if any, is {@code type/subtype} with parameters or none. */
    static boolean mediaType(String contentType) {
        return contentType == null || MEDIA_TYPE.matcher(contentType).matches();
    }

    /** Whether every quality value of every Accept header is a number from 0 to 1. */
    static boolean readable(Enumeration<String> accepts) {
        while (accepts != null && accepts.hasMoreElements()) {
            var quality = QUALITY.matcher(accepts.nextElement());
            while (quality.find()) {
                if (!qualityValue(quality.group(1).strip())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean qualityValue(String text) {
        if (!text.matches("[0-9.]{1,10}")) {
            return false;
        }
        try {
            float value = Float.parseFloat(text);
            return value >= 0 && value <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
