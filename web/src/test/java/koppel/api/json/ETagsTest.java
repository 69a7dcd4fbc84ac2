package koppel.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import koppel.common.PreconditionFailedException;
import koppel.common.control.Versions;
import org.junit.jupiter.api.Test;

/** {@code If-Match} compared strongly: only the exact current tag, or "*", may pass. */
class ETagsTest {

    @Test
    void aStrongTagNamesItsVersion() {
        assertThat(ETags.expectedVersion("\"3\"")).isEqualTo(3L);
        assertThat(ETags.expectedVersion(" \"0\" ")).isZero();
    }

    @Test
    void noHeaderExpectsNothingAndAStarExpectsAnExistingResource() {
        assertThat(ETags.expectedVersion((String) null)).isNull();
        assertThat(ETags.expectedVersion("*")).isEqualTo(Versions.EXISTING);
    }

    @Test
    void aWeakTagOrAnythingElseNeverMatches() {
        for (String ifMatch : List.of("W/\"3\"", "w/\"3\"", "3", "\"3\", \"4\"", "\"-1\"", "\"x\"", "\"\"", "")) {
            assertThatThrownBy(() -> ETags.expectedVersion(ifMatch))
                    .as(ifMatch)
                    .isInstanceOf(PreconditionFailedException.class);
        }
    }
}
