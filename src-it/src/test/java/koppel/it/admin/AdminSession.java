package koppel.it.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import koppel.it.Settings;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.client5.http.ssl.TrustAllStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.ssl.SSLContextBuilder;

/**
 * One browser's worth of admin UI over plain HTTP: its own cookies, the login form posted as the
 * page posts it, and pages read without following redirects. Optionally from another loopback
 * address (127.0.0.2 and up), so that what the server counts per address stays the test's own.
 */
public final class AdminSession implements AutoCloseable {

    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** A page as the server answered it: status, where it redirects, the body and the headers. */
    public record Page(int status, String location, String body, Map<String, List<String>> headers) {

        /** The values of a header, by its name in lower case. */
        public List<String> header(String name) {
            return headers.getOrDefault(name, List.of());
        }

        public boolean isLoginRedirect() {
            return status == 302 && location != null && location.contains("/admin/login.xhtml");
        }
    }

    private final CloseableHttpClient client;
    private final BasicCookieStore cookies = new BasicCookieStore();

    private final String baseUrl;

    private AdminSession(InetAddress from, String baseUrl) {
        this.baseUrl = baseUrl;
        client = HttpClients.custom()
                // The test servers' HTTPS listeners have self-signed certificates.
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(
                                new DefaultClientTlsStrategy(trustingAnyCertificate(), NoopHostnameVerifier.INSTANCE))
                        .build())
                .setDefaultCookieStore(cookies)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .setRoutePlanner(new DefaultRoutePlanner(null) {
                    @Override
                    protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                        return from;
                    }
                })
                .build();
    }

    /** A session from the usual loopback address. */
    public static AdminSession open() {
        return new AdminSession(null, Settings.baseUrl());
    }

    /** A session over HTTPS. */
    static AdminSession overHttps() {
        return new AdminSession(null, Settings.require("koppel.it.https-url"));
    }

    /** A session whose requests come from this loopback address, e.g. 127.0.0.7. */
    static AdminSession from(String loopbackAddress) {
        try {
            return new AdminSession(InetAddress.getByName(loopbackAddress), Settings.baseUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts the login form; the answer is a redirect into the admin UI or the login page again. */
    public Page logIn(String username, String password) {
        Page form = get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No login form: " + form.status() + " " + form.body());
        }
        // The page's script adds the nonce of its Content-Security-Policy to every form it posts.
        Matcher nonce = NONCE.matcher(form.body());
        if (!nonce.find()) {
            throw new IllegalStateException("No script nonce on the login page");
        }
        HttpPost post = new HttpPost(baseUrl + "/admin/login.xhtml");
        post.setEntity(new UrlEncodedFormEntity(List.of(
                new BasicNameValuePair("primefaces.nonce", nonce.group(1)),
                new BasicNameValuePair("login", "login"),
                new BasicNameValuePair("login:username", username),
                new BasicNameValuePair("login:password", password),
                new BasicNameValuePair("login:submit", ""),
                new BasicNameValuePair("jakarta.faces.ViewState", viewState.group(1)))));
        return send(post);
    }

    /** Whether a login attempt was let in (redirected away from the login page). */
    public static boolean admitted(Page answer) {
        return answer.status() == 302 && !answer.location().contains("login.xhtml");
    }

    /** The id of the session the server gave this browser, if any. */
    Optional<String> sessionId() {
        return cookies.getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(Cookie::getValue)
                .findFirst();
    }

    /** A page by its path under /admin, e.g. "/settings/users.xhtml". */
    public Page get(String path) {
        return send(new HttpGet(baseUrl + "/admin" + path));
    }

    private Page send(HttpUriRequestBase request) {
        try {
            return client.execute(
                    request,
                    response -> new Page(
                            response.getCode(),
                            response.getFirstHeader("Location") == null
                                    ? null
                                    : response.getFirstHeader("Location").getValue(),
                            response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity()),
                            Arrays.stream(response.getHeaders())
                                    .collect(Collectors.groupingBy(
                                            header -> header.getName().toLowerCase(Locale.ROOT),
                                            Collectors.mapping(Header::getValue, Collectors.toList())))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SSLContext trustingAnyCertificate() {
        try {
            return SSLContextBuilder.create()
                    .loadTrustMaterial(TrustAllStrategy.INSTANCE)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
