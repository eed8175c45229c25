package org.nafitha.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Runs analyzers on a scenario in dependency order, with progress and cancellation. */
public final class AnalysisRunner {

    public static final String EXTENSION_POINT = "org.nafitha.core.analyzers";

    private final Map<String, AnalyzerDescriptor> analyzers = new LinkedHashMap<>();

    public AnalysisRunner(Collection<AnalyzerDescriptor> analyzers) {
        for (AnalyzerDescriptor d : analyzers) {
            if (this.analyzers.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("two analyzers have the id '" + d.id() + "'");
            }
        }
    }

    /** The analyzers contributed to {@value #EXTENSION_POINT} in the running platform. */
    public static AnalysisRunner fromExtensions() {
        return fromExtensions(null);
    }

    /**
     * The analyzers contributed to {@value #EXTENSION_POINT}, read by {@link Contributions}: one whose class is missing
     * or not an {@link Analyzer}, whose id or name is missing, or whose id another analyzer already has, is logged and
     * skipped (and described in {@code problems} when given).
     */
    public static AnalysisRunner fromExtensions(List<String> problems) {
        Map<String, AnalyzerDescriptor> byId = new LinkedHashMap<>();
        Contributions.read(EXTENSION_POINT, e -> {
            if (!"analyzer".equals(e.getName())) {
                return null;
            }
            String id = Contributions.required(e, "id");
            String name = Contributions.required(e, "name");
            List<String> requires = new ArrayList<>();
            for (IConfigurationElement r : e.getChildren("requires")) {
                requires.add(Contributions.required(r, "analyzer"));
            }
            Contributions.create(e, "class", Analyzer.class); // a missing or wrong class is found now, not at the first run
            if (byId.containsKey(id)) {
                throw new IllegalArgumentException("another analyzer has the id '" + id + "'");
            }
            AnalyzerDescriptor d = new AnalyzerDescriptor(id, name, requires, () -> {
                try {
                    return Contributions.create(e, "class", Analyzer.class);
                } catch (CoreException ex) {
                    throw new IllegalStateException("analyzer " + id + " cannot be created: " + ex.getMessage(), ex);
                }
            });
            byId.put(id, d);
            return d;
        }, problems);
        return new AnalysisRunner(byId.values());
    }

    public Collection<AnalyzerDescriptor> analyzers() {
        return analyzers.values();
    }

    /**
     * The analyzers to run for {@code targets} (all when empty), each after those it requires.
     *
     * @throws IllegalArgumentException naming an unknown analyzer or a cycle
     */
    public List<AnalyzerDescriptor> plan(Collection<String> targets) {
        Set<String> wanted = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(targets.isEmpty() ? analyzers.keySet() : targets);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            AnalyzerDescriptor d = analyzers.get(id);
            if (d == null) {
                throw new IllegalArgumentException("no analyzer '" + id + "'; known: " + analyzers.keySet());
            }
            if (wanted.add(id)) {
                todo.addAll(d.requires());
            }
        }
        List<AnalyzerDescriptor> order = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 visiting, 2 done
        for (String id : analyzers.keySet()) {
            if (wanted.contains(id)) {
                visit(id, state, order, new ArrayList<>());
            }
        }
        return order;
    }

    private void visit(String id, Map<String, Integer> state, List<AnalyzerDescriptor> order, List<String> path) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return;
        }
        path.add(id);
        if (s != null) {
            throw new IllegalArgumentException("analyzers require each other in a cycle: " + String.join(" -> ", path));
        }
        state.put(id, 1);
        for (String r : analyzers.get(id).requires()) {
            visit(r, state, order, path);
        }
        state.put(id, 2);
        path.remove(path.size() - 1);
        order.add(analyzers.get(id));
    }

    /**
     * Runs the analyzers {@code targets} need (all when empty) and returns the context holding every result.
     *
     * @throws OperationCanceledException when the monitor is canceled; results so far are discarded
     */
    public AnalysisContext run(AnalysisContext context, Collection<String> targets, IProgressMonitor monitor) {
        List<AnalyzerDescriptor> order = plan(targets);
        SubMonitor progress = SubMonitor.convert(monitor, "Analyzing " + context.scenario().getCode(), order.size());
        for (AnalyzerDescriptor d : order) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(d.name());
            Object result = d.factory().get().analyze(context, progress.split(1));
            context.put(d.id(), result);
        }
        return context;
    }
}
