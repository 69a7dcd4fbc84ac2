package koppel.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A task that one instance of the cluster does per interval: whoever moves {@code nextAt}
 * forward, in one conditional update, has the turn; the others see a row that is not due.
 */
@Entity
@Table(name = "cluster_turns")
@NamedQuery(
        name = Turn.TAKE,
        query = "UPDATE Turn t SET t.nextAt = :next, t.takenBy = :instance, t.takenAt = :now"
                + " WHERE t.task = :task AND t.nextAt <= :now")
public class Turn {

    public static final String TAKE = "Turn.take";

    @Id
    private String task;

    @Column(name = "next_at", nullable = false)
    private Instant nextAt;

    @Column(name = "taken_by", nullable = false)
    private String takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected Turn() {}

    /** The task's first turn, taken by this instance. */
    public Turn(String task, Instant now, Instant next, String instance) {
        this.task = task;
        this.nextAt = next;
        this.takenBy = instance;
        this.takenAt = now;
    }
}
