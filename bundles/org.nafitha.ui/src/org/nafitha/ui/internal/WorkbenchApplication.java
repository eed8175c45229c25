package org.nafitha.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The workbench application {@code org.nafitha.ui.application}. */
public final class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        if (rightToLeft(Platform.getApplicationArgs())) {
            Window.setDefaultOrientation(SWT.RIGHT_TO_LEFT);
        }
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new NafithaWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** Right to left when the workbench runs in Arabic ({@code -nl ar}) or {@code -dir rtl} is given. */
    static boolean rightToLeft(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if ("-dir".equalsIgnoreCase(args[i])) {
                return "rtl".equalsIgnoreCase(args[i + 1]);
            }
        }
        return ScenarioLabels.arabic();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
