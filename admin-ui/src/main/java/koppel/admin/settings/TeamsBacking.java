package koppel.admin.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import koppel.admin.faces.Messages;
import koppel.admin.faces.PagedModel;
import koppel.common.BusinessException;
import koppel.common.NameTakenException;
import koppel.common.NoSuchResourceException;
import koppel.common.PreconditionFailedException;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;
import org.primefaces.PrimeFaces;

/** Backs the teams half of {@code users.xhtml}: adding teams and renaming them in the table. */
@Named
@ViewScoped
public class TeamsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Teams teams;

    private PagedModel<Team> table;
    private String newName;
    private UUID renaming;
    private long renamingVersion;
    private String renameTo;

    @PostConstruct
    void load() {
        table = new PagedModel<>(
                teams::list, Map.of("name", "name"), team -> team.getId().toString());
    }

    public void add() {
        try {
            Team team = teams.create(newName);
            Messages.info("teams.added", team.getName());
            newName = null;
        } catch (BusinessException e) {
            nameRefused(e, "teams:newTeam");
        }
    }

    public void startRenaming(Team team) {
        renaming = team.getId();
        renamingVersion = team.getVersion();
        renameTo = team.getName();
    }

    public void rename() {
        try {
            Team team = teams.rename(renaming, renameTo, renamingVersion);
            Messages.info("teams.renamed", team.getName());
            PrimeFaces.current().executeScript("PF('renameTeam').hide()");
        } catch (PreconditionFailedException | NoSuchResourceException e) {
            Messages.error("common.changedMeanwhile");
        } catch (BusinessException e) {
            nameRefused(e, "renameTeam:name");
        }
    }

    /** A refused team name, said next to its field: taken, or not 1 to 200 characters. */
    private static void nameRefused(BusinessException refusal, String clientId) {
        if (refusal instanceof NameTakenException) {
            Messages.show(refusal, Map.of("name", clientId));
        } else {
            Messages.add(clientId, FacesMessage.SEVERITY_ERROR, Messages.text("teams.error.name"));
        }
    }

    public String getRenameTo() {
        return renameTo;
    }

    public void setRenameTo(String renameTo) {
        this.renameTo = renameTo;
    }

    public PagedModel<Team> getTable() {
        return table;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
