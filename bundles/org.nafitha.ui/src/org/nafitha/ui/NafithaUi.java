package org.nafitha.ui;

import java.nio.file.Path;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.nafitha.model.Scenario;
import org.nafitha.sample.SampleScenario;
import org.nafitha.store.ScenarioStore;
import org.osgi.framework.BundleContext;

/** The workbench bundle: holds the scenario the planner is working on. */
public final class NafithaUi extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "org.nafitha.ui";

    private static NafithaUi plugin;

    private ScenarioSession session;
    private AnalysisSession analyses;
    private ViewedYear viewedYear;
    private volatile Path storePath = ScenarioStore.defaultPath();

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        plugin = null;
        super.stop(context);
    }

    public static NafithaUi getDefault() {
        return plugin;
    }

    /** The scenario open in the workbench; the embedded sample of Jordan until the planner opens another. */
    public Scenario getScenario() {
        return getSession().scenario();
    }

    /** The analyses of the open scenario: run them as a job, read the latest results. */
    public synchronized AnalysisSession getAnalyses() {
        if (analyses == null) {
            analyses = new AnalysisSession(getSession());
        }
        return analyses;
    }

    /** The roadmap year the workbench shows (none: the base scenario). */
    public synchronized ViewedYear getViewedYear() {
        if (viewedYear == null) {
            viewedYear = new ViewedYear(getSession(), getAnalyses());
        }
        return viewedYear;
    }

    /**
     * What the views show: the state of the viewed roadmap year (read-only), or the open scenario. Edits go to
     * {@link #getScenario()} through {@link #getSession()}.
     */
    public Scenario getViewedScenario() {
        return getViewedYear().scenario();
    }

    /** The scenario store the workbench saves to and compares with ({@code $NAFITHA_STORE} or the default). */
    public Path getStorePath() {
        return storePath;
    }

    /** Uses another store (the Scenarios view; tests). */
    public void setStorePath(Path path) {
        this.storePath = path;
    }

    /** The editing session of the open scenario: its command stack (undo, redo), its file and dirty state. */
    public synchronized ScenarioSession getSession() {
        if (session == null) {
            session = new ScenarioSession(SampleScenario.create(), SampleScenario.NAME);
        }
        return session;
    }
}
