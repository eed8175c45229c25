package org.nafitha.locate.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.nafitha.core.AnalysisContext;
import org.nafitha.locate.Instance;
import org.nafitha.locate.LocateAnalyzer;
import org.nafitha.locate.LocatePlan;
import org.nafitha.locate.LocateResult;
import org.nafitha.locate.LocateSummary;
import org.nafitha.locate.Problem;
import org.nafitha.locate.ScenarioInstance;
import org.nafitha.locate.Solution;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;

/** An answer per site (the results table), the roles a planner sets, and an answer turned into a scenario. */
class LocatePlanTest {

    @Test
    void theSummaryPerSiteMatchesAHandComputation() {
        // three points on a plane (km): 10 residents at (0,0), 20 at (3,4), 5 at (10,0); site A at (0,0) required with
        // room for 40, site B at (10,0) with room for 10. A serves the first two: 30 residents, mean (10*0 + 20*5)/30 =
        // 3.333 km, largest 5 km (the 3-4-5 triangle), load 30/40 = 0.75; B serves 5 at 0 km, load 0.5
        Instance in = Instance.of(new String[] {"p1", "p2", "p3"}, new double[] {0, 3, 10}, new double[] {0, 4, 0}, new double[] {10, 20, 5},
                new String[] {"A", "B"}, new double[] {0, 10}, new double[] {0, 0},
                new Instance.Status[] {Instance.Status.REQUIRED, Instance.Status.CANDIDATE}, new double[] {40, 10}, false,
                Double.POSITIVE_INFINITY, 0);
        Solution s = new Solution(Problem.pMedian(2), "hand", 100, new int[] {0, 1}, new int[] {0, 0, 1}, 90, Double.NaN, Double.NaN, 0, 0)
                .withBound(90);
        LocateSummary sum = LocateSummary.of(new LocateResult(in, s));
        assertEquals(2, sum.sites().size());
        LocateSummary.Site a = sum.sites().get(0);
        assertEquals("A", a.id());
        assertTrue(a.required());
        assertEquals(30, a.weight(), 1e-12);
        assertEquals(2, a.points());
        assertEquals(100.0 / 30, a.meanKm(), 1e-12);
        assertEquals(5, a.maxKm(), 1e-12);
        assertEquals(0.75, a.load(), 1e-12);
        LocateSummary.Site b = sum.sites().get(1);
        assertFalse(b.required());
        assertEquals(5, b.weight(), 1e-12);
        assertEquals(0.5, b.load(), 1e-12);
        assertEquals(100, sum.objective(), 1e-12);
        assertEquals(90, sum.bound(), 1e-12);
        assertEquals(0.1, sum.gap(), 1e-12, "|100 - 90| / 100");
        assertEquals(35, sum.assignedWeight(), 1e-12);
        assertEquals(0, sum.unassignedWeight(), 1e-12);
    }

    @Test
    void anAnswerBecomesAScenarioOpenedSitesPlannedUnchosenExistingCentersClosed() {
        Scenario s = SampleScenario.create();
        Instance in = ScenarioInstance.of(s, false, null);
        // a hand-made answer: every existing center but Ma'an's, the Tafilah candidate center and the first candidate site
        List<Integer> chosen = new ArrayList<>();
        String site = null;
        for (int j = 0; j < in.siteCount(); j++) {
            String id = in.siteId(j);
            if (id.startsWith("CSC-") && !id.equals("CSC-MN") || site == null && id.startsWith("SITE-")) {
                chosen.add(j);
                site = id.startsWith("SITE-") ? id : site;
            }
        }
        int[] picks = chosen.stream().mapToInt(Integer::intValue).toArray();
        int[] assignment = new int[in.demandCount()];
        Arrays.fill(assignment, picks[0]);
        LocateResult r = new LocateResult(in, new Solution(Problem.pMedian(picks.length), "hand", 1, picks, assignment, Double.NaN, Double.NaN,
                Double.NaN, 0, 0));
        LocatePlan keep = LocatePlan.of(s, r, false);
        assertEquals(1, keep.newCenters().size());
        ServiceCenter opened = keep.newCenters().get(0);
        assertEquals(site, opened.getCode());
        assertEquals(CenterStatus.PLANNED, opened.getStatus());
        assertFalse(opened.getCounters().isEmpty(), "an opened site gets its counters");
        assertEquals(Map.of(center(s, "CSC-AT"), CenterStatus.PLANNED), keep.statusChanges(), "the chosen candidate center becomes planned");

        LocatePlan close = LocatePlan.of(s, r, true);
        assertEquals(CenterStatus.CLOSED, close.statusChanges().get(center(s, "CSC-MN")), "Ma'an's center was not chosen");
        assertEquals(2, close.statusChanges().size());
        assertEquals("JO-SAMPLE-LA", close.code());

        Scenario copy = EcoreUtil.copy(s);
        int before = copy.getCenters().size();
        LocatePlan.of(copy, r, true).applyTo(copy);
        assertEquals(before + 1, copy.getCenters().size());
        assertEquals(CenterStatus.CLOSED, center(copy, "CSC-MN").getStatus());
        assertEquals(CenterStatus.EXISTING, center(s, "CSC-MN").getStatus(), "the plan leaves its scenario alone");
    }

    @Test
    void theRolesOptionExcludesOrRequiresSitesAndNamesAWrongOne() {
        Scenario s = SampleScenario.create();
        LocateResult r = new LocateAnalyzer().analyze(new AnalysisContext(s, Map.of("locate.p", "12", "locate.timeLimit", "2",
                "locate.roles", "CSC-MN=excluded; CSC-AT=required")), new NullProgressMonitor());
        List<String> chosen = Arrays.stream(r.solution().chosen()).mapToObj(j -> r.instance().siteId(j)).toList();
        assertFalse(chosen.contains("CSC-MN"), chosen.toString());
        assertTrue(chosen.contains("CSC-AT"), chosen.toString());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new LocateAnalyzer().analyze(new AnalysisContext(s,
                Map.of("locate.roles", "CSC-XX=required")), new NullProgressMonitor()));
        assertTrue(bad.getMessage().startsWith("locate.roles 'CSC-XX=required': expected CODE=required"), bad.getMessage());
        bad = assertThrows(IllegalArgumentException.class, () -> new LocateAnalyzer().analyze(new AnalysisContext(s,
                Map.of("locate.roles", "CSC-MN=maybe")), new NullProgressMonitor()));
        assertEquals("locate.roles 'CSC-MN=maybe': expected required, candidate or excluded after '='", bad.getMessage());
    }

    private static ServiceCenter center(Scenario s, String code) {
        return s.getCenters().stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }
}
