package koppel.source.type;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import koppel.external.AccessTokens;
import koppel.external.ConfigField;
import koppel.source.control.SourceSettings;
import koppel.source.entity.AuthorizationKind;
import koppel.source.entity.Direction;
import koppel.source.entity.FieldAssignment;

/**
 * Salesforce, through its REST API: contacts to and from Koppel's clients. It authorizes with the
 * OAuth 2.0 client credentials flow of an external client app and calls the API where the token
 * answer's {@code instance_url} says. Koppel's client id is kept in a custom external id field of
 * the contact ({@code Koppel_Id__c} unless the configuration names another), by which Koppel
 * upserts.
 */
@ApplicationScoped
public class Salesforce implements SourceType {

    public static final String ID = "salesforce";
    public static final String CONTACTS = "contacts";

    static final String API_VERSION = "api_version";
    static final String EXTERNAL_ID_FIELD = "external_id_field";

    private static final List<ConfigField> FIELDS = List.of(
            new ConfigField(API_VERSION, "API version", ConfigField.Kind.TEXT, false, 10, List.of(), "v60.0"),
            new ConfigField(
                    EXTERNAL_ID_FIELD,
                    "External ID field for Koppel's id",
                    ConfigField.Kind.TEXT,
                    false,
                    80,
                    List.of(),
                    "Koppel_Id__c"));

    private static final DataType CONTACT_TYPE = new DataType(
            CONTACTS,
            "Contacts",
            "clients",
            List.of(
                    new DataType.RemoteField("Id", "Contact ID"),
                    new DataType.RemoteField("FirstName", "First Name"),
                    new DataType.RemoteField("LastName", "Last Name"),
                    new DataType.RemoteField("Email", "Email"),
                    new DataType.RemoteField("Phone", "Phone"),
                    new DataType.RemoteField("Birthdate", "Birthdate"),
                    new DataType.RemoteField("MailingStreet", "Mailing Street"),
                    new DataType.RemoteField("MailingCity", "Mailing City"),
                    new DataType.RemoteField("MailingPostalCode", "Mailing Zip/Postal Code"),
                    new DataType.RemoteField("MailingState", "Mailing State/Province"),
                    new DataType.RemoteField("MailingCountryCode", "Mailing Country Code"),
                    new DataType.RemoteField("Description", "Contact Description")),
            List.of("Id"),
            List.of(
                    new FieldAssignment("Id", "external_reference", Direction.BOTH, true),
                    new FieldAssignment("FirstName", "first_name", Direction.BOTH, false),
                    new FieldAssignment("LastName", "last_name", Direction.BOTH, false),
                    new FieldAssignment("Email", "email", Direction.BOTH, false),
                    new FieldAssignment("Phone", "phone_number", Direction.BOTH, false)));

    @Inject
    private SourceSettings settings;

    @Inject
    private AccessTokens tokens;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Salesforce";
    }

    @Override
    public Set<AuthorizationKind> authorizations() {
        return Set.of(AuthorizationKind.OAUTH2_CLIENT_CREDENTIALS);
    }

    @Override
    public List<ConfigField> fields() {
        return FIELDS;
    }

    @Override
    public List<DataType> dataTypes() {
        return List.of(CONTACT_TYPE);
    }

    @Override
    public SourceConnection connect(Credentials credentials, Map<String, String> configuration) {
        return new SalesforceConnection(
                settings.http(), tokens, credentials, ConfigField.effective(FIELDS, configuration));
    }
}
