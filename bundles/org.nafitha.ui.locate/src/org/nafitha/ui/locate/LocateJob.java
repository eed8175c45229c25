package org.nafitha.ui.locate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.nafitha.core.AnalysisContext;
import org.nafitha.geo.CostTable;
import org.nafitha.locate.LocateAnalyzer;
import org.nafitha.locate.LocateResult;
import org.nafitha.model.Scenario;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * A location-allocation run as a user job (progress in the status line and the Progress view, cancel there): the
 * locate analyzer with the wizard's options. Its answer joins the analysis results (so the map draws it with the
 * analysis layers' locate layers) and is kept as {@link #latest()} for the results view, which it opens.
 */
public final class LocateJob {

    /** An answer, the scenario it answers and the options it was run with. */
    public record Answer(Scenario scenario, Map<String, String> options, LocateResult result) {
    }

    private static volatile Answer latest;
    /** Whether the scenario changed since the latest answer (an answer of an older state is not applied). */
    private static volatile boolean changed;
    private static ScenarioSession watched;
    private static final List<Consumer<Answer>> LISTENERS = new CopyOnWriteArrayList<>();

    private LocateJob() {
    }

    /** Whether the latest answer is of the open scenario as it is now. */
    public static boolean isCurrent() {
        Answer a = latest;
        return a != null && !changed && a.scenario() == NafithaUi.getDefault().getScenario();
    }

    private static synchronized void watch(ScenarioSession session) {
        if (watched != session) {
            watched = session;
            session.addListener(s -> changed = true);
        }
    }

    /** The latest answer; null before the first. */
    public static Answer latest() {
        return latest;
    }

    static void addListener(Consumer<Answer> l) {
        LISTENERS.add(l);
    }

    static void removeListener(Consumer<Answer> l) {
        LISTENERS.remove(l);
    }

    /** Starts a run (scheduled); its result is published when it ends. */
    public static Job start(AnalysisSession analyses, Scenario scenario, Map<String, String> options) {
        Map<String, String> copy = Map.copyOf(options);
        CostTable costs = analyses.costs(); // the travel costs the analyses use (File ▸ Travel costs…), or straight lines
        watch(NafithaUi.getDefault().getSession());
        Job job = new Job(Messages.job) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    LocateResult r = new LocateAnalyzer().analyze(costs == null ? new AnalysisContext(scenario, copy)
                            : new AnalysisContext(scenario, copy, costs), monitor);
                    Answer a = new Answer(scenario, copy, r);
                    changed = false;
                    latest = a;
                    analyses.add(scenario, LocateAnalyzer.ID, r);
                    LISTENERS.forEach(l -> l.accept(a));
                    showResults();
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IllegalArgumentException e) {
                    return Status.error(NLS.bind(Messages.jobFailed, e.getMessage()), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void showResults() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null) {
                try {
                    window.getActivePage().showView(LocateResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        });
    }
}
