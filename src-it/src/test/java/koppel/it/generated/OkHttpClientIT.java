package koppel.it.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Fixtures;
import koppel.it.api.Fixtures.Key;
import koppel.it.generated.okhttp.ApiClient;
import koppel.it.generated.okhttp.ApiException;
import koppel.it.generated.okhttp.ApiResponse;
import koppel.it.generated.okhttp.JSON;
import koppel.it.generated.okhttp.api.ClientsApi;
import koppel.it.generated.okhttp.api.OrdersApi;
import koppel.it.generated.okhttp.api.StaffApi;
import koppel.it.generated.okhttp.api.TeamsApi;
import koppel.it.generated.okhttp.model.Client;
import koppel.it.generated.okhttp.model.ClientPage;
import koppel.it.generated.okhttp.model.Detail;
import koppel.it.generated.okhttp.model.FieldErrors;
import koppel.it.generated.okhttp.model.Order;
import koppel.it.generated.okhttp.model.Payment;
import koppel.it.generated.okhttp.model.StaffMember;
import koppel.it.generated.okhttp.model.Team;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OpenAPI Generator's {@code java} client with the {@code okhttp-gson} library, generated from the
 * document and driven as an integrator would: it sends the key itself (the document's HTTP bearer
 * scheme), and it checks every answer against the document's models as it reads it.
 */
@ExtendWith(ArquillianExtension.class)
class OkHttpClientIT {

    private Key key;
    private UUID team;
    private ApiClient api;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeEach
    void aKeyForANewTeam() {
        key = Fixtures.key(List.of(Fixtures.team()), JdkClientIT.everything(), b -> b.add("rate_per_second", 1000));
        team = UUID.fromString(key.team());
        api = client(key);
    }

    private static ApiClient client(Key key) {
        ApiClient client = new ApiClient();
        client.setBasePath(Settings.baseUrl() + "/api");
        client.setBearerToken(key.secret());
        return client;
    }

    @Test
    void listsTheKeysTeams() throws ApiException {
        List<Team> teams = new TeamsApi(api).listTeams().execute().getResults();
        assertThat(teams).extracting(Team::getId).containsExactly(team);
    }

    @Test
    void createsClientsAndWalksTheirListThroughNext() throws ApiException {
        ClientsApi clients = new ClientsApi(api);
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(clients.createClient(
                            team, new Client().firstName("Ada " + i).lastName("Lovelace"))
                    .execute()
                    .getId());
        }
        List<UUID> walked = new ArrayList<>();
        ClientPage page = clients.listClients(team).limit(2).execute();
        int pages = 1;
        walked.addAll(page.getResults().stream().map(Client::getId).toList());
        while (page.getNext() != null) {
            Map<String, String> next = Links.query(page.getNext());
            page = clients.listClients(team)
                    .offset(Integer.valueOf(next.get("offset")))
                    .limit(Integer.valueOf(next.get("limit")))
                    .execute();
            walked.addAll(page.getResults().stream().map(Client::getId).toList());
            pages++;
        }
        assertThat(walked).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);
        assertThat(page.getCount()).isEqualTo(5);
    }

    @Test
    void readsAnOrderWithItsClientAndTheOperatorExpanded() throws ApiException {
        Client ada = new ClientsApi(api)
                .createClient(team, new Client().firstName("Ada").lastName("Lovelace"))
                .execute();
        StaffMember anna = new StaffApi(api)
                .createStaffMember(team, new StaffMember().firstName("Anna").lastName("Skipper"))
                .execute();
        OrdersApi orders = new OrdersApi(api);
        Order order = orders.createOrder(
                        team,
                        new Order()
                                .client(ada.getId())
                                .addPaymentsItem(new Payment()
                                        .amount("60.00")
                                        .method(Payment.MethodEnum.CARD)
                                        .operator(anna.getId())))
                .execute();
        assertThat(order.getClient()).isEqualTo(ada.getId().toString());

        Order expanded = orders.getOrder(team, order.getId())
                .expand("client,payments.operator")
                .execute();
        assertThat(expanded.getClient())
                .isInstanceOfSatisfying(
                        Map.class,
                        client -> assertThat(client)
                                .containsEntry("id", ada.getId().toString())
                                .containsEntry("last_name", "Lovelace"));
        assertThat(expanded.getPayments().get(0).getOperator())
                .isInstanceOfSatisfying(
                        Map.class, operator -> assertThat(operator).containsEntry("first_name", "Anna"));
        Order unexpanded = orders.getOrder(team, order.getId()).execute();
        assertThat(unexpanded.getPayments().get(0).getOperator())
                .isEqualTo(anna.getId().toString());
    }

    @Test
    void getsChangesAndPutsBackWithIfMatch() throws ApiException {
        ClientsApi clients = new ClientsApi(api);
        UUID id = clients.createClient(
                        team, new Client().firstName("Ada").lastName("Byron").email("ada@example.com"))
                .execute()
                .getId();
        ApiResponse<Client> read = clients.getClient(team, id).executeWithHttpInfo();
        String etag = Links.header(read.getHeaders(), "ETag");
        Client changed = read.getData().lastName("Lovelace");

        Client put = clients.putClient(team, id, changed).ifMatch(etag).execute();
        assertThat(put.getLastName()).isEqualTo("Lovelace");
        assertThat(put.getEmail()).isEqualTo("ada@example.com");

        assertThatThrownBy(() -> clients.putClient(team, id, changed.firstName("Augusta"))
                        .ifMatch(etag)
                        .execute())
                .isInstanceOfSatisfying(
                        ApiException.class, stale -> assertThat(stale.getCode()).isEqualTo(412));
    }

    @Test
    void readsA400AsFieldErrors() {
        ApiException refused = catchApiException(() -> new ClientsApi(api)
                .createClient(team, new Client().firstName("Ada").email("nope"))
                .execute());
        assertThat(refused.getCode()).isEqualTo(400);
        FieldErrors errors = JSON.getGson().fromJson(refused.getResponseBody(), FieldErrors.class);
        assertThat(errors.getDetail()).isNull();
        assertThat(errors.getAdditionalProperties()).containsOnlyKeys("last_name", "email");
        assertThat(errors.getAdditionalProperty("email"))
                .isInstanceOfSatisfying(
                        List.class, messages -> assertThat(messages).hasSize(1));
    }

    @Test
    void readsA429WithItsWait() {
        Key slow = Fixtures.key(List.of(key.team()), Map.of(), b -> b.add("rate_per_second", 1));
        TeamsApi teams = new TeamsApi(client(slow));
        ApiException throttled = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (throttled == null && Instant.now().isBefore(deadline)) {
            try {
                teams.listTeams().execute();
            } catch (ApiException e) {
                throttled = e;
            }
        }
        assertThat(throttled).as("a 429 within 10 s at 1 request a second").isNotNull();
        assertThat(throttled.getCode()).isEqualTo(429);
        int wait = Integer.parseInt(Links.header(throttled.getResponseHeaders(), "Retry-After"));
        assertThat(wait).as("the wait of a one-second window").isBetween(1, 2);
        Detail detail = JSON.getGson().fromJson(throttled.getResponseBody(), Detail.class);
        assertThat(detail.getDetail()).isEqualTo("Request was throttled. Expected available in " + wait + " seconds.");
    }

    private static ApiException catchApiException(Call call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("The call succeeded");
    }

    private interface Call {
        void run() throws ApiException;
    }
}
