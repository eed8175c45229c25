package org.nafitha.ui.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;
import org.nafitha.sample.SampleScenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;
import org.nafitha.store.StoredScenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.Tables;

/**
 * The scenarios in the store ({@code $NAFITHA_STORE} or {@code ~/.nafitha/nafitha-store}): each with its last
 * revision, when it was saved and its size. Save the open scenario as a new revision; double-click one to open it. The
 * store is opened for each operation, in a job, and closed again.
 */
public final class ScenariosView extends ViewPart {

    public static final String ID = "org.nafitha.ui.views.scenarios";
    /** The code proposed for a plan made from the embedded sample (the sample's own code stays the sample's). */
    public static final String PLAN_CODE = "JO-PLAN";

    private static final class Sample {
        static final String CODE = SampleScenario.create().getCode();
    }

    /** The embedded sample's code. */
    static String sampleCode() {
        return Sample.CODE;
    }

    private TableViewer viewer;
    private Label status;
    private Button save;
    private Path store = NafithaUi.getDefault().getStorePath();

    /** One store operation at a time (a new store is created by the first). */
    private static final ISchedulingRule STORE_RULE = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        save = new Button(parent, SWT.PUSH);
        save.setText(Messages.Scenarios_save);
        save.setToolTipText(Messages.Scenarios_saveTip);
        save.addListener(SWT.Selection, e -> saveDialog().open());
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.Scenarios_refresh);
        refresh.setToolTipText(Messages.Scenarios_refreshTip);
        refresh.addListener(SWT.Selection, e -> refresh());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = Tables.create(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(viewer.getTable());
        column(Messages.CentersView_code, 110, StoredScenario::code);
        column(Messages.CentersView_name, 240, s -> ScenarioLabels.arabic() && s.nameAr() != null && !s.nameAr().isBlank() ? s.nameAr() : s.nameEn());
        column(Messages.Scenarios_revision, 70, s -> ScenarioLabels.number(s.revision()));
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
        Tables.column(viewer, title, width, text);
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
                status.setText(NLS.bind(Messages.Scenarios_status, ScenarioLabels.number(list.size()), store));
            });
        });
    }

    /**
     * The dialog that names what is saved: code, English and Arabic names, proposed from the open scenario (a plan's
     * code when the open scenario is the sample changed), and says whether it becomes a new scenario of the store or a
     * new revision of one. OK renames the open scenario (one undoable command) and saves it.
     */
    public StoreSaveDialog saveDialog() {
        return new StoreSaveDialog(getSite().getShell());
    }

    /** The last save the dialog started (tests). */
    private Job lastSave;

    public Job lastSave() {
        return lastSave;
    }

    /** Names the open scenario (undoably, when the names change) and saves it as a new scenario or revision of the store. */
    public Job saveNamed(String code, String nameEn, String nameAr) {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Scenario s = session.scenario();
        CompoundCommand rename = new CompoundCommand(
                NLS.bind(Messages.Scenarios_rename, code));
        NafithaPackage p = NafithaPackage.eINSTANCE;
        if (!code.equals(s.getCode())) {
            rename.append(SetCommand.create(session.domain(), s, p.getNamed_Code(), code));
        }
        if (!nameEn.equals(s.getNameEn())) {
            rename.append(SetCommand.create(session.domain(), s, p.getNamed_NameEn(), nameEn));
        }
        if (!nameAr.equals(s.getNameAr())) {
            rename.append(SetCommand.create(session.domain(), s, p.getNamed_NameAr(), nameAr));
        }
        if (!rename.isEmpty()) {
            session.execute(rename);
        }
        lastSave = saveOpenScenario();
        return lastSave;
    }

    /** Names what is saved to the store. */
    public final class StoreSaveDialog extends TitleAreaDialog {
        private Text code;
        private Text nameEn;
        private Text nameAr;
        private Label note;
        private final Set<String> stored = new HashSet<>();

        StoreSaveDialog(Shell shell) {
            super(shell);
            if (viewer.getInput() instanceof List<?> list) {
                for (Object o : list) {
                    stored.add(((StoredScenario) o).code());
                }
            }
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            setTitle(Messages.Scenarios_saveTitle);
            setMessage(Messages.Scenarios_saveMessage);
            getShell().setText(Messages.Scenarios_saveTitle);
            Composite c = new Composite(area, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
            Scenario s = NafithaUi.getDefault().getScenario();
            boolean plan = sampleCode().equals(s.getCode()) && NafithaUi.getDefault().getSession().isDirty();
            code = field(c, Messages.Scenarios_code, plan ? PLAN_CODE : s.getCode());
            nameEn = field(c, Messages.Scenarios_nameEn, plan ? Messages.Scenarios_planNameEn : s.getNameEn());
            nameAr = field(c, Messages.Scenarios_nameAr, plan ? Messages.Scenarios_planNameAr : s.getNameAr());
            nameAr.setOrientation(SWT.RIGHT_TO_LEFT);
            note = new Label(c, SWT.WRAP);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
            code.addModifyListener(e -> check());
            nameEn.addModifyListener(e -> check());
            nameAr.addModifyListener(e -> check());
            return area;
        }

        private Text field(Composite c, String label, String value) {
            new Label(c, SWT.NONE).setText(label);
            Text t = new Text(c, SWT.BORDER);
            t.setText(value == null ? "" : value);
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(t);
            return t;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            super.createButtonsForButtonBar(parent);
            check();
        }

        private void check() {
            if (note == null || getButton(IDialogConstants.OK_ID) == null) {
                return;
            }
            String c = code.getText().trim();
            String error = c.isEmpty() ? Messages.Scenarios_codeMissing
                    : !c.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") ? NLS.bind(Messages.Scenarios_codeInvalid, c)
                    : nameEn.getText().isBlank() && nameAr.getText().isBlank() ? Messages.Scenarios_nameMissing : null;
            setErrorMessage(error);
            getButton(IDialogConstants.OK_ID).setEnabled(error == null);
            note.setText(error != null ? "" : stored.contains(c) ? NLS.bind(Messages.Scenarios_newRevision, c) : NLS.bind(Messages.Scenarios_newScenario, c));
            note.getParent().layout(true);
        }

        @Override
        protected void okPressed() {
            String c = code.getText().trim();
            String en = nameEn.getText().trim();
            String ar = nameAr.getText().trim();
            super.okPressed();
            saveNamed(c, en, ar);
        }

        /** The fields and the OK button, for tests. */
        public Text codeField() {
            return code;
        }

        public Text nameEnField() {
            return nameEn;
        }

        public Button okButton() {
            return getButton(IDialogConstants.OK_ID);
        }
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
                status.setText(NLS.bind(Messages.Scenarios_savedAs, new Object[] { saved.code(), ScenarioLabels.number(saved.revision()), store }));
            });
        });
    }

    /** Opens a scenario of the store in place of the open one (asks first when that has unsaved changes). */
    public Job open(String code) {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        if (session.isDirty() && !EditHandlers.confirmDiscard(getSite().getShell())) {
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
