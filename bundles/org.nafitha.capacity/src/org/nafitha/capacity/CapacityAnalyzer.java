package org.nafitha.capacity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.Analyzer;
import org.nafitha.core.Travel;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.DigitalGap;
import org.nafitha.model.DemandZone;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroups;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.ServiceDemand;

/**
 * Counters, staff and waiting at every open center (existing or planned).
 *
 * <ol>
 * <li>Demand: each zone's transactions a year of each service — its override, or the per-capita rate times its
 * eligible residents, or the service's national volume shared by population — of which the share not done online
 * (the service's digital share, then the scenario's digital shift unless presence is required) comes in person.</li>
 * <li>Allocation: each zone goes, for each service, to the nearest open center offering it (the scenario's distance
 * model, or the run's cost table: then a center the table does not connect to a place is out of its reach); services
 * no reachable open center offers count as unserved.</li>
 * <li>Bundling: where a center offers every service of a bundle, {@code capacity.bundleUptake} of the bundle's life
 * events (the fewest transactions among its services) are served in one visit: visits saved = uptake × events ×
 * (services − 1), and that visit takes the services' handling times less {@code capacity.bundleOverheadMinutes} for
 * each service after the first (ticket, identification).</li>
 * <li>Queueing: see {@link CapacityCalculator}; the target is the scenario's service level, the maximum occupancy
 * {@code capacity.maxOccupancy} (0.85), and staff = counters × staff per counter; with
 * {@code capacity.patienceMinutes} citizens leave after that mean wait (Erlang A); the mixed design sets apart groups
 * whose handling time differs from the center's mean by more than {@code capacity.segregationRatio} (2).</li>
 * </ol>
 * The day has the scenario's working hours, with arrivals peaking in the third hour at the scenario's peak factor,
 * unless {@code capacity.profile} gives the weights of each open hour.
 */
public final class CapacityAnalyzer implements Analyzer {

    public static final String ID = "org.nafitha.capacity";

