package koppel.it.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
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
import koppel.it.generated.jdk.ApiClient;
import koppel.it.generated.jdk.ApiException;
import koppel.it.generated.jdk.ApiResponse;
import koppel.it.generated.jdk.api.ClientsApi;
import koppel.it.generated.jdk.api.ClientsApi.APICreateClientRequest;
import koppel.it.generated.jdk.api.ClientsApi.APIGetClientRequest;
import koppel.it.generated.jdk.api.ClientsApi.APIListClientsRequest;
import koppel.it.generated.jdk.api.ClientsApi.APIPutClientRequest;
import koppel.it.generated.jdk.api.OrdersApi;
import koppel.it.generated.jdk.api.OrdersApi.APICreateOrderRequest;
import koppel.it.generated.jdk.api.OrdersApi.APIGetOrderRequest;
import koppel.it.generated.jdk.api.ProductsApi;
import koppel.it.generated.jdk.api.ProductsApi.APICreateProductRequest;
import koppel.it.generated.jdk.api.SessionGroupsApi;
import koppel.it.generated.jdk.api.SessionGroupsApi.APICreateSessionGroupRequest;
import koppel.it.generated.jdk.api.StaffApi;
import koppel.it.generated.jdk.api.StaffApi.APICreateStaffMemberRequest;
import koppel.it.generated.jdk.api.TeamsApi;
import koppel.it.generated.jdk.api.TeamsApi.APIListTeamsRequest;
import koppel.it.generated.jdk.model.Client;
import koppel.it.generated.jdk.model.ClientPage;
import koppel.it.generated.jdk.model.Detail;
import koppel.it.generated.jdk.model.FieldErrors;
import koppel.it.generated.jdk.model.Order;
import koppel.it.generated.jdk.model.Payment;
import koppel.it.generated.jdk.model.Pricing;
import koppel.it.generated.jdk.model.Product;
import koppel.it.generated.jdk.model.SessionGroup;
import koppel.it.generated.jdk.model.StaffMember;
import koppel.it.generated.jdk.model.Team;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OpenAPI Generator's {@code java} client with the {@code native} library (java.net.http and
 * Jackson), generated from the document and driven as an integrator would. That library has no
 * authentication support of its own: its documented way is a request interceptor, used here.
 */
@ExtendWith(ArquillianExtension.class)
class JdkClientIT {

    private Key key;
    private UUID team;
    private ApiClient api;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeEach
    void aKeyForANewTeam() {
        key = Fixtures.key(List.of(Fixtures.team()), everything(), b -> b.add("rate_per_second", 1000));
        team = UUID.fromString(key.team());
        api = client(key);
    }

    static Map<String, String> everything() {
        return Map.of(
                "clients", "write",
                "staff", "write",
                "orders", "write",
                "payments", "write",
                "products", "write",
                "session_groups", "write");
    }

