package org.nafitha.roadmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Phasing;
import org.nafitha.locate.Problem;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.RoadmapDigitalShift;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.SiteRole;
import org.nafitha.roadmap.PhasingInput;
import org.nafitha.roadmap.PhasingProposal;
import org.nafitha.roadmap.RoadmapException;
import org.nafitha.roadmap.YearState;

/**
 * The phasing proposal on the small {@link Fixture} scenario (horizon 2026-2028, capital budgets 100,000 in 2026 and
 * 2027, none in 2028; growth 2 % a year in N), with:
 * <ul>
 * <li>a written action adding 2 counters at N in 2027 (2 × 20,000 = 40,000) and one opening a new comprehensive center
 * NEW at 30.0° N in 2027 at a given cost of 30,000: the 2027 budget left is 100,000 − 70,000 = 30,000;</li>
 * <li>candidate sites K1 at zone Z2 (fixed cost 70,000), K3 at 31.3° N (fixed cost 40,000) and K2 at 29.5° N (no fixed
 * cost, 3 counters: the cost model's 1,000,000 + 3 × 20,000 = 1,060,000), and a candidate site that is excluded.</li>
 * </ul>
 */
class PhasingProposalTest {

    private static Fixture fixture() {
        Fixture f = new Fixture();
        f.action("W1", 2027, RoadmapActionKind.ADD_COUNTERS, f.n, 2.0, null);
        ServiceCenter fresh = f.newCenter("NEW", CenterKind.COMPREHENSIVE_CENTER, 30.0, 2, 2, 3, f.north);
        fresh.setStatus(CenterStatus.PLANNED);
        f.open("W2", 2027, fresh).setCost(30_000);
        site(f, "K1", 31.0, 70_000, 2, SiteRole.CANDIDATE);
        site(f, "K3", 31.3, 40_000, 2, SiteRole.CANDIDATE);
        site(f, "K2", 29.5, 0, 3, SiteRole.CANDIDATE);
        site(f, "KX", 31.0, 1, 1, SiteRole.EXCLUDED);
        return f;
    }

    private static void site(Fixture f, String code, double lat, double cost, int counters, SiteRole role) {
        CandidateSite s = Fixture.F.createCandidateSite();
        s.setCode(code);
        s.setNameEn(code);
        s.setNameAr(code);
        s.setLatitude(lat);
        s.setLongitude(36.0);
        s.setFixedCost(cost);
        s.setMaxCounters(counters);
        s.setRole(role);
        f.scenario.getCandidateSites().add(s);
    }

    private static int site(Instance inst, String id) {
        for (int j = 0; j < inst.siteCount(); j++) {
            if (inst.siteId(j).equals(id)) {
                return j;
            }
        }
        throw new AssertionError("no site " + id);
    }

