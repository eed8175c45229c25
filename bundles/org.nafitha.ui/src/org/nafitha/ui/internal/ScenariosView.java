package org.nafitha.ui.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.model.Scenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;
import org.nafitha.store.StoredScenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * The scenarios in the store ({@code $NAFITHA_STORE} or {@code ~/.nafitha/nafitha-store}): each with its last
 * revision, when it was saved and its size. Save the open scenario as a new revision; double-click one to open it. The
 * store is opened for each operation, in a job, and closed again.
 */
public final class ScenariosView extends ViewPart {

    public static final String ID = "org.nafitha.ui.views.scenarios";

    private TableViewer viewer;
    private Label status;
    private Button save;
    private Path store = NafithaUi.getDefault().getStorePath();

    /** One store operation at a time (a new store is created by the first). */
    private static final org.eclipse.core.runtime.jobs.ISchedulingRule STORE_RULE = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        save = new Button(parent, SWT.PUSH);
        save.setText(Messages.Scenarios_save);
        save.addListener(SWT.Selection, e -> saveOpenScenario());
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.Scenarios_refresh);
        refresh.addListener(SWT.Selection, e -> refresh());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = org.nafitha.ui.Tables.create(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(viewer.getTable());
        column(Messages.CentersView_code, 110, StoredScenario::code);
        column(Messages.CentersView_name, 240, s -> ScenarioLabels.arabic() && s.nameAr() != null && !s.nameAr().isBlank() ? s.nameAr() : s.nameEn());
        column(Messages.Scenarios_revision, 70, s -> Integer.toString(s.revision()));
        column(Messages.Scenarios_saved, 150, s -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault())
                .format(s.savedAt()));
        column(Messages.Scenarios_centers, 70, s -> ScenarioLabels.number(s.centers()));
        column(Messages.Scenarios_zones, 70, s -> ScenarioLabels.number(s.zones()));
        column(Messages.Scenarios_population, 110, s -> ScenarioLabels.number(s.population()));
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof StoredScenario s) {
                open(s.code());
            }
        });
        refresh();
    }

    private void column(String title, int width, Function<StoredScenario, String> text) {
        org.nafitha.ui.Tables.column(viewer, title, width, text);
    }

    /** Uses another store (tests; a planner sets $NAFITHA_STORE). */
    public void setStore(Path path) {
        this.store = path;
        NafithaUi.getDefault().setStorePath(path);
        refresh();
    }

    public Path getStore() {
        return store;
    }

    /** Lists the store's scenarios, in a job. */
    public Job refresh() {
        return run(Messages.Scenarios_listing, s -> {
            List<StoredScenario> list = s.list();
            ui(() -> {
                viewer.setInput(list);
                status.setText(NLS.bind(Messages.Scenarios_status, list.size(), store));
            });
        });
    }

    /** Saves a copy of the open scenario as a new revision, in a job; the session is marked saved when it is done. */
    public Job saveOpenScenario() {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Scenario copy = EcoreUtil.copy(session.scenario());
        int stamp = session.commandStack().getUndoCommand() == null ? 0 : System.identityHashCode(session.commandStack().getUndoCommand());
        return run(Messages.Scenarios_saving, s -> {
            StoredScenario saved = s.save(copy);
            List<StoredScenario> list = s.list();
            ui(() -> {
                int now = session.commandStack().getUndoCommand() == null ? 0 : System.identityHashCode(session.commandStack().getUndoCommand());
                if (now == stamp) {
                    session.saved(); // nothing was edited while saving
                }
                viewer.setInput(list);
                status.setText(NLS.bind(Messages.Scenarios_savedAs, new Object[] { saved.code(), saved.revision(), store }));
            });
        });
    }

    /** Opens a scenario of the store in place of the open one (asks first when that has unsaved changes). */
    public Job open(String code) {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        if (session.isDirty() && !MessageDialog.openQuestion(getSite().getShell(), Messages.Open_title, Messages.Open_discard)) {
            return null;
        }
        return run(Messages.Scenarios_opening, s -> {
            Scenario loaded = s.load(code);
            ui(() -> {
                session.open(loaded, null, code);
                status.setText(NLS.bind(Messages.Scenarios_opened, code));
            });
        });
    }

    private interface StoreWork {
        void run(ScenarioStore store) throws StoreException;
    }

    private Job run(String name, StoreWork work) {
        Path path = store;
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try (ScenarioStore s = ScenarioStore.open(path)) {
                    work.run(s);
                    return Status.OK_STATUS;
                } catch (StoreException | RuntimeException e) {
                    ui(() -> status.setText(e.getMessage()));
                    return Status.error(e.getMessage(), e);
                }
            }
        };
        job.setUser(false);
        job.setRule(STORE_RULE);
        job.schedule();
        return job;
    }

    private void ui(Runnable r) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    r.run();
                    status.getParent().layout(true);
                }
            });
        }
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
