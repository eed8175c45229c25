package org.nafitha.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.io.ImportOptions;
import org.nafitha.io.ImportPlan;
import org.nafitha.io.Kind;
import org.nafitha.io.ScenarioImporter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Located;
import org.nafitha.model.Named;
import org.nafitha.model.Scenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.internal.Messages;
import org.nafitha.ui.internal.ScenarioLabels;

/**
 * File → Import: what the file holds and where it is, then a preview of what the import will do — or the first error,
 * with the file, line and field — before anything changes. Finish applies it as one undoable command.
 */
public final class ImportWizard extends Wizard {

    private final ScenarioSession session;
    private final SourcePage source = new SourcePage();
    private final PreviewPage preview = new PreviewPage();
    private volatile ImportPlan plan;
    private volatile String error;
    /** What the preview warns of, per object read (points outside the study area or every region, swapped coordinates). */
    private volatile Map<EObject, String> warnings = Map.of();
    /** Whether the file has an area type column (when not, every new zone is taken as URBAN: the preview says so). */
    private volatile boolean areaTypeInFile = true;

    /** Where the wizard keeps the last kind and file between runs. */
    static final String SETTINGS = "import";

    private static IDialogSettings settings() {
        IDialogSettings all = NafithaUi.getDefault().getDialogSettings();
        IDialogSettings own = all.getSection(SETTINGS);
        return own == null ? all.addNewSection(SETTINGS) : own;
    }

    public ImportWizard(ScenarioSession session) {
        this.session = session;
        setWindowTitle(Messages.Import_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(source);
        addPage(preview);
    }

    public SourcePage getSourcePage() {
        return source;
    }

    public PreviewPage getPreviewPage() {
        return preview;
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == preview && plan != null;
    }

    /** Reads and checks the whole file against a copy-free plan: the scenario is not touched. */
    void plan() {
        plan = null;
        error = null;
        Path file = Path.of(source.file.getText().trim());
        Kind kind = Kind.values()[source.kind.getSelectionIndex()];
        Scenario scenario = session.scenario();
        // read and check the file off the UI thread (a million-line file takes seconds); the dialog shows progress
        try {
            getContainer().run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.Import_reading, file.getFileName()), IProgressMonitor.UNKNOWN);
                try {
                    if (!Files.isRegularFile(file)) {
                        error = NLS.bind(Messages.Import_noFile, file);
                    } else {
                        Formats formats = Formats.fromExtensions(null);
                        plan = new ScenarioImporter(formats).plan(scenario, kind, file, new ImportOptions());
                        warnings = ImportChecks.warnings(scenario, plan.objects());
                        areaTypeInFile = kind != Kind.DEMAND || ImportChecks.hasAreaType(formats, file);
                    }
                } catch (ImportException e) {
                    error = e.getMessage();
                } catch (RuntimeException e) {
                    error = file.getFileName() + ": " + e.getMessage();
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            error = file.getFileName() + ": " + e.getCause().getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = file.getFileName() + ": interrupted";
        }
        preview.show();
    }

    @Override
    public boolean performFinish() {
        if (plan == null) {
            return false;
        }
        Scenario scenario = session.scenario();
        ImportPlan p = plan;
        ChangeCommand command = new ChangeCommand(scenario) {
            @Override
            protected void doExecute() {
                p.apply();
            }
        };
        command.setLabel(NLS.bind(Messages.Import_command, p.kind().id(), Path.of(p.file()).getFileName()));
        remember();
        return session.execute(command);
    }

    @Override
    public boolean performCancel() {
        remember();
        return true;
    }

    /** Keeps the kind and the file for the next run of the wizard. */
    private void remember() {
        if (source.kind != null && !source.kind.isDisposed()) {
            settings().put("kind", Kind.values()[source.kind.getSelectionIndex()].name());
            settings().put("file", source.file.getText().trim());
        }
    }

    /** Step 1: the kind of objects and the file. */
    public final class SourcePage extends WizardPage {
        Combo kind;
        Text file;

        SourcePage() {
            super("source");
            setTitle(Messages.Import_sourceTitle);
            setDescription(Messages.Import_sourceDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            kind = WizardRows.kind(c, Messages.Import_kind);
            file = WizardRows.file(c, SWT.OPEN, () -> new String[] { "*.csv;*.geojson;*.json;*.gpkg;*.shp;*.xlsx", "*" });
            Label formats = new Label(c, SWT.WRAP);
            formats.setText(Messages.Import_formats);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(formats);
            file.addModifyListener(e -> setPageComplete(!file.getText().isBlank()));
            setPageComplete(false);
            // the last run's choices
            String lastKind = settings().get("kind");
            for (Kind k : Kind.values()) {
                if (k.name().equals(lastKind)) {
                    kind.select(k.ordinal());
                }
            }
            String lastFile = settings().get("file");
            if (lastFile != null && !lastFile.isBlank()) {
                file.setText(lastFile);
            }
            setControl(c);
        }

        /** The kind chosen, for tests. */
        public Kind chosenKind() {
            return Kind.values()[kind.getSelectionIndex()];
        }

        /** The file typed or chosen, for tests. */
        public String chosenFile() {
            return file.getText();
        }

        /** For tests and scripts: choose the kind and the file as a user would. */
        public void choose(Kind k, Path path) {
            kind.select(k.ordinal());
            file.setText(path.toString());
        }

    }