    @Override
    public CapacityResult analyze(AnalysisContext context, IProgressMonitor monitor) {
        Scenario s = context.scenario();
        PlanningParameters p = s.getParameters();
        if (p == null) {
            throw new IllegalArgumentException("scenario " + s.getCode() + " has no planning parameters: the service-level target is needed");
        }
        CapacitySettings settings = settings(context, p);
        List<ServiceCenter> open = s.getCenters().stream()
                .filter(c -> c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED).toList();
        SubMonitor progress = SubMonitor.convert(monitor, "Capacity", s.getDemandZones().size() + open.size());

        // 1-2: in-person visits a year per center and service
        Map<ServiceCenter, Map<Service, Double>> visits = new IdentityHashMap<>();  // per center: services in registry order
        double unserved = allocate(s, open, p, Travel.of(context), visits, progress);

        // 3-4: bundling, then queueing at each center
        double uptake = option(context, "capacity.bundleUptake", 0.5, 0, 1);
        double overhead = option(context, "capacity.bundleOverheadMinutes", 2, 0, 60);
        List<CenterCapacity> results = new ArrayList<>();
        for (ServiceCenter center : open) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            CenterLoad load = load(center, visits.getOrDefault(center, Map.of()), s.getBundles(), uptake, overhead);
            results.add(CapacityCalculator.compute(load, settings));
            progress.worked(1);
        }
        return new CapacityResult(results, totals(results, open), unserved, settings.target());
    }

    static CapacitySettings settings(AnalysisContext context, PlanningParameters p) {
        double maxOccupancy = option(context, "capacity.maxOccupancy", 0.85, 0.01, 1);
        String patience = context.option("capacity.patienceMinutes", "");
        double patienceMinutes = patience.isBlank() ? Double.NaN : option(context, "capacity.patienceMinutes", 0, 0.01, 1e6);
        double shrinkage = p.getStaffPerCounter() >= 1 ? 1 - 1 / p.getStaffPerCounter() : 0;
        Staffing.Target target = new Staffing.Target(p.getServiceLevelShare(), p.getServiceLevelWaitMinutes(), maxOccupancy, shrinkage,
                patienceMinutes);
        int hours = Math.max(1, (int) Math.round(p.getWorkingHoursPerDay()));
        String weights = context.option("capacity.profile", "");
        double[] profile;
        if (weights.isBlank()) {
            profile = CapacitySettings.peakedProfile(hours, Math.min(Math.max(1, p.getPeakFactor()), hours));
        } else {
            profile = Arrays.stream(weights.split(",")).mapToDouble(w -> Double.parseDouble(w.trim())).toArray();
            double sum = Arrays.stream(profile).sum();
            for (int i = 0; i < profile.length; i++) {
                profile[i] /= sum;
            }
        }
        return new CapacitySettings(target, p.getWorkingDaysPerYear(), profile,
                option(context, "capacity.segregationRatio", 2, 1, 1000));
    }

    private static double option(AnalysisContext context, String name, double fallback, double min, double max) {
        String text = context.option(name, Double.toString(fallback));
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + text + "': expected a number from " + min + " to " + max);
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " " + value + ": expected a number from " + min + " to " + max);
        }
        return value;
    }

    /** In-person visits a year per center and service; returns the visits no open center can take. */
    private static double allocate(Scenario s, List<ServiceCenter> open, PlanningParameters p, Travel distance,
            Map<ServiceCenter, Map<Service, Double>> visits, SubMonitor progress) {
        long nationalPopulation = s.getDemandZones().stream().mapToLong(DemandZone::getPopulation).sum();
        Map<Service, List<Integer>> offering = new IdentityHashMap<>();
        for (int j = 0; j < open.size(); j++) {
            for (Service service : open.get(j).getServicesOffered()) {
                offering.computeIfAbsent(service, x -> new ArrayList<>()).add(j);
            }
        }
        double unserved = 0;
        double[] km = new double[open.size()];
        boolean[][] offers = new boolean[open.size()][];
        Map<Service, Integer> serviceIndex = new HashMap<>();
        for (Service service : s.getServices()) {
            serviceIndex.put(service, serviceIndex.size());
        }
        for (int j = 0; j < open.size(); j++) {
            offers[j] = new boolean[serviceIndex.size()];
            for (Service service : open.get(j).getServicesOffered()) {
                Integer index = serviceIndex.get(service);
                if (index != null) {
                    offers[j][index] = true;
                }
            }
        }
        // centers offering the same services form a group; a place's nearest center for a service is the nearest of the
        // groups' nearest centers that offer it, so a place costs one pass over the centers, not a sort of them
        Map<BitSet, Integer> groupIds = new HashMap<>();
        int[] groupOf = new int[open.size()];
        List<BitSet> groupOffers = new ArrayList<>();
        for (int j = 0; j < open.size(); j++) {
            BitSet signature = new BitSet(serviceIndex.size());
            for (int k = 0; k < serviceIndex.size(); k++) {
                if (offers[j][k]) {
                    signature.set(k);
                }
            }
            groupOf[j] = groupIds.computeIfAbsent(signature, b -> {
                groupOffers.add(b);
                return groupOffers.size() - 1;
            });
        }
        int groups = groupOffers.size();
        int[][] groupsOffering = new int[serviceIndex.size()][];
        for (int k = 0; k < serviceIndex.size(); k++) {
            final int service = k;
            groupsOffering[k] = IntStream.range(0, groups).filter(g -> groupOffers.get(g).get(service)).toArray();
        }
        int[] best = new int[groups];
        double[] bestKm = new double[groups];
        // each zone's visits arise where its residents live: every place (settlement) takes its share to its nearest center
        for (DemandZone zone : s.getDemandZones()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Map<Service, Double> overrides = new IdentityHashMap<>();
            for (ServiceDemand d : zone.getDemandOverrides()) {
                overrides.put(d.getService(), d.getAnnualTransactions());
            }
            double[] inPerson = new double[serviceIndex.size()];
            double gap = DigitalGap.multiplier(zone, p);
            for (Service service : s.getServices()) {
                double annual = overrides.containsKey(service) ? overrides.get(service)
                        : service.getPerCapitaRate() > 0 ? service.getPerCapitaRate() * PopulationGroups.eligibleResidents(zone, service)
                        : nationalPopulation == 0 ? 0 : (double) service.getAnnualTransactions() * zone.getPopulation() / nationalPopulation;
                double shift = service.isPresenceRequired() ? 0 : p.getDigitalShift();
                // the digital gap: the service's digital share as the zone's residents use it
                inPerson[serviceIndex.get(service)] = annual * (1 - Math.min(1, service.getDigitalShare() * gap)) * (1 - shift);
            }
            for (DemandPoints.Point point : DemandPoints.of(zone)) {
                Arrays.fill(best, -1);
                Arrays.fill(bestKm, Double.POSITIVE_INFINITY);
                for (int j = 0; j < open.size(); j++) {
                    ServiceCenter c = open.get(j);
                    // only the order counts here: ranks order as costs do and cost less to compute
                    km[j] = distance.rank(point.code(), zone.getCode(), point.latitude(), point.longitude(), c.getCode(), c.getLatitude(),
                            c.getLongitude());
                    // a center a cost table does not connect to the place is not reachable from it; on a tie the
                    // center listed first stays
                    int g = groupOf[j];
                    if (km[j] < bestKm[g]) {
                        bestKm[g] = km[j];
                        best[g] = j;
                    }
                }
                for (Service service : s.getServices()) {
                    int index = serviceIndex.get(service);
                    double here = inPerson[index] * point.share();
                    if (here <= 0) {
                        continue;
                    }
                    ServiceCenter nearest = null;
                    if (offering.containsKey(service)) {
                        int chosen = -1;
                        for (int g : groupsOffering[index]) {
                            int j = best[g];
                            if (j >= 0 && (chosen < 0 || km[j] < km[chosen] || km[j] == km[chosen] && j < chosen)) {
                                chosen = j;
                            }
                        }
                        nearest = chosen < 0 ? null : open.get(chosen);
                    }
                    if (nearest == null) {
                        unserved += here;
                    } else {
                        visits.computeIfAbsent(nearest, c -> new LinkedHashMap<>()).merge(service, here, Double::sum);
                    }
                }
            }
            progress.worked(1);
        }
        return unserved;
    }

    /** The streams of a center: its services' visits, less those bundled, plus one stream per bundle it completes. */
    static CenterLoad load(ServiceCenter center, Map<Service, Double> visits, List<ServiceBundle> bundles, double uptake,
            double overheadMinutes) {
        long universal = center.getCounters().stream().filter(Counter::isUniversal).count();
        boolean mostlyUniversal = center.getCounters().isEmpty() ? center.getKind() == CenterKind.COMPREHENSIVE_CENTER
                : universal * 2 > center.getCounters().size();
        CenterLoad load = new CenterLoad(center.getCode(), center.getNameEn(), center.getCounters().size(), mostlyUniversal);
        Map<Service, Double> remaining = new LinkedHashMap<>(visits); // EObjects: identity equality
        double saved = 0;
        List<CenterLoad.Stream> bundleStreams = new ArrayList<>();
        for (ServiceBundle bundle : bundles) {
            List<Service> members = bundle.getServices();
            if (members.size() < 2 || !members.stream().allMatch(remaining::containsKey)) {
                continue;
            }
            double events = members.stream().mapToDouble(remaining::get).min().orElse(0);
            double together = uptake * events;
            if (together <= 0) {
                continue;
            }
            double aht = 0;
            double longest = 0;
            double cv = 0;
            for (Service m : members) {
                remaining.merge(m, -together, Double::sum);
                aht += m.getMeanHandlingMinutes();
                longest = Math.max(longest, m.getMeanHandlingMinutes());
                cv += m.getHandlingTimeCv() / members.size();
            }
            aht = Math.max(longest, aht - (members.size() - 1) * overheadMinutes);
            saved += together * (members.size() - 1);
            bundleStreams.add(new CenterLoad.Stream("bundle " + bundle.getCode(), "bundle " + bundle.getCode(), together, aht, cv));
        }
        for (Map.Entry<Service, Double> e : remaining.entrySet()) {
            Service service = e.getKey();
            String group = service.getAgency() == null ? service.getCode() : service.getAgency().getCode();
            load.add(new CenterLoad.Stream(service.getCode(), group, e.getValue(), service.getMeanHandlingMinutes(), service.getHandlingTimeCv()));
        }
        bundleStreams.forEach(load::add);
        load.visitsSaved(saved);
        return load;
    }

    private static CapacityResult.Totals totals(List<CenterCapacity> results, List<ServiceCenter> open) {
        double visits = 0;
        double saved = 0;
        int required = 0;
        int staff = 0;
        int existing = 0;
        int shortfall = 0;
        int surplus = 0;
        int universal = 0;
        int specialized = 0;
        int mixed = 0;
        for (CenterCapacity c : results) {
            visits += c.annualVisits();
            saved += c.visitsSaved();
            required += c.requiredCounters();
            staff += c.requiredStaff();
            existing += c.existingCounters();
            shortfall += Math.max(0, c.shortfall());
            surplus += Math.max(0, -c.shortfall());
            universal += c.universalCounters();
            specialized += c.specializedCounters();
            mixed += c.mixedCounters();
        }
        int existingStaff = open.stream().mapToInt(ServiceCenter::getStaff).sum();
        return new CapacityResult.Totals(visits, saved, required, staff, existing, existingStaff, shortfall, surplus, universal, specialized,
                mixed);
    }
}
