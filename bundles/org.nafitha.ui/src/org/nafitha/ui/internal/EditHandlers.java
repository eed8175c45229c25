package org.nafitha.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.nafitha.io.CostTables;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/** The workbench's handlers for undo, redo, open, save and save as, on the open scenario's session. */
public final class EditHandlers {

    private EditHandlers() {
    }

    /** A handler whose enablement follows the session (re-evaluated on every change). */
    abstract static class SessionHandler extends AbstractHandler implements ScenarioSession.Listener {
        SessionHandler() {
            NafithaUi.getDefault().getSession().addListener(this);
        }

        ScenarioSession session() {
            return NafithaUi.getDefault().getSession();
        }

        @Override
        public void changed(ScenarioSession s) {
            Display d = Display.getDefault();
            if (Display.getCurrent() != null) {
                fireHandlerChanged(new HandlerEvent(this, true, false));
            } else {
                d.asyncExec(() -> fireHandlerChanged(new HandlerEvent(this, true, false)));
            }
        }

        @Override
        public void dispose() {
            session().removeListener(this);
            super.dispose();
        }
    }

    public static final class Undo extends SessionHandler {
        @Override
        public boolean isEnabled() {
            return session().commandStack().canUndo();
        }

        @Override
        public Object execute(ExecutionEvent event) {
            if (session().commandStack().canUndo()) {
                session().commandStack().undo();
            }
            return null;
        }
    }

    public static final class Redo extends SessionHandler {
        @Override
        public boolean isEnabled() {
            return session().commandStack().canRedo();
        }

        @Override
        public Object execute(ExecutionEvent event) {
            if (session().commandStack().canRedo()) {
                session().commandStack().redo();
            }
            return null;
        }
    }

    public static final class Save extends SessionHandler {
        @Override
        public boolean isEnabled() {
            return session().isDirty();
        }

        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            Path file = session().file();
            if (file == null) {
                file = ask(shell, SWT.SAVE, suggestedFileName(session()));
            }
            if (file != null) {
                save(shell, file);
            }
            return null;
        }
    }

    public static final class SaveAs extends SessionHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            Path file = ask(shell, SWT.SAVE, suggestedFileName(session()));
            if (file != null) {
                save(shell, file);
            }
            return null;
        }
    }

    public static final class Open extends SessionHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            if (session().isDirty() && !confirmDiscard(shell)) {
                return null;
            }
            Path file = ask(shell, SWT.OPEN, null);
            if (file == null) {
                return null;
            }
            try {
                Scenario s = ScenarioFiles.load(file);
                session().open(s, file, file.getFileName().toString());
            } catch (ScenarioFileException e) {
                MessageDialog.openError(shell, Messages.Open_title, e.getMessage());
            }
            return null;
        }
    }

    /** Runs every analyzer on the open scenario in a job, and brings the results view forward when there is one. */
    public static final class RunAnalyses extends AbstractHandler {
        /** The results view of org.nafitha.ui.charts (named, not referenced: the workbench works without it). */
        static final String RESULTS_VIEW = "org.nafitha.ui.charts.results";

        @Override
        public Object execute(ExecutionEvent event) {
            NafithaUi ui = NafithaUi.getDefault();
            ui.getAnalyses().run(ui.getViewedScenario(), Map.of());
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
            if (window != null && window.getActivePage() != null
                    && PlatformUI.getWorkbench().getViewRegistry().find(RESULTS_VIEW) != null) {
                try {
                    window.getActivePage().showView(RESULTS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            return null;
        }
    }

    /**
     * The file name Save as proposes: the file the scenario came from, else its code (the sample's: a plan's name,
     * so the sample's file is not overwritten by a plan made from it).
     */
    public static String suggestedFileName(ScenarioSession session) {
        if (session.file() != null) {
            return session.file().getFileName().toString();
        }
        String code = session.scenario().getCode();
        if (code == null || code.isBlank()) {
            code = session.name();
        }
        if (ScenariosView.sampleCode().equals(code) && session.isDirty()) {
            code = ScenariosView.PLAN_CODE;
        }
        return code.replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "." + ScenarioFiles.EXTENSION;
    }

    /**
     * Asks whether to discard the open scenario's unsaved changes. The safe answer, keep them, is the default: Enter
     * does not throw work away.
     */
    public static MessageDialog discardDialog(Shell shell) {
        return new MessageDialog(shell, Messages.Open_title, null, Messages.Open_discard, MessageDialog.QUESTION, 1, Messages.Open_discardYes,
                Messages.Open_keep);
    }

    /** True when the planner chose to discard the unsaved changes. */
    public static boolean confirmDiscard(Shell shell) {
        return discardDialog(shell).open() == 0;
    }

    static Path ask(Shell shell, int style, String suggested) {
        FileDialog dialog = new FileDialog(shell, style);
        if (suggested != null) {
            dialog.setFileName(suggested);
        }
        dialog.setFilterExtensions(new String[] { "*." + ScenarioFiles.EXTENSION, "*" });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path p = Path.of(chosen);
        return style == SWT.SAVE && !p.getFileName().toString().contains(".") ? p.resolveSibling(p.getFileName() + "." + ScenarioFiles.EXTENSION) : p;
    }

    static void save(Shell shell, Path file) {
        try {
            NafithaUi.getDefault().getSession().saveAs(file);
        } catch (ScenarioFileException e) {
            MessageDialog.openError(shell, Messages.Save_failed, e.getMessage());
            return;
        }
        try {
            CostsHandlers.keepBeside(file);
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.Save_failed, Messages.bind(Messages.Costs_notKept, CostTables.beside(file), e.getMessage()));
        }
    }
}
