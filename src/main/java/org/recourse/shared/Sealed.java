package org.recourse.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * A sensitive value that cannot leak by accident: {@link #toString()} never shows it,
 * so it is safe in log lines, exception messages and debugger views. Read it only
 * through {@link #reveal()}, at the one place that is allowed to.
 */
public final class Sealed<T> {

    private final T value;

    private Sealed(T value) {
        this.value = Objects.requireNonNull(value, "sealed value");
    }

    public static <T> Sealed<T> of(T value) {
        return new Sealed<>(value);
    }

    public T reveal() {
        return value;
    }

    public <R> Sealed<R> map(Function<T, R> f) {
        return new Sealed<>(f.apply(value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sealed<?> s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "[sealed]";
    }
}
