package org.nafitha.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.nafitha.ui.NafithaUi;

final class NafithaWindowAdvisor extends WorkbenchWindowAdvisor {

    NafithaWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        // the whole screen on a first start (a planner's desktop), up to 1920 x 1200; the layout is kept after that
        org.eclipse.swt.graphics.Rectangle screen = org.eclipse.swt.widgets.Display.getDefault().getPrimaryMonitor().getClientArea();
        c.setInitialSize(new Point(Math.min(1920, Math.max(1024, screen.width)), Math.min(1200, Math.max(700, screen.height))));
        c.setShowCoolBar(false);
        c.setShowStatusLine(true);
        c.setShowPerspectiveBar(false);
        c.setTitle(title());
        NafithaUi.getDefault().getSession().addListener(session -> {
            org.eclipse.swt.widgets.Display d = org.eclipse.swt.widgets.Display.getDefault();
            d.asyncExec(() -> {
                org.eclipse.ui.IWorkbenchWindow w = getWindowConfigurer().getWindow();
                if (w != null && w.getShell() != null && !w.getShell().isDisposed()) {
                    w.getShell().setText(title());
                }
            });
        });
    }

    /** "Nafitha — scenario", with a star when it has unsaved changes. */
    private static String title() {
        return (NafithaUi.getDefault().getSession().isDirty() ? "*" : "")
                + Messages.bind(Messages.Window_title, ScenarioLabels.name(NafithaUi.getDefault().getScenario()));
    }

    @Override
    public org.eclipse.ui.application.ActionBarAdvisor createActionBarAdvisor(org.eclipse.ui.application.IActionBarConfigurer configurer) {
        return new NafithaActionBarAdvisor(configurer);
    }
}
