package org.nafitha.ui;

import java.text.Collator;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The tables of the workbench's views: a bordered, full-row table over a list, and columns that show a text of a row.
 * A column is at least as wide as its title (no cut headers), its header's tooltip is its title, and a cell's tooltip
 * is its whole text (a cut one loses nothing); {@link #sortByHeaders} lets a click on a header sort the rows.
 */
public final class Tables {

    private Tables() {
    }

    /** A table viewer with headers and lines whose input is a list (or an array); cells show their text as a tooltip. */
    public static TableViewer create(Composite parent, int extraStyle) {
        TableViewer v = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | extraStyle);
        v.getTable().setHeaderVisible(true);
        v.getTable().setLinesVisible(true);
        v.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(v);
        return v;
    }

    /** A column showing {@code text} of each row (rows of type T), at least as wide as its title. */
    @SuppressWarnings("unchecked")
    public static <T> TableViewerColumn column(TableViewer viewer, String title, int width, Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setToolTipText(title);
        c.getColumn().setWidth(Math.max(width, titleWidth(viewer.getTable(), title)));
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((T) element);
            }

            @Override
            public String getToolTipText(Object element) {
                String t = text.apply((T) element);
                return t == null || t.isEmpty() ? null : t;
            }

            @Override
            public void update(ViewerCell cell) {
                super.update(cell);
                // a text wider than its column ends with "…" where it logically ends (the start of Arabic stays);
                // one without spaces (a code, a number) is an identifier and stays whole
                int room = c.getColumn().getWidth() - 14;
                String whole = cell.getText();
                if (whole != null && whole.indexOf(' ') > 0 && room > 0) {
                    cell.setText(fit(viewer.getTable(), whole, room));
                }
            }
        });
        // a column made wider or narrower shows more or less of its texts
        c.getColumn().addListener(SWT.Resize, e -> {
            if (!viewer.getTable().isDisposed() && viewer.getInput() != null && !refreshPending(viewer)) {
                viewer.getTable().setData(REFRESH_PENDING, Boolean.TRUE);
                viewer.getTable().getDisplay().asyncExec(() -> {
                    if (!viewer.getTable().isDisposed()) {
                        viewer.getTable().setData(REFRESH_PENDING, null);
                        if (!viewer.isCellEditorActive()) { // a refresh would close the cell being edited
                            viewer.refresh();
                        }
                    }
                });
            }
        });
        return c;
    }

    private static final String REFRESH_PENDING = "org.nafitha.ui.Tables.refreshPending";

    private static boolean refreshPending(TableViewer viewer) {
        return viewer.getTable().getData(REFRESH_PENDING) != null;
    }

    /**
     * The text as it fits in {@code room} pixels: whole, or its logical start followed by "…" (in Arabic too: the
     * start of the text is kept, its end is cut).
     */
    public static String fit(Table table, String text, int room) {
        GC gc = new GC(table);
        try {
            if (gc.textExtent(text).x <= room) {
                return text;
            }
            int low = 0;
            int high = text.length();
            while (low < high) {
                int mid = (low + high + 1) / 2;
                if (gc.textExtent(text.substring(0, mid).stripTrailing() + "…").x <= room) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return text.substring(0, low).stripTrailing() + "…";
        } finally {
            gc.dispose();
        }
    }

    /** The width a header needs to show its whole title, with room for the sort arrow. */
    public static int titleWidth(Table table, String title) {
        GC gc = new GC(table);
        try {
            return gc.textExtent(title).x + 30;
        } finally {
            gc.dispose();
        }
    }

    /**
     * A click on a column's header sorts the rows by that column's text (numbers by value, in the workbench's
     * locale), again the other way round.
     */
    public static void sortByHeaders(TableViewer viewer) {
        Table table = viewer.getTable();
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn column = table.getColumn(i);
            int index = i;
            column.addListener(SWT.Selection, e -> {
                int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
                table.setSortColumn(column);
                table.setSortDirection(direction);
                ColumnLabelProvider labels = (ColumnLabelProvider) viewer.getLabelProvider(index);
                Collator collator = Collator.getInstance();
                viewer.setComparator(new ViewerComparator() {
                    @Override
                    public int compare(Viewer v, Object a, Object b) {
                        String x = labels.getText(a);
                        String y = labels.getText(b);
                        Double nx = number(x);
                        Double ny = number(y);
                        int order = nx != null && ny != null ? Double.compare(nx, ny)
                                : nx != null ? -1 : ny != null ? 1 : collator.compare(x == null ? "" : x, y == null ? "" : y);
                        return direction == SWT.UP ? order : -order;
                    }
                });
            });
        }
    }

    /** The number a cell starts with (signs and grouping as shown), or null when it shows none. */
    static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace('−', '-').replace("+", "");
        ParsePosition at = new ParsePosition(0);
        Number n = NumberFormat.getNumberInstance().parse(t, at);
        return n == null || at.getIndex() == 0 ? null : n.doubleValue();
    }
}
