package org.nafitha.ui.internal;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class NafithaWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // a planner's layout is kept between sessions
        configurer.setSaveAndRestore(true);
    }

    /**
     * With {@code -Dnafitha.reportStartup=true} (releng/screenshot.sh sets it) the workbench prints how long it took
     * from the start of the JVM until its window opened with the centers listed.
     */
    @Override
    public void postStartup() {
        if (Boolean.getBoolean("nafitha.reportStartup")) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            IViewPart view = page == null ? null : page.findView(CentersView.ID);
            int listed = view instanceof CentersView centers ? centers.getViewer().getTable().getItemCount() : -1;
            System.out.printf(Locale.ROOT, "nafitha: workbench ready %d ms after JVM start; the centers view lists %d centers%n", ms, listed);
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return NetworkPlanningPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new NafithaWindowAdvisor(configurer);
    }
}
