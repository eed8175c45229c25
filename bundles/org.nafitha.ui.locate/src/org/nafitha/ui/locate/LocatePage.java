package org.nafitha.ui.locate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Problem;
import org.nafitha.locate.ScenarioInstance;
import org.nafitha.model.Named;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Scenario;
import org.nafitha.model.edit.BilingualLabels;

/**
 * The settings of a location-allocation run: the problem, p or the radius, whose residents count, capacities from the
 * capacity analysis, the time limit, and the role of each site in this run (the engine's instance lists the sites and
 * their roles from the scenario; a planner may require, offer or exclude any of them). The page turns them into the
 * locate analyzer's options; it solves nothing.
 */
public final class LocatePage extends WizardPage {

    private static final Problem.Type[] TYPES = Problem.Type.values();

    /** A site of the instance, its role from the scenario and the role for this run. */
    public static final class Site {
        final String code;
        final String name;
        final Instance.Status initial;
        Instance.Status role;

        Site(String code, String name, Instance.Status initial) {
            this.code = code;
            this.name = name;
            this.initial = initial;
            this.role = initial;
        }
    }

    private final Scenario scenario;
    private final List<Site> sites = new ArrayList<>();
    private final List<PopulationGroup> groups = new ArrayList<>();
    private Combo problem;
    private Spinner p;
    private Text radius;
    private Combo group;
    private Button capacity;
    private Spinner timeLimit;
    private TableViewer table;

    LocatePage(Scenario scenario) {
        super("locate");
        this.scenario = scenario;
        setTitle(Messages.pageTitle);
        setMessage(Messages.pageMessage);
        Instance instance = ScenarioInstance.of(scenario, false, null);
        Map<String, Named> named = new LinkedHashMap<>();
        scenario.getCenters().forEach(c -> named.put(c.getCode(), c));
        scenario.getCandidateSites().forEach(c -> named.put(c.getCode(), c));
        for (int j = 0; j < instance.siteCount(); j++) {
            Named n = named.get(instance.siteId(j));
            sites.add(new Site(instance.siteId(j), n == null ? instance.siteId(j) : BilingualLabels.name(n), instance.status(j)));
        }
        groups.addAll(scenario.getPopulationGroups());
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(4, false));
        new Label(c, SWT.NONE).setText(Messages.problem);
        problem = new Combo(c, SWT.READ_ONLY);
        problem.setItems(Messages.problemPmedian, Messages.problemMclp, Messages.problemLscp, Messages.problemPcenter);
        problem.select(0);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(problem);

        new Label(c, SWT.NONE).setText(Messages.p);
        p = new Spinner(c, SWT.BORDER);
        p.setValues(Math.max(1, required() + 1), 1, Math.max(1, sites.size()), 0, 1, 5);
        new Label(c, SWT.NONE).setText(Messages.radius);
        radius = new Text(c, SWT.BORDER);
        radius.setText(defaultRadius());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(radius);

        new Label(c, SWT.NONE).setText(Messages.group);
        group = new Combo(c, SWT.READ_ONLY);
        group.add(Messages.allResidents);
        groups.forEach(g -> group.add(BilingualLabels.name(g)));
        group.select(0);
        new Label(c, SWT.NONE).setText(Messages.timeLimit);
        timeLimit = new Spinner(c, SWT.BORDER);
        timeLimit.setValues(10, 1, 600, 0, 1, 10);

        capacity = new Button(c, SWT.CHECK);
        capacity.setText(Messages.capacity);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(capacity);

