package org.nafitha.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nafitha.card.CardCatalog;
import org.nafitha.cli.Cli;
import org.nafitha.cli.Json;
import org.nafitha.cli.NumberOptions;
import org.nafitha.cli.Options;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.RoadmapBudget;
import org.nafitha.model.RoadmapGrowth;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.roadmap.RoadmapEngine;
import org.nafitha.roadmap.RoadmapJson;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.report.RoadmapReport;
import org.nafitha.sample.SampleScenario;

/**
 * {@code nafitha bench roadmap}: (1) the sample's roadmap 2026-2029, engine alone (best of --repeat) and with the JSON,
 * CSV, HTML and PDF written once; (2) a synthetic roadmap of --years years on --centers centers and --zones demand
 * zones over Jordan (the sample's registry, governorates, costs and norms; zones and centers seeded around the
 * governorate seats; each year 20 counter additions, 10 conversions, 10 trainings, 5 accessibility works, 5 openings
 * and 2 closures), with its time and peak heap.
 */
final class RoadmapBench {

    private static final NafithaFactory F = NafithaFactory.eINSTANCE;

    private RoadmapBench() {
    }

    static int run(Options options, PrintStream out) {
        int years = NumberOptions.integer(options, "years", 10, 1, 50);
        int centers = NumberOptions.integer(options, "centers", 1000, 10, 1_000_000);
        int zones = NumberOptions.integer(options, "zones", 100_000, 10, 10_000_000);
        int repeat = NumberOptions.integer(options, "repeat", 3, 1, 100);
        options.takePositional();
        options.checkAllKnown();
        int threads = Runtime.getRuntime().availableProcessors();
        RoadmapEngine engine = new RoadmapEngine(AnalysisRunner.fromExtensions(), CardCatalog.fromExtensions());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "roadmap: each year's state, coverage, capacity, the card, indicators, spending");
        result.put("processors", threads);

        Scenario sample = SampleScenario.create();
        long best = Long.MAX_VALUE;
        RoadmapResult r = null;
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            r = engine.run(sample, 2026, 2029, threads, new NullProgressMonitor());
            best = Math.min(best, System.nanoTime() - t0);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("years", "2026-2029");
        s.put("centers", sample.getCenters().size());
        s.put("zones", sample.getDemandZones().size());
        s.put("actions", sample.getRoadmap().getActions().size());
        s.put("engineSeconds", best / 1e9);
        try {
            Path dir = Files.createTempDirectory("nafitha-roadmap-bench");
            long t0 = System.nanoTime();
            RoadmapJson.write(r, dir.resolve("roadmap.json"));
            RoadmapJson.writeCsv(r, dir.resolve("roadmap.csv"));
            RoadmapReport.write(r, sample, dir, "ar", LocalDate.now());
            s.put("reportsSeconds", (System.nanoTime() - t0) / 1e9);
            s.put("engineAndReportsSeconds", (best + System.nanoTime() - t0) / 1e9);
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("the benchmark cannot write its reports: " + e.getMessage(), e);
        }
        result.put("sample", s);

