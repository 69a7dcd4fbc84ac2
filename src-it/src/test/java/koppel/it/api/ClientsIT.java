package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /teams/{teamId}/clients}: writes, lists, filters, ETags, as an integrator uses them. */
@ExtendWith(ArquillianExtension.class)
class ClientsIT {

    private Key key;
    private Api api;
    private String clients;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeEach
    void aKeyWithWriteOnClientsForItsOwnTeam() {
        key = Fixtures.key(
                List.of(Fixtures.team()),
                Map.of("clients", "write", "custom_fields", "write"),
                b -> b.add("rate_per_second", 1000));
        api = key.api();
        clients = "/teams/" + key.team() + "/clients";
    }

    @Test
    void postCreatesWithLocationAndEveryField() {
        Reply shoeSize = api.post(
                "/teams/" + key.team() + "/custom-fields",
                Json.createObjectBuilder()
                        .add("name", "shoe_size")
                        .add("label", "Shoe size")
                        .add("resource_type", "clients")
                        .add("kind", "number")
                        .build());
        assertThat(shoeSize.status()).as(shoeSize.toString()).isEqualTo(201);
        JsonObject sent = Json.createObjectBuilder()
                .add("first_name", "Jack")
                .add("last_name", "Ichan")
                .add("email", "jack.ichan@example.org")
                .add("phone_number", "+32684952685")
                .add("birth_date", "1975-05-22")
                .add("language", "fr")
                .add("note", "Pretty cool client :)")
                .add("street", "rue du phare")
                .add("city", "Brest")
                .add("postal_code", "29200")
                .addNull("state")
                .add("country", "FR")
                .add("external_reference", "A-17")
                .add("custom_data", Json.createObjectBuilder().add("shoe_size", 43))
                .add("id", UUID.randomUUID().toString())
                .build();

        Reply created = api.post(clients, sent);

        assertThat(created.status()).isEqualTo(201);
        JsonObject client = created.json();
        assertThat(client.getString("id")).isNotEqualTo(sent.getString("id"));
        assertThat(created.header("Location")).contains(Api.url(clients + "/" + client.getString("id")));
        assertThat(created.header("ETag")).isPresent();
        for (String field : List.of(
                "first_name",
                "last_name",
                "email",
                "phone_number",
                "birth_date",
                "language",
                "note",
                "street",
                "city",
                "postal_code",
                "country",
                "external_reference")) {
            assertThat(client.getString(field)).as(field).isEqualTo(sent.getString(field));
        }
        assertThat(created.isNull("state")).isTrue();
        assertThat(client.getJsonObject("custom_data").getInt("shoe_size")).isEqualTo(43);
        assertThat(client.getString("created")).endsWith("Z").isEqualTo(client.getString("last_modified"));

        Reply read = api.get(clients + "/" + client.getString("id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(client);
    }

    @Test
    void putCreatesUnderTheChosenIdThenUpdates() {
        String id = UUID.randomUUID().toString();

        Reply created = api.put(
                clients + "/" + id,
                client("Ada", "Lovelace").add("external_reference", "CRM-1").build());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getString("id")).isEqualTo(id);

        Reply updated = api.put(
                clients + "/" + id,
                client("Ada", "King").add("external_reference", "CRM-1").build());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("last_name")).isEqualTo("King");
        assertThat(updated.json().getString("created")).isEqualTo(created.json().getString("created"));
        assertThat(updated.header("ETag")).isNotEqualTo(created.header("ETag"));
    }

