package org.nafitha.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.card.CardCatalog;
import org.nafitha.card.CardEngine;
import org.nafitha.card.CardInput;
import org.nafitha.card.CardResult;
import org.nafitha.card.CardSettings;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.core.AnalyzerDescriptor;
import org.nafitha.coverage.CoverageAnalyzer;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.geo.CostTable;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandZone;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapTarget;
import org.nafitha.model.RoadmapTargetDirection;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.validation.ScenarioValidation;

/**
 * Evaluates a scenario's roadmap year by year: the {@link YearState state} of each year, the analyzers run on it
 * (coverage, capacity, those the card's indicators require and every other contributed analyzer except
 * location-allocation, which proposes sites rather than measuring a state), the card, the
 * {@link RoadmapIndicators indicators} against the targets of that year, capital spending (the sum of the year's action
 * costs) and operating spending (the open centers' yearly cost by the {@link RoadmapPlan cost model}, less what a
 * private partner carries) against the year's budgets. Years are independent, so they run in parallel on
 * {@code threads} threads; the monitor can cancel between analyzers.
 */
public final class RoadmapEngine {

    /** Location-allocation: not run per year. */
    public static final String LOCATE_ANALYZER = "org.nafitha.locate";

    private final AnalysisRunner runner;
    private final CardCatalog catalog;

    public RoadmapEngine(AnalysisRunner runner, CardCatalog catalog) {
        this.runner = runner;
        this.catalog = catalog;
    }

