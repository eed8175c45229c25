package org.nafitha.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.nafitha.geo.CostTable;
import org.nafitha.io.CostTables;
import org.nafitha.io.ImportException;
import org.nafitha.model.Scenario;
import org.nafitha.ui.AnalysisSession;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * File ▸ Travel costs: a cost table (origin, destination, minutes or km; CSV or XLSX, as {@code nafitha import --kind
 * costs} reads it) that the analyses use instead of straight lines, and the way back to the distance model. A table is
 * read whole or not at all: a bad file is refused with its line and column and the analyses keep what they had. When
 * the scenario has a file, the table is kept beside it as {@code NAME.costs.csv}, which opening the scenario reads
 * again (as the command line does).
 */
public final class CostsHandlers {

    private CostsHandlers() {
    }

    /**
     * The outcome of an import: the table read (null when refused), what to tell the planner, and whether it was refused
     * only for want of a unit (the file's cost column is named just "cost").
     */
    public record Outcome(CostTable table, String message, boolean unitMissing) {
    }

    /**
     * Reads a cost table for the open scenario and makes the analyses use it; on a fault nothing changes.
     *
     * @param unit the unit when the file's cost column names none (null: ask the file)
     */
    public static Outcome importFrom(Path file, CostTable.Unit unit) {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        AnalysisSession analyses = NafithaUi.getDefault().getAnalyses();
        Scenario s = session.scenario();
        CostTable table;
        try {
            table = CostTables.read(file, unit, CostTables.origins(s), CostTables.destinations(s));
        } catch (ImportException e) {
            return new Outcome(null, e.getMessage(), CostTables.unitMissing(e));
        }
        Path kept = file;
        if (session.file() != null) {
            Path beside = CostTables.beside(session.file());
            try {
                if (!beside.toAbsolutePath().equals(file.toAbsolutePath())) {
                    CostTables.write(table, beside);
                }
                kept = beside;
            } catch (IOException e) {
                return new Outcome(null, Messages.bind(Messages.Costs_notKept, beside, e.getMessage()), false);
            }
        }
        analyses.useCosts(table, kept);
        return new Outcome(table, Messages.bind(Messages.Costs_read, new Object[] {table.pairs(), table.unit().symbol(), kept}), false);
    }

    /** Saving the scenario under a new name keeps its cost table beside the new file too. */
    static void keepBeside(Path scenarioFile) throws IOException {
        AnalysisSession analyses = NafithaUi.getDefault().getAnalyses();
        CostTable table = analyses.costs();
        if (table == null) {
            return;
        }
        Path beside = CostTables.beside(scenarioFile);
        if (analyses.costsFile() == null || !beside.toAbsolutePath().equals(analyses.costsFile().toAbsolutePath())) {
            CostTables.write(table, beside);
            analyses.useCosts(table, beside);
        }
    }

    public static final class Import extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText(Messages.Costs_title);
            dialog.setFilterExtensions(new String[] {"*.csv;*.xlsx", "*"});
            String chosen = dialog.open();
            if (chosen == null) {
                return null;
            }
            Path file = Path.of(chosen);
            Outcome outcome = importFrom(file, null);
            if (outcome.unitMissing()) {
                MessageDialog ask = new MessageDialog(shell, Messages.Costs_title, null, Messages.Costs_unit, MessageDialog.QUESTION, 2,
                        Messages.Costs_minutes, Messages.Costs_km, Messages.Costs_cancel);
                int answer = ask.open();
                if (answer != 0 && answer != 1) {
                    return null;
                }
                outcome = importFrom(file, answer == 0 ? CostTable.Unit.MINUTES : CostTable.Unit.KILOMETRES);
            }
            if (outcome.table() == null) {
                MessageDialog.openError(shell, Messages.Costs_failed, outcome.message());
            } else {
                MessageDialog.openInformation(shell, Messages.Costs_title, outcome.message());
            }
            return null;
        }
    }

    public static final class Clear extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            AnalysisSession analyses = NafithaUi.getDefault().getAnalyses();
            Path file = analyses.costsFile();
            analyses.useCosts(null, null);
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Costs_title,
                    file == null ? Messages.Costs_clearedNone : Messages.bind(Messages.Costs_cleared, file));
            return null;
        }
    }
}