        Scenario big = synthetic(sample, years, centers, zones, new Random(18));
        sample = null;
        System.gc();
        BenchCommand.resetPeaks();
        long t0 = System.nanoTime();
        RoadmapResult large = engine.run(big, 2026, 2026 + years - 1, threads, new NullProgressMonitor());
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("years", years);
        l.put("centers", centers);
        l.put("zones", zones);
        l.put("actions", big.getRoadmap().getActions().size());
        l.put("seconds", seconds);
        l.put("secondsPerYear", seconds / years);
        l.put("peakHeapMiB", BenchCommand.peakHeap() / (1024 * 1024));
        l.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        l.put("lastYearCentersOpen", large.years().get(large.years().size() - 1).centersOpen());
        result.put("synthetic", l);
        out.println(Json.write(result));
        return Cli.OK;
    }

    /** The sample's registry, governorates, norms and costs with synthetic zones, centers and a roadmap of {@code years} years. */
    static Scenario synthetic(Scenario sample, int years, int centers, int zones, Random rnd) {
        Scenario s = sample;
        s.setCode("bench-roadmap");
        s.setStudyArea(null); // synthetic points may fall just outside the outline
        // synthetic places take the nearest governorate's center as their region, not its outline: the outlines go
        s.getRegions().forEach(r -> r.setGeometryWkt(null));
        Roadmap m = s.getRoadmap();
        m.getActions().clear();
        m.getBudgets().clear();
        m.getTargets().clear();
        m.getGrowth().clear();
        s.getDemandZones().clear();
        s.getCenters().clear();
        s.getCandidateSites().clear();
        List<Region> governorates = s.getRegions().stream().filter(r -> r.getLevel() == RegionLevel.GOVERNORATE)
                .sorted(Comparator.comparing(Region::getCode)).toList();
        double[][] points = BenchCommand.synthetic(zones + centers, rnd);
        List<DemandZone> zoneList = new ArrayList<>(zones);
        for (int i = 0; i < zones; i++) {
            DemandZone z = F.createDemandZone();
            z.setCode("Z" + i);
            z.setNameEn("Zone " + i);
            z.setNameAr("منطقة " + i);
            z.setLongitude(points[0][i]);
            z.setLatitude(points[1][i]);
            z.setPopulation(20 + rnd.nextInt(220));
            z.setAreaType(AreaType.values()[rnd.nextInt(3)]);
            z.setRegion(nearest(governorates, z.getLatitude(), z.getLongitude()));
            zoneList.add(z);
        }
        s.getDemandZones().addAll(zoneList);
        List<Service> services = s.getServices();
        List<ServiceCenter> centerList = new ArrayList<>(centers);
        for (int i = 0; i < centers; i++) {
            centerList.add(center("C" + i, points[1][zones + i], points[0][zones + i], i % 50 == 0 ? CenterKind.COMPREHENSIVE_CENTER : CenterKind.AGENCY_BRANCH,
                    services, governorates, rnd));
        }
        s.getCenters().addAll(centerList);
        m.setFirstYear(2026);
        m.setLastYear(2026 + years - 1);
        for (Region g : governorates) {
            RoadmapGrowth gr = F.createRoadmapGrowth();
            gr.setRegion(g);
            gr.setAnnualRate(0.015 + rnd.nextDouble() * 0.02);
            m.getGrowth().add(gr);
        }
        int n = 0;
        for (int y = 2026; y < 2026 + years; y++) {
            RoadmapBudget b = F.createRoadmapBudget();
            b.setYear(y);
            b.setCapital(2_000_000);
            b.setOperating(100_000_000);
            m.getBudgets().add(b);
            for (int k = 0; k < 20; k++) {
                action(m, "A" + n++, y, RoadmapActionKind.ADD_COUNTERS, centerList.get(rnd.nextInt(centers)), 1 + rnd.nextInt(3), "universal");
            }
            for (int k = 0; k < 10; k++) {
                action(m, "A" + n++, y, RoadmapActionKind.TRAIN_UNIVERSAL_STAFF, centerList.get(rnd.nextInt(centers)), 2, null);
            }
            for (int k = 0; k < 5; k++) {
                action(m, "A" + n++, y, RoadmapActionKind.ADD_ACCESSIBILITY, centerList.get(rnd.nextInt(centers)), 0, "ELEVATOR HEARING_LOOP");
            }
            for (int k = 0; k < 5; k++) {
                ServiceCenter near = centerList.get(rnd.nextInt(centers));
                double[] p = {near.getLatitude() + (rnd.nextDouble() - 0.5) * 0.02, near.getLongitude() + (rnd.nextDouble() - 0.5) * 0.02};
                RoadmapAction open = action(m, "A" + n++, y, RoadmapActionKind.OPEN_CENTER, null, 0, null);
                open.setNewCenter(center("N" + y + "-" + k, p[0], p[1], CenterKind.MUNICIPAL_OFFICE, services, governorates, rnd));
            }
        }
        // conversions and closures on centers no other action touches, so that no action meets a closed center
        List<ServiceCenter> untouched = new ArrayList<>(centerList);
        untouched.removeIf(c -> m.getActions().stream().anyMatch(a -> a.getCenter() == c));
        int u = 0;
        for (int y = 2026; y < 2026 + years && u + 12 <= untouched.size(); y++) {
            for (int k = 0; k < 10; k++) {
                action(m, "A" + n++, y, RoadmapActionKind.CONVERT_COUNTERS_UNIVERSAL, untouched.get(u++), 1, null);
            }
            for (int k = 0; k < 2; k++) {
                action(m, "A" + n++, y, RoadmapActionKind.CLOSE_CENTER, untouched.get(u++), 0, null);
            }
        }
        return s;
    }

    private static ServiceCenter center(String code, double lat, double lon, CenterKind kind, List<Service> services, List<Region> regions, Random rnd) {
        ServiceCenter c = F.createServiceCenter();
        c.setCode(code);
        c.setNameEn("Center " + code);
        c.setNameAr("مركز " + code);
        c.setKind(kind);
        c.setStatus(CenterStatus.EXISTING);
        c.setLatitude(lat);
        c.setLongitude(lon);
        c.setRegion(nearest(regions, lat, lon));
        c.setOpeningHours("Sun-Thu 08:00-15:00");
        int offered = kind == CenterKind.COMPREHENSIVE_CENTER ? services.size() : 5 + rnd.nextInt(10);
        int first = rnd.nextInt(services.size());
        for (int i = 0; i < offered; i++) {
            Service sv = services.get((first + i) % services.size());
            if (!c.getServicesOffered().contains(sv)) {
                c.getServicesOffered().add(sv);
            }
        }
        int counters = 2 + rnd.nextInt(kind == CenterKind.COMPREHENSIVE_CENTER ? 30 : 8);
        for (int i = 0; i < counters; i++) {
            Counter k = F.createCounter();
            k.setCode(code + "-" + i);
            k.setUniversal(i % 2 == 0);
            if (i % 2 == 1) {
                k.getServices().addAll(c.getServicesOffered());
            }
            c.getCounters().add(k);
        }
        c.setStaff((int) Math.ceil(counters * 1.2));
        return c;
    }

    private static RoadmapAction action(Roadmap m, String code, int year, RoadmapActionKind kind, ServiceCenter center, int amount, String parameter) {
        RoadmapAction a = F.createRoadmapAction();
        a.setCode(code);
        a.setYear(year);
        a.setKind(kind);
        a.setCenter(center);
        if (amount > 0) {
            a.setAmount(amount);
        }
        a.setParameter(parameter);
        m.getActions().add(a);
        return a;
    }

    private static Region nearest(List<Region> regions, double lat, double lon) {
        Region best = null;
        double d = Double.MAX_VALUE;
        for (Region r : regions) {
            double dl = r.getLatitude() - lat;
            double dn = (r.getLongitude() - lon) * Math.cos(Math.toRadians(lat));
            if (dl * dl + dn * dn < d) {
                d = dl * dl + dn * dn;
                best = r;
            }
        }
        return best;
    }
}
