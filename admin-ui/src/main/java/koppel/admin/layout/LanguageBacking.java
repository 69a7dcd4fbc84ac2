package koppel.admin.layout;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import koppel.user.boundary.AdminPath;

/**
 * The language of the admin UI: the browser's by default, switchable on every page, and remembered
 * in a cookie.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "koppel-language";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;
    private static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.GERMAN);

    private Locale locale;

    @PostConstruct
    void chooseInitialLanguage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Optional<Locale> remembered = Optional.ofNullable((jakarta.servlet.http.Cookie)
                        external.getRequestCookieMap().get(COOKIE))
                .map(cookie -> Locale.forLanguageTag(cookie.getValue()));
        List<Locale> candidates = new ArrayList<>();
        remembered.ifPresent(candidates::add);
        external.getRequestLocales().forEachRemaining(candidates::add);
        locale = candidates.stream()
                .map(LanguageBacking::supported)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(LANGUAGES.get(0));
    }

    /** Switches to the language with this tag when it is one we offer, and reloads the page. */
    public String change(String languageTag) {
        FacesContext faces = FacesContext.getCurrentInstance();
        supported(Locale.forLanguageTag(languageTag)).ifPresent(chosen -> {
            locale = chosen;
            faces.getViewRoot().setLocale(chosen);
            faces.getExternalContext()
                    .addResponseCookie(
                            COOKIE,
                            chosen.getLanguage(),
                            Map.of(
                                    "maxAge",
                                    ONE_YEAR,
                                    "path",
                                    AdminPath.of((ServletContext)
                                                    faces.getExternalContext().getContext()) + "/",
                                    "httpOnly",
                                    true));
        });
        // with the page's view parameters: an integration's page reloads as that integration's page
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The languages offered, in the order the switch shows them (faces-config.xml lists the same). */
    public List<Locale> getLanguages() {
        return LANGUAGES;
    }

    public Locale getLocale() {
        return locale;
    }

    private static Optional<Locale> supported(Locale wanted) {
        return LANGUAGES.stream()
                .filter(offered -> offered.getLanguage().equals(wanted.getLanguage()))
                .findFirst();
    }
}
