package koppel.admin.settings.integrations;

import java.io.Serializable;
import koppel.apikey.boundary.IssuedKey;
import org.primefaces.PrimeFaces;

/**
 * The one moment a whole key is on a page: the dialog that shows a key just added or rolled. Once
 * the dialog closes, the key is forgotten and no page can show it again.
 */
public class KeyReveal implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;

    void show(IssuedKey issued) {
        key = issued.secret().value();
        name = issued.key().getName();
        PrimeFaces.current().ajax().update("reveal");
        PrimeFaces.current().executeScript("PF('reveal').show()");
    }

    public void forget() {
        key = null;
        name = null;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }
}
