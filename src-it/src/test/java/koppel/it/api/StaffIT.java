package koppel.it.api;

import static koppel.it.api.Catalogue.person;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import koppel.it.api.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Staff over the API: active unless said otherwise, filterable, and a wrong type reported under
 * its field.
 */
class StaffIT extends Catalogue {

    @Test
    void staffAreActiveUnlessSaidOtherwiseAndFilterable() {
        Reply anna = api.post(team + "/staff", person("Anna", "Skipper").build());
        Reply bert = api.post(
                team + "/staff", person("Bert", "Retired").add("active", false).build());

        assertThat(anna.status()).isEqualTo(201);
        assertThat(anna.json().getBoolean("active")).isTrue();
        assertThat(bert.json().getBoolean("active")).isFalse();
        Reply active = api.get(team + "/staff?active=true");
        assertThat(active.results().getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("first_name"))
                .containsExactly("Anna");
        assertThat(api.post(
                                team + "/staff",
                                person("Cleo", "Broken").add("active", "yes").build())
                        .json()
                        .keySet())
                .containsExactly("active");
    }
}
