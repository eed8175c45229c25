package org.nafitha.locate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.Analyzer;
import org.nafitha.geo.CostTable;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.CoverageThreshold;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.Scenario;

/**
 * Location-allocation as an analysis ({@code org.nafitha.core.analyzers}), so the workbench, the command line, the card
 * and the map all run it the same way: the scenario becomes an instance through {@link ScenarioInstance}, a contributed
 * {@link Solver} solves it, and the answer is a {@link LocateResult} under {@link #ID} (= {@link LocateResult#KEY}).
 *
 * <p>Options ({@link AnalysisContext#option}), each with a default from the scenario:
 * <ul>
 * <li>{@code locate.problem}: pmedian (default), mclp, lscp or pcenter;</li>
 * <li>{@code locate.p}: the number of sites; default the comprehensive centers the scenario has or plans (existing and
 * planned), so the run answers "where should they stand";</li>
 * <li>{@code locate.radiusKm}: the coverage radius of mclp and lscp; default the largest distance threshold of the
 * scenario's planning parameters;</li>
 * <li>{@code locate.group}: weigh the demand by one population group's residents;</li>
 * <li>{@code locate.capacity}: true to assign each place whole within the sites' capacities (p-median);</li>
 * <li>{@code locate.roles}: sites whose role differs from the scenario's, as {@code CODE=required|candidate|excluded}
 * separated by semicolons (a center to keep whatever it costs, one the planner would rather close, a site ruled out);</li>
 * <li>{@code locate.timeLimit} (seconds, 10), {@code locate.seed} (1), {@code locate.solver} (vns).</li>
 * </ul>
 *
 * @throws IllegalArgumentException (from {@link #analyze}) naming the option when an option is wrong
 */
public final class LocateAnalyzer implements Analyzer {

    public static final String ID = LocateResult.KEY;

    @Override
    public LocateResult analyze(AnalysisContext context, IProgressMonitor monitor) {
        Scenario s = context.scenario();
        Problem.Type type = Problem.type(context.option("locate.problem", "pmedian"));
        String p = context.option("locate.p", null);
        String radius = context.option("locate.radiusKm", null);
        boolean capacity = Boolean.parseBoolean(context.option("locate.capacity", "false"));
        CostTable costs = context.costs().orElse(null);
        boolean minutes = costs != null && costs.unit() == CostTable.Unit.MINUTES;
        Problem problem = new Problem(type, p == null ? defaultP(s) : (int) number("locate.p", p), radius == null ? defaultRadius(s, minutes)
                : number("locate.radiusKm", radius), capacity);
        Solver solver = Solvers.fromExtensions(null).get(context.option("locate.solver", Solvers.DEFAULT));
        if (!solver.supports(problem)) {
            throw new IllegalArgumentException("solver " + context.option("locate.solver", Solvers.DEFAULT) + " does not solve "
                    + type.name().toLowerCase(Locale.ROOT));
        }
        Solver.Options options = new Solver.Options(number("locate.timeLimit", context.option("locate.timeLimit", "10")),
                (long) number("locate.seed", context.option("locate.seed", "1")), true);
        Instance instance = withRoles(ScenarioInstance.of(s, capacity, context.option("locate.group", null), costs), context.option("locate.roles", ""));
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        return new LocateResult(instance, solver.solve(instance, problem, options, monitor));
    }

    /** The instance with the sites of {@code roles} ("CODE=required;CODE=excluded") in those roles. */
    static Instance withRoles(Instance instance, String roles) {
        if (roles == null || roles.isBlank()) {
            return instance;
        }
        Instance.Status[] status = new Instance.Status[instance.siteCount()];
        Map<String, Integer> index = new HashMap<>();
        for (int j = 0; j < status.length; j++) {
            status[j] = instance.status(j);
            index.put(instance.siteId(j), j);
        }
        for (String entry : roles.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String code = eq < 0 ? entry.trim() : entry.substring(0, eq).trim();
            Integer j = index.get(code);
            if (eq < 0 || j == null) {
                throw new IllegalArgumentException("locate.roles '" + entry.trim() + "': expected CODE=required, CODE=candidate or CODE=excluded"
                        + " for a site of the instance (a comprehensive center or a candidate site)");
            }
            try {
                status[j] = Instance.Status.valueOf(entry.substring(eq + 1).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("locate.roles '" + entry.trim() + "': expected required, candidate or excluded after '='");
            }
        }
        return instance.withStatus(status);
    }

    /** The comprehensive centers the scenario has or plans: p of the default run. */
    static int defaultP(Scenario s) {
        return (int) Math.max(1, s.getCenters().stream().filter(c -> c.getKind() == CenterKind.COMPREHENSIVE_CENTER
                && (c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED)).count());
    }

    /**
     * The largest distance threshold of the planning parameters (the largest time threshold when costs are minutes);
     * NaN when there is none (then mclp and lscp need the option).
     */
    static double defaultRadius(Scenario s, boolean minutes) {
        PlanningParameters params = s.getParameters();
        double r = Double.NaN;
        if (params != null) {
            for (CoverageThreshold t : params.getCoverageThresholds()) {
                double limit = minutes ? t.getMaxTravelMinutes() : t.getMaxDistanceKm();
                if (limit > 0 && !(limit <= r)) {
                    r = limit;
                }
            }
        }
        return r;
    }

    private static double number(String name, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + text + "': expected a number");
        }
    }
}
