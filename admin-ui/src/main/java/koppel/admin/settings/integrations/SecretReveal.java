package koppel.admin.settings.integrations;

import java.io.Serializable;
import koppel.webhook.boundary.EndpointWithSecret;
import org.primefaces.PrimeFaces;

/**
 * The one moment an endpoint's signing secret is on a page, as {@link KeyReveal} is for keys: the
 * dialog that shows the secret of an endpoint just created or rotated, masked, with a copy button.
 * Once the dialog closes, the secret is forgotten and no page can show it again.
 */
public class SecretReveal implements Serializable {

    private static final long serialVersionUID = 1L;

    private String secret;
    private String url;

    void show(EndpointWithSecret written) {
        secret = written.secret().orElse(null);
        url = written.endpoint().getUrl();
        PrimeFaces.current().ajax().update("reveal");
        PrimeFaces.current().executeScript("PF('reveal').show()");
    }

    public void forget() {
        secret = null;
        url = null;
    }

    public String getSecret() {
        return secret;
    }

    /** The endpoint's URL, naming the secret for screen readers. */
    public String getUrl() {
        return url;
    }
}
