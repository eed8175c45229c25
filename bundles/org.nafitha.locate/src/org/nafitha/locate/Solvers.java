package org.nafitha.locate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.nafitha.locate.internal.InterchangeSolver;
import org.nafitha.locate.internal.VnsSolver;

/** The solvers contributed to {@code org.nafitha.locate.solvers}; the built-in ones outside an OSGi runtime. */
public final class Solvers {

    public static final String EXTENSION_POINT = "org.nafitha.locate.solvers";
    /** The solver used when none is named. */
    public static final String DEFAULT = VnsSolver.ID;

    private final Map<String, Solver> byId;

    private Solvers(Map<String, Solver> byId) {
        this.byId = byId;
    }

    public static Solvers builtIn() {
        Map<String, Solver> map = new LinkedHashMap<>();
        map.put(VnsSolver.ID, new VnsSolver());
        map.put(InterchangeSolver.ID, new InterchangeSolver());
        return new Solvers(map);
    }

    /** Contributions that cannot be created are skipped and reported in {@code problems} when given. */
    public static Solvers fromExtensions(List<String> problems) {
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        if (registry == null) {
            return builtIn();
        }
        Map<String, Solver> map = new LinkedHashMap<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                Object created = e.createExecutableExtension("class");
                if (!(created instanceof Solver solver)) {
                    throw new IllegalStateException(created.getClass().getName() + " does not implement " + Solver.class.getName());
                }
                map.putIfAbsent(e.getAttribute("id"), solver);
            } catch (CoreException | RuntimeException ex) {
                if (problems != null) {
                    problems.add(e.getContributor().getName() + ": " + ex.getMessage());
                }
            }
        }
        return map.isEmpty() ? builtIn() : new Solvers(map);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** @throws IllegalArgumentException naming the known solvers when the id is unknown */
    public Solver get(String id) {
        Solver s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown solver '" + id + "': expected one of " + String.join(", ", byId.keySet()));
        }
        return s;
    }
}
