package org.nafitha.ui.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
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
        Rectangle screen = Display.getDefault().getPrimaryMonitor().getClientArea();
        c.setInitialSize(new Point(Math.min(1920, Math.max(1024, screen.width)), Math.min(1200, Math.max(700, screen.height))));
        c.setShowCoolBar(false);
        c.setShowStatusLine(true);
        c.setShowPerspectiveBar(false);
        c.setTitle(title());
        NafithaUi.getDefault().getSession().addListener(session -> retitle());
        // a viewed roadmap year is said in the title too: "Nafitha — sample — Viewing 2028 — roadmap state, read-only"
        NafithaUi.getDefault().getViewedYear().addListener(viewed -> retitle());
    }

    /**
     * The platform's Properties view has no Arabic name of its own: its tab is named in the workbench's language when
     * it opens (the model's label is what the tab shows).
     */
    @Override
    public void postWindowOpen() {
        IWorkbenchWindow w = getWindowConfigurer().getWindow();
        w.getPartService().addPartListener(new IPartListener2() {
            @Override
            public void partOpened(IWorkbenchPartReference ref) {
                name(ref);
            }

            @Override
            public void partVisible(IWorkbenchPartReference ref) {
                name(ref);
            }
        });
        for (IWorkbenchPage page : w.getPages()) {
            for (IViewReference ref : page.getViewReferences()) {
                name(ref);
            }
        }
    }

    private static void name(IWorkbenchPartReference ref) {
        if (IPageLayout.ID_PROP_SHEET.equals(ref.getId()) && ref.getPart(false) != null) {
            MPart part = ref.getPart(false).getSite()
                    .getService(MPart.class);
            if (part != null && !Messages.Properties_title.equals(part.getLabel())) {
                part.setLabel(Messages.Properties_title);
            }
        }
    }

    private void retitle() {
        Display.getDefault().asyncExec(() -> {
            IWorkbenchWindow w = getWindowConfigurer().getWindow();
            if (w != null && w.getShell() != null && !w.getShell().isDisposed()) {
                w.getShell().setText(title());
            }
        });
    }

    /** "Nafitha — scenario", with a star when it has unsaved changes, and the roadmap year when one is viewed. */
    private static String title() {
        String banner = NafithaUi.getDefault().getViewedYear().banner();
        return (NafithaUi.getDefault().getSession().isDirty() ? "*" : "")
                + Messages.bind(Messages.Window_title, ScenarioLabels.name(NafithaUi.getDefault().getScenario()))
                + (banner.isEmpty() ? "" : " \u2014 " + banner);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new NafithaActionBarAdvisor(configurer);
    }
}