    @Test
    void theInstanceIsTheRoadmapsYearsBudgetsCostsAndGrowth() {
        Fixture f = fixture();
        PhasingInput in = PhasingInput.of(f.scenario, new PhasingProposal.Options(Problem.Type.MCLP, 20, 5, 1, false, false), null);
        assertEquals(List.of(2026, 2027, 2028), Arrays.stream(in.years()).boxed().toList());
        // budgets net of the written actions: 100,000 − 0; 100,000 − (40,000 + 30,000); none in 2028
        assertEquals(0, in.written()[0], 1e-9);
        assertEquals(70_000, in.written()[1], 1e-9);
        assertTrue(Double.isNaN(in.budget()[2]));
        assertEquals(100_000, in.available(0), 1e-9);
        assertEquals(30_000, in.available(1), 1e-9);
        assertEquals(0, in.available(2), 1e-9);
        Instance inst = in.instance();
        Phasing p = in.phasing();
        // required: N (comprehensive, open throughout) and NEW from 2027; S is a municipal office: not a site
        int n = site(inst, "N");
        int fresh = site(inst, "NEW");
        assertEquals(Instance.Status.REQUIRED, inst.status(n));
        assertEquals(0, p.firstOpen(n));
        assertEquals(2, p.lastOpen(n));
        assertEquals(1, p.firstOpen(fresh));
        assertEquals(2, p.lastOpen(fresh));
        assertEquals(5, inst.siteCount(), "sites N, NEW, K1, K3, K2");
        // candidates and their costs: fixed costs, else the cost model
        assertEquals(70_000, p.cost(site(inst, "K1")), 1e-9);
        assertEquals(40_000, p.cost(site(inst, "K3")), 1e-9);
        assertEquals(1_060_000, p.cost(site(inst, "K2")), 1e-9);
        assertSame(f.scenario.getCandidateSites().get(0), in.candidates().get(site(inst, "K1")));
        assertNull(in.candidates().get(n));
        // demand: Z1 grows 2 % a year from 2025, Z2 not at all
        int z1 = inst.demandId(0).equals("Z1") ? 0 : 1;
        assertEquals(100_000, inst.weight(z1), 1e-9);
        assertEquals(1.02, p.periods().get(0).factor(z1), 1e-12);
        assertEquals(1.0404, p.periods().get(1).factor(z1), 1e-12);
        assertEquals(1.061208, p.periods().get(2).factor(z1), 1e-12);
        assertEquals(1, p.periods().get(2).factor(1 - z1), 1e-12);
    }

    /** A center the roadmap moves is a required site per position, each open in its years; one it closes stops at its year. */
    @Test
    void movedAndClosedCentersAreRequiredInTheirYears() {
        Fixture f = fixture();
        f.action("M", 2027, RoadmapActionKind.RELOCATE_CENTER, f.n, null, "31.0,36.0");
        f.action("C", 2028, RoadmapActionKind.CLOSE_CENTER, f.roadmap.getActions().stream()
                .filter(a -> "W2".equals(a.getCode())).findFirst().orElseThrow().getNewCenter(), null, null);
        PhasingInput in = PhasingInput.of(f.scenario, new PhasingProposal.Options(Problem.Type.MCLP, 20, 5, 1, false, false), null);
        Instance inst = in.instance();
        Phasing p = in.phasing();
        int before = site(inst, "N");
        int after = site(inst, "N@2027");
        assertEquals(0, p.firstOpen(before));
        assertEquals(0, p.lastOpen(before));
        assertEquals(1, p.firstOpen(after));
        assertEquals(2, p.lastOpen(after));
        int fresh = site(inst, "NEW");
        assertEquals(1, p.firstOpen(fresh));
        assertEquals(1, p.lastOpen(fresh), "closed in 2028");
        // from 2027 N stands at Z2 and Z1 has no center: the proposal is still the enumerated optimum
        PhasingProposal proposal = PhasingProposal.propose(f.scenario, new PhasingProposal.Options(Problem.Type.MCLP, 20, 5, 1, false, false), null);
        assertEquals(enumerate(proposal.input()), proposal.objective(), 1e-6);
    }

    @Test
    void inPersonDemandFollowsTheDigitalShiftPerZone() {
        Fixture f = fixture();
        f.a.setCategory("c");
        RoadmapDigitalShift d = Fixture.F.createRoadmapDigitalShift();
        d.setYear(2027);
        d.setCategory("c");
        d.setDigitalShare(0.2);
        f.roadmap.getDigitalShifts().add(d);
        PhasingInput in = PhasingInput.of(f.scenario, new PhasingProposal.Options(Problem.Type.PMEDIAN, Double.NaN, 5, 1, false, true), null);
        // in-person visits over the scenario's: Z1 102,000 × 0.5 / (100,000 × 0.5) in 2026; from 2027 a fifth online:
        // 104,040 × 0.8 / 100,000 and 106,121 × 0.8 / 100,000 (populations rounded as the year's state rounds them)
        assertEquals(1.02, in.zoneFactor().get("Z1")[0], 1e-12);
        assertEquals(0.83232, in.zoneFactor().get("Z1")[1], 1e-12);
        assertEquals(0.848968, in.zoneFactor().get("Z1")[2], 1e-12);
        assertEquals(1, in.zoneFactor().get("Z2")[0], 1e-12);
        assertEquals(0.8, in.zoneFactor().get("Z2")[1], 1e-12);
    }

