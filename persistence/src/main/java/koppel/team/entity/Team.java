package koppel.team.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import koppel.common.Texts;
import koppel.common.entity.Tracked;

/** A team of planners: almost every resource of the platform belongs to one. */
@Entity
@Table(name = "teams")
public class Team extends Tracked {

    public static final int MAX_NAME_LENGTH = 200;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** The name as uniqueness sees it ({@link Texts#nameKey}); the database keeps it unique. */
    @Column(name = "name_key", nullable = false, length = 4 * MAX_NAME_LENGTH)
    private String nameKey;

    protected Team() {}

    public Team(TeamName name) {
        rename(name);
    }

    /** Renames the team; the facade has checked the name. */
    public void rename(TeamName newName) {
        this.name = newName.name();
        this.nameKey = Texts.nameKey(name);
    }

    public String getName() {
        return name;
    }
}
