package org.nafitha.card.report.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.nafitha.card.CardInput;
import org.nafitha.card.CardResult.CenterCard;
import org.nafitha.card.CardResult.DimensionInfo;
import org.nafitha.card.CardResult.DimensionScore;
import org.nafitha.card.CardResult.GovernorateSummary;
import org.nafitha.card.CardResult.IndicatorInfo;
import org.nafitha.card.CardResult.IndicatorValue;
import org.nafitha.card.CardResult.NationalCard;
import org.nafitha.card.CardResult.Shortfall;
import org.nafitha.card.CardResult.Totals;
import org.nafitha.card.CardResult.UnservedZone;
import org.nafitha.card.CardResult;
import org.nafitha.card.Direction;
import org.nafitha.card.RatingScale;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/** Cards made by hand for the report tests (the engine that fills them is tested in its own bundle). */
final class Cards {

    static final String MISSING_REASON = "no citizen satisfaction survey";

    private Cards() {
    }

    static List<DimensionInfo> dimensions() {
        return List.of(new DimensionInfo("access", "Access", "الوصول", 40, 0.4),
                new DimensionInfo("capacity", "Capacity and waiting", "الطاقة والانتظار", 35, 0.35),
                new DimensionInfo("quality", "Service quality", "جودة الخدمة", 25, 0.25));
    }

    static List<IndicatorInfo> indicators() {
        return List.of(
                new IndicatorInfo("access.covered", "Residents within the threshold", "السكان ضمن العتبة", "access", "%", Direction.HIGHER, "linear 50 95", 2),
                new IndicatorInfo("access.travel", "Mean travel time", "متوسط زمن الوصول", "access", "min", Direction.LOWER, "points 10:100 30:60 60:0", 1),
                new IndicatorInfo("capacity.wait", "Mean wait at the busiest hour", "متوسط الانتظار في ساعة الذروة", "capacity", "min", Direction.LOWER,
                        "steps <=5:100 <=15:70 else:20", 1),
                new IndicatorInfo("quality.satisfaction", "Citizen satisfaction", "رضا المواطنين", "quality", "%", Direction.HIGHER, "linear 40 90", 1));
    }