    /** The analyzers run on each year's state. */
    public List<String> analyzers() {
        Set<String> ids = new LinkedHashSet<>(new CardEngine(catalog).analyzers(runner));
        for (AnalyzerDescriptor d : runner.analyzers()) {
            if (!d.id().equals(LOCATE_ANALYZER)) {
                ids.add(d.id());
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * Checks the scenario's roadmap: its rules' errors (an action on an unknown or closed center, a year outside the
     * horizon, conflicting actions, costs below 0) as one message each.
     */
    public static List<String> errors(Scenario s) {
        List<String> errors = new ArrayList<>();
        if (s.getRoadmap() == null) {
            return errors;
        }
        ScenarioValidation.register();
        collect(Diagnostician.INSTANCE.validate(s.getRoadmap()), errors);
        return errors;
    }

    private static void collect(Diagnostic d, List<String> errors) {
        if (d.getChildren().isEmpty()) {
            if (d.getSeverity() >= Diagnostic.ERROR) {
                errors.add(d.getMessage());
            }
            return;
        }
        d.getChildren().forEach(c -> collect(c, errors));
    }

    /**
     * Evaluates the years {@code from} to {@code to}.
     *
     * @throws RoadmapException when the roadmap has errors ({@link #errors(Scenario)}) or the years are not a range
     * @throws OperationCanceledException when the monitor is canceled
     */
    public RoadmapResult run(Scenario s, int from, int to, int threads, IProgressMonitor monitor) {
        return run(s, null, from, to, threads, monitor);
    }

    /**
     * As {@link #run(Scenario, int, int, int, IProgressMonitor)}, with travel costs from a table (null for none: the
     * distance model's straight lines): each year's coverage, capacity and card measure trips by its costs, and a
     * place-center pair the table lacks is unreachable (a center a year opens that the table does not name reaches no one).
     */
    public RoadmapResult run(Scenario s, CostTable costs, int from, int to, int threads, IProgressMonitor monitor) {
        if (to < from) {
            throw new RoadmapException("years " + from + "-" + to + ": the last year is before the first");
        }
        List<String> errors = errors(s);
        if (!errors.isEmpty()) {
            throw new RoadmapException("the roadmap has " + errors.size() + (errors.size() == 1 ? " error" : " errors") + ":\n  "
                    + String.join("\n  ", errors.subList(0, Math.min(20, errors.size()))));
        }
        RoadmapPlan plan = RoadmapPlan.of(s);
        List<String> targets = analyzers();
        SubMonitor progress = SubMonitor.convert(monitor, "Roadmap " + s.getCode(), to - from + 1);
        List<RoadmapResult.Year> years = new ArrayList<>();
        int pool = Math.max(1, Math.min(threads, to - from + 1));
        if (pool == 1) {
            for (int y = from; y <= to; y++) {
                years.add(year(s, costs, plan, y, targets, progress.split(1)));
            }
        } else {
            ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
                Thread t = new Thread(r, "roadmap-year");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<RoadmapResult.Year>> futures = new ArrayList<>();
                Canceler cancel = new Canceler(progress);
                for (int y = from; y <= to; y++) {
                    int year = y;
                    futures.add(executor.submit(() -> year(s, costs, plan, year, targets, cancel)));
                }
                for (Future<RoadmapResult.Year> f : futures) {
                    years.add(await(f, progress));
                    progress.worked(1);
                }
            } finally {
                executor.shutdownNow();
            }
        }
        return new RoadmapResult(s.getCode(), s.getNameEn(), s.getNameAr(), from, to, plan.firstYear(), plan.lastYear(), List.copyOf(years));
    }

    private static RoadmapResult.Year await(Future<RoadmapResult.Year> f, IProgressMonitor progress) {
        while (true) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                return f.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the monitor again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** A monitor for a worker thread: it only answers whether the caller's monitor is canceled. */
    private static final class Canceler extends NullProgressMonitor {
        private final IProgressMonitor parent;

        Canceler(IProgressMonitor parent) {
            this.parent = parent;
        }

        @Override
        public boolean isCanceled() {
            return parent.isCanceled();
        }
    }

    private RoadmapResult.Year year(Scenario s, CostTable costs, RoadmapPlan plan, int year, List<String> targets, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Integer.toString(year), 10);
        YearState state = YearState.of(s, year);
        Scenario st = state.scenario();
        AnalysisContext context = runner.run(new AnalysisContext(st, Map.of(), costs), targets, progress.split(8));
        CardResult card = new CardEngine(catalog).compute(new CardInput(st, context.results(), costs), CardSettings.of(st), progress.split(2));
        CoverageResult coverage = context.result(CoverageAnalyzer.ID, CoverageResult.class).orElseThrow();
        CapacityResult capacity = context.result(CapacityAnalyzer.ID, CapacityResult.class).orElseThrow();
        Map<String, Double> values = RoadmapIndicators.compute(state, coverage, capacity, card);

        List<RoadmapResult.ActionCost> actions = new ArrayList<>();
        double capex = 0;
        for (RoadmapAction a : plan.actionsIn(year)) {
            double cost = plan.actionCost(a);
            capex += cost;
            actions.add(actionCost(a, cost, plan.costDerived(a), st));
        }
        double opex = 0;
        int counters = 0;
        int staff = 0;
        List<ServiceCenter> open = state.openCenters();
        RoadmapPlan statePlan = RoadmapPlan.of(st);
        for (ServiceCenter c : open) {
            opex += statePlan.operatingCost(c) * (1 - state.partnerShares().getOrDefault(c.getCode(), 0.0));
            counters += c.getCounters().size();
            staff += Math.max(0, c.getStaff());
        }
        List<RoadmapResult.IndicatorValue> indicators = new ArrayList<>();
        for (RoadmapIndicators.Info info : RoadmapIndicators.ALL) {
            indicators.add(judge(info.id(), values.get(info.id()), target(s, info.id(), year)));
        }
        if (s.getRoadmap() != null) {
            // targets on an indicator a plugin or a later release computes: shown with no value
            for (RoadmapTarget t : s.getRoadmap().getTargets()) {
                if (t.getYear() == year && RoadmapIndicators.info(t.getIndicator()) == null) {
                    indicators.add(judge(t.getIndicator(), null, t));
                }
            }
        }
        long population = st.getDemandZones().stream().mapToLong(DemandZone::getPopulation).sum();
        OptionalDouble budgetCapex = plan.capitalBudget(year);
        OptionalDouble budgetOpex = plan.operatingBudget(year);
        return new RoadmapResult.Year(year, population, capacity.totals().annualVisits(), open.size(), counters,
                capacity.totals().requiredCounters(), staff, capacity.totals().requiredStaff(), card.national().coveredShare(),
                coverage.equity().gini(), values.get("meanWaitMinutes"), card.national().meanScore(), capex, opex,
                budgetCapex.isPresent() ? budgetCapex.getAsDouble() : null, budgetOpex.isPresent() ? budgetOpex.getAsDouble() : null,
                List.copyOf(actions), List.copyOf(indicators));
    }

    private static RoadmapTarget target(Scenario s, String id, int year) {
        if (s.getRoadmap() == null) {
            return null;
        }
        return s.getRoadmap().getTargets().stream().filter(t -> t.getYear() == year && id.equals(t.getIndicator())).findFirst().orElse(null);
    }

    /** The value against the target: met when at least (or at most) the target; the gap is value − target. */
    static RoadmapResult.IndicatorValue judge(String id, Double value, RoadmapTarget t) {
        if (t == null) {
            return new RoadmapResult.IndicatorValue(id, value, null, null, null, null);
        }
        String direction = t.getDirection() == RoadmapTargetDirection.AT_MOST ? "atMost" : "atLeast";
        if (value == null) {
            return new RoadmapResult.IndicatorValue(id, null, t.getValue(), direction, null, null);
        }
        boolean met = t.getDirection() == RoadmapTargetDirection.AT_MOST ? value <= t.getValue() + 1e-9 : value >= t.getValue() - 1e-9;
        return new RoadmapResult.IndicatorValue(id, value, t.getValue(), direction, met, value - t.getValue());
    }

    private static RoadmapResult.ActionCost actionCost(RoadmapAction a, double cost, boolean derived, Scenario state) {
        String target;
        ServiceCenter where = null;
        if (a.getNewCenter() != null || a.getCenter() != null) {
            ServiceCenter c = a.getNewCenter() != null ? a.getNewCenter() : a.getCenter();
            target = c.getCode();
            where = state.getCenters().stream().filter(x -> x.getCode() != null && x.getCode().equals(target)).findFirst().orElse(c);
        } else if (a.getService() != null) {
            target = a.getService().getCode();
        } else if (a.getBundle() != null) {
            target = a.getBundle().getCode();
        } else {
            target = null;
        }
        boolean located = where != null && where.getStatus() != CenterStatus.CANDIDATE;
        return new RoadmapResult.ActionCost(a.getCode(), a.getKind().getLiteral(), target, cost, derived, a.isSetMonth() ? a.getMonth() : null,
                a.getNote(), located ? where.getLatitude() : null, located ? where.getLongitude() : null);
    }
}
