package koppel.admin.settings.integrations;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where integrators reach the public API, for the admin pages that point them there (the explorer
 * link, the first call shown with a new key): the configured {@code koppel.api.base-url}, the
 * address the API itself builds its links from; without it, the API's context root on the host
 * the administrator is using.
 */
final class ApiAddress {

    static final String SETTING = "koppel.api.base-url";

    private ApiAddress() {}

    /** The API's context root without a trailing slash, e.g. {@code https://koppel.example.org/api}. */
    static String current() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return of(
                ConfigProvider.getConfig().getOptionalValue(SETTING, String.class),
                context.getRequestScheme(),
                context.getRequestServerName(),
                context.getRequestServerPort());
    }

    static String of(Optional<String> configured, String scheme, String host, int port) {
        return configured
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElseGet(() -> scheme + "://" + host + (defaultPort(scheme, port) ? "" : ":" + port) + "/api");
    }

    private static boolean defaultPort(String scheme, int port) {
        return port == ("https".equals(scheme) ? 443 : 80);
    }

    /** The explorer of the API, the one page that documents every call and lets one try it. */
    static String docs(String api) {
        return api + "/docs/";
    }

    /** The first call a new key may make: listing its teams, which every key may do. */
    static String curl(String api, String key) {
        return "curl -H \"Authorization: Token " + key + "\" " + api + "/v1/teams";
    }
}
