package org.nafitha.ui.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.nafitha.model.Named;
import org.nafitha.model.Scenario;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.Tables;
import org.nafitha.ui.ViewedYear;

/**
 * A table of one kind of the scenario's objects: sortable by any column (click its header), filtered by the text
 * above, kept up to date as the scenario changes; whole numbers of some columns are edited in place (double-click or
 * F2) as undoable commands, and the selected object's form is the Properties view. While a roadmap year is viewed the
 * table lists that year's state, says so above it, and edits nothing (no cell editing, no New or Delete).
 */
abstract class ObjectTableView<T> extends ViewPart {

    /** The command that sets a whole number of an object (null or unexecutable when the value is refused). */
    interface NumberEdit<T> {
        Command command(T object, int value);
    }

    /** A column: its title, width, text, whether it sorts as a number, and how its whole number is edited (or null). */
    record Column<T>(String title, int width, Function<T, String> text, boolean numeric, NumberEdit<T> edit) {
        Column(String title, int width, Function<T, String> text, boolean numeric) {
            this(title, width, text, numeric, null);
        }
    }

    private TableViewer viewer;
    private Label summary;
    private Scenario shown;
    private Text filter;
    private int sortColumn = -1;
    private int sortDirection = SWT.UP;
    private final ScenarioSession.Listener listener = s -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };
    private final ViewedYear.Listener yearListener = v -> listener.changed(session());

    abstract List<T> objects(Scenario s);

    abstract List<Column<T>> columns();

    abstract String summary(List<T> objects);

    /** The scenario's list the objects are in (New adds to it). */
    abstract EReference list();

    /**
     * A new object for New, placed like {@code near} (the selected one; null when none): a free code and names to
     * edit in the Properties view.
     */
    abstract T newObject(Scenario s, T near);

    /** A code not used by any object of the list: prefix-1, prefix-2, ... */
    static String freeCode(List<? extends Named> objects, String prefix) {
        for (int i = 1;; i++) {
            String code = prefix + i;
            if (objects.stream().noneMatch(o -> code.equals(o.getCode()))) {
                return code;
            }
        }
    }

    /** The hint in the filter box. */
    String filterHint() {
        return Messages.Objects_filter;
    }

    static ScenarioSession session() {
        return NafithaUi.getDefault().getSession();
    }

    /** The objects of the scenario the table shows: the viewed roadmap year's state or the open scenario. */
    List<T> shownObjects(Scenario s) {
        return objects(s);
    }

    /** Whether the table may edit: not while a roadmap year is viewed (its state is read-only). */
    static boolean editable() {
        return !NafithaUi.getDefault().getViewedYear().isViewing();
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(filterHint());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        viewer = Tables.create(parent, SWT.MULTI);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        List<Column<T>> columns = columns();
        boolean editable = false;
        for (int i = 0; i < columns.size(); i++) {
            Column<T> c = columns.get(i);
            TableViewerColumn col = Tables.column(viewer, c.title(), c.width(), c.text());
            int index = i;
            col.getColumn().addListener(SWT.Selection, e -> sort(index, c));
            if (c.edit() != null) {
                col.setEditingSupport(editing(c));
                editable = true;
            }
        }
        if (editable) {
            // cells are edited on double-click or F2, so a single click still selects
            TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
                @Override
                protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                    return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                            || e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                            || e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && e.keyCode == SWT.F2;
                }
            }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        }
        viewer.addFilter(new ViewerFilter() {
            @SuppressWarnings("unchecked")
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String text = filter.getText().trim().toLowerCase(Locale.ROOT);
                if (text.isEmpty()) {
                    return true;
                }
                for (Column<T> c : columns) {
                    String s = c.text().apply((T) element);
                    if (s != null && s.toLowerCase(Locale.ROOT).contains(text)) {
                        return true;
                    }
                }
                return false;
            }
        });
        filter.addModifyListener(e -> refresh());
        contextMenu();
        getSite().setSelectionProvider(viewer);
        session().addListener(listener);
        NafithaUi.getDefault().getViewedYear().addListener(yearListener);
        refresh();
        // the first column (the code) in view on opening, in either direction: right to left, a wide table would
        // otherwise open scrolled to its last columns
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed() && viewer.getTable().getColumnCount() > 0) {
                viewer.getTable().showColumn(viewer.getTable().getColumn(0));
            }
        });
    }

    /** Right-click: New, Delete and Properties, each an undoable command or a view. */
    private void contextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            m.add(action(Messages.Objects_new, Messages.Objects_newTip, editable(), this::addNew));
            m.add(action(Messages.Objects_delete, Messages.Objects_deleteTip, editable() && !viewer.getSelection().isEmpty(), this::deleteSelected));
            m.add(new Separator());
            m.add(action(Messages.Objects_properties, Messages.Objects_propertiesTip, !viewer.getSelection().isEmpty(), this::showProperties));
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer);
    }

    private static IAction action(String text, String tip, boolean enabled, Runnable run) {
        Action a = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        a.setToolTipText(tip);
        a.setEnabled(enabled);
        return a;
    }

    /** New: adds an object near the selected one (one undoable command) and selects it for its form. */
    @SuppressWarnings("unchecked")
    public T addNew() {
        if (!editable()) {
            return null;
        }
        Scenario s = NafithaUi.getDefault().getScenario();
        T near = (T) viewer.getStructuredSelection().getFirstElement();
        T created = newObject(s, near);
        if (session().execute(AddCommand.create(session().domain(), s, list(), created))) {
            refresh();
            viewer.setSelection(new StructuredSelection(created), true);
            return created;
        }
        return null;
    }

    /** Delete: removes the selected objects and the references to them (one undoable command). */
    public boolean deleteSelected() {
        List<?> chosen = viewer.getStructuredSelection().toList();
        if (chosen.isEmpty() || !editable()) {
            return false;
        }
        Command delete = DeleteCommand.create(session().domain(), chosen);
        return session().execute(delete);
    }

    private void showProperties() {
        try {
            getSite().getPage().showView(IPageLayout.ID_PROP_SHEET);
        } catch (PartInitException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A whole number typed into the cell: checked as it is typed; a refused value changes nothing. */
    private EditingSupport editing(Column<T> column) {
        return new EditingSupport(viewer) {
            private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

            {
                editor.setValidator(value -> {
                    try {
                        int n = Integer.parseInt(value.toString().trim());
                        return n >= 0 && n <= CenterEdits.MAX_COUNTERS ? null : Messages.bind(Messages.Edit_invalid, value);
                    } catch (NumberFormatException ex) {
                        return Messages.bind(Messages.Edit_invalid, value);
                    }
                });
            }

            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return editable();
            }

            @SuppressWarnings("unchecked")
            @Override
            protected Object getValue(Object element) {
                return column.text().apply((T) element).replaceAll("[^0-9]", "");
            }

            @SuppressWarnings("unchecked")
            @Override
            protected void setValue(Object element, Object value) {
                if (value != null) { // null: refused by the validator
                    session().execute(column.edit().command((T) element, Integer.parseInt(value.toString().trim())));
                }
            }
        };
    }

    private void sort(int index, Column<T> column) {
        Table table = viewer.getTable();
        sortDirection = sortColumn == index && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortColumn = index;
        table.setSortColumn(table.getColumn(index));
        table.setSortDirection(sortDirection);
        Collator collator = Collator.getInstance();
        Comparator<T> order = column.numeric() ? Comparator.comparingDouble(o -> number(column.text().apply(o)))
                : (a, b) -> collator.compare(column.text().apply(a), column.text().apply(b));
        Comparator<T> directed = sortDirection == SWT.UP ? order : order.reversed();
        viewer.setComparator(new ViewerComparator() {
            @SuppressWarnings("unchecked")
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return directed.compare((T) a, (T) b);
            }
        });
    }

    private static double number(String text) {
        String digits = text == null ? "" : text.replaceAll("[^0-9.\\-]", "");
        try {
            return digits.isEmpty() ? 0 : Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Scenario scenario = NafithaUi.getDefault().getViewedScenario();
        List<T> objects = shownObjects(scenario);
        if (scenario != shown) {
            // another scenario was opened: nothing of the old one stays picked (the Properties view empties)
            shown = scenario;
            viewer.setSelection(StructuredSelection.EMPTY);
            viewer.setInput(objects);
        } else if (viewer.getInput() != objects) {
            viewer.setInput(objects);
        } else {
            viewer.refresh();
        }
        summary.setText(summary(objects));
        setContentDescription(NafithaUi.getDefault().getViewedYear().banner());
        summary.getParent().layout();
    }

    /** The Properties view shows the picked object's form (with a center's counters), titled in the workbench's language. */
    @Override
    public <A> A getAdapter(Class<A> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(CenterForm.page());
        }
        return super.getAdapter(adapter);
    }

    public TableViewer getViewer() {
        return viewer;
    }

    public Text getFilter() {
        return filter;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        session().removeListener(listener);
        NafithaUi.getDefault().getViewedYear().removeListener(yearListener);
        super.dispose();
    }
}
