package org.nafitha.ui.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioSummary;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * The service centers of the open scenario: sortable by any column (click its header), filtered by the text above,
 * counters and staff edited in place (double-click a cell) as undoable commands.
 */
public final class CentersView extends ViewPart {

    public static final String ID = "org.nafitha.ui.views.centers";

    private TableViewer viewer;
    private Label summary;
    private Text filter;
    private int sortColumn = -1;
    private int sortDirection = SWT.UP;
    private final ScenarioSession.Listener listener = s -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.CentersView_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        column(Messages.CentersView_code, 110, ServiceCenter::getCode, null);
        column(Messages.CentersView_name, 380, ScenarioLabels::name, null);
        column(Messages.CentersView_kind, 170, c -> ScenarioLabels.kind(c.getKind()), null);
        column(Messages.CentersView_status, 100, c -> ScenarioLabels.status(c.getStatus()), null);
        column(Messages.CentersView_region, 120, c -> ScenarioLabels.name(c.getRegion()), null);
        column(Messages.CentersView_counters, 80, c -> ScenarioLabels.number(c.getCounters().size()),
                (c, n) -> CenterEdits.setCounters(session().domain(), c, n, Messages.bind(Messages.Edit_counters, c.getCode(), n)));
        column(Messages.CentersView_staff, 80, c -> ScenarioLabels.number(c.getStaff()), (c, n) -> CenterEdits.setStaff(session().domain(), c, n));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        // cells are edited on double-click or F2, so a single click still selects
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
                return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && e.keyCode == SWT.F2;
            }
        }, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String text = filter.getText().trim().toLowerCase(Locale.ROOT);
                if (text.isEmpty()) {
                    return true;
                }
                ServiceCenter c = (ServiceCenter) element;
                for (String s : new String[] { c.getCode(), c.getNameEn(), c.getNameAr(), ScenarioLabels.kind(c.getKind()),
                    ScenarioLabels.name(c.getRegion()) }) {
                    if (s != null && s.toLowerCase(Locale.ROOT).contains(text)) {
                        return true;
                    }
                }
                return false;
            }
        });
        filter.addModifyListener(e -> refresh());
        getSite().setSelectionProvider(viewer);
        session().addListener(listener);
        show(NafithaUi.getDefault().getScenario());
    }

    private static ScenarioSession session() {
        return NafithaUi.getDefault().getSession();
    }

    /** An edit of a whole number: the command for the new value. */
    private interface NumberEdit {
        Command command(ServiceCenter center, int value);
    }

    private void column(String title, int width, Function<ServiceCenter, String> text, NumberEdit edit) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        TableColumn column = col.getColumn();
        column.setText(title);
        column.setWidth(width);
        column.setMoveable(true);
        int index = viewer.getTable().getColumnCount() - 1;
        boolean numeric = edit != null;
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ServiceCenter) element);
            }
        });
        column.addListener(SWT.Selection, e -> sort(index, numeric, text));
        if (edit != null) {
            col.setEditingSupport(new EditingSupport(viewer) {
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
                    return true;
                }

                @Override
                protected Object getValue(Object element) {
                    return text.apply((ServiceCenter) element).replaceAll("[^0-9]", "");
                }

                @Override
                protected void setValue(Object element, Object value) {
                    if (value == null) {
                        return; // refused by the validator: nothing changes
                    }
                    session().execute(edit.command((ServiceCenter) element, Integer.parseInt(value.toString().trim())));
                }
            });
        }
    }

    private void sort(int index, boolean numeric, Function<ServiceCenter, String> text) {
        Table table = viewer.getTable();
        sortDirection = sortColumn == index && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortColumn = index;
        table.setSortColumn(table.getColumn(index));
        table.setSortDirection(sortDirection);
        Collator collator = Collator.getInstance();
        Comparator<ServiceCenter> order = numeric
                ? Comparator.comparingLong(c -> Long.parseLong(text.apply(c).replaceAll("[^0-9]", "").isEmpty() ? "0" : text.apply(c).replaceAll("[^0-9]", "")))
                : (a, b) -> collator.compare(text.apply(a), text.apply(b));
        Comparator<ServiceCenter> directed = sortDirection == SWT.UP ? order : order.reversed();
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return directed.compare((ServiceCenter) a, (ServiceCenter) b);
            }
        });
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        Scenario s = NafithaUi.getDefault().getScenario();
        if (viewer.getInput() != s.getCenters()) {
            show(s);
        } else {
            viewer.refresh();
            summary(s);
        }
    }

    /** Shows the centers of a scenario. */
    public void show(Scenario scenario) {
        viewer.setInput(scenario.getCenters());
        summary(scenario);
    }

    private void summary(Scenario scenario) {
        ScenarioSummary s = ScenarioSummary.of(scenario);
        summary.setText(Messages.bind(Messages.CentersView_summary, new Object[] {ScenarioLabels.number(s.centers()),
            ScenarioLabels.number(s.counters()), ScenarioLabels.number(s.totalPopulation()), ScenarioLabels.number(s.demandZones())}));
        summary.getParent().layout();
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
        super.dispose();
    }
}
