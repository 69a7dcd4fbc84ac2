package koppel.admin.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import koppel.admin.layout.Messages;
import koppel.admin.layout.PagedModel;
import koppel.common.BusinessException;
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
            Messages.show(e, Map.of("name", "teams:newTeam"));
        }
    }

    public void startRenaming(Team team) {
        renaming = team.getId();
        renameTo = team.getName();
    }

    public void rename() {
        try {
            Team team = teams.rename(renaming, renameTo);
            Messages.info("teams.renamed", team.getName());
            PrimeFaces.current().executeScript("PF('renameTeam').hide()");
        } catch (BusinessException e) {
            Messages.show(e, Map.of("name", "renameTeam:name"));
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
