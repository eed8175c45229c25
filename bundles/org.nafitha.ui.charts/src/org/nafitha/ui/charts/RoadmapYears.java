package org.nafitha.ui.charts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.ScenarioFileException;
import org.nafitha.model.file.ScenarioFiles;
import org.nafitha.roadmap.YearState;
import org.nafitha.sample.SampleScenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;
import org.nafitha.store.StoredScenario;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ViewedYear;

/**
 * The Roadmap view's years in the rest of the workbench: choosing a year shows the roadmap's state in it everywhere
 * (the {@link ViewedYear workbench's viewed year}, the state made by the roadmap engine's {@link YearState}), as does
 * "Show the year" for the year already in the selector; "Base scenario" goes back; "Compare years…" and "Compare with roadmap…" open the comparison view on two years or two
 * roadmaps. Its row sits above the view's timeline, with the banner saying what the workbench shows.
 */
final class RoadmapYears {

    private final RoadmapView view;
    private final ViewedYear viewed = NafithaUi.getDefault().getViewedYear();
    private final ViewedYear.Listener listener = v -> update();
    private Label banner;
    private Button base;

    RoadmapYears(RoadmapView view) {
        this.view = view;
    }

    /** The row: the banner, Show the year, Base scenario, Compare years…, Compare with roadmap…; spans {@code columns} of the view's grid. */
    void createRow(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(5, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).applyTo(row);
        banner = new Label(row, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(banner);
        // the year in the selector, shown without changing it first (the selector acts on a change)
        button(row, Messages.roadmapShowYear, Messages.roadmapShowYearTip).addListener(SWT.Selection, e -> view.selectYear(view.getSelectedYear()));
        base = button(row, Messages.roadmapBase, Messages.roadmapBaseTip);
        base.addListener(SWT.Selection, e -> showBase());
        button(row, Messages.roadmapCompareYears, Messages.roadmapCompareYearsTip).addListener(SWT.Selection, e -> pickYears(row.getShell()));
        Button roadmap = button(row, Messages.roadmapCompareRoadmap, Messages.roadmapCompareRoadmapTip);
        roadmap.addListener(SWT.Selection, e -> chooseRoadmap(roadmap));
        viewed.addListener(listener);
        update();
    }

    private static Button button(Composite parent, String text, String tip) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        return b;
    }

    /** Shows the roadmap's state in {@code year} in the map, the tables, the analysis results and the card (read-only). */
    void view(int year) {
        if (view.roadmap() == null) {
            return;
        }
        try {
            viewed.show(year, s -> YearState.of(s, year).scenario());
        } catch (RuntimeException e) {
            // a roadmap the engine cannot apply (its problems are listed in the tree): the base stays shown
            view.say(e.getMessage());
        }
    }

    /** The base scenario again, everywhere. */
    void showBase() {
        viewed.showBase();
    }

    private void update() {
        if (banner == null || banner.isDisposed()) {
            return;
        }
        banner.setText(viewed.isViewing() ? NLS.bind(Messages.roadmapViewingHint, viewed.banner()) : Messages.roadmapShowingBase);
        base.setEnabled(viewed.isViewing());
        banner.getParent().layout(true);
    }

    /** Asks for two years of the horizon and compares them. */
    private void pickYears(Shell shell) {
        List<Integer> horizon = view.horizon();
        if (horizon.isEmpty()) {
            return;
        }
        YearPair dialog = new YearPair(shell, horizon.get(0), horizon.get(horizon.size() - 1), view.getSelectedYear());
        if (dialog.open() == Dialog.OK) {
            compareYears(dialog.first, dialog.second);
        }
    }

    /** Opens the comparison view on the roadmap's state in two years; null when it could not open. */
    Job compareYears(int first, int second) {
        ComparisonView comparison = comparisonView();
        return comparison == null ? null : comparison.compareYears(first, second);
    }

    /** Lets the planner pick the other roadmap: the embedded sample's, a scenario file's or a stored scenario's. */
    private void chooseRoadmap(Control anchor) {
        Menu menu = new Menu(anchor);
        MenuItem sample = new MenuItem(menu, SWT.PUSH);
        sample.setText(Messages.compareSample);
        sample.addListener(SWT.Selection, e -> compareRoadmaps(SampleScenario.create(), Messages.compareSample));
        MenuItem file = new MenuItem(menu, SWT.PUSH);
        file.setText(Messages.compareFile);
        file.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(anchor.getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*." + ScenarioFiles.EXTENSION, "*" });
            String chosen = d.open();
            if (chosen != null) {
                try {
                    compareRoadmaps(ScenarioFiles.load(Path.of(chosen)), Path.of(chosen).getFileName().toString());
                } catch (ScenarioFileException ex) {
                    view.say(ex.getMessage());
                }
            }
        });
        MenuItem stored = new MenuItem(menu, SWT.PUSH);
        stored.setText(Messages.compareStored);
        stored.addListener(SWT.Selection, e -> compareStored(anchor.getShell()));
        Point at = anchor.toDisplay(0, anchor.getSize().y);
        menu.setLocation(at);
        menu.setVisible(true);
    }

    /** Picks a scenario of the store (the Scenarios view's) and compares with its last revision's roadmap. */
    private void compareStored(Shell shell) {
        Path store = NafithaUi.getDefault().getStorePath();
        StoredScenario chosen = ComparisonView.pickStored(shell, store, view::say);
        if (chosen == null) {
            return;
        }
        try (ScenarioStore s = ScenarioStore.open(store)) {
            compareRoadmaps(s.load(chosen.code()), NLS.bind(Messages.storedRevision, chosen.code(), ResultsView.number(chosen.revision(), 0)));
        } catch (StoreException e) {
            view.say(e.getMessage());
        }
    }

    /** Opens the comparison view on this roadmap and another scenario's: the chosen indicator by year, and the selected year's states. */
    Job compareRoadmaps(Scenario other, String otherName) {
        ComparisonView comparison = comparisonView();
        return comparison == null ? null : comparison.compareRoadmaps(other, otherName, view.getSelectedYear(), view.selectedIndicator());
    }

    private ComparisonView comparisonView() {
        IWorkbenchPage page = view.getSite().getPage();
        try {
            return (ComparisonView) page.showView(ComparisonView.ID);
        } catch (PartInitException e) {
            view.say(e.getMessage());
            return null;
        }
    }

    void dispose() {
        viewed.removeListener(listener);
    }

    /** Two years of the horizon, each in a spinner. */
    private static final class YearPair extends Dialog {
        private final int from;
        private final int to;
        private int first;
        private int second;
        private Spinner firstYear;
        private Spinner secondYear;

        YearPair(Shell shell, int from, int to, int selected) {
            super(shell);
            this.from = from;
            this.to = to;
            this.first = from;
            this.second = selected > from ? selected : to;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.roadmapPickYears);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(2, false));
            Label message = new Label(area, SWT.WRAP);
            message.setText(Messages.roadmapPickYearsMessage);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(message);
            new Label(area, SWT.NONE).setText(Messages.roadmapFirstYear);
            firstYear = spinner(area, first);
            new Label(area, SWT.NONE).setText(Messages.roadmapSecondYear);
            secondYear = spinner(area, second);
            return area;
        }

        private Spinner spinner(Composite parent, int value) {
            Spinner s = new Spinner(parent, SWT.BORDER);
            s.setValues(value, from, to, 0, 1, 1);
            return s;
        }

        @Override
        protected void buttonPressed(int id) {
            if (id == IDialogConstants.OK_ID) {
                first = firstYear.getSelection();
                second = secondYear.getSelection();
            }
            super.buttonPressed(id);
        }
    }
}
