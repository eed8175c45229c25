package org.nafitha.ui.locate;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.nafitha.locate.LocatePlan;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.charts.ComparisonView;

/**
 * "Apply to a new scenario…": the engine's {@link LocatePlan} of an answer as one compound command on the session's
 * command stack (the scenario's new code and names, the opened sites as planned centers, the status changes), so one
 * Undo takes it all back; then the comparison view compares it with a copy of the scenario as it was.
 */
public final class ApplyLocate {

    /** The comparison view of org.nafitha.ui.charts. */
    public static final String COMPARISON = "org.nafitha.ui.charts.comparison";

    private ApplyLocate() {
    }

    /** The command applying a plan to the session's scenario. */
    public static CompoundCommand command(ScenarioSession session, LocatePlan plan) {
        EditingDomain d = session.domain();
        Scenario s = session.scenario();
        CompoundCommand c = new CompoundCommand(Messages.applyCommand);
        c.append(SetCommand.create(d, s, NafithaPackage.Literals.NAMED__CODE, plan.code()));
        c.append(SetCommand.create(d, s, NafithaPackage.Literals.NAMED__NAME_EN, plan.nameEn()));
        c.append(SetCommand.create(d, s, NafithaPackage.Literals.NAMED__NAME_AR, plan.nameAr()));
        if (!plan.newCenters().isEmpty()) {
            c.append(AddCommand.create(d, s, NafithaPackage.Literals.SCENARIO__CENTERS, plan.newCenters()));
        }
        plan.statusChanges().forEach((center, status) -> c.append(SetCommand.create(d, center, NafithaPackage.Literals.SERVICE_CENTER__STATUS, status)));
        return c;
    }

    /**
     * Applies a plan as one undoable command and opens the comparison with the scenario as it was (when a page is
     * given); false when the command could not execute.
     */
    public static boolean apply(ScenarioSession session, LocatePlan plan, IWorkbenchPage page) {
        Scenario before = EcoreUtil.copy(session.scenario());
        if (!session.execute(command(session, plan))) {
            return false;
        }
        if (page != null) {
            try {
                ComparisonView view = (ComparisonView) page.showView(COMPARISON);
                view.compare(before, Messages.beforeApply);
            } catch (PartInitException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return true;
    }
}
