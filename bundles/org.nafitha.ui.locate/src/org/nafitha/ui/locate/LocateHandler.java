package org.nafitha.ui.locate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.nafitha.ui.NafithaUi;

/** Analysis → Location-allocation…: the wizard on the open scenario. */
public final class LocateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        WizardDialog dialog = new WizardDialog(HandlerUtil.getActiveShell(event), new LocateWizard(NafithaUi.getDefault().getScenario()));
        dialog.open();
        return null;
    }
}
