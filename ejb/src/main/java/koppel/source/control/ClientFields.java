package koppel.source.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import koppel.client.entity.ClientData;
import koppel.common.InvalidFieldsException;
import koppel.common.entity.Contact;

/**
 * A Koppel client's fields as a mapping sees them: by their API names, as text. Reading gives every
 * field's value (null when not set); writing takes the current data and the values to change, and
 * gives the data a facade then checks by the client's rules.
 */
public final class ClientFields {

    /** The fields, by API name, and how to read each from a client's data. */
    private static final Map<String, Function<ClientData, String>> READERS = readers();

    private ClientFields() {}

    private static Map<String, Function<ClientData, String>> readers() {
        Map<String, Function<ClientData, String>> readers = new LinkedHashMap<>();
        readers.put("external_reference", ClientData::externalReference);
        readers.put("first_name", data -> data.contact().firstName());
        readers.put("last_name", data -> data.contact().lastName());
        readers.put("email", data -> data.contact().email());
        readers.put("phone_number", data -> data.contact().phoneNumber());
        readers.put(
                "birth_date",
                data -> data.birthDate() == null ? null : data.birthDate().toString());
        readers.put("language", ClientData::language);
        readers.put("note", ClientData::note);
        readers.put("street", ClientData::street);
        readers.put("city", ClientData::city);
        readers.put("postal_code", ClientData::postalCode);
        readers.put("state", ClientData::state);
        readers.put("country", ClientData::country);
        return readers;
    }

    /** Where JPQL finds a field of {@code Client}: what a primary key is looked up by. */
    public static String path(String name) {
        return switch (name) {
            case "external_reference" -> "externalReference";
            case "first_name" -> "contact.firstName";
            case "last_name" -> "contact.lastName";
            case "email" -> "contact.email";
            case "phone_number" -> "contact.phoneNumber";
            case "postal_code" -> "postalCode";
            case "birth_date" -> throw new IllegalArgumentException("A date is no key");
            default -> {
                if (!READERS.containsKey(name)) {
                    throw new IllegalArgumentException("No such client field: " + name);
                }
                yield name;
            }
        };
    }

    /** Every field a mapping may use, in the order forms list them. */
    public static List<String> names() {
        return List.copyOf(READERS.keySet());
    }

    public static Map<String, String> read(ClientData data) {
        Map<String, String> values = new HashMap<>();
        READERS.forEach((name, reader) -> values.put(name, blankless(reader.apply(data))));
        return values;
    }

    /** The data with these fields changed (a null or blank value clears a field). */
    public static ClientData write(ClientData data, Map<String, String> changes) {
        Map<String, String> values = read(data);
        changes.forEach((name, value) -> {
            if (!READERS.containsKey(name)) {
                throw new IllegalArgumentException("No such client field: " + name);
            }
            values.put(name, blankless(value));
        });
        LocalDate birthDate;
        try {
            birthDate = values.get("birth_date") == null ? null : LocalDate.parse(values.get("birth_date"));
        } catch (DateTimeParseException e) {
            throw InvalidFieldsException.of("birth_date", "Enter a date as YYYY-MM-DD.");
        }
        return new ClientData(
                new Contact(
                        values.get("first_name"),
                        values.get("last_name"),
                        values.get("email"),
                        values.get("phone_number")),
                birthDate,
                values.get("language"),
                values.get("note"),
                values.get("street"),
                values.get("city"),
                values.get("postal_code"),
                values.get("state"),
                values.get("country"),
                values.get("external_reference"),
                data.customData());
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
