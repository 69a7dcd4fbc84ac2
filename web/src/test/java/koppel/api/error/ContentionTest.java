package koppel.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures are requests colliding, however deep the server wrapped them. */
class ContentionTest {

    @Test
    void aWriteReferringToARowDeletedMeanwhileIsALostReferenceOnEitherDatabase() {
        assertThat(Contention.lostReference(wrapped("23503"))).as("PostgreSQL").isTrue();
        assertThat(Contention.lostReference(wrapped("23506")))
                .as("H2, parent missing")
                .isTrue();
        assertThat(Contention.lostReference(wrapped("23505"))).as("a duplicate").isFalse();
        assertThat(Contention.lostReference(new IllegalStateException("no SQL at all")))
                .isFalse();
    }

    @Test
    void lockFailuresAreContentionAndALostReferenceIsNot() {
        assertThat(Contention.causes(wrapped("40P01"))).isTrue();
        assertThat(Contention.causes(wrapped("HYT00"))).isTrue();
        assertThat(Contention.causes(wrapped("23503"))).isFalse();
    }

    private static Exception wrapped(String sqlState) {
        SQLException sql = new SQLException("refused", sqlState);
        return new EJBTransactionRolledbackException("rolled back", new PersistenceException(sql));
    }
}