    /** Step 2: what the import will do, or why it cannot. */
    public final class PreviewPage extends WizardPage {
        private Label summary;
        private TableViewer table;

        PreviewPage() {
            super("preview");
            setTitle(Messages.Import_previewTitle);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(1, false));
            summary = new Label(c, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(summary);
            table = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
            table.getTable().setHeaderVisible(true);
            table.setContentProvider(ArrayContentProvider.getInstance());
            column(Messages.Import_code, 120, o -> o instanceof Named n ? n.getCode() : "");
            column(Messages.Import_name, 280, o -> o instanceof Named n ? ScenarioLabels.name(n) : o.eClass().getName());
            column(Messages.Import_action, 90, o -> plan != null && plan.replaced().containsKey(o) ? Messages.Import_replaces : Messages.Import_adds);
            column(Messages.Import_latitude, 90, o -> o instanceof Located l ? ImportChecks.degrees(l.getLatitude()) : "");
            column(Messages.Import_longitude, 90, o -> o instanceof Located l ? ImportChecks.degrees(l.getLongitude()) : "");
            column(Messages.Import_population, 100, o -> o instanceof DemandZone z ? ScenarioLabels.number(z.getPopulation()) : "");
            column(Messages.Import_areaType, 150, o -> o instanceof DemandZone z
                    ? ScenarioLabels.areaType(z.getAreaType()) + (areaTypeInFile ? "" : " " + Messages.Import_assumed) : "");
            column(Messages.Import_warning, 420, o -> warnings.getOrDefault(o, ""));
            GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(table.getTable());
            ColumnViewerToolTipSupport.enableFor(table);
            setControl(c);
        }

        private void column(String title, int width, Function<EObject, String> text) {
            TableViewerColumn col = new TableViewerColumn(table, SWT.NONE);
            col.getColumn().setText(title);
            col.getColumn().setWidth(width);
            col.getColumn().setToolTipText(title);
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text.apply((EObject) element);
                }

                @Override
                public String getToolTipText(Object element) {
                    String t = text.apply((EObject) element);
                    return t == null || t.isEmpty() ? null : t;
                }
            });
        }

        @Override
        public void setVisible(boolean visible) {
            if (visible) {
                plan(); // read and check the whole file when the planner asks for the preview
            }
            super.setVisible(visible);
        }

        void show() {
            if (summary == null) {
                return;
            }
            if (error != null) {
                setErrorMessage(error);
                summary.setText(NLS.bind(Messages.Import_nothingChanged, error));
                table.setInput(List.of());
            } else {
                setErrorMessage(null);
                StringBuilder text = new StringBuilder(NLS.bind(Messages.Import_summary, new Object[] { ScenarioLabels.number(plan.objects().size()),
                    ScenarioLabels.number(plan.added()), ScenarioLabels.number(plan.replaced().size()) }));
                text.append(' ').append(plan.crs() == null ? Messages.Import_noCoordinates : NLS.bind(Messages.Import_crs, plan.crs()));
                if (!areaTypeInFile) {
                    text.append('\n').append(Messages.Import_areaTypeAssumed);
                }
                if (!warnings.isEmpty()) {
                    text.append('\n').append(NLS.bind(Messages.Import_warnings, ScenarioLabels.number(warnings.size())));
                    setMessage(NLS.bind(Messages.Import_warnings, ScenarioLabels.number(warnings.size())), WARNING);
                } else {
                    setMessage(null);
                }
                summary.setText(text.toString());
                table.setInput(plan.objects().size() > 500 ? plan.objects().subList(0, 500) : plan.objects());
            }
            summary.getParent().layout(true);
            if (getContainer().getCurrentPage() != null) {
                getContainer().updateButtons();
            }
        }

        /** What the page says (the error or the summary), for tests. */
        public String getSummaryText() {
            return summary.getText();
        }

        public int getRowCount() {
            return table.getTable().getItemCount();
        }

        /** The text of a cell of the preview, for tests. */
        public String cell(int row, int column) {
            return table.getTable().getItem(row).getText(column);
        }
    }
}
