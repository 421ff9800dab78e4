package org.recourse.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parsed command-line arguments: options ({@code --name value} or {@code --name=value}), flags and positionals. */
record Args(Map<String, String> options, Set<String> flags, List<String> positionals) {

    /** Lenient: every option not in {@code valueOptions} is taken as a flag (for commands that call others). */
    static Args parse(List<String> raw, Set<String> valueOptions) {
        return parse(raw, valueOptions, null);
    }

    /**
     * Strict, as the command line is parsed: an option that is neither a value option nor one of {@code flags},
     * an option given twice, a value given to a flag or a value option followed by another option is a usage error.
     */
    static Args parse(List<String> raw, Set<String> valueOptions, Set<String> knownFlags) {
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
            String value = eq >= 0 ? name.substring(eq + 1) : null;
            name = eq >= 0 ? name.substring(0, eq) : name;
            boolean isValueOption = valueOptions.contains(name);
            if (knownFlags != null && !isValueOption && !knownFlags.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (options.containsKey(name) || flags.contains(name)) {
                throw new UsageException("--" + name + " is given twice; give it once");
            }
            if (value != null && knownFlags != null && !isValueOption) {
                throw new UsageException("--" + name + " takes no value");
            }
            if (value == null && isValueOption) {
                if (i + 1 >= raw.size() || isOption(raw.get(i + 1), valueOptions, knownFlags)) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = raw.get(++i);
            }
            if (value != null) {
                options.put(name, value);
            } else {
                flags.add(name);
            }
        }
        return new Args(Map.copyOf(options), Set.copyOf(flags), List.copyOf(positionals));
    }

    /** A known option where a value was expected: the value was left out. */
    private static boolean isOption(String next, Set<String> valueOptions, Set<String> knownFlags) {
        if (!next.startsWith("--") || next.length() == 2) {
            return false;
        }
        String name = next.substring(2).split("=", 2)[0];
        return valueOptions.contains(name) || knownFlags != null && knownFlags.contains(name) || name.equals("help");
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    int intOption(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        String digits = v.replace("_", "").replace(",", "");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            if (digits.matches("[-+]?[0-9]+")) {
                throw new UsageException("--" + name + " is out of range: " + v + " (at most " + Integer.MAX_VALUE + ")");
            }
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

    /** For a command that takes no arguments besides its options. */
    void refuseArguments() {
        if (!positionals.isEmpty()) {
            throw new UsageException("unexpected argument '" + positionals.get(0) + "' (this command takes only options)");
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
