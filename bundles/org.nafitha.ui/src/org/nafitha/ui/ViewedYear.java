package org.nafitha.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.resource.Resource;
import org.nafitha.model.Scenario;
import org.nafitha.ui.internal.Messages;

/**
 * The year of the roadmap the workbench shows, workbench-wide: none (the base scenario, the one being edited) or a
 * year, whose state the views that show the scenario (the map, the centers table, the analysis results, the card) show
 * instead. The state is derived by a function the caller gives (the Roadmap view gives the roadmap engine's year
 * state), so nothing of the roadmap is worked out here.
 *
 * <p>
 * A viewed year is read-only: its state is held in the editing domain as a read-only resource (every command on it is
 * refused), and the views that edit the scenario do not offer their edits while a year is viewed. The Roadmap view
 * still edits the roadmap, which belongs to the base scenario; after any edit, undo or redo of the base, the year's
 * state is derived again and analysed again. Opening another scenario goes back to the base.
 * </p>
 *
 * <p>
 * Choosing a year keeps the base scenario's latest analysis results and runs the analyses on the year's state as a job;
 * going back to the base shows the kept results again (stale if the base changed meanwhile), so nothing is lost.
 * </p>
 */
public final class ViewedYear {

    /** Told when the viewed year or its state changes, on the thread that changed it (the UI thread). */
    public interface Listener {
        void changed(ViewedYear viewed);
    }

    private final ScenarioSession session;
    private final AnalysisSession analyses;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private int year;
    private Function<Scenario, Scenario> stateOf;
    private Scenario base;
    private Scenario state;
    private Resource held;
    private long derivedAt;
    private AnalysisSession.State baseResults;

    ViewedYear(ScenarioSession session, AnalysisSession analyses) {
        this.session = session;
        this.analyses = analyses;
        session.addListener(s -> baseChanged());
    }

    /**
     * Shows the scenario as it stands in {@code year}: {@code stateOf} derives that state from the base scenario (and
     * again after every edit of the base); the analyses run on the state as a job.
     */
    public void show(int year, Function<Scenario, Scenario> stateOf) {
        Scenario b = session.scenario();
        if (state == null) {
            AnalysisSession.State now = analyses.state();
            baseResults = now.scenario() == b ? now : null;
        }
        Scenario derived = stateOf.apply(b);
        if (held != null) {
            session.release(held);
        }
        held = session.holdReadOnly(derived, b.getCode() + "-" + year);
        this.year = year;
        this.stateOf = stateOf;
        this.base = b;
        this.state = derived;
        this.derivedAt = session.edits();
        fire();
        analyses.run(derived, Map.of());
    }

    /** Back to the base scenario: every view shows it again, with its analysis results as they were. */
    public void showBase() {
        if (state == null) {
            return;
        }
        session.release(held);
        held = null;
        state = null;
        stateOf = null;
        base = null;
        year = 0;
        AnalysisSession.State kept = baseResults != null && baseResults.scenario() == session.scenario() ? baseResults
                : new AnalysisSession.State(Map.of(), null, false, false, null);
        baseResults = null;
        fire();
        analyses.restore(kept);
    }

    private void baseChanged() {
        if (state == null) {
            return;
        }
        if (session.scenario() != base) {
            showBase();
        } else if (session.edits() != derivedAt) {
            if (baseResults != null && !baseResults.results().isEmpty()) {
                baseResults = new AnalysisSession.State(baseResults.results(), baseResults.scenario(), true, false, baseResults.error());
            }
            try {
                show(year, stateOf);
            } catch (RuntimeException e) {
                // the edited base has no state for the year (a roadmap the engine cannot apply): the base, editable, and why
                ILog.of(getClass()).warn(Messages.bind(Messages.ViewedYear_failed, Integer.toString(year), e.getMessage()), e);
                showBase();
            }
        }
    }

    /** Whether a year is viewed (the views are read-only). */
    public boolean isViewing() {
        return state != null;
    }

    /** The viewed year; 0 for the base scenario. */
    public int year() {
        return year;
    }

    /** What the views show: the viewed year's state (read-only), or the base scenario. */
    public Scenario scenario() {
        return state != null ? state : session.scenario();
    }

    /** "Viewing 2028 — roadmap state, read-only" in the workbench's language; empty for the base scenario. */
    public String banner() {
        return state == null ? "" : Messages.bind(Messages.ViewedYear_banner, Integer.toString(year));
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void fire() {
        for (Listener l : listeners) {
            l.changed(this);
        }
    }
}
