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
        c.setInitialSize(new Point(1280, 800));
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
