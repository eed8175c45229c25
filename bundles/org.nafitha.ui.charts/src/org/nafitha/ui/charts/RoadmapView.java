package org.nafitha.ui.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.nafitha.card.CardCatalog;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.geo.CostTable;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Named;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.model.validation.ScenarioValidation;
import org.nafitha.roadmap.RoadmapEngine;
import org.nafitha.roadmap.RoadmapIndicators;
import org.nafitha.roadmap.RoadmapPlan;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * The open scenario's roadmap: its actions by year in a tree (a year, then its actions), each with its kind, target,
 * cost and the problem the validation finds with it (marked in red). Add, edit (in the cells), delete and moving an
 * action to another year (its Year cell, or dragging it onto another year) are undoable commands of the editing domain.
 * Evaluate runs the roadmap engine on a copy of the scenario in a job (progress, cancel): an indicator chosen in a combo
 * against its target per year, and capital and operating spending against their budgets. The year selector marks the
 * year in the charts, opens that year's actions in the tree (closing the other years) and shows the roadmap's state in
 * that year in the whole workbench, read-only, until "Base scenario" ({@link RoadmapYears}); the roadmap's actions stay
 * editable here, as they belong to the base scenario. Closing the view goes back to the base scenario.
 */
public final class RoadmapView extends ViewPart {

    public static final String ID = "org.nafitha.ui.charts.roadmap";

    private static final NafithaPackage P = NafithaPackage.eINSTANCE;

    private ScenarioSession session;
    private final ScenarioSession.Listener listener = s -> changed();
    private TreeViewer tree;
    private Spinner years;
    private Combo indicators;
    private Label status;
    private ChartCanvas indicatorChart;
    private ChartCanvas spendingChart;
    private ChartCanvas operatingChart;
    private RoadmapResult result;
    private int selectedYear;
    private Map<RoadmapAction, String> problems = Map.of();
    private RoadmapPlan plan;
    private Job running;
    private RoadmapYears yearsRow;

    @Override
    public void createPartControl(Composite parent) {
        session = NafithaUi.getDefault().getSession();
        parent.setLayout(new GridLayout(9, false));
        new Label(parent, SWT.NONE).setText(Messages.roadmapYear);
        years = new Spinner(parent, SWT.BORDER);
        years.addListener(SWT.Selection, e -> selectYear(years.getSelection()));
        button(parent, Messages.roadmapAdd, Messages.roadmapAddTip, () -> add(selectedYear));
        button(parent, Messages.roadmapEdit, Messages.roadmapEditTip, () -> {
            if (tree.getStructuredSelection().getFirstElement() instanceof RoadmapAction a) {
                tree.editElement(a, 1);
            }
        });
        button(parent, Messages.roadmapDelete, Messages.roadmapDeleteTip, () -> delete(selectedActions()));
        button(parent, Messages.roadmapEvaluate, Messages.roadmapEvaluateTip, this::evaluate);
        new Label(parent, SWT.NONE).setText(Messages.roadmapIndicator);
        indicators = new Combo(parent, SWT.READ_ONLY);
        for (RoadmapIndicators.Info i : RoadmapIndicators.ALL) {
            indicators.add(indicatorLabel(i.id()));
        }
        indicators.select(0);
        indicators.addListener(SWT.Selection, e -> showCharts());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        yearsRow = new RoadmapYears(this);
        yearsRow.createRow(parent, 9);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(9, 1).grab(true, true).applyTo(sash);
        tree = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        tree.setContentProvider(new Timeline());
        first(column(Messages.roadmapAction, 150, null));
        editable(column(Messages.roadmapKind, 220, a -> kindLabel(a.getKind())), RoadmapEditing.kind(this));
        column(Messages.roadmapTargetObject, 230, a -> target(a));
        editable(column(Messages.roadmapYear, 70, a -> Integer.toString(a.getYear())), RoadmapEditing.year(this));
        editable(column(Messages.roadmapCost, 110, this::cost), RoadmapEditing.cost(this));
        editable(column(Messages.roadmapAmount, 70, a -> a.isSetAmount() ? ResultsView.number(a.getAmount(), a.getAmount() % 1 == 0 ? 0 : 2) : ""),
                RoadmapEditing.amount(this));
        editable(column(Messages.roadmapNote, 200, a -> a.getNote() == null ? "" : a.getNote()), RoadmapEditing.note(this));
        column(Messages.roadmapProblem, 320, a -> problems.getOrDefault(a, ""));
        RoadmapEditing.dragAndDrop(this, tree);
        SashForm charts = new SashForm(sash, SWT.VERTICAL);
        indicatorChart = new ChartCanvas(charts);
        indicatorChart.registerContextMenu(getSite());
        spendingChart = new ChartCanvas(charts);
        spendingChart.registerContextMenu(getSite());
        operatingChart = new ChartCanvas(charts);
        operatingChart.registerContextMenu(getSite());
        charts.setWeights(4, 3, 3);
        sash.setWeights(11, 9);
        session.addListener(listener);
        status.setText(Messages.roadmapNotEvaluated);
        changed();
    }

