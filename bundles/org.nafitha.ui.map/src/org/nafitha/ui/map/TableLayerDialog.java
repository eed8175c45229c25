package org.nafitha.ui.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.nafitha.map.sources.TableLayers;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;

/**
 * Chooses a table with a GEOMETRY column to add as a layer: of the Nafitha store ({@code $NAFITHA_STORE} or
 * {@code ~/.nafitha/nafitha-store}, when it exists) or of any H2 database file the user picks; in a store, the rows of
 * one scenario or of all. The database is opened read-only, only to list its tables.
 */
public final class TableLayerDialog extends TitleAreaDialog {

    /** What was chosen: the database file, the table, and the scenario (null for every row). */
    public record Choice(Path database, String table, String scenario) {
    }

    private Text database;
    private org.eclipse.swt.widgets.List tables;
    private Combo scenario;
    private final List<TableLayers.GeometryTable> found = new ArrayList<>();
    private final List<String> scenarios = new ArrayList<>();
    private Choice choice;
    private final String preferred;

    /**
     * @param preferredScenario the scenario whose rows to offer first (the one the workbench shows), or null
     */
    public TableLayerDialog(Shell parent, String preferredScenario) {
        super(parent);
        this.preferred = preferredScenario;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.tableTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.tableTitle);
        setMessage(Messages.tableMessage);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(body, SWT.NONE).setText(Messages.database);
        database = new Text(body, SWT.BORDER);
        database.setData(StyleDialog.WIDGET, "database");
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 360;
        database.setLayoutData(wide);
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(Messages.browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog files = new FileDialog(getShell(), SWT.OPEN);
            files.setFilterExtensions(new String[] {"*.mv.db", "*.*"});
            String picked = files.open();
            if (picked != null) {
                database.setText(picked);
            }
        });
        Label tablesLabel = new Label(body, SWT.NONE);
        tablesLabel.setText(Messages.tables);
        tablesLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        tables = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        tables.setData(StyleDialog.WIDGET, "tables");
        GridData list = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        list.heightHint = 140;
        tables.setLayoutData(list);
        tables.addListener(SWT.Selection, e -> validate());
        tables.addListener(SWT.DefaultSelection, e -> {
            if (validate()) {
                okPressed();
            }
        });
        new Label(body, SWT.NONE).setText(Messages.scenario);
        scenario = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN | SWT.LEFT_TO_RIGHT); // see StyleDialog's combos
        scenario.setData(StyleDialog.WIDGET, "scenario");
        scenario.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        database.addListener(SWT.Modify, e -> list());
        Path store = Path.of(ScenarioStore.defaultPath() + ".mv.db");
        if (Files.isRegularFile(store)) {
            database.setText(store.toString());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setData(StyleDialog.WIDGET, "ok");
        validate();
    }

    /** Lists the geometry tables (and the scenarios, in a store) of the database named. */
    private void list() {
        found.clear();
        scenarios.clear();
        tables.removeAll();
        scenario.removeAll();
        String text = database.getText().trim();
        if (text.isEmpty()) {
            validate();
            return;
        }
        String[] problem = {null};
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try (Connection c = TableLayers.open(Path.of(text))) {
                found.addAll(TableLayers.tables(c));
                scenarios.addAll(TableLayers.scenarios(c));
            } catch (StoreException | SQLException | RuntimeException e) {
                problem[0] = e.getMessage();
            }
        });
        for (TableLayers.GeometryTable t : found) {
            tables.add(NLS.bind(Messages.tableRows, t.qualifiedName().toLowerCase(Locale.ROOT), t.rows()));
        }
        if (!found.isEmpty()) {
            tables.select(0);
        }
        scenario.add(Messages.allScenarios);
        scenarios.forEach(scenario::add);
        scenario.select(preferred != null && scenarios.contains(preferred) ? 1 + scenarios.indexOf(preferred) : 0);
        scenario.setEnabled(!scenarios.isEmpty());
        validate();
        if (problem[0] != null) {
            setErrorMessage(Messages.cannotOpen + ": " + problem[0]);
        }
    }

    private boolean validate() {
        String problem = null;
        if (database.getText().isBlank()) {
            problem = Messages.noDatabase;
        } else if (found.isEmpty()) {
            problem = Messages.noTables;
        }
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        boolean fine = problem == null && tables.getSelectionIndex() >= 0;
        if (ok != null) {
            ok.setEnabled(fine);
        }
        return fine;
    }

    @Override
    protected void okPressed() {
        TableLayers.GeometryTable t = found.get(tables.getSelectionIndex());
        int s = scenario.getSelectionIndex();
        choice = new Choice(Path.of(database.getText().trim()), t.qualifiedName(), t.byScenario() && s > 0 ? scenarios.get(s - 1) : null);
        super.okPressed();
    }

    /** The table chosen; null until OK. */
    public Choice getChoice() {
        return choice;
    }
}
