package koppel.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages about input, kept where they belong: under a field's name, inside the object or the
 * list element it is part of. Shown as {@code {"price": ["..."], "items": [{}, {"participants":
 * ["..."]}]}}: a list of messages per field, an object per nested object, one object per list
 * element (empty for the elements that are fine).
 */
public final class FieldErrors {

    private final Map<String, Object> root = new LinkedHashMap<>();

    /** DRF's words for a reference to something that does not exist. */
    public static String doesNotExist(Object id) {
        return "Invalid pk \"" + id + "\" - object does not exist.";
    }

    /**
     * Adds a message at a path of field names (strings) and list positions (integers), e.g.
     * {@code ["items", 2, "participants"]}.
     */
    public FieldErrors add(List<?> path, String message) {
        Object node = root;
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? null : path.get(i + 1);
            node = last ? messagesIn(node, step) : child(node, step, next instanceof Integer);
        }
        if (path.isEmpty()) {
            node = messagesIn(root, "non_field_errors");
        }
        @SuppressWarnings("unchecked")
        List<Object> messages = (List<Object>) node;
        messages.add(message);
        return this;
    }

    public FieldErrors add(String field, String message) {
        return add(List.of(field), message);
    }

    /** Whether there is a message at this path already, or at a field or element on the way to it. */
    public boolean names(List<?> path) {
        Object node = root;
        for (Object step : path) {
            if (node instanceof Map<?, ?> map) {
                node = map.get(String.valueOf(step));
            } else if (node instanceof List<?> list && step instanceof Integer index && index < list.size()) {
                node = list.get(index);
            } else {
                return false;
            }
            if (node == null) {
                return false;
            }
            if (node instanceof List<?> messages && !messages.isEmpty() && messages.get(0) instanceof String) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return root.isEmpty();
    }

    public Map<String, Object> asMap() {
        return root;
    }

    public void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidFieldsException(this);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object messagesIn(Object node, Object step) {
        if (node instanceof Map<?, ?> map) {
            Object existing = ((Map<String, Object>) map).get(String.valueOf(step));
            if (existing instanceof List<?>) {
                return existing;
            }
            List<Object> messages = new ArrayList<>();
            ((Map<String, Object>) map).put(String.valueOf(step), messages);
            return messages;
        }
        return elementOf((List<Object>) node, (Integer) step, false);
    }

    @SuppressWarnings("unchecked")
    private static Object child(Object node, Object step, boolean listNext) {
        if (node instanceof Map<?, ?> map) {
            return ((Map<String, Object>) map)
                    .computeIfAbsent(
                            String.valueOf(step), name -> listNext ? new ArrayList<>() : new LinkedHashMap<>());
        }
        return elementOf((List<Object>) node, (Integer) step, true);
    }

    private static Object elementOf(List<Object> list, int index, boolean object) {
        while (list.size() <= index) {
            list.add(new LinkedHashMap<String, Object>());
        }
        if (!object && !(list.get(index) instanceof List<?>)) {
            list.set(index, new ArrayList<>());
        }
        return list.get(index);
    }
}
