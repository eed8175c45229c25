package org.example.mobileunits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.Analyzer;
import org.nafitha.core.Distances;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * Mobile units for the demand zones beyond the coverage thresholds: reads the coverage result (analyzer
 * {@code org.nafitha.coverage}), takes the zones it finds beyond their area type's thresholds (and, with
 * {@code mobileunits.maxTravelMinutes}, those farther in time from their nearest center), and builds weekly routes from
 * the nearest open comprehensive center with {@link RouteBuilder}.
 *
 * <p>Options: {@code mobileunits.speedKmh} (60), {@code mobileunits.drivingHours} (4, the daily driving budget),
 * {@code mobileunits.stopHours} (3), {@code mobileunits.workdayHours} (8), {@code mobileunits.daysPerWeek} (5),
 * {@code mobileunits.depots} = comprehensive (default: open comprehensive centers, or any open center when there is none)
 * or open (any open center), {@code mobileunits.maxTravelMinutes} (none).
 */
public final class MobileUnitsAnalyzer implements Analyzer {

    public static final String ID = "org.example.mobileunits";
    static final String COVERAGE_ID = "org.nafitha.coverage";

    @Override
    public MobileUnitPlan analyze(AnalysisContext context, IProgressMonitor monitor) {
        CoverageResult coverage = context.result(COVERAGE_ID, CoverageResult.class).orElseThrow(() -> new IllegalStateException(
                "the mobile units analyzer reads the coverage result, which is missing: it requires analyzer " + COVERAGE_ID));
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        Scenario s = context.scenario();
        RouteBuilder.Settings settings = new RouteBuilder.Settings(number(context, "speedKmh", 60), number(context, "drivingHours", 4),
                number(context, "stopHours", 3), number(context, "workdayHours", 8), (int) number(context, "daysPerWeek", 5));
        String maxTravel = context.option("mobileunits.maxTravelMinutes", null);
        double maxMinutes = maxTravel == null ? Double.POSITIVE_INFINITY : parse("maxTravelMinutes", maxTravel);

        Map<String, DemandZone> zones = new HashMap<>();
        s.getDemandZones().forEach(z -> zones.put(z.getCode(), z));
        List<MobileUnitPlan.Place> stops = new ArrayList<>();
        // every place where residents live (a settlement, or a zone without settlements) beyond the thresholds
        for (CoverageResult.Point q : coverage.points()) {
            DemandZone zone = zones.get(q.zone());
            if (zone == null || q.covered() && !(q.travelMinutes() > maxMinutes)) {
                continue;
            }
            Region gov = governorate(zone.getRegion());
            stops.add(new MobileUnitPlan.Place(q.code(), q.name(), gov == null ? "" : gov.getCode(), q.latitude(), q.longitude(),
                    Math.round(q.population())));
        }
        return RouteBuilder.build(depots(s, context.option("mobileunits.depots", "comprehensive")), stops, Distances.of(s.getParameters()),
                settings);
    }

    static List<MobileUnitPlan.Place> depots(Scenario s, String which) {
        if (!which.equals("comprehensive") && !which.equals("open")) {
            throw new IllegalArgumentException("mobileunits.depots '" + which + "': expected comprehensive or open");
        }
        List<MobileUnitPlan.Place> open = new ArrayList<>();
        List<MobileUnitPlan.Place> comprehensive = new ArrayList<>();
        for (ServiceCenter c : s.getCenters()) {
            if (c.getStatus() != CenterStatus.EXISTING && c.getStatus() != CenterStatus.PLANNED || c.getKind() == CenterKind.MOBILE_UNIT) {
                continue;
            }
            Region gov = governorate(c.getRegion());
            MobileUnitPlan.Place p = new MobileUnitPlan.Place(c.getCode(), c.getNameEn(), gov == null ? "" : gov.getCode(), c.getLatitude(),
                    c.getLongitude(), 0);
            open.add(p);
            if (c.getKind() == CenterKind.COMPREHENSIVE_CENTER) {
                comprehensive.add(p);
            }
        }
        return which.equals("open") || comprehensive.isEmpty() ? open : comprehensive;
    }

    /** The governorate of a region: itself or its first ancestor at that level; the top region when none is. */
    static Region governorate(Region region) {
        Region r = region;
        while (r != null && r.getLevel() != RegionLevel.GOVERNORATE && r.getParent() != null) {
            r = r.getParent();
        }
        return r;
    }

    private static double number(AnalysisContext context, String name, double fallback) {
        String v = context.option("mobileunits." + name, null);
        return v == null ? fallback : parse(name, v);
    }

    private static double parse(String name, String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "mobileunits.%s '%s': expected a number", name, v));
        }
    }
}
