package koppel.admin.settings.integrations;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.admin.faces.Messages;
import koppel.admin.faces.Moments;
import koppel.common.BusinessException;
import koppel.common.ConflictException;
import koppel.source.boundary.SourceIntegrations;
import koppel.source.entity.SourceRun;
import koppel.source.entity.SourceRunEntry;
import org.primefaces.PrimeFaces;

/**
 * Backs the running half of {@code source-integration.xhtml}: the changes waiting to be sent,
 * "Run now", the dry run (what a pull would change, shown in a dialog) and the last runs, each
 * opening its entries. The integration is the one {@link SourceIntegrationBacking} opened.
 */
@Named
@ViewScoped
public class SourceRunsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many runs the page shows. */
    static final int RUNS_SHOWN = 50;

    @EJB
    private SourceIntegrations integrations;

    @Inject
    private SourceIntegrationBacking page;

    @Inject
    private Moments moments;

    private transient List<SourceRun> runs;
    private transient Long pending;
    /** The run whose entries the dialog shows (a dry run's, or one picked in the table). */
    private transient SourceRun shown;

    private UUID id() {
        return page.getIntegration().getId();
    }

    /** Asks for a pull now and sends what waits; the run appears once done. */
    public void runNow() {
        try {
            integrations.runNow(id());
            Messages.info("sourceRuns.started");
        } catch (ConflictException e) {
            Messages.error("sourceRuns.activateFirst");
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
        refresh();
    }

    /** Reads what a pull would change, changing nothing, and shows the entries. */
    public void dryRun() {
        try {
            show(integrations.dryRun(id()));
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        } catch (EJBException e) {
            // The third party could not be read: the page says so rather than failing.
            Messages.error("sourceRuns.dryRunFailed");
        }
        refresh();
    }

    /** Opens the dialog with a run's entries. */
    public void open(SourceRun run) {
        integrations.run(run.getId()).ifPresentOrElse(this::show, () -> Messages.error("sourceRuns.gone"));
    }

    private void show(SourceRun run) {
        shown = run;
        PrimeFaces.current().ajax().update("runDialog");
        PrimeFaces.current().executeScript("PF('run').show()");
    }

    /** Reads the runs, the count and the status again at the next rendering. */
    public void refresh() {
        runs = null;
        pending = null;
        page.refresh();
    }

    public List<SourceRun> getRuns() {
        if (runs == null) {
            runs = integrations.runs(id(), RUNS_SHOWN);
        }
        return runs;
    }

    public long getPending() {
        if (pending == null) {
            pending = integrations.pending(id());
        }
        return pending;
    }

    public SourceRun getShown() {
        return shown;
    }

    public List<SourceRunEntry> getEntries() {
        return shown == null ? List.of() : shown.getEntries();
    }

    public String when(Instant at) {
        return moments.format(Optional.ofNullable(at));
    }

    public String kind(SourceRun run) {
        return Messages.translated(
                "sourceRun.kind." + run.getKind().name(), run.getKind().name());
    }

    public String trigger(SourceRun run) {
        return Messages.translated("sourceRun.trigger." + run.getTrigger(), run.getTrigger());
    }

    public String outcome(SourceRun run) {
        return Messages.translated(
                "sourceRun.outcome." + run.getOutcome().name(), run.getOutcome().name());
    }

    public String severity(SourceRun run) {
        return switch (run.getOutcome()) {
            case SUCCEEDED -> "success";
            case PARTLY -> "warning";
            case FAILED -> "danger";
        };
    }
}