    /**
     * MCLP within 20 km: Z1 is covered by N throughout (100,000 × (1.02 + 1.0404 + 1.061208) = 312,160.8); Z2 only by
     * K1 (K3 is 33 km away, K2 too dear). K1 costs 70,000: it fits 2026 (100,000) but not 2027 (30,000 left), so it opens
     * in 2026 and covers Z2's 50,000 in all three years: 462,160.8 in all, which the enumeration of every plan confirms.
     */
    @Test
    void mclpOpensTheSiteThatCoversTheUnservedZoneInTheFirstYearItFits() {
        Fixture f = fixture();
        PhasingProposal.Options o = new PhasingProposal.Options(Problem.Type.MCLP, 20, 5, 1, false, false);
        PhasingProposal p = PhasingProposal.propose(f.scenario, o, new NullProgressMonitor());
        assertEquals(462_160.8, p.objective(), 1e-6);
        assertEquals(enumerate(p.input()), p.objective(), 1e-6);
        assertEquals(1, p.actions().size());
        RoadmapAction a = p.actions().get(0);
        assertEquals(RoadmapActionKind.OPEN_CENTER, a.getKind());
        assertEquals(2026, a.getYear());
        assertEquals(70_000, a.getCost(), 1e-9);
        assertEquals("K1", a.getNewCenter().getCode());
        assertEquals(CenterKind.COMPREHENSIVE_CENTER, a.getNewCenter().getKind());
        assertEquals(2, a.getNewCenter().getCounters().size());
        assertEquals(List.of("K1"), p.years().get(0).opened());
        withinBudgets(p);
        // applied, the roadmap opens K1 in 2026; the scenario's own actions are untouched until then
        int before = f.roadmap.getActions().size();
        p.applyTo(f.scenario);
        assertEquals(before + 1, f.roadmap.getActions().size());
        assertTrue(YearState.of(f.scenario, 2026).openCenters().stream().anyMatch(c -> c.getCode().equals("K1")));
        // proposing again finds K1 already a center (required from 2026) and opens nothing more that helps
        PhasingInput again = PhasingInput.of(f.scenario, o, null);
        assertEquals(0, again.phasing().firstOpen(site(again.instance(), "K1")));
        assertEquals(30_000, again.available(0), 1e-9);
    }

    /** p-median, exact by enumeration of every plan of the three candidates within the budgets, and within every year's budget. */
    @Test
    void pmedianReachesTheEnumeratedOptimum() {
        Fixture f = fixture();
        PhasingProposal p = PhasingProposal.propose(f.scenario, new PhasingProposal.Options(Problem.Type.PMEDIAN, Double.NaN, 5, 1, false, true),
                new NullProgressMonitor());
        assertEquals(enumerate(p.input()), p.objective(), 1e-6 * p.objective());
        assertEquals(List.of("K1"), p.years().get(0).opened());
        assertTrue(p.bound() <= p.objective() + 1e-6);
        withinBudgets(p);
    }

