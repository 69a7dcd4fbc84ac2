package koppel.it.source;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.ticketing.Stubs;

/**
 * Salesforce's REST API as its documentation describes it, below an instance URL of its own: the
 * OAuth 2.0 client credentials flow ({@code /services/oauth2/token}, client id and secret in the
 * form) answering a token and the {@code instance_url}; SOQL through {@code query} and
 * {@code queryAll} (only well-formed queries of contacts are answered, anything else is
 * {@code MALFORMED_QUERY}), pages chained by {@code nextRecordsUrl}; upserts of contacts by the
 * {@code Koppel_Id__c} external id field. A call without the token is {@code INVALID_SESSION_ID}.
 */
final class SalesforceStub {

    static final String VERSION = "v60.0";
    private static final String SELECT_CHANGED = "SELECT Id, Koppel_Id__c, LastModifiedDate(, \\w+)* FROM Contact"
            + "( WHERE LastModifiedDate >= \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)? ORDER BY LastModifiedDate, Id";
    private static final String SELECT_DELETED =
            "SELECT Id, Koppel_Id__c, SystemModstamp FROM Contact WHERE IsDeleted = true"
                    + " AND SystemModstamp >= \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ ORDER BY SystemModstamp, Id";

    private final WireMockServer server = Stubs.server();
    private final String prefix = "/salesforce/" + UUID.randomUUID();
    private final String api = prefix + "/services/data/" + VERSION;
    final String clientId = "3MVG9-" + UUID.randomUUID().toString().substring(0, 8);
    final String clientSecret = UUID.randomUUID().toString();
    private final String token = "00D!" + UUID.randomUUID();

    SalesforceStub() {
        server.stubFor(any(urlPathMatching(prefix + "/.*"))
                .atPriority(10)
                .willReturn(json(
                        401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]")));
        server.stubFor(post(urlPathEqualTo(prefix + "/services/oauth2/token"))
                .atPriority(5)
                .willReturn(json(
                        400, "{\"error\":\"invalid_client\",\"error_description\":\"invalid client credentials\"}")));
        server.stubFor(post(urlPathEqualTo(prefix + "/services/oauth2/token"))
                .atPriority(1)
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("client_id", equalTo(clientId))
                .withFormParam("client_secret", equalTo(clientSecret))
                .willReturn(json(
                        200,
                        Json.createObjectBuilder()
                                .add("access_token", token)
                                .add("instance_url", Stubs.url() + prefix)
                                .add("id", "https://login.salesforce.com/id/00D/005")
                                .add("token_type", "Bearer")
                                .add("issued_at", String.valueOf(System.currentTimeMillis()))
                                .add("signature", "c2lnbmF0dXJl")
                                .build()
                                .toString())));
        answer(
                get(urlPathMatching(api + "/query(All)?")),
                json(400, "[{\"message\":\"unexpected token\",\"errorCode\":\"MALFORMED_QUERY\"}]"),
                8);
        changed(List.of());
        deleted(List.of());
        answer(
                patch(urlPathMatching(api + "/sobjects/Contact/Koppel_Id__c/[0-9a-f-]{36}")),
                json(
                        201,
                        created("003"
                                + UUID.randomUUID().toString().replace("-", "").substring(0, 15))),
                3);
        answer(
                patch(urlPathMatching(api + "/sobjects/Contact/003\\w+")),
                aResponse().withStatus(204),
                3);
        answer(
                com.github.tomakehurst.wiremock.client.WireMock.delete(
                        urlPathMatching(api + "/sobjects/Contact/003\\w+")),
                aResponse().withStatus(204),
                3);
    }

    /** The configuration's authorization values and settings. */
    Map<String, String> authorization() {
        return Map.of(
                "token_url", Stubs.url() + prefix + "/services/oauth2/token",
                "client_id", clientId,
                "client_secret", clientSecret);
    }

    /** The contacts changed, as pages: each a list of records; every page but the last points to the next. */
    void changed(List<List<JsonObject>> pages) {
        changed(pages, 0);
    }

    /** The same, each page answered after this delay. */
    void changed(List<List<JsonObject>> pages, int delayMillis) {
        pages(
                get(urlPathEqualTo(api + "/query")).withQueryParam("q", matching(SELECT_CHANGED)),
                pages,
                "changed",
                delayMillis);
    }

    /** The contacts deleted, one page. */
    void deleted(List<JsonObject> records) {
        pages(
                get(urlPathEqualTo(api + "/queryAll")).withQueryParam("q", matching(SELECT_DELETED)),
                List.of(records),
                "deleted",
                0);
    }

    /** Every call of the API is answered with this status and Salesforce error code from now on. */
    void failing(int status, String errorCode) {
        answer(
                any(urlPathMatching(api + "/.*")),
                json(status, "[{\"message\":\"Stub says no\",\"errorCode\":\"" + errorCode + "\"}]"),
                0);
    }

    /** Every call of the API takes this long from now on. */
    void slow(int millis) {
        answer(any(urlPathMatching(api + "/.*")), json(200, "{}").withFixedDelay(millis), 0);
    }

    /** Back to normal after {@link #failing} or {@link #slow}. */
    void healthy() {
        server.getStubMappings().stream()
                .filter(mapping -> mapping.getPriority() != null && mapping.getPriority() == 0)
                .filter(mapping ->
                        String.valueOf(mapping.getRequest().getUrlMatcher()).contains(api))
                .toList()
                .forEach(server::removeStub);
    }

    /** The upserts received, by Koppel id. */
    List<LoggedRequest> upserts() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(
                urlPathMatching(api + "/sobjects/Contact/.*")));
    }

    List<LoggedRequest> queries() {
        return server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathMatching(api + "/query.*")));
    }

    /** A contact as SOQL answers it. */
    static JsonObject contact(String id, String koppelId, String first, String last, String email, String modified) {
        var contact = Json.createObjectBuilder()
                .add(
                        "attributes",
                        Json.createObjectBuilder()
                                .add("type", "Contact")
                                .add("url", "/services/data/" + VERSION + "/sobjects/Contact/" + id))
                .add("Id", id)
                .add("LastModifiedDate", modified)
                .add("SystemModstamp", modified);
        add(contact, "Koppel_Id__c", koppelId);
        add(contact, "FirstName", first);
        add(contact, "LastName", last);
        add(contact, "Email", email);
        contact.addNull("Phone");
        return contact.build();
    }

    private static void add(jakarta.json.JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }

    private void pages(MappingBuilder first, List<List<JsonObject>> pages, String name, int delayMillis) {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < Math.max(1, pages.size()); i++) {
            List<JsonObject> records = pages.isEmpty() ? List.of() : pages.get(i);
            boolean last = i >= pages.size() - 1;
            JsonArrayBuilder array = Json.createArrayBuilder();
            records.forEach(array::add);
            var page = Json.createObjectBuilder()
                    .add("totalSize", records.size())
                    .add("done", last)
                    .add("records", array);
            if (!last) {
                page.add("nextRecordsUrl", "/services/data/" + VERSION + "/query/01g" + name + batch + "-" + (i + 1));
            }
            MappingBuilder request = i == 0 ? first : get(urlPathEqualTo(api + "/query/01g" + name + batch + "-" + i));
            answer(request, json(200, page.build().toString()).withFixedDelay(delayMillis), 2);
        }
    }

    private void answer(MappingBuilder request, ResponseDefinitionBuilder response, int priority) {
        server.stubFor(request.atPriority(priority)
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(response));
    }

    private static String created(String id) {
        return "{\"id\":\"" + id + "\",\"success\":true,\"errors\":[],\"created\":true}";
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(body);
    }
}
