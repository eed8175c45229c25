package org.nafitha.ui.card;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.nafitha.card.CardResult.CenterCard;
import org.nafitha.card.CardResult.GovernorateSummary;
import org.nafitha.card.CardResult.UnservedZone;
import org.nafitha.card.CardResult;
import org.nafitha.card.ProgramFigures.Voice;
import org.nafitha.card.ProgramFigures;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.Tables;
import org.nafitha.ui.charts.AnalysisCharts;
import org.nafitha.ui.charts.ChartCanvas;

/**
 * The national card: compute it (in the background), then the rating distribution, the summary, the ten weakest
 * centers with what pulls them down, the governorates and the zones nobody serves; the citizen's voice (satisfaction,
 * NPS, complaints answered, improvements from citizens' input, nationally and by governorate) and the program's
 * indicators (time after re-engineering, share digitized, agencies applying the standards framework). Selecting a center here selects
 * it in the workbench (its card, the map and the properties follow).
 */
public final class NationalCardView extends ViewPart {

    public static final String ID = "org.nafitha.ui.card.national";

    private Label status;
    private Label summary;
    private ChartCanvas chart;
    private TableViewer weakest;
    private TableViewer governorates;
    private TableViewer unserved;
    private Label voice;
    private TableViewer voices;
    private Button compute;
    private CardResult card;
    private final Consumer<CardModel.State> listener = this::show;
    private final CenterSelection selection = new CenterSelection();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        compute = new Button(parent, SWT.PUSH);
        compute.setText(Messages.compute);
        compute.setToolTipText(Messages.computeTip);
        compute.addListener(SWT.Selection, e -> CardModel.get().compute());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        voice = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(voice);
        chart = new ChartCanvas(parent);
        chart.registerContextMenu(getSite());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 170).applyTo(chart);

        CTabFolder tabs = new CTabFolder(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tabs);
        weakest = table(tabs, Messages.weakest);
        column(weakest, Messages.code, 125, c -> ((CenterCard) c).code());
        column(weakest, Messages.name, 260, c -> name((CenterCard) c));
        column(weakest, Messages.score, 70, c -> Stars.score(((CenterCard) c).overall()));
        column(weakest, Messages.rating, 90, c -> Stars.of(((CenterCard) c).rating(), levels()));
        column(weakest, Messages.pullDown, 420, c -> pullDown((CenterCard) c));
        governorates = table(tabs, Messages.governorates);
        column(governorates, Messages.name, 150, g -> BilingualLabels.arabic() ? ((GovernorateSummary) g).nameAr() : ((GovernorateSummary) g).nameEn());
        column(governorates, Messages.population, 110, g -> Stars.number(((GovernorateSummary) g).population()));
        column(governorates, Messages.covered, 90, g -> Stars.percent(((GovernorateSummary) g).coveredShare()));
        column(governorates, Messages.centers, 70, g -> Stars.number(((GovernorateSummary) g).centers()));
        column(governorates, Messages.meanScore, 90, g -> Stars.score(((GovernorateSummary) g).meanScore()));
        unserved = table(tabs, Messages.unserved);
        column(unserved, Messages.code, 90, z -> ((UnservedZone) z).code());
        column(unserved, Messages.name, 180, z -> zoneName((UnservedZone) z));
        column(unserved, Messages.population, 110, z -> Stars.number(((UnservedZone) z).population()));
        column(unserved, Messages.distance, 120, z -> Stars.number(((UnservedZone) z).distanceKm()));
        voices = table(tabs, Messages.voiceTab);
        column(voices, Messages.name, 150, v -> BilingualLabels.arabic() ? ((Voice) v).nameAr() : ((Voice) v).nameEn());
        column(voices, Messages.satisfaction, 110, v -> Stars.number(((Voice) v).satisfactionMean()));
        column(voices, Messages.satisfactionPercent, 100, v -> Stars.percent(((Voice) v).satisfactionPercent() / 100));
        column(voices, Messages.nps, 80, v -> Stars.score(((Voice) v).nps()));
        column(voices, Messages.complaintsAnswered, 130, v -> Stars.percent(((Voice) v).complaintResponse()));
        column(voices, Messages.improvementsFromCitizens, 190, v -> Stars.percent(((Voice) v).improvementsFromCitizens()));
        column(voices, Messages.records, 80, v -> Stars.number(((Voice) v).records()));
        tabs.setSelection(0);

        weakest.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof CenterCard c) {
                ServiceCenter center = NafithaUi.getDefault().getViewedScenario().getCenters().stream().filter(s -> s.getCode().equals(c.code()))
                        .findFirst().orElse(null);
                selection.set(center == null ? StructuredSelection.EMPTY : new StructuredSelection(center));
                // told once: when this view comes forward again (Compute pressed), it does not pull the center card back
                selection.forget();
            }
        });
        getSite().setSelectionProvider(selection);
        CardModel.get().addListener(listener);
        show(CardModel.get().state());
        if (CardModel.get().state().card() == null && !CardModel.get().state().running()) {
            CardModel.get().compute(); // in the background: the view fills in when it is done
        }
    }

    private static TableViewer table(CTabFolder tabs, String title) {
        TableViewer v = Tables.create(tabs, SWT.NONE);
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(v.getControl());
        return v;
    }

    private static void column(TableViewer v, String title, int width, Function<Object, String> text) {
        Tables.column(v, title, width, text);
    }

    private int levels() {
        return card == null ? 7 : card.scale().levels();
    }

    /** A zone's name in the workbench's language (the card names it in English). */
    private static String zoneName(UnservedZone z) {
        return NafithaUi.getDefault().getViewedScenario().getDemandZones().stream().filter(d -> d.getCode().equals(z.code())).findFirst()
                .map(BilingualLabels::name).orElse(z.name());
    }

    private static String name(CenterCard c) {
        return BilingualLabels.arabic() && c.nameAr() != null && !c.nameAr().isBlank() ? c.nameAr() : c.nameEn();
    }

    private String pullDown(CenterCard c) {
        StringBuilder b = new StringBuilder();
        for (CardResult.Shortfall s : c.pullDown()) {
            CardResult.IndicatorInfo info = card.indicators().stream().filter(i -> i.id().equals(s.indicator())).findFirst().orElse(null);
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(info == null ? s.indicator() : BilingualLabels.arabic() ? info.nameAr() : info.nameEn());
            b.append(" (−").append(Stars.score(s.pointsLost())).append(')');
        }
        return b.toString();
    }

    private void show(CardModel.State state) {
        if (status.isDisposed()) {
            return;
        }
        card = state.card();
        setContentDescription(NafithaUi.getDefault().getViewedYear().banner());
        compute.setEnabled(!state.running());
        status.setText(state.error() != null ? Messages.bind(Messages.failed, state.error())
                : state.running() ? Messages.computing + "…" : card == null ? Messages.notComputed : state.stale() ? Messages.stale : "");
        if (card != null) {
            CardResult.NationalCard n = card.national();
            CardResult.Totals t = n.totals();
            summary.setText(Messages.bind(Messages.summary, new Object[] { Stars.number(card.centers().size() - n.unrated()), Stars.number(n.unrated()),
                Stars.score(n.meanScore()), Stars.number(n.population() - n.unservedPopulation()), Stars.number(n.population()),
                Stars.number(n.equityGini()), t == null ? "–" : Stars.number(t.requiredCounters()), t == null ? "–" : Stars.number(t.existingCounters()) }));
            weakest.setInput(n.weakest());
            governorates.setInput(n.governorates());
            unserved.setInput(n.unserved());
            showProgram(card.program());
        } else {
            showProgram(null);
            summary.setText("");
            weakest.setInput(List.of());
            governorates.setInput(List.of());
            unserved.setInput(List.of());
        }
        chart.setChart(card == null ? null : AnalysisCharts.ratings(card.national().ratingCounts(), card.national().unrated()));
        status.getParent().layout(true);
    }

    /** The national voice figures and the program's indicators; the voice by governorate, the country first. */
    private void showProgram(ProgramFigures p) {
        if (p == null) {
            voice.setText("");
            voices.setInput(List.of());
            return;
        }
        Voice v = p.national();
        voice.setText(Messages.bind(Messages.voiceNational, new Object[] { Stars.number(v.records()), Stars.number(v.satisfactionMean()),
            Stars.percent(v.satisfactionPercent() / 100), Stars.score(v.nps()), Stars.percent(v.complaintResponse()),
            Stars.percent(v.improvementsFromCitizens()) }) + "\n"
                + Messages.bind(Messages.programKpis, new Object[] { Stars.number(p.minutesAfter()), Stars.number(p.minutesBefore()),
                    Stars.number(p.reengineeredServices()), Stars.percent(p.digitizedByCount()), Stars.percent(p.digitizedByVolume()),
                    Stars.percent(p.fullyDigitalByCount()), Stars.percent(p.agenciesApplyingFramework()) }));
        List<Voice> rows = new ArrayList<>();
        rows.add(v);
        rows.addAll(p.governorates());
        voices.setInput(rows);
    }

    /** The national voice and program line, for tests. */
    public String getVoiceText() {
        return voice.getText();
    }

    /** The citizen voice by governorate (the country first), for tests. */
    public TableViewer getVoices() {
        return voices;
    }

    /** The table of the ten weakest centers, for tests. */
    public TableViewer getWeakest() {
        return weakest;
    }

    @Override
    public void setFocus() {
        compute.setFocus();
    }

    @Override
    public void dispose() {
        CardModel.get().removeListener(listener);
        super.dispose();
    }

    /** The workbench selection of this view: the service center picked among the weakest. */
    private static final class CenterSelection implements ISelectionProvider {
        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
        private ISelection current = StructuredSelection.EMPTY;

        /** Keeps the pick to itself from now on (the workbench asks a view's selection when it is activated). */
        void forget() {
            current = StructuredSelection.EMPTY;
        }

        void set(ISelection s) {
            current = s;
            SelectionChangedEvent e = new SelectionChangedEvent(this, s);
            for (ISelectionChangedListener l : listeners) {
                l.selectionChanged(e);
            }
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) {
            listeners.add(l);
        }

        @Override
        public ISelection getSelection() {
            return current;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) {
            listeners.remove(l);
        }

        @Override
        public void setSelection(ISelection s) {
            set(s);
        }
    }
}
