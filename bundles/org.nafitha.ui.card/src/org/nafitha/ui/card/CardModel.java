package org.nafitha.ui.card;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;
import org.nafitha.card.CardCatalog;
import org.nafitha.card.CardEngine;
import org.nafitha.card.CardInput;
import org.nafitha.card.CardResult;
import org.nafitha.card.CardSettings;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.model.Scenario;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;

/**
 * The card of the workbench's scenario, shared by the card views: computed in a background job (coverage, capacity,
 * then the card, with progress and cancel; from the latest analysis results when they are of the scenario as it is),
 * rated again whenever the analyses run (F9), marked stale when the scenario changes, listeners told on the UI thread.
 */
public final class CardModel {

    /**
     * What the views show: the card (null before the first run), whether it is stale, and the last error; and the card
     * rated before it (null when none, or of another scenario), for the change since the last rating.
     */
    public record State(CardResult card, boolean stale, boolean running, String error, CardResult previous) {
        State(CardResult card, boolean stale, boolean running, String error) {
            this(card, stale, running, error, null);
        }
    }

    private static CardModel instance;

    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = new State(null, false, false, null);
    private Scenario watched;
    private Scenario ratedScenario;
    /** The analysis results the card was last rated from (so one run rates it once). */
    private volatile Map<String, Object> ratedFrom;
    private final EContentAdapter watcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (!n.isTouch() && state.card() != null && !state.stale()) {
                publish(new State(state.card(), true, state.running(), state.error(), state.previous()));
            }
        }
    };

    public static synchronized CardModel get() {
        if (instance == null) {
            instance = new CardModel();
            // the card runs with the analyses: when a run of the scenario as it is ends (F9), the card is rated from its results
            NafithaUi.getDefault().getAnalyses().addListener(instance::analysesChanged);
        }
        return instance;
    }

    private void analysesChanged(AnalysisSession.State s) {
        if (!s.running() && !s.stale() && s.error() == null && !s.results().isEmpty() && s.scenario() == NafithaUi.getDefault().getViewedScenario()
                && s.results() != ratedFrom) {
            ratedFrom = s.results();
            compute();
        }
    }

    public State state() {
        return state;
    }

    public void addListener(Consumer<State> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<State> l) {
        listeners.remove(l);
    }

    /** Computes the card of what the workbench shows (a viewed roadmap year's state, or the scenario) in a job; returns it (scheduled). */
    public Job compute() {
        Scenario scenario = NafithaUi.getDefault().getViewedScenario();
        if (watched != scenario) {
            if (watched != null) {
                watched.eAdapters().remove(watcher);
            }
            scenario.eAdapters().add(watcher);
            watched = scenario;
        }
        publish(new State(state.card(), state.stale(), true, null, state.previous()));
        // the card now shown is the one a new rating is compared with, when it is of this scenario
        CardResult before = state.card() != null && ratedScenario == scenario ? state.card() : null;
        ratedScenario = scenario;
        AnalysisSession.State analyses = NafithaUi.getDefault().getAnalyses().state();
        Map<String, Object> fresh = analyses.scenario() == scenario && !analyses.stale() && !analyses.running() && !analyses.results().isEmpty()
                ? analyses.results() : null;
        Job job = new Job(Messages.computing) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    CardEngine engine = new CardEngine(CardCatalog.fromExtensions());
                    CardResult card = fresh != null
                            // the analyses of this very scenario state ran already (F9): rate from their results
                            ? engine.compute(new CardInput(scenario, fresh), CardSettings.of(scenario), monitor)
                            : engine.run(scenario, AnalysisRunner.fromExtensions(), Map.of(), CardSettings.of(scenario), monitor);
                    publish(new State(card, false, false, null, before));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    publish(new State(state.card(), state.stale(), false, null, state.previous()));
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    publish(new State(state.card(), state.stale(), false, e.getMessage(), state.previous()));
                    return Status.error(Messages.bind(Messages.failed, e.getMessage()), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private void publish(State s) {
        state = s;
        Display display = Display.getDefault();
        display.asyncExec(() -> listeners.forEach(l -> l.accept(s)));
    }
}
