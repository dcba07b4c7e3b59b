package org.sapledger.calc.incremental;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sapledger.calc.validation.InvalidDwellingException;
import org.sapledger.domain.dwelling.validation.Violation;

/** Add, replace, change and remove list elements by their stable id. */
final class ById {

    private ById() {
    }

    /** Replaces the element with the same id, or appends it. */
    static <T> List<T> put(List<T> list, T element, Function<T, String> id) {
        String key = id.apply(element);
        List<T> out = new ArrayList<>(list.size() + 1);
        boolean replaced = false;
        for (T t : list) {
            if (!replaced && id.apply(t).equals(key)) {
                out.add(element);
                replaced = true;
            } else {
                out.add(t);
            }
        }
        if (!replaced) {
            out.add(element);
        }
        return out;
    }

    /** Removes the element with this id. */
    static <T> List<T> remove(List<T> list, String key, Function<T, String> id, String listName) {
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            if (!id.apply(t).equals(key)) {
                out.add(t);
            }
        }
        if (out.size() == list.size()) {
            throw missing(listName, key);
        }
        return out;
    }

    /** Replaces the element with this id by {@code change} of it. */
    static <T> List<T> modify(List<T> list, String key, Function<T, String> id, UnaryOperator<T> change,
            String listName) {
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (id.apply(out.get(i)).equals(key)) {
                out.set(i, change.apply(out.get(i)));
                return out;
            }
        }
        throw missing(listName, key);
    }

    private static InvalidDwellingException missing(String listName, String key) {
        return new InvalidDwellingException(List.of(new Violation(listName + "[" + key + "]", "no element with this id")));
    }
}
