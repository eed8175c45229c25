package org.nafitha.ui.locate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.nafitha.model.Scenario;
import org.nafitha.ui.NafithaUi;

/**
 * Analysis → Location-allocation…: one page of settings ({@link LocatePage}); Finish starts the locate engine in a job
 * ({@link LocateJob}) with progress and cancel, whose answer goes to the map and the results view.
 */
public final class LocateWizard extends Wizard {

    private final Scenario scenario;
    private final LocatePage page;
    private Job job;

    public LocateWizard(Scenario scenario) {
        this.scenario = scenario;
        this.page = new LocatePage(scenario);
        setWindowTitle(Messages.wizardTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    public LocatePage getPage() {
        return page;
    }

    /** The job Finish started; null before. */
    public Job getJob() {
        return job;
    }

    @Override
    public boolean performFinish() {
        Map<String, String> options = new LinkedHashMap<>(page.options());
        job = LocateJob.start(NafithaUi.getDefault().getAnalyses(), scenario, options);
        return true;
    }
}