    /**
     * Three centers of the sample: Maqablin rated 6 stars, Irbid rated 3 with satisfaction missing, Aqaba not rated.
     */
    static CardResult handMade() {
        CenterCard amman = new CenterCard("CSC-AM", "Maqablin Comprehensive Service Center", "مركز خدمات الحكومة الشامل - المقابلين", "COMPREHENSIVE_CENTER",
                "EXISTING", "JO-AM",
                List.of(new IndicatorValue("access.covered", 97.5, 100.0, null, "2,101,000 of 2,155,000 residents"),
                        new IndicatorValue("access.travel", 14.2, 91.6, null, null),
                        new IndicatorValue("capacity.wait", 9.0, 70.0, null, "busiest hour Sun 09:00"),
                        new IndicatorValue("quality.satisfaction", 86.0, 92.0, null, "survey 2025")),
                List.of(new DimensionScore("access", 97.2, 7, 2, 2), new DimensionScore("capacity", 70.0, 5, 1, 1),
                        new DimensionScore("quality", 92.0, 7, 1, 1)),
                86.4, 6, 6, 1.0, null, List.of(new Shortfall("capacity.wait", "capacity", 70.0, 10.5)));
        CenterCard irbid = new CenterCard("CSC-IR", "Irbid Comprehensive Service Center", "مركز خدمات الحكومة الشامل - إربد", "COMPREHENSIVE_CENTER",
                "EXISTING", "JO-IR",
                List.of(new IndicatorValue("access.covered", 71.0, 46.7, null, null),
                        new IndicatorValue("access.travel", 24.5, 71.0, null, null),
                        new IndicatorValue("capacity.wait", 13.0, 70.0, null, null),
                        new IndicatorValue("quality.satisfaction", null, null, MISSING_REASON, null)),
                List.of(new DimensionScore("access", 54.8, 3, 2, 2), new DimensionScore("capacity", 70.0, 5, 1, 1),
                        new DimensionScore("quality", null, null, 0, 1)),
                57.8, 3, 3, 0.75, null,
                List.of(new Shortfall("access.covered", "access", 46.7, 14.2), new Shortfall("capacity.wait", "capacity", 70.0, 10.5)));
        CenterCard aqaba = new CenterCard("CSC-AQ", "Aqaba Comprehensive Service Center", "مركز خدمات الحكومة الشامل - العقبة", "COMPREHENSIVE_CENTER",
                "EXISTING", "JO-AQ",
                List.of(new IndicatorValue("access.covered", null, null, "no coverage analysis", null),
                        new IndicatorValue("access.travel", null, null, "no coverage analysis", null),
                        new IndicatorValue("capacity.wait", 4.0, 100.0, null, null),
                        new IndicatorValue("quality.satisfaction", null, null, MISSING_REASON, null)),
                List.of(new DimensionScore("access", null, null, 0, 2), new DimensionScore("capacity", 100.0, 7, 1, 1),
                        new DimensionScore("quality", null, null, 0, 1)),
                null, null, null, 0.35, "not rated: dimensions with data carry 35% of the weight, under the 60% needed", List.of());
        List<CenterCard> centers = List.of(amman, irbid, aqaba);
        List<GovernorateSummary> governorates = List.of(
                new GovernorateSummary("JO-AM", "Amman", "عمان", 4_755_000, 0.962, 0.0184, 1, 86.4),
                new GovernorateSummary("JO-IR", "Irbid", "إربد", 2_157_000, 0.711, 0.0121, 1, 57.8),
                new GovernorateSummary("JO-AQ", "Aqaba", "العقبة", 226_000, 0.874, 0.0093, 1, null));
        int[] counts = new int[7];
        counts[5] = 1;
        counts[2] = 1;
        Map<String, Double> means = new LinkedHashMap<>();
        means.put("access", 76.0);
        means.put("capacity", 80.0);
        means.put("quality", 92.0);
        NationalCard national = new NationalCard(counts, 1, 72.1, 0.874, 7_138_000, 900_000, 0.1234, 0.0456, 0.2345, governorates,
                new Totals(3, 118, 116, 170, 164, 9, 7, 2_450_000, 120_000, 35_000), List.of(irbid, amman),
                List.of(new UnservedZone("JO-MN-03", "Shobak Qasabah", "JO-MN", 23_700, 38.2, 46, "CSC-AQ"),
                        new UnservedZone("JO-MN-04", "Huseiniya", "JO-MN", 21_290, 41.5, 52, "CSC-AQ")),
                means);
        return new CardResult("JO-SAMPLE", "Jordan sample scenario", "سيناريو الأردن التجريبي", dimensions(), indicators(), RatingScale.STARS_7, true,
                centers, national);
    }

