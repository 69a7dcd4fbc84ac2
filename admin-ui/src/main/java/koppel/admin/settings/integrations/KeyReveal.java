package koppel.admin.settings.integrations;

import java.io.Serializable;
import koppel.apikey.boundary.IssuedKey;
import org.primefaces.PrimeFaces;

/**
 * The one moment a whole key is on a page: the dialog that shows a key just added or rolled, with
 * the {@code curl} line of a first call that uses it (shown with the key cut short, copied whole).
 * Once the dialog closes, the key is forgotten and no page can show it again.
 */
public class KeyReveal implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;
    private String curl;
    private String curlShown;

    void show(IssuedKey issued) {
        key = issued.secret().value();
        name = issued.key().getName();
        String api = ApiAddress.current();
        curl = ApiAddress.curl(api, key);
        curlShown = ApiAddress.curl(api, issued.key().getPrefix() + "…");
        PrimeFaces.current().ajax().update("reveal");
        PrimeFaces.current().executeScript("PF('reveal').show()");
    }

    public void forget() {
        key = null;
        name = null;
        curl = null;
        curlShown = null;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    /** The first call with the whole key, for the copy button. */
    public String getCurl() {
        return curl;
    }

    /** The same call with the key cut short, as the dialog shows it (the key itself is masked). */
    public String getCurlShown() {
        return curlShown;
    }
}
