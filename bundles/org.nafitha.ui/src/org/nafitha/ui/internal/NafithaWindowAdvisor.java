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
        c.setTitle(Messages.bind(Messages.Window_title, ScenarioLabels.name(NafithaUi.getDefault().getScenario())));
    }
}
