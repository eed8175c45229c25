package org.nafitha.ui.charts.phasing;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/** "Propose phasing…" in the Roadmap view's toolbar and menu: opens the {@link PhasingDialog} on the open scenario. */
public final class ProposePhasingHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Shell shell = HandlerUtil.getActiveShell(event);
        if (session.scenario().getRoadmap() == null) {
            MessageDialog.openInformation(shell, Messages.title, Messages.noRoadmap);
            return null;
        }
        new PhasingDialog(shell, session).open();
        return null;
    }
}