    private static ApiClient client(Key key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Settings.baseUrl() + "/api");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key.secret()));
        return client;
    }

    @Test
    void listsTheKeysTeams() throws ApiException {
        List<Team> teams = new TeamsApi(api)
                .listTeams(APIListTeamsRequest.newBuilder().build())
                .getResults();
        assertThat(teams).extracting(Team::getId).containsExactly(team);
    }

    @Test
    void createsClientsAndWalksTheirListThroughNext() throws ApiException {
        ClientsApi clients = new ClientsApi(api);
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(clients.createClient(APICreateClientRequest.newBuilder()
                            .teamId(team)
                            .client(new Client().firstName("Ada " + i).lastName("Lovelace"))
                            .build())
                    .getId());
        }
        List<UUID> walked = new ArrayList<>();
        ClientPage page = clients.listClients(list(null));
        int pages = 1;
        walked.addAll(page.getResults().stream().map(Client::getId).toList());
        while (page.getNext() != null) {
            page = clients.listClients(list(page.getNext()));
            walked.addAll(page.getResults().stream().map(Client::getId).toList());
            pages++;
        }
        assertThat(walked).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(3);
        assertThat(page.getCount()).isEqualTo(5);
    }

    /** The request for the page a {@code next} link names (its offset and limit), or the first of two. */
    private APIListClientsRequest list(URI next) {
        Map<String, String> query = Links.query(next);
        return APIListClientsRequest.newBuilder()
                .teamId(team)
                .offset(Integer.valueOf(query.getOrDefault("offset", "0")))
                .limit(Integer.valueOf(query.getOrDefault("limit", "2")))
                .build();
    }

    @Test
    void readsAnOrderWithItsClientAndTheOperatorExpanded() throws ApiException {
        Client ada = new ClientsApi(api)
                .createClient(APICreateClientRequest.newBuilder()
                        .teamId(team)
                        .client(new Client().firstName("Ada").lastName("Lovelace"))
                        .build());
        StaffMember anna = new StaffApi(api)
                .createStaffMember(APICreateStaffMemberRequest.newBuilder()
                        .teamId(team)
                        .staffMember(new StaffMember().firstName("Anna").lastName("Skipper"))
                        .build());
        OrdersApi orders = new OrdersApi(api);
        Order order = orders.createOrder(APICreateOrderRequest.newBuilder()
                .teamId(team)
                .order(new Order()
                        .client(ada.getId())
                        .addPaymentsItem(new Payment()
                                .amount("60.00")
                                .method(Payment.MethodEnum.CARD)
                                .operator(anna.getId())))
                .build());
        assertThat(order.getClient()).isEqualTo(ada.getId().toString());

        Order expanded = orders.getOrder(APIGetOrderRequest.newBuilder()
                .teamId(team)
                .id(order.getId())
                .expand("client,payments.operator")
                .build());
        assertThat(expanded.getClient())
                .isInstanceOfSatisfying(
                        Map.class,
                        client -> assertThat(client)
                                .containsEntry("id", ada.getId().toString())
                                .containsEntry("last_name", "Lovelace"));
        assertThat(expanded.getPayments().get(0).getOperator())
                .isInstanceOfSatisfying(
                        Map.class, operator -> assertThat(operator).containsEntry("first_name", "Anna"));
        Order unexpanded = orders.getOrder(
                APIGetOrderRequest.newBuilder().teamId(team).id(order.getId()).build());
        assertThat(unexpanded.getPayments().get(0).getOperator())
                .isEqualTo(anna.getId().toString());
    }

    /** Prices never given are an empty Pricing, as documented, not null. */
    @Test
    void readsPricesNeverGivenAsEmptyNotNull() throws ApiException {
        Product product = new ProductsApi(api)
                .createProduct(APICreateProductRequest.newBuilder()
                        .teamId(team)
                        .product(new Product().title(Map.of("en", "Kayak")))
                        .build());
        for (Pricing pricing : List.of(product.getSessions(), product.getVouchers())) {
            assertThat(pricing).isNotNull();
            assertThat(pricing.getStandardPrice()).isNull();
            assertThat(pricing.getOtherPrices()).isEmpty();
        }
        SessionGroup group = new SessionGroupsApi(api)
                .createSessionGroup(APICreateSessionGroupRequest.newBuilder()
                        .teamId(team)
                        .sessionGroup(new SessionGroup().product(product.getId()))
                        .build());
        assertThat(group.getPrices()).isNotNull();
        assertThat(group.getPrices().getOtherPrices()).isEmpty();
        assertThat(group.getProduct()).isEqualTo(product.getId().toString());
    }

    @Test
    void getsChangesAndPutsBackWithIfMatch() throws ApiException {
        ClientsApi clients = new ClientsApi(api);
        UUID id = clients.createClient(APICreateClientRequest.newBuilder()
                        .teamId(team)
                        .client(new Client().firstName("Ada").lastName("Byron").email("ada@example.com"))
                        .build())
                .getId();
        ApiResponse<Client> read = clients.getClientWithHttpInfo(
                APIGetClientRequest.newBuilder().teamId(team).id(id).build());
        String etag = Links.header(read.getHeaders(), "ETag");
        Client changed = read.getData().lastName("Lovelace");

        Client put = clients.putClient(APIPutClientRequest.newBuilder()
                .teamId(team)
                .id(id)
                .client(changed)
                .ifMatch(etag)
                .build());
        assertThat(put.getLastName()).isEqualTo("Lovelace");
        assertThat(put.getEmail()).isEqualTo("ada@example.com");
        assertThat(put.getLastModified()).isAfterOrEqualTo(read.getData().getLastModified());

        assertThatThrownBy(() -> clients.putClient(APIPutClientRequest.newBuilder()
                        .teamId(team)
                        .id(id)
                        .client(changed.firstName("Augusta"))
                        .ifMatch(etag)
                        .build()))
                .isInstanceOfSatisfying(
                        ApiException.class, stale -> assertThat(stale.getCode()).isEqualTo(412));
    }

    @Test
    void readsA400AsFieldErrors() throws Exception {
        ApiException refused = catchApiException(() -> new ClientsApi(api)
                .createClient(APICreateClientRequest.newBuilder()
                        .teamId(team)
                        .client(new Client().firstName("Ada").email("nope"))
                        .build()));
        assertThat(refused.getCode()).isEqualTo(400);
        FieldErrors errors = api.getObjectMapper().readValue(refused.getResponseBody(), FieldErrors.class);
        assertThat(errors.getDetail()).isNull();
        assertThat(errors.getAdditionalProperties()).containsOnlyKeys("last_name", "email");
        assertThat(errors.getAdditionalProperty("email"))
                .singleElement()
                .asString()
                .isNotBlank();
    }

    @Test
    void readsA429WithItsWait() throws Exception {
        Key slow = Fixtures.key(List.of(key.team()), Map.of(), b -> b.add("rate_per_second", 1));
        TeamsApi teams = new TeamsApi(client(slow));
        ApiException throttled = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (throttled == null && Instant.now().isBefore(deadline)) {
            try {
                teams.listTeams(APIListTeamsRequest.newBuilder().build());
            } catch (ApiException e) {
                throttled = e;
            }
        }
        assertThat(throttled).as("a 429 within 10 s at 1 request a second").isNotNull();
        assertThat(throttled.getCode()).isEqualTo(429);
        int wait = Integer.parseInt(
                throttled.getResponseHeaders().firstValue("Retry-After").orElseThrow());
        assertThat(wait).as("the wait of a one-second window").isBetween(1, 2);
        Detail detail = api.getObjectMapper().readValue(throttled.getResponseBody(), Detail.class);
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
