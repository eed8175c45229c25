package org.nafitha.ui.card;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.card.CardResult.CenterCard;
import org.nafitha.card.CardResult.DimensionInfo;
import org.nafitha.card.CardResult.IndicatorInfo;
import org.nafitha.card.CardResult.IndicatorValue;
import org.nafitha.card.CardResult;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.Tables;
import org.nafitha.ui.charts.ChartCanvas;
import org.nafitha.ui.charts.EvaluationCharts;

/**
 * The card of the center selected anywhere in the workbench (the centers list, the map, the national card): its
 * stars and score, how complete its data is, and each dimension with its indicators — value, score, or why it is
 * missing; under it the center's evaluation rounds over time (a chart) and the latest round of each kind.
 */
public final class CenterCardView extends ViewPart {

    public static final String ID = "org.nafitha.ui.card.center";

    /** A row of the tree: a dimension with its indicators, or one indicator. */
    record Row(DimensionInfo dimension, IndicatorInfo indicator, CenterCard card) {
    }

    private Label header;
    private Button compute;
    private Label detail;
    private TreeViewer tree;
    private ChartCanvas trend;
    private TableViewer latest;
    private String centerCode;
    private final Consumer<CardModel.State> listener = s -> refresh();
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        header = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(header);
        compute = new Button(parent, SWT.PUSH);
        compute.setText(Messages.compute);
        compute.setToolTipText(Messages.computeTip);
        compute.addListener(SWT.Selection, e -> CardModel.get().compute());
        detail = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(detail);
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tree.getTree());
        // the center's evaluation rounds over time, and the latest round of each kind
        trend = new ChartCanvas(parent);
        trend.registerContextMenu(getSite());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 260).applyTo(trend);
        latest = Tables.create(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 180).applyTo(latest.getTable());
        Tables.<EvaluationRecord>column(latest, Messages.roundKind, 170, r -> kind(r.getKind()));
        Tables.<EvaluationRecord>column(latest, Messages.roundDate, 100, EvaluationRecord::getDate);
        Tables.<EvaluationRecord>column(latest, Messages.roundResult, 480, CenterCardView::result);
        column(Messages.dimension, 330, this::title);
        column(Messages.value, 300, this::value);
        column(Messages.score, 70, r -> Stars.score(score(r)));
        column(Messages.rating, 90, r -> r.indicator() == null ? Stars.of(dimensionScore(r).rating(), levels()) : "");
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                CenterCard card = (CenterCard) input;
                return currentCard().dimensions().stream().map(d -> new Row(d, null, card)).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                Row row = (Row) parent;
                if (row.indicator() != null) {
                    return new Object[0];
                }
                List<Row> rows = new ArrayList<>();
                for (IndicatorInfo i : currentCard().indicators()) {
                    if (i.dimension().equals(row.dimension().id())) {
                        rows.add(new Row(row.dimension(), i, row.card()));
                    }
                }
                return rows.toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return ((Row) element).indicator() == null;
            }
        });
        getSite().getPage().addPostSelectionListener(selectionListener);
        CardModel.get().addListener(listener);
        selectionChanged(null, getSite().getPage().getSelection());
        refresh();
    }

    private void column(String title, int width, Function<Row, String> text) {
        TreeViewerColumn c = new TreeViewerColumn(tree, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                Row r = (Row) element;
                boolean missing = r.indicator() == null ? dimensionScore(r).isMissing() : indicatorValue(r).isMissing();
                return missing ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }
        });
    }

    private CardResult currentCard() {
        return CardModel.get().state().card();
    }

    private int levels() {
        CardResult c = currentCard();
        return c == null ? 7 : c.scale().levels();
    }

    private String title(Row r) {
        boolean ar = BilingualLabels.arabic();
        if (r.indicator() == null) {
            return (ar ? r.dimension().nameAr() : r.dimension().nameEn()) + " (" + Stars.percent(r.dimension().weightShare()) + ")";
        }
        return ar ? r.indicator().nameAr() : r.indicator().nameEn();
    }

    private CardResult.DimensionScore dimensionScore(Row r) {
        return r.card().dimension(r.dimension().id());
    }

    private IndicatorValue indicatorValue(Row r) {
        return r.card().indicator(r.indicator().id());
    }

    private Double score(Row r) {
        return r.indicator() == null ? dimensionScore(r).score() : indicatorValue(r).score();
    }

    private String value(Row r) {
        if (r.indicator() == null) {
            CardResult.DimensionScore d = dimensionScore(r);
            return Stars.number(d.indicatorsScored()) + " / " + Stars.number(d.indicatorsTotal());
        }
        IndicatorValue v = indicatorValue(r);
        if (v.isMissing()) {
            return Messages.bind(Messages.missing, v.missing());
        }
        if (v.detail() != null && v.detail().startsWith("unbounded")) {
            // the card rates a wait without bound as its longest wait; the value says what it is
            return Messages.noBound;
        }
        String unit = r.indicator().unit();
        return Stars.number(v.value()) + ("%".equals(unit) ? " %" : "count".equals(unit) || "score".equals(unit) ? ""
                : "min".equals(unit) ? " " + Messages.unitMin : "km".equals(unit) ? " " + Messages.unitKm : " " + unit);
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ServiceCenter c) {
            centerCode = c.getCode();
            refresh();
        }
    }

    /** Shows the card of a center by code (what a selection does). */
    public void showCenter(String code) {
        centerCode = code;
        refresh();
    }

    private void refresh() {
        if (header == null || header.isDisposed()) {
            return;
        }
        CardModel.State state = CardModel.get().state();
        CardResult card = state.card();
        setContentDescription(NafithaUi.getDefault().getViewedYear().banner());
        compute.setEnabled(!state.running());
        CenterCard c = card == null || centerCode == null ? null
                : card.centers().stream().filter(x -> x.code().equals(centerCode)).findFirst().orElse(null);
        if (card == null) {
            header.setText(Messages.notComputed);
            detail.setText("");
            tree.setInput(null);
        } else if (centerCode == null) {
            header.setText(Messages.selectCenter);
            detail.setText("");
            tree.setInput(null);
        } else if (c == null) {
            header.setText(Messages.bind(Messages.notOpen, centerCode));
            detail.setText("");
            tree.setInput(null);
        } else {
            String name = BilingualLabels.arabic() && c.nameAr() != null && !c.nameAr().isBlank() ? c.nameAr() : c.nameEn();
            header.setText(Messages.bind(Messages.header, new Object[] { name, Stars.of(c.rating(), card.scale().levels()), Stars.score(c.overall()) }));
            String note = c.note() == null ? "" : " — " + c.note();
            CenterCard before = state.previous() == null ? null
                    : state.previous().centers().stream().filter(x -> x.code().equals(centerCode)).findFirst().orElse(null);
            String change = before == null || before.overall() == null || c.overall() == null ? ""
                    : "\n" + Messages.bind(Messages.sinceLastRating, Stars.signed(c.overall() - before.overall()),
                            Stars.of(before.rating(), card.scale().levels()));
            detail.setText(Messages.bind(Messages.completeness, Stars.percent(c.completeness())) + note + change
                    + (state.stale() ? "\n" + Messages.stale : ""));
            tree.setInput(c);
            tree.expandAll();
        }
        showRounds();
        header.getParent().layout(true);
    }

    /** The trend of the shown center's rounds and the latest of each kind (from the scenario, card computed or not). */
    private void showRounds() {
        ServiceCenter center = centerCode == null ? null
                : NafithaUi.getDefault().getViewedScenario().getCenters().stream().filter(x -> centerCode.equals(x.getCode())).findFirst().orElse(null);
        trend.setChart(center == null ? null : EvaluationCharts.trend(center));
        List<EvaluationRecord> rounds = new ArrayList<>();
        if (center != null) {
            for (EvaluationKind k : EvaluationKind.values()) {
                EvaluationRecord r = ProgramIndicators.latest(center, k);
                if (r != null) {
                    rounds.add(r);
                }
            }
        }
        latest.setInput(rounds);
        latest.getTable().setToolTipText(center != null && rounds.isEmpty() ? Messages.noRounds : null);
    }

    static String kind(EvaluationKind k) {
        return switch (k) {
            case MYSTERY_SHOPPER -> Messages.kind_MYSTERY_SHOPPER;
            case SELF_ASSESSMENT -> Messages.kind_SELF_ASSESSMENT;
            case VOLUNTEER_VISITOR -> Messages.kind_VOLUNTEER_VISITOR;
            case SATISFACTION_SURVEY -> Messages.kind_SATISFACTION_SURVEY;
            case NPS_SURVEY -> Messages.kind_NPS_SURVEY;
            case COMPLAINTS -> Messages.kind_COMPLAINTS;
            case IMPROVEMENT -> Messages.kind_IMPROVEMENT;
        };
    }

    /** What a round found, in the planner's words; the NPS computed from the answer counts. */
    static String result(EvaluationRecord r) {
        return switch (r.getKind()) {
            case MYSTERY_SHOPPER, SELF_ASSESSMENT, VOLUNTEER_VISITOR -> Messages.bind(Messages.resultScore, Stars.number(r.getScore()))
                    + (r.isSetObservedWaitMinutes() ? Messages.bind(Messages.resultWait, Stars.number(r.getObservedWaitMinutes())) : "")
                    + (r.isSetSpecialistPresent() ? r.isSpecialistPresent() ? Messages.resultSpecialist : Messages.resultNoSpecialist : "");
            case SATISFACTION_SURVEY -> Messages.bind(Messages.resultSatisfaction, new Object[] { Stars.number(r.getSatisfactionMean()),
                Stars.percent(ProgramIndicators.satisfactionPercent(r.getSatisfactionMean()) / 100), Stars.number(r.getResponses()) });
            case NPS_SURVEY -> Messages.bind(Messages.resultNps, new Object[] {
                Stars.number(Math.round(ProgramIndicators.nps(r.getPromoters(), r.getPassives(), r.getDetractors()))),
                Stars.number(r.getPromoters()), Stars.number(r.getPassives()), Stars.number(r.getDetractors()) });
            case COMPLAINTS -> Messages.bind(Messages.resultComplaints, Stars.number(r.getAnsweredOnTime()), Stars.number(r.getReceived()));
            case IMPROVEMENT -> (r.getDescription() == null ? "" : r.getDescription())
                    + (r.isSetFromFeedback() && r.isFromFeedback() ? " " + Messages.resultFromFeedback : "");
        };
    }

    /** The evaluation trend chart, for tests. */
    public ChartCanvas getTrend() {
        return trend;
    }

    /** The latest round of each kind, for tests. */
    public TableViewer getLatestRounds() {
        return latest;
    }

    /** The tree, for tests. */
    public TreeViewer getTree() {
        return tree;
    }

    public String getHeaderText() {
        return header.getText();
    }

    /** The line under the header (completeness, whether the card is out of date), for tests. */
    public String getDetailText() {
        return detail.getText();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        CardModel.get().removeListener(listener);
        super.dispose();
    }
}