    @Test
    void scenariosWithoutRoadmapBudgetsOrCandidatesAreRefused() {
        PhasingProposal.Options o = new PhasingProposal.Options(Problem.Type.MCLP, 20, 5, 1, false, false);
        Fixture none = fixture();
        none.scenario.setRoadmap(null);
        assertTrue(assertThrows(RoadmapException.class, () -> PhasingProposal.propose(none.scenario, o, null)).getMessage().contains("no roadmap"));
        Fixture noBudget = fixture();
        noBudget.roadmap.getBudgets().clear();
        assertTrue(assertThrows(RoadmapException.class, () -> PhasingProposal.propose(noBudget.scenario, o, null)).getMessage()
                .contains("no capital budget"));
        Fixture noCandidate = fixture();
        noCandidate.scenario.getCandidateSites().removeIf(s -> s.getRole() == SiteRole.CANDIDATE);
        assertTrue(assertThrows(RoadmapException.class, () -> PhasingProposal.propose(noCandidate.scenario, o, null)).getMessage()
                .contains("no candidate"));
        assertThrows(IllegalArgumentException.class, () -> new PhasingProposal.Options(Problem.Type.MCLP, Double.NaN, 5, 1, false, false));
        assertThrows(IllegalArgumentException.class, () -> new PhasingProposal.Options(Problem.Type.LSCP, 10, 5, 1, false, false));
    }

    private static void withinBudgets(PhasingProposal p) {
        for (int t = 0; t < p.years().size(); t++) {
            PhasingProposal.Year y = p.years().get(t);
            double cost = p.actions().stream().filter(a -> a.getYear() == y.year()).mapToDouble(RoadmapAction::getCost).sum();
            assertEquals(cost, y.spent(), 1e-9);
            assertTrue(cost <= y.available() + 1e-9, y.year() + ": " + cost + " over " + y.available());
        }
    }

    /**
     * The best objective of every plan (each candidate in one of the years or never) within the years' budgets, by
     * depth-first enumeration: a candidate is tried in each year its cost still fits, or never.
     */
    static double enumerate(PhasingInput in) {
        Instance inst = in.instance();
        int[] at = new int[inst.siteCount()];
        Arrays.fill(at, -1);
        double[] best = {in.phasing().type() == Problem.Type.PMEDIAN ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY};
        search(in, 0, at, new double[in.phasing().count()], best);
        return best[0];
    }

    private static void search(PhasingInput in, int j, int[] at, double[] spent, double[] best) {
        Instance inst = in.instance();
        Phasing p = in.phasing();
        if (j == inst.siteCount()) {
            double v = value(in, at);
            best[0] = p.type() == Problem.Type.PMEDIAN ? Math.min(best[0], v) : Math.max(best[0], v);
            return;
        }
        search(in, j + 1, at, spent, best);
        if (inst.status(j) != Instance.Status.CANDIDATE) {
            return;
        }
        for (int t = 0; t < p.count(); t++) {
            if (spent[t] + p.cost(j) <= p.periods().get(t).budget() + 1e-9) {
                at[j] = t;
                spent[t] += p.cost(j);
                search(in, j + 1, at, spent, best);
                spent[t] -= p.cost(j);
                at[j] = -1;
            }
        }
    }

    /** The objective of a plan from the definition: Σ over the years and places of the covered demand or weighted distance. */
    static double value(PhasingInput in, int[] at) {
        Instance inst = in.instance();
        Phasing p = in.phasing();
        boolean median = p.type() == Problem.Type.PMEDIAN;
        double v = 0;
        for (int t = 0; t < p.count(); t++) {
            for (int i = 0; i < inst.demandCount(); i++) {
                double d = Double.POSITIVE_INFINITY;
                for (int k = inst.listStart(i); k < inst.listStart(i + 1); k++) {
                    int j = inst.listSite(k);
                    boolean open = inst.status(j) == Instance.Status.REQUIRED ? p.firstOpen(j) <= t && t <= p.lastOpen(j) : at[j] >= 0 && at[j] <= t;
                    if (open) {
                        d = inst.listKm(k);
                        break;
                    }
                }
                double w = inst.weight(i) * p.periods().get(t).factor(i);
                v += median ? w * (Double.isInfinite(d) ? inst.penaltyKm() : d) : d <= p.radiusKm() ? w : 0;
            }
        }
        return v;
    }
}
