package org.nafitha.ui.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.model.Scenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * A table of one kind of the scenario's objects: sortable by any column, filtered by the text above, kept up to date
 * as the scenario changes; the selected object's form is the Properties view (edits there are undoable commands).
 */
abstract class ObjectTableView<T> extends ViewPart {

    /** A column: its title, width, text, and whether it sorts as a number. */
    record Column<T>(String title, int width, Function<T, String> text, boolean numeric) {
    }

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

    abstract List<T> objects(Scenario s);

    abstract List<Column<T>> columns();

    abstract String summary(List<T> objects);

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.Objects_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        List<Column<T>> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            Column<T> c = columns.get(i);
            TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
            col.getColumn().setText(c.title());
            col.getColumn().setWidth(c.width());
            col.getColumn().setMoveable(true);
            col.setLabelProvider(new ColumnLabelProvider() {
                @SuppressWarnings("unchecked")
                @Override
                public String getText(Object element) {
                    return c.text().apply((T) element);
                }
            });
            int index = i;
            col.getColumn().addListener(SWT.Selection, e -> sort(index, c));
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
        getSite().setSelectionProvider(viewer);
        NafithaUi.getDefault().getSession().addListener(listener);
        refresh();
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
        List<T> objects = objects(NafithaUi.getDefault().getScenario());
        if (viewer.getInput() != objects) {
            viewer.setInput(objects);
        } else {
            viewer.refresh();
        }
        summary.setText(summary(objects));
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
        NafithaUi.getDefault().getSession().removeListener(listener);
        super.dispose();
    }
}
