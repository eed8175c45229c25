package org.nafitha.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.geo.CostTable;
import org.nafitha.io.CostTables;
import org.nafitha.io.ImportException;
import org.nafitha.model.Scenario;
import org.nafitha.ui.internal.Messages;

/**
 * The analyses of the open scenario: every analyzer contributed to {@code org.nafitha.core.analyzers}, run as one
 * background job with progress and cancel. The latest results are kept (by analyzer id) until the scenario changes,
 * when they are marked stale; views listen to draw them. The latest request wins: a run started (or results restored)
 * after another run began makes that run's results unwanted, so they are not published.
 */
public final class AnalysisSession {

    /** The results (empty before the first run), whether the scenario changed since, a run in progress, the last error. */
    public record State(Map<String, Object> results, Scenario scenario, boolean stale, boolean running, String error) {
        public <T> T result(String analyzerId, Class<T> type) {
            Object r = results.get(analyzerId);
            return type.isInstance(r) ? type.cast(r) : null;
        }
    }

    /** Told of every new state, on any thread. */
    public interface Listener {
        void changed(State state);
    }

    /** One analysis at a time. */
    private static final ISchedulingRule RULE = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = new State(Map.of(), null, false, false, null);
    private final AtomicLong requests = new AtomicLong();
    private volatile CostTable costs;
    private volatile Path costsFile;
    private Scenario costsFor;
    private long seenEdits;
    private Scenario seenScenario;

    AnalysisSession(ScenarioSession session) {
        costsFor = session.scenario();
        seenEdits = session.edits();
        seenScenario = session.scenario();
        session.addListener(s -> {
            if (s.scenario() != costsFor) {
                // another scenario: its own cost table, NAME.costs.csv beside its file, or straight lines
                costsFor = s.scenario();
                costsBeside(s);
            }
            if (s.edits() == seenEdits && s.scenario() == seenScenario) {
                return; // saved: nothing of the scenario changed, the results still hold
            }
            seenEdits = s.edits();
            seenScenario = s.scenario();
            State now = state;
            if (!now.results().isEmpty() && !now.stale()) {
                publish(new State(now.results(), now.scenario(), true, now.running(), now.error()));
            }
        });
    }

    private void costsBeside(ScenarioSession s) {
        costs = null;
        costsFile = null;
        Path beside = s.file() == null ? null : CostTables.beside(s.file());
        if (beside != null && Files.isRegularFile(beside)) {
            try {
                useCosts(CostTables.read(beside, null, CostTables.origins(s.scenario()), CostTables.destinations(s.scenario())), beside);
            } catch (ImportException e) {
                State now = state;
                publish(new State(now.results(), now.scenario(), now.stale(), now.running(), Messages.bind(Messages.Costs_notRead, e.getMessage())));
            }
        }
    }

    /** The travel costs the analyses use (a cost table, minutes or kilometres), or null for the distance model's lines. */
    public CostTable costs() {
        return costs;
    }

    /** The file the travel costs were read from, or null. */
    public Path costsFile() {
        return costsFile;
    }

    /**
     * Makes the analyses use a cost table from now on (null: the scenario's distance model again); the results so far
     * become stale.
     */
    public void useCosts(CostTable table, Path from) {
        costs = table;
        costsFile = table == null ? null : from;
        State now = state;
        publish(new State(now.results(), now.scenario(), !now.results().isEmpty() || now.stale(), now.running(), null));
    }

    public State state() {
        return state;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** Runs every analyzer on the scenario in a user job; returns it (scheduled). */
    public Job run(Scenario scenario, Map<String, String> options) {
        long request = requests.incrementAndGet();
        Job job = new Job(Messages.Analysis_job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                State before = state;
                publish(request, new State(before.results(), before.scenario(), before.stale(), true, null));
                try {
                    AnalysisRunner runner = AnalysisRunner.fromExtensions();
                    CostTable table = costs;
                    AnalysisContext context = runner.run(table == null ? new AnalysisContext(scenario, options)
                            : new AnalysisContext(scenario, options, table), List.of(), monitor);
                    publish(request, new State(new LinkedHashMap<>(context.results()), scenario, false, false, null));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    publish(request, new State(before.results(), before.scenario(), before.stale(), false, null));
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    publish(request, new State(before.results(), before.scenario(), before.stale(), false, e.getMessage()));
                    return Status.error(Messages.bind(Messages.Analysis_failed, e.getMessage()), e);
                }
            }
        };
        job.setRule(RULE);
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * Adds one analysis's result, run apart from the others (Analysis → Location-allocation…), to the latest results
     * of a scenario: kept with them when they are of that scenario and current, alone otherwise.
     */
    public void add(Scenario scenario, String analyzerId, Object result) {
        State now = state;
        Map<String, Object> results = new LinkedHashMap<>(now.scenario() == scenario && !now.stale() ? now.results() : Map.of());
        results.put(analyzerId, result);
        publish(new State(results, scenario, false, now.running(), null));
    }

    /**
     * Shows results kept from before (the base scenario's, when the workbench comes back from viewing a roadmap year)
     * without running again; a run still going is no longer wanted.
     */
    synchronized void restore(State kept) {
        requests.incrementAndGet();
        publish(new State(kept.results(), kept.scenario(), kept.stale(), false, kept.error()));
    }

    private synchronized void publish(long request, State s) {
        if (request == requests.get()) {
            publish(s);
        }
    }

    private void publish(State s) {
        state = s;
        for (Listener l : listeners) {
            l.changed(s);
        }
    }
}
