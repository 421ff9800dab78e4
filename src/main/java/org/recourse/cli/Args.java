package org.recourse.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parsed command-line arguments: options ({@code --name value} or {@code --name=value}), flags and positionals. */
record Args(Map<String, String> options, Set<String> flags, List<String> positionals) {

    static Args parse(List<String> raw, Set<String> valueOptions) {
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new java.util.HashSet<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (!a.startsWith("--") || a.equals("--")) {
                positionals.add(a);
                continue;
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                options.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (valueOptions.contains(name)) {
                if (i + 1 >= raw.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                options.put(name, raw.get(++i));
            } else {
                flags.add(name);
            }
        }
        return new Args(Map.copyOf(options), Set.copyOf(flags), List.copyOf(positionals));
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    int intOption(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes a whole number, not '" + v + "'");
        }
    }

    /** As {@link #intOption(String, int)}, refusing a value below {@code min} with a usage message. */
    int intOption(String name, int fallback, int min) {
        int v = intOption(name, fallback);
        if (v < min) {
            throw new UsageException("--" + name + " must be at least " + min + ", not " + v);
        }
        return v;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
