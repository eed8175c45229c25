package org.nafitha.locate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.core.Contributions;
import org.nafitha.locate.internal.AutoSolver;
import org.nafitha.locate.internal.ExactSolver;
import org.nafitha.locate.internal.InterchangeSolver;
import org.nafitha.locate.internal.VnsSolver;

/** The solvers contributed to {@code org.nafitha.locate.solvers}; the built-in ones outside an OSGi runtime. */
public final class Solvers {

    public static final String EXTENSION_POINT = "org.nafitha.locate.solvers";
    /** The solver used when none is named: exact when it proves the optimum in time, else the heuristic. */
    public static final String DEFAULT = AutoSolver.ID;

    private final Map<String, Solver> byId;

    private Solvers(Map<String, Solver> byId) {
        this.byId = byId;
    }

    public static Solvers builtIn() {
        Map<String, Solver> map = new LinkedHashMap<>();
        map.put(AutoSolver.ID, new AutoSolver());
        map.put(VnsSolver.ID, new VnsSolver());
        map.put(InterchangeSolver.ID, new InterchangeSolver());
        map.put(ExactSolver.ID, new ExactSolver());
        return new Solvers(map);
    }

    /**
     * The solvers contributed to {@value #EXTENSION_POINT}, read by {@link Contributions}; the built-in ones when no
     * extension registry runs or none is contributed. A contribution whose class is missing or not a {@link Solver}, or
     * whose id is missing or taken, is logged and skipped, and described in {@code problems} when given.
     */
    public static Solvers fromExtensions(List<String> problems) {
        if (!Contributions.registryRuns()) {
            return builtIn();
        }
        Map<String, Solver> map = new LinkedHashMap<>();
        Contributions.read(EXTENSION_POINT, e -> {
            String id = Contributions.required(e, "id");
            Solver solver = Contributions.create(e, "class", Solver.class);
            if (map.putIfAbsent(id, solver) != null) {
                throw new IllegalArgumentException("another solver has the id '" + id + "'");
            }
            return solver;
        }, problems);
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
