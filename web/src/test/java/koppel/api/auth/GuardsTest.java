package koppel.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import koppel.api.client.ClientsResource;
import koppel.api.product.OnlineProductsResource;
import koppel.api.root.RootResource;
import koppel.api.team.TeamsResource;
import koppel.apikey.entity.ResourceType;
import org.junit.jupiter.api.Test;

/** The guard of a path, known before matching, from the resource classes' own annotations. */
class GuardsTest {

    private final Guards guards =
            Guards.of(RootResource.class, TeamsResource.class, ClientsResource.class, OnlineProductsResource.class);

    @Test
    void theMostSpecificTemplateDecidesAndNamesTheTeam() {
        assertThat(guards.of("teams/7c9e/clients/abc")).isInstanceOfSatisfying(Guards.Guard.class, guard -> {
            assertThat(guard.guarded().value()).isEqualTo(ResourceType.CLIENTS);
            assertThat(guard.teamId()).contains("7c9e");
        });
        assertThat(guards.of("/teams/7c9e/online-products/1/session-groups"))
                .isInstanceOfSatisfying(
                        Guards.Guard.class,
                        guard -> assertThat(guard.guarded().value()).isEqualTo(ResourceType.PRODUCTS));
        assertThat(guards.of("teams/7c9e")).isInstanceOfSatisfying(Guards.Guard.class, guard -> {
            assertThat(guard.guarded().value()).isEqualTo(ResourceType.TEAMS);
            assertThat(guard.teamId()).isEqualTo(Optional.empty());
        });
    }

    @Test
    void onlyThePublicPathItselfIsOpenAndUnknownPathsAreUnknown() {
        assertThat(guards.of("")).isInstanceOf(Guards.Open.class);
        assertThat(guards.of("/")).isInstanceOf(Guards.Open.class);
        assertThat(guards.of("nothing")).isInstanceOf(Guards.Unknown.class);
        assertThat(guards.of("teamsx")).isInstanceOf(Guards.Unknown.class);
        assertThat(guards.of("v2/teams")).isInstanceOf(Guards.Unknown.class);
    }
}