    /**
     * A card for every open center of a scenario with made-up values (deterministic), to look at a report of the
     * sample's size: ratings spread over the scale, a few missing values and unrated centers.
     */
    static CardResult madeUpFor(Scenario scenario) {
        Random random = new Random(42);
        List<CenterCard> centers = new ArrayList<>();
        int[] counts = new int[7];
        int unrated = 0;
        double sum = 0;
        for (ServiceCenter c : scenario.getCenters()) {
            if (c.getStatus() == CenterStatus.CLOSED) {
                continue;
            }
            double covered = 40 + random.nextDouble() * 60;
            double travel = 5 + random.nextDouble() * 50;
            double wait = 2 + random.nextDouble() * 25;
            boolean survey = random.nextDouble() < 0.7;
            double satisfaction = 45 + random.nextDouble() * 50;
            double sCovered = clamp((covered - 50) / 45 * 100);
            double sTravel = travel <= 10 ? 100 : travel <= 30 ? 100 - (travel - 10) * 2 : clamp(60 - (travel - 30) * 2);
            double sWait = wait <= 5 ? 100 : wait <= 15 ? 70 : 20;
            double sSat = clamp((satisfaction - 40) / 50 * 100);
            double access = (2 * sCovered + sTravel) / 3;
            List<IndicatorValue> values = List.of(new IndicatorValue("access.covered", covered, sCovered, null, null),
                    new IndicatorValue("access.travel", travel, sTravel, null, null), new IndicatorValue("capacity.wait", wait, sWait, null, null),
                    survey ? new IndicatorValue("quality.satisfaction", satisfaction, sSat, null, null)
                            : new IndicatorValue("quality.satisfaction", null, null, MISSING_REASON, null));
            double overall = survey ? access * 0.4 + sWait * 0.35 + sSat * 0.25 : (access * 0.4 + sWait * 0.35) / 0.75;
            boolean rated = survey || random.nextDouble() < 0.8;
            Integer rating = rated ? RatingScale.STARS_7.rating(overall) : null;
            if (rated) {
                counts[rating - 1]++;
                sum += overall;
            } else {
                unrated++;
            }
            List<DimensionScore> dims = List.of(new DimensionScore("access", access, RatingScale.STARS_7.rating(access), 2, 2),
                    new DimensionScore("capacity", sWait, RatingScale.STARS_7.rating(sWait), 1, 1),
                    survey ? new DimensionScore("quality", sSat, RatingScale.STARS_7.rating(sSat), 1, 1) : new DimensionScore("quality", null, null, 0, 1));
            List<Shortfall> pull = new ArrayList<>();
            pull.add(new Shortfall("access.covered", "access", sCovered, 0.4 * 2 / 3 * (100 - sCovered)));
            pull.add(new Shortfall("capacity.wait", "capacity", sWait, 0.35 * (100 - sWait)));
            pull.sort((a, b) -> Double.compare(b.pointsLost(), a.pointsLost()));
            String governorate = CardInput.governorate(c.getRegion()) == null ? null
                    : CardInput.governorate(c.getRegion()).getCode();
            centers.add(new CenterCard(c.getCode(), c.getNameEn(), c.getNameAr(), c.getKind().getLiteral(), c.getStatus().getLiteral(), governorate, values,
                    dims, rated ? overall : null, rating, rating, survey ? 1.0 : 0.75, rated ? null : "not rated: the data of this center is not complete",
                    rated ? pull : List.of()));
        }
        List<GovernorateSummary> governorates = new ArrayList<>();
        for (Region r : scenario.getRegions()) {
            if (r.getParent() == null || r.getLevel() == RegionLevel.GOVERNORATE) {
                governorates.add(new GovernorateSummary(r.getCode(), r.getNameEn(), r.getNameAr(), 100_000 + random.nextInt(2_000_000),
                        0.5 + random.nextDouble() * 0.5, random.nextDouble() * 0.02, 5 + random.nextInt(20), 50 + random.nextDouble() * 40));
            }
        }
        List<CenterCard> weakest = centers.stream().filter(CenterCard::isRated).sorted((a, b) -> Double.compare(a.overall(), b.overall())).limit(10)
                .toList();
        int rated = centers.size() - unrated;
        return new CardResult(scenario.getCode(), scenario.getNameEn(), scenario.getNameAr(), dimensions(), indicators(), RatingScale.STARS_7, true,
                centers, new NationalCard(counts, unrated, rated == 0 ? null : sum / rated, 0.83, 11_625_745, 1_976_000, 0.081, 0.011, 0.19, governorates,
                        new Totals(centers.size(), 1200, 1100, 1700, 1600, 140, 40, 2.4e7, 1.1e6, 3.4e5), weakest,
                        List.of(new UnservedZone("JO-MN-03", "Shobak Qasabah", "JO-MN", 23_700, 38.2, 46, "CSC-MN"),
                                new UnservedZone("JO-MN-04", "Huseiniya", "JO-MN", 21_290, 41.5, 52, "CSC-MN")),
                        Map.of("access", 71.0, "capacity", 64.0, "quality", 77.5)));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }
}
