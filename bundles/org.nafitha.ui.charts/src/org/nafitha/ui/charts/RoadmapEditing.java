package org.nafitha.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;

/**
 * The Roadmap view's editing: cell editors for an action's kind, year, cost, amount and note, each change one undoable
 * command of the editing domain; and dragging actions onto another year (or onto an action of it) to move them, one
 * command for all of them.
 */
final class RoadmapEditing {

    private static final NafithaPackage P = NafithaPackage.eINSTANCE;

    private RoadmapEditing() {
    }

    /** The kind, in a list of the kinds' labels. */
    static EditingSupport kind(RoadmapView view) {
        String[] labels = RoadmapActionKind.VALUES.stream().map(RoadmapView::kindLabel).toArray(String[]::new);
        return support(view, parent -> new ComboBoxCellEditor(parent, labels, SWT.READ_ONLY),
                a -> a.getKind() == null ? 0 : RoadmapActionKind.VALUES.indexOf(a.getKind()),
                (a, v) -> (Integer) v >= 0 && view.set(a, P.getRoadmapAction_Kind(), RoadmapActionKind.VALUES.get((Integer) v)));
    }

    /** The year, in a list of the roadmap's years: moving the action. */
    static EditingSupport year(RoadmapView view) {
        return new Support(view) {
            private List<Integer> shown = List.of();

            @Override
            protected CellEditor getCellEditor(Object element) {
                shown = view.horizon();
                return new ComboBoxCellEditor(view.getTree().getTree(), shown.stream().map(String::valueOf).toArray(String[]::new), SWT.READ_ONLY);
            }

            @Override
            protected Object getValue(Object element) {
                return shown.indexOf(((RoadmapAction) element).getYear());
            }

            @Override
            protected void setValue(Object element, Object value) {
                int i = (Integer) value;
                if (i >= 0 && i < shown.size()) {
                    view.moveTo(List.of((RoadmapAction) element), shown.get(i));
                }
            }
        };
    }

    /** The capital cost in dinars; empty: derived from the cost model. */
    static EditingSupport cost(RoadmapView view) {
        return text(view, a -> a.isSetCost() ? Double.toString(a.getCost()) : "", (a, v) -> number(view, a, P.getRoadmapAction_Cost(), v));
    }

    /** How many (counters, employees, providers) or the new digital share. */
    static EditingSupport amount(RoadmapView view) {
        return text(view, a -> a.isSetAmount() ? Double.toString(a.getAmount()) : "", (a, v) -> number(view, a, P.getRoadmapAction_Amount(), v));
    }

    static EditingSupport note(RoadmapView view) {
        return text(view, a -> a.getNote() == null ? "" : a.getNote(),
                (a, v) -> view.set(a, P.getRoadmapAction_Note(), ((String) v).isBlank() ? null : ((String) v).strip()));
    }

    /** Sets a number, or unsets it when the text is empty; a text that is not a number changes nothing. */
    private static boolean number(RoadmapView view, RoadmapAction a, Object feature, Object text) {
        String s = ((String) text).strip().replace(",", "");
        if (s.isEmpty()) {
            return view.set(a, feature, SetCommand.UNSET_VALUE);
        }
        try {
            return view.set(a, feature, Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static EditingSupport text(RoadmapView view, Function<RoadmapAction, String> get, BiFunction<RoadmapAction, Object, Boolean> set) {
        return support(view, TextCellEditor::new, get::apply, set);
    }

    private static EditingSupport support(RoadmapView view, Function<Composite, CellEditor> editor, Function<RoadmapAction, Object> get,
            BiFunction<RoadmapAction, Object, Boolean> set) {
        return new Support(view) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor.apply(view.getTree().getTree());
            }

            @Override
            protected Object getValue(Object element) {
                return get.apply((RoadmapAction) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                if (value != null && !value.equals(getValue(element))) {
                    set.apply((RoadmapAction) element, value);
                }
            }
        };
    }

    /** Editing for actions only (not the year rows). */
    private abstract static class Support extends EditingSupport {
        Support(RoadmapView view) {
            super(view.getTree());
        }

        @Override
        protected boolean canEdit(Object element) {
            return element instanceof RoadmapAction;
        }
    }

    /** Actions dragged onto a year row, or onto an action of that year, move to that year. */
    static void dragAndDrop(RoadmapView view, TreeViewer tree) {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        tree.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                IStructuredSelection s = tree.getStructuredSelection();
                event.doit = !s.isEmpty() && s.toList().stream().allMatch(o -> o instanceof RoadmapAction);
                LocalSelectionTransfer.getTransfer().setSelection(s);
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        tree.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(tree) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                return yearOf(target) != null && LocalSelectionTransfer.getTransfer().isSupportedType(type);
            }

            @Override
            public boolean performDrop(Object data) {
                Integer year = yearOf(getCurrentTarget());
                if (year == null || !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s)) {
                    return false;
                }
                List<RoadmapAction> actions = new ArrayList<>();
                for (Object o : s.toList()) {
                    if (o instanceof RoadmapAction a) {
                        actions.add(a);
                    }
                }
                return view.moveTo(actions, year);
            }
        });
    }

    private static Integer yearOf(Object target) {
        return target instanceof Integer y ? y : target instanceof RoadmapAction a ? Integer.valueOf(a.getYear()) : null;
    }
}