    private static void button(Composite parent, String text, String tip, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
    }

    private TreeViewerColumn column(String title, int width, Function<RoadmapAction, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(tree, SWT.LEAD);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        if (text != null) {
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return element instanceof RoadmapAction a ? text.apply(a) : "";
                }

                @Override
                public Color getForeground(Object element) {
                    return problems.containsKey(element) ? tree.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
                }
            });
        }
        return c;
    }

    /** The first column: a year with its number of actions, an action's code with an error mark when it has a problem. */
    private void first(TreeViewerColumn c) {
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Integer y) {
                    return NLS.bind(Messages.roadmapYearRow, y, ResultsView.number(actionsIn(y).size(), 0));
                }
                RoadmapAction a = (RoadmapAction) element;
                return a.getCode() == null ? "" : a.getCode();
            }

            @Override
            public Image getImage(Object element) {
                return problems.containsKey(element) ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK) : null;
            }

            @Override
            public Color getForeground(Object element) {
                return problems.containsKey(element) ? tree.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
            }
        });
    }

    private static void editable(TreeViewerColumn c, EditingSupport e) {
        c.setEditingSupport(e);
    }

    /** The years of the horizon (and any year an action has outside it), then each year's actions. */
    private final class Timeline implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return horizon().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Integer y ? actionsIn(y).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof RoadmapAction a ? Integer.valueOf(a.getYear()) : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Integer y && !actionsIn(y).isEmpty();
        }
    }

    Roadmap roadmap() {
        return session.scenario().getRoadmap();
    }

    ScenarioSession session() {
        return session;
    }

    /** The roadmap's years: its horizon, widened to any action's year. */
    public List<Integer> horizon() {
        Roadmap m = roadmap();
        TreeSet<Integer> out = new TreeSet<>();
        if (m == null) {
            return List.of();
        }
        for (int y = m.getFirstYear(); y > 0 && y <= m.getLastYear(); y++) {
            out.add(y);
        }
        m.getActions().forEach(a -> out.add(a.getYear()));
        return new ArrayList<>(out);
    }

    /** The actions of a year, in the roadmap's order. */
    public List<RoadmapAction> actionsIn(int year) {
        Roadmap m = roadmap();
        return m == null ? List.of() : m.getActions().stream().filter(a -> a.getYear() == year).toList();
    }

    /** The actions by year, as the tree shows them. */
    public Map<Integer, Integer> actionsPerYear() {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (Object y : ((ITreeContentProvider) tree.getContentProvider()).getElements(null)) {
            out.put((Integer) y, tree.getTree().getItemCount() == 0 ? 0 : actionsIn((Integer) y).size());
        }
        return out;
    }

    /** After an edit or a new scenario: the tree, the problems and the year list again. */
    private void changed() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        if (Display.getCurrent() == null) {
            tree.getControl().getDisplay().asyncExec(this::changed);
            return;
        }
        problems = problemsOf(roadmap());
        plan = roadmap() == null ? null : RoadmapPlan.of(session.scenario());
        Object[] expanded = tree.getExpandedElements();
        tree.setInput(session.scenario());
        tree.setExpandedElements(expanded.length == 0 ? horizon().toArray() : expanded);
        List<Integer> horizon = horizon();
        if (!horizon.isEmpty()) {
            years.setValues(years.getSelection(), horizon.get(0), horizon.get(horizon.size() - 1), 0, 1, 1);
        }
        if (!horizon.contains(selectedYear)) {
            selectedYear = horizon.isEmpty() ? 0 : horizon.get(0);
        }
        years.setSelection(selectedYear);
        if (result != null) {
            status.setText(Messages.roadmapStale);
        } else if (roadmap() == null) {
            status.setText(Messages.roadmapNone);
        }
    }

    /** The validation's errors and warnings about each action (or the center it opens), one line each. */
    static Map<RoadmapAction, String> problemsOf(Roadmap m) {
        if (m == null) {
            return Map.of();
        }
        ScenarioValidation.register();
        Map<RoadmapAction, String> out = new HashMap<>();
        collect(Diagnostician.INSTANCE.validate(m), out);
        return out;
    }

    private static void collect(Diagnostic d, Map<RoadmapAction, String> out) {
        if (!d.getChildren().isEmpty()) {
            d.getChildren().forEach(c -> collect(c, out));
            return;
        }
        if (d.getSeverity() < Diagnostic.WARNING) {
            return;
        }
        for (EObject o = ScenarioValidation.subject(d); o != null; o = o.eContainer()) {
            if (o instanceof RoadmapAction a) {
                out.merge(a, d.getMessage(), (x, y) -> x + "; " + y);
                return;
            }
        }
    }

    /** The actions the validation flags. */
    public Map<RoadmapAction, String> getProblems() {
        return problems;
    }

    /** Adds an action in a year (counters added at the first center, to be edited in place); null without a roadmap. */
    public RoadmapAction add(int year) {
        Roadmap m = roadmap();
        if (m == null) {
            return null;
        }
        RoadmapAction a = NafithaFactory.eINSTANCE.createRoadmapAction();
        int n = m.getActions().size() + 1;
        while (codeUsed(m, "A-" + year + "-" + n)) {
            n++;
        }
        a.setCode("A-" + year + "-" + n);
        a.setYear(year);
        a.setKind(RoadmapActionKind.ADD_COUNTERS);
        a.setAmount(1);
        RoadmapAction selected = tree.getStructuredSelection().getFirstElement() instanceof RoadmapAction s ? s : null;
        ServiceCenter center = selected != null && selected.getCenter() != null ? selected.getCenter()
                : session.scenario().getCenters().isEmpty() ? null : session.scenario().getCenters().get(0);
        a.setCenter(center);
        if (!session.execute(AddCommand.create(session.domain(), m, P.getRoadmap_Actions(), a))) {
            return null;
        }
        tree.setExpandedState(Integer.valueOf(year), true);
        tree.setSelection(new StructuredSelection(a), true);
        return a;
    }

    private static boolean codeUsed(Roadmap m, String code) {
        return m.getActions().stream().anyMatch(a -> code.equals(a.getCode()));
    }

    /** Deletes actions as one command. */
    public boolean delete(List<RoadmapAction> actions) {
        return !actions.isEmpty() && session.execute(DeleteCommand.create(session.domain(), actions));
    }

    /** Moves actions to another year as one command. */
    public boolean moveTo(List<RoadmapAction> actions, int year) {
        CompoundCommand c = new CompoundCommand(NLS.bind(Messages.roadmapMove, year));
        for (RoadmapAction a : actions) {
            if (a.getYear() != year) {
                c.append(SetCommand.create(session.domain(), a, P.getRoadmapAction_Year(), year));
            }
        }
        boolean done = !c.isEmpty() && session.execute(c);
        if (done) {
            tree.setExpandedState(Integer.valueOf(year), true);
        }
        return done;
    }

    /** Sets a feature of an action as one command. */
    boolean set(RoadmapAction a, Object feature, Object value) {
        Command c = SetCommand.create(session.domain(), a, feature, value);
        return session.execute(c);
    }

    private List<RoadmapAction> selectedActions() {
        IStructuredSelection s = tree.getStructuredSelection();
        List<RoadmapAction> out = new ArrayList<>();
        for (Object o : s.toList()) {
            if (o instanceof RoadmapAction a) {
                out.add(a);
            }
        }
        return out;
    }

    /** Chooses the year: marked in the charts, its actions shown and selected in the tree. */
    public void selectYear(int year) {
        selectedYear = year;
        if (years.getSelection() != year) {
            years.setSelection(year);
        }
        // the year's actions open, the other years' closed (their rows stay, to drop actions on)
        tree.setExpandedElements(Integer.valueOf(year));
        tree.setSelection(new StructuredSelection(Integer.valueOf(year)), true);
        showCharts();
        yearsRow.view(year);
    }

    /** Shows the base scenario again in the workbench (the "Base scenario" button). */
    public void showBase() {
        yearsRow.showBase();
    }

    /** Opens the comparison view on the roadmap's state in two years ("Compare years…"). */
    public Job compareYears(int first, int second) {
        return yearsRow.compareYears(first, second);
    }

    /** Opens the comparison view on this roadmap and another scenario's ("Compare with roadmap…"). */
    public Job compareRoadmaps(Scenario other, String otherName) {
        return yearsRow.compareRoadmaps(other, otherName);
    }

    /** The indicator charted against its target. */
    String selectedIndicator() {
        return RoadmapIndicators.ALL.get(Math.max(0, indicators.getSelectionIndex())).id();
    }

    /** Says something in the status line. */
    void say(String message) {
        status.setText(message == null ? "" : message);
    }

    public int getSelectedYear() {
        return selectedYear;
    }

    /** Evaluates the roadmap over its horizon in a job, on a copy of the scenario; null without a roadmap. */
    public Job evaluate() {
        if (roadmap() == null) {
            status.setText(Messages.roadmapNone);
            return null;
        }
        if (running != null) {
            running.cancel();
        }
        Scenario copy = EcoreUtil.copy(session.scenario());
        CostTable costs = NafithaUi.getDefault().getAnalyses().costs(); // File ▸ Travel costs…, or straight lines
        int from = roadmap().getFirstYear();
        int to = roadmap().getLastYear();
        status.setText(Messages.roadmapEvaluating + "…");
        Job job = new Job(Messages.roadmapEvaluating) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    RoadmapEngine engine = new RoadmapEngine(AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions());
                    RoadmapResult r = engine.run(copy, costs, from, to, 2, monitor);
                    show(r, summary(r));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    show(null, Messages.roadmapCanceled);
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    show(null, e.getMessage());
                    return Status.warning(e.getMessage(), e);
                }
            }
        };
        job.setUser(true);
        running = job;
        job.schedule();
        return job;
    }

    private static String summary(RoadmapResult r) {
        String over = RoadmapCharts.overBudget(r);
        return NLS.bind(Messages.roadmapEvaluated, new Object[] { r.from(), r.to(), ResultsView.number(r.targetsMet(), 0),
            ResultsView.number(r.targetsMissed(), 0) }) + (over.isEmpty() ? "" : " " + over);
    }

    private void show(RoadmapResult r, String message) {
        Display display = status.getDisplay();
        display.asyncExec(() -> {
            if (status.isDisposed()) {
                return;
            }
            if (r != null) {
                result = r;
            }
            status.setText(message);
            status.getParent().layout(true);
            showCharts();
        });
    }

    private void showCharts() {
        if (result == null || indicatorChart.isDisposed()) {
            return;
        }
        String id = RoadmapIndicators.ALL.get(Math.max(0, indicators.getSelectionIndex())).id();
        JFreeChart line = RoadmapCharts.indicator(result, id, selectedYear);
        indicatorChart.setChart(line);
        spendingChart.setChart(RoadmapCharts.spending(result, selectedYear, true));
        operatingChart.setChart(RoadmapCharts.spending(result, selectedYear, false));
    }

    /** Chooses the indicator charted against its target. */
    public void selectIndicator(String id) {
        indicators.select(RoadmapIndicators.ALL.indexOf(RoadmapIndicators.info(id)));
        showCharts();
    }

    public RoadmapResult getResult() {
        return result;
    }

    public TreeViewer getTree() {
        return tree;
    }

    public ChartCanvas getIndicatorChart() {
        return indicatorChart;
    }

    /** Capital spending against the capital budget. */
    public ChartCanvas getSpendingChart() {
        return spendingChart;
    }

    /** Operating spending against the operating budget. */
    public ChartCanvas getOperatingChart() {
        return operatingChart;
    }

    /** An action's capital cost: its own, or the cost model's (in brackets) when it sets none. */
    private String cost(RoadmapAction a) {
        if (a.isSetCost()) {
            return ResultsView.number(a.getCost(), 0);
        }
        return plan == null ? "" : "(" + ResultsView.number(plan.actionCost(a), 0) + ")";
    }

    /** What an action acts on: a center (or the center it opens), a service or a bundle. */
    static String target(RoadmapAction a) {
        Named n = a.getNewCenter() != null ? a.getNewCenter() : a.getCenter() != null ? a.getCenter() : a.getService() != null ? a.getService()
                : a.getBundle();
        String label = n == null ? "" : BilingualLabels.label(n);
        if (a.getService() != null && n != a.getService()) {
            label += " · " + BilingualLabels.label(a.getService());
        }
        if (a.getBundle() != null && n != a.getBundle()) {
            label += " · " + BilingualLabels.label(a.getBundle());
        }
        return label;
    }

    static String kindLabel(RoadmapActionKind k) {
        return k == null ? "" : label("roadmapKind_" + k.getName(), k.getName());
    }

    static String indicatorLabel(String id) {
        return label("roadmapIndicator_" + id, id);
    }

    private static String label(String field, String fallback) {
        try {
            return (String) Messages.class.getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            return fallback;
        }
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(listener);
        }
        if (running != null) {
            running.cancel();
        }
        if (yearsRow != null) {
            yearsRow.dispose();
            yearsRow.showBase();
        }
        super.dispose();
    }
}
