package koppel.query;

/** A field a list can be filtered and ordered by: its API name, its entity attribute, its kind. */
public record Field(String name, String attribute, FieldKind kind) {

    public static Field text(String name, String attribute) {
        return new Field(name, attribute, FieldKind.TEXT);
    }

    public static Field id(String name, String attribute) {
        return new Field(name, attribute, FieldKind.ID);
    }

    public static Field date(String name, String attribute) {
        return new Field(name, attribute, FieldKind.DATE);
    }

    public static Field dateTime(String name, String attribute) {
        return new Field(name, attribute, FieldKind.DATETIME);
    }

    public static Field number(String name, String attribute) {
        return new Field(name, attribute, FieldKind.NUMBER);
    }

    public static Field bool(String name, String attribute) {
        return new Field(name, attribute, FieldKind.BOOLEAN);
    }
}