    @Test
    void ifMatchProtectsAgainstLostUpdates() {
        Reply created = api.post(clients, client("Grace", "Hopper").build());
        String path = clients + "/" + created.json().getString("id");
        String etag = created.header("ETag").orElseThrow();

        assertThat(api.put(path, client("Grace", "Brewster").build(), "If-Match", etag)
                        .status())
                .isEqualTo(200);

        Reply stale = api.put(path, client("Grace", "Murray").build(), "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.detail()).isEqualTo("Precondition failed: the resource was modified.");
        assertThat(api.delete(path, "If-Match", etag).status()).isEqualTo(412);
        assertThat(api.get(path).json().getString("last_name")).isEqualTo("Brewster");

        assertThat(api.delete(path, "If-Match", api.get(path).header("ETag").orElseThrow())
                        .status())
                .isEqualTo(204);
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void invalidFieldsAreAllNamedAndNothingIsStored() {
        Reply reply = api.post(
                clients,
                Json.createObjectBuilder()
                        .add("first_name", 42)
                        .add("email", "not-an-email")
                        .add("birth_date", "22/05/1975")
                        .build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().keySet()).contains("first_name", "birth_date");

        Reply rules = api.post(
                clients,
                Json.createObjectBuilder()
                        .add("last_name", "x".repeat(101))
                        .add("email", "not-an-email")
                        .add("country", "France")
                        .build());
        assertThat(rules.status()).isEqualTo(400);
        assertThat(rules.json().keySet()).containsExactlyInAnyOrder("first_name", "last_name", "email", "country");
        assertThat(rules.json().getJsonArray("first_name").getString(0)).isEqualTo("This field is required.");
        assertThat(rules.json().getJsonArray("last_name").getString(0))
                .isEqualTo("Ensure this field has no more than 100 characters.");
        assertThat(rules.json().getJsonArray("email").getString(0)).isEqualTo("Enter a valid email address.");
        assertThat(api.get(clients).json().getInt("count")).isZero();
    }

    @Test
    void listsPageWithNextAndPreviousKeepingTheOtherParameters() {
        Fixtures.clients(key.team(), 7);

        Reply first = api.get(clients + "?limit=3&created__gte=2000-01-01+00:00:00");
        assertThat(first.json().getInt("count")).isEqualTo(7);
        assertThat(first.results()).hasSize(3);
        assertThat(first.isNull("previous")).isTrue();
        String next = first.json().getString("next");
        assertThat(next)
                .startsWith(Api.url(clients))
                .contains("limit=3")
                .contains("offset=3")
                .contains("created__gte=2000-01-01+00%3A00%3A00");

        Reply second = api.get(next);
        assertThat(second.results()).hasSize(3);
        assertThat(second.json().getString("previous")).contains("limit=3").doesNotContain("offset=");
        Reply last = api.get(second.json().getString("next"));
        assertThat(last.results()).hasSize(1);
        assertThat(last.isNull("next")).isTrue();

        assertThat(api.get(clients + "?limit=1000").results()).hasSize(7);
        assertThat(api.get(clients + "?limit=abc").json().keySet()).containsExactly("limit");
    }

    @Test
    void everyFilterOperatorWorks() {
        api.post(clients, client("Old", "Timer").add("birth_date", "1950-01-01").build());
        api.post(clients, client("Mid", "Dle").add("birth_date", "1980-06-15").build());
        api.post(
                clients,
                client("Young", "Ster")
                        .add("birth_date", "2001-12-31")
                        .add("external_reference", "Y-1")
                        .build());

        assertThat(names("?birth_date=1980-06-15")).containsExactly("Mid");
        assertThat(names("?birth_date__lt=1980-06-15")).containsExactly("Old");
        assertThat(names("?birth_date__lte=1980-06-15")).containsExactly("Old", "Mid");
        assertThat(names("?birth_date__gt=1980-06-15")).containsExactly("Young");
        assertThat(names("?birth_date__gte=1980-06-15")).containsExactly("Mid", "Young");
        assertThat(names("?first_name=Young")).containsExactly("Young");
        assertThat(names("?external_reference=Y-1")).containsExactly("Young");
        assertThat(names("?ordering=-birth_date")).containsExactly("Young", "Mid", "Old");
        assertThat(names("?last_modified__gt=2000-01-01+00:00:00")).hasSize(3);
        assertThat(names("?last_modified__gt=2999-01-01T00:00:00Z")).isEmpty();
    }

    @Test
    void unknownFiltersAndBadValuesAreRefusedByName() {
        Reply unknown = api.get(clients + "?birh_date__gt=1995-01-25");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getJsonArray("birh_date__gt").getString(0)).isEqualTo("Unknown filter.");

        assertThat(api.get(clients + "?first_name__gt=A").json().keySet()).containsExactly("first_name__gt");
        assertThat(api.get(clients + "?birth_date__lt=yesterday").json().keySet())
                .containsExactly("birth_date__lt");
        assertThat(api.get(clients + "?ordering=password").json().keySet()).containsExactly("ordering");
        assertThat(api.get(clients + "?limit=0&offset=-1&ordering=password&birh_date__gt=x")
                        .json()
                        .keySet())
                .as("every mistake at once")
                .containsExactlyInAnyOrder("limit", "offset", "ordering", "birh_date__gt");
        Reply expand = api.get(clients + "?expand=operator");
        assertThat(expand.status()).isEqualTo(400);
        assertThat(expand.json().getJsonArray("expand").getString(0)).isEqualTo("Unknown field: operator");
    }

    @Test
    void syncingWithLastModifiedFindsOnlyWhatChanged() {
        String first = api.post(clients, client("A", "One").build()).json().getString("id");
        Reply second = api.post(clients, client("B", "Two").build());
        String mark = second.json().getString("last_modified");

        api.put(clients + "/" + first, client("A", "Changed").build());

        Reply changed = api.get(clients + "?last_modified__gt=" + mark);
        assertThat(changed.results().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id"))
                .containsExactly(first);
    }

    private List<String> names(String query) {
        Reply reply = api.get(clients + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.results().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("first_name"))
                .toList();
    }

    private static jakarta.json.JsonObjectBuilder client(String first, String last) {
        return Json.createObjectBuilder().add("first_name", first).add("last_name", last);
    }
}
