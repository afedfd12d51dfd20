package si.utility.portal.platform.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rules a request broke, each tied to the form field it is about, so the page can show every message
 * next to its own field. Messages are resource bundle keys: the service decides what is wrong, the page
 * says it in the customer's language.
 */
public final class Violations {

    public record Violation(String field, String messageKey) {
    }

    private final List<Violation> list = new ArrayList<>();

    public Violations add(String field, String messageKey) {
        list.add(new Violation(field, messageKey));
        return this;
    }

    public Violations addAll(Violations other) {
        list.addAll(other.list);
        return this;
    }

    /** Adds the message unless the field already has one: the first broken rule is the one worth saying. */
    public Violations addIfFieldValid(String field, String messageKey) {
        return has(field) ? this : add(field, messageKey);
    }

    public boolean has(String field) {
        return list.stream().anyMatch(v -> v.field().equals(field));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> asList() {
        return Collections.unmodifiableList(list);
    }

    /** Throws when any rule is broken; services call it before they write anything. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ValidationFailedException(this);
        }
    }

    @Override
    public String toString() {
        return list.toString();
    }
}
