package org.nafitha.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options after the command word: {@code --name value}, {@code --name=value} and flags {@code --flag}.
 * A command declares which it knows; anything else is a usage error.
 */
public final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> consumed = new HashSet<>();

    public Options(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    values.put(a.substring(2, eq), a.substring(eq + 1));
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    values.put(a.substring(2), args.get(++i));
                } else {
                    flags.add(a.substring(2));
                }
            } else {
                positional.add(a);
            }
        }
    }

    /** A value option that must be given. */
    public String required(String name) {
        String v = optional(name, null);
        if (v == null) {
            throw new UsageException("missing --" + name);
        }
        return v;
    }

    public String optional(String name, String fallback) {
        consumed.add(name);
        if (flags.contains(name)) {
            throw new UsageException("--" + name + " needs a value");
        }
        return values.getOrDefault(name, fallback);
    }

    public boolean flag(String name) {
        consumed.add(name);
        if (values.containsKey(name)) {
            // "--json x": the flag took a positional by mistake
            throw new UsageException("--" + name + " takes no value, found '" + values.get(name) + "'");
        }
        return flags.contains(name);
    }

    public List<String> positional() {
        return positional;
    }

    /** Takes the positional arguments: {@link #checkAllKnown()} no longer reports them. */
    public List<String> takePositional() {
        List<String> taken = List.copyOf(positional);
        positional.clear();
        return taken;
    }

    /** Fails on any option the command did not ask for; call after reading all options. */
    public void checkAllKnown() {
        for (String name : values.keySet()) {
            if (!consumed.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
        for (String name : flags) {
            if (!consumed.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
        if (!positional.isEmpty()) {
            throw new UsageException("unexpected argument '" + positional.get(0) + "'");
        }
    }
}
