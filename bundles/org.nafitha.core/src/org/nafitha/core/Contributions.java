package org.nafitha.core;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;

/**
 * The one way Nafitha reads an extension point. Every contribution is read by the caller's {@link Reader}; one that is
 * broken (its class is missing or of the wrong type, an attribute is missing or bad) is logged to the platform log
 * ({@link ILog}) under the contributing bundle, reported to the caller's problem list when one is given, and skipped: a
 * broken plugin never stops the product nor hides the other contributions.
 */
public final class Contributions {

    /** Reads one configuration element into a contribution; {@code null} when the element is not one (ignored). */
    @FunctionalInterface
    public interface Reader<T> {
        T read(IConfigurationElement element) throws CoreException;
    }

    private Contributions() {
    }

    /** Whether an extension registry runs (false in a plain JVM, where readers fall back to what they ship). */
    public static boolean registryRuns() {
        return Platform.getExtensionRegistry() != null;
    }

    /**
     * The contributions to {@code point} in contribution order, each read by {@code reader}; the broken ones are logged
     * and skipped, and described in {@code problems} when it is not null ("bundle: point element 'id': why").
     */
    public static <T> List<T> read(String point, Reader<T> reader, List<String> problems) {
        List<T> read = new ArrayList<>();
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        if (registry == null) {
            return read;
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(point)) {
            try {
                T t = reader.read(e);
                if (t != null) {
                    read.add(t);
                }
            } catch (CoreException | RuntimeException | LinkageError ex) {
                report(point, e, ex, problems);
            }
        }
        return read;
    }

    /** Reports a contribution that turned out broken after it was read (e.g. a duplicate id): logged and listed. */
    public static void report(String point, IConfigurationElement e, Throwable why, List<String> problems) {
        String contributor = e.getContributor().getName();
        String message = contributor + ": " + point + " " + e.getName() + describe(e) + " skipped: " + reason(why);
        if (problems != null) {
            problems.add(message);
        }
        log(contributor, message, why);
    }

    /** Creates the class named by {@code attribute} and checks that it is a {@code type}. */
    public static <T> T create(IConfigurationElement e, String attribute, Class<T> type) throws CoreException {
        String name = e.getAttribute(attribute);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("attribute '" + attribute + "' is missing");
        }
        Object created = e.createExecutableExtension(attribute);
        if (!type.isInstance(created)) {
            throw new IllegalArgumentException("class '" + name + "' is not a " + type.getName());
        }
        return type.cast(created);
    }

    /** A required attribute, trimmed. */
    public static String required(IConfigurationElement e, String attribute) {
        String v = e.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("attribute '" + attribute + "' is missing");
        }
        return v.trim();
    }

    /** An optional number attribute, or {@code fallback} when it is absent. */
    public static double number(IConfigurationElement e, String attribute, double fallback) {
        String v = e.getAttribute(attribute);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("attribute '" + attribute + "' is not a number: '" + v + "'");
        }
    }

    private static String describe(IConfigurationElement e) {
        String id = e.getAttribute("id");
        if (id == null) {
            id = e.getAttribute("name");
        }
        return id == null ? "" : " '" + id + "'";
    }

    private static String reason(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static void log(String contributor, String message, Throwable why) {
        try {
            Bundle bundle = Platform.getBundle(contributor);
            ILog log = bundle != null ? ILog.of(bundle) : ILog.of(Contributions.class);
            log.log(new Status(IStatus.ERROR, contributor, message, why));
        } catch (RuntimeException | LinkageError ex) {
            // no platform log (a plain JVM): the caller's problem list is the report
        }
    }
}