        Label l = new Label(c, SWT.NONE);
        l.setText(Messages.sites);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(l);
        table = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.siteCode, 110, s -> s.code);
        column(Messages.siteName, 300, s -> s.name);
        column(Messages.siteStatus, 100, s -> role(s.initial));
        TableViewerColumn roleColumn = column(Messages.siteRole, 120, s -> role(s.role));
        String[] roles = {role(Instance.Status.REQUIRED), role(Instance.Status.CANDIDATE), role(Instance.Status.EXCLUDED)};
        roleColumn.setEditingSupport(new EditingSupport(table) {
            @Override
            protected ComboBoxCellEditor getCellEditor(Object element) {
                return new ComboBoxCellEditor(table.getTable(), roles, SWT.READ_ONLY);
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return ((Site) element).role.ordinal();
            }

            @Override
            protected void setValue(Object element, Object value) {
                ((Site) element).role = Instance.Status.values()[(Integer) value];
                table.update(element, null);
                validate();
            }
        });
        table.setInput(sites);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(640, 260).applyTo(table.getControl());

        problem.addListener(SWT.Selection, e -> validate());
        p.addListener(SWT.Modify, e -> validate());
        radius.addListener(SWT.Modify, e -> validate());
        capacity.addListener(SWT.Selection, e -> validate());
        setControl(c);
        validate();
    }

    private TableViewerColumn column(String title, int width, Function<Site, String> text) {
        TableViewerColumn col = new TableViewerColumn(table, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Site) element);
            }
        });
        return col;
    }

    static String role(Instance.Status s) {
        return switch (s) {
        case REQUIRED -> Messages.roleRequired;
        case CANDIDATE -> Messages.roleCandidate;
        case EXCLUDED -> Messages.roleExcluded;
        };
    }

    private int required() {
        return (int) sites.stream().filter(s -> s.role == Instance.Status.REQUIRED).count();
    }

    /** The largest distance threshold of the planning parameters, as the engine's default radius. */
    private String defaultRadius() {
        double r = scenario.getParameters() == null ? 0 : scenario.getParameters().getCoverageThresholds().stream()
                .mapToDouble(t -> t.getMaxDistanceKm()).max().orElse(0);
        return r > 0 ? String.format(Locale.ROOT, "%.0f", r) : "";
    }

    private Problem.Type type() {
        return TYPES[problem.getSelectionIndex()];
    }

    private boolean validate() {
        Problem.Type t = type();
        boolean usesP = t != Problem.Type.LSCP;
        boolean usesRadius = t == Problem.Type.MCLP || t == Problem.Type.LSCP;
        p.setEnabled(usesP);
        radius.setEnabled(usesRadius);
        capacity.setEnabled(t == Problem.Type.PMEDIAN);
        String error = null;
        long open = sites.stream().filter(s -> s.role != Instance.Status.EXCLUDED).count();
        if (usesP && (p.getSelection() < required() || p.getSelection() > open)) {
            error = NLS.bind(Messages.badP, required(), open);
        } else if (usesRadius && !(radiusKm() > 0)) {
            error = Messages.badRadius;
        }
        setErrorMessage(error);
        setPageComplete(error == null);
        return error == null;
    }

    private double radiusKm() {
        try {
            return Double.parseDouble(radius.getText().trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The locate analyzer's options for these settings. */
    public Map<String, String> options() {
        Map<String, String> o = new LinkedHashMap<>();
        Problem.Type t = type();
        o.put("locate.problem", t.name().toLowerCase(Locale.ROOT));
        if (t != Problem.Type.LSCP) {
            o.put("locate.p", Integer.toString(p.getSelection()));
        }
        if (t == Problem.Type.MCLP || t == Problem.Type.LSCP) {
            o.put("locate.radiusKm", Double.toString(radiusKm()));
        }
        if (group.getSelectionIndex() > 0) {
            o.put("locate.group", groups.get(group.getSelectionIndex() - 1).getCode());
        }
        if (t == Problem.Type.PMEDIAN && capacity.getSelection()) {
            o.put("locate.capacity", "true");
        }
        o.put("locate.timeLimit", Integer.toString(timeLimit.getSelection()));
        StringBuilder roles = new StringBuilder();
        for (Site s : sites) {
            if (s.role != s.initial) {
                roles.append(roles.length() == 0 ? "" : ";").append(s.code).append('=').append(s.role.name().toLowerCase(Locale.ROOT));
            }
        }
        if (roles.length() > 0) {
            o.put("locate.roles", roles.toString());
        }
        return o;
    }

    // for tests and scripted use: the controls a planner sets

    public void setProblem(Problem.Type t) {
        problem.select(t.ordinal());
        validate();
    }

    public void setP(int value) {
        p.setSelection(value);
        validate();
    }

    public void setTimeLimit(int seconds) {
        timeLimit.setSelection(seconds);
    }

    /** Sets a site's role for this run; false when the instance has no such site. */
    public boolean setRole(String code, Instance.Status role) {
        for (Site s : sites) {
            if (s.code.equals(code)) {
                s.role = role;
                table.refresh();
                validate();
                return true;
            }
        }
        return false;
    }

    public TableViewer getSites() {
        return table;
    }
}
