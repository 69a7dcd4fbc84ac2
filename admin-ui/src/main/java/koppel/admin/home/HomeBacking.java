package koppel.admin.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import koppel.admin.faces.Messages;
import koppel.system.boundary.Figures;
import koppel.system.boundary.Overview;

/** Backs {@code index.xhtml}: the figures of the overview, read once per request. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    private Overview overview;

    private Figures figures;

    @PostConstruct
    void load() {
        figures = overview.figures();
    }

    public Figures getFigures() {
        return figures;
    }

    /** "Used in the last 24 hours: 3", in the page's language. */
    public String getUsedRecently() {
        return Messages.text("home.usedRecently", figures.apiKeysUsedRecently());
    }
}
