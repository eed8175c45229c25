package org.nafitha.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.internal.wizards.ExportWizard;

/** File → Export…: the export wizard on the open scenario. */
public final class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new WizardDialog(HandlerUtil.getActiveShell(event), new ExportWizard(NafithaUi.getDefault().getSession())).open();
        return null;
    }
}
