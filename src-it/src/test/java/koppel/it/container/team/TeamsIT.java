package koppel.it.container.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import koppel.common.NameTakenException;
import koppel.common.NoSuchResourceException;
import koppel.common.PreconditionFailedException;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.query.ListQuery;
import koppel.staff.boundary.Staff;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Teams facade inside the server: no two teams share a name (case and surrounding space
 * aside), a rename or delete based on a stale copy is refused, deleting a team deletes what belongs
 * to it, and a key's listing shows only its own teams. (The API's /teams is tested over HTTP by
 * koppel.it.api.TeamsIT.)
 */
@ExtendWith(ArquillianExtension.class)
class TeamsIT {

    private static final ListQuery ALL = new ListQuery(0, ListQuery.MAX_LIMIT, "name", null);

    @EJB
    private Teams teams;

    @EJB
    private Staff staff;

    @Inject
    private Given given;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(TeamsIT.class);
    }

    @Test
    void teamNamesAreUniqueCaseAndSpaceAside() {
        String name = Given.unique("Team");
        Team team = teams.create(name);
        UUID other = given.team();

        assertThrows(NameTakenException.class, () -> teams.create(" " + name.toUpperCase() + " "));
        assertThrows(NameTakenException.class, () -> teams.rename(other, name.toLowerCase()));

        assertEquals(
                name.toLowerCase(),
                teams.rename(team.getId(), name.toLowerCase()).getName());
    }

    @Test
    void aRenameBasedOnAStaleCopyIsRefused() {
        Team team = teams.create(Given.unique("Team"));
        String newName = Given.unique("Renamed");

        assertThrows(
                PreconditionFailedException.class, () -> teams.rename(team.getId(), newName, team.getVersion() + 1));
        assertEquals(team.getName(), teams.get(team.getId()).getName());

        Team renamed = teams.rename(team.getId(), newName, team.getVersion());
        assertEquals(newName, renamed.getName());
        assertTrue(renamed.getVersion() > team.getVersion());
    }

    @Test
    void deletingATeamDeletesWhatBelongsToIt() {
        Team team = teams.create(Given.unique("Team"));
        UUID member = staff.create(team.getId(), Given.staff("Anna", "Skipper")).getId();

        assertThrows(PreconditionFailedException.class, () -> teams.delete(team.getId(), team.getVersion() + 1));
        assertTrue(teams.find(team.getId()).isPresent());

        teams.delete(team.getId(), team.getVersion());

        assertFalse(teams.find(team.getId()).isPresent());
        assertThrows(NoSuchResourceException.class, () -> staff.get(team.getId(), member));
    }

    @Test
    void aKeysListingHoldsOnlyItsTeams() {
        UUID mine = given.team();
        given.team();

        List<Team> listed = teams.list(Set.of(mine), ALL).items();

        assertEquals(List.of(mine), listed.stream().map(Team::getId).toList());
        assertEquals(0, teams.list(Set.of(), ALL).count());
    }
}
