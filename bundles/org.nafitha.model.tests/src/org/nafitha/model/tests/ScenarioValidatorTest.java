package org.nafitha.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.GroupPopulation;
import org.nafitha.model.Region;
import org.nafitha.model.Score;
import org.nafitha.model.Settlement;
import org.nafitha.model.validation.ScenarioValidation;
import org.nafitha.model.validation.ScenarioValidator.Rule;

/** Each planning rule with a case that breaks it and the valid fixture that keeps it. */
class ScenarioValidatorTest {

    private static List<Diagnostic> problems(Fixture f) {
        return ScenarioValidation.problems(f.scenario);
    }

    /** Breaks the fixture with {@code change} and returns the diagnostics of {@code rule}. */
    private static List<Diagnostic> broken(Rule rule, Consumer<Fixture> change) {
        Fixture f = new Fixture();
        assertTrue(problems(f).stream().noneMatch(d -> ScenarioValidation.rule(d) == rule),
                "the valid fixture already breaks " + rule + ": " + problems(f));
        change.accept(f);
        List<Diagnostic> found = problems(f).stream().filter(d -> ScenarioValidation.rule(d) == rule).collect(Collectors.toList());
        assertFalse(found.isEmpty(), rule + " not reported; found " + problems(f));
        return found;
    }

    private static String message(List<Diagnostic> ds) {
        return ds.get(0).getMessage();
    }

    @Test
    void theFixtureIsValid() {
        assertEquals(List.of(), problems(new Fixture()));
    }

    @Test
    void negativePopulationIsAnErrorNamingTheZone() {
        List<Diagnostic> d = broken(Rule.NEGATIVE_POPULATION, f -> f.zoneA.setPopulation(-5));
        assertEquals(Diagnostic.ERROR, d.get(0).getSeverity());
        assertTrue(message(d).contains("JO-AM-01") && message(d).contains("Marka") && message(d).contains("-5"), message(d));
    }

    @Test
    void missingPopulationIsAWarning() {
        List<Diagnostic> d = broken(Rule.MISSING_POPULATION, f -> f.zoneB.setPopulation(0));
        assertEquals(Diagnostic.WARNING, d.get(0).getSeverity());
    }

    @Test
    void centerOutsideTheStudyAreaLiesOutsideEveryRegion() {
        List<Diagnostic> d = broken(Rule.OUTSIDE_STUDY_AREA, f -> f.center.setLatitude(24.7)); // Riyadh's latitude
        assertTrue(message(d).contains("CSC-AM") && message(d).contains("outside every region"), message(d));
    }

    @Test
    void centerOutsideItsRegionBoundary() {
        // a box around Amman: the fixture lies inside; a center moved south to 30N (still in the study area) does not
        Fixture f = new Fixture();
        f.governorate.setGeometryWkt("POLYGON ((35.5 31.5, 36.5 31.5, 36.5 32.2, 35.5 32.2, 35.5 31.5))");
        assertTrue(problems(f).isEmpty(), problems(f).toString());
        f.center.setLatitude(30.0);
        assertTrue(problems(f).stream().anyMatch(x -> ScenarioValidation.rule(x) == Rule.OUTSIDE_REGION
                && x.getMessage().contains("Region JO-AM")), problems(f).toString());
    }

    @Test
    void centerWithoutRegion() {
        List<Diagnostic> d = broken(Rule.NO_REGION, f -> f.center.setRegion(null));
        assertTrue(message(d).contains("lies in no region"), message(d));
    }

    @Test
    void counterServingAServiceItsCenterDoesNotOffer() {
        List<Diagnostic> d = broken(Rule.COUNTER_SERVICE_NOT_OFFERED, f -> f.center.getServicesOffered().remove(f.passport));
        assertTrue(message(d).contains("CSC-AM-C02") && message(d).contains("CSPD-01"), message(d));
    }

    @Test
    void duplicateCodesAmongServices() {
        List<Diagnostic> d = broken(Rule.DUPLICATE_CODE, f -> f.birth.setCode("CSPD-01"));
        assertTrue(message(d).contains("same code as Service CSPD-01"), message(d));
    }

    @Test
    void duplicateCounterCodes() {
        broken(Rule.DUPLICATE_CODE, f -> f.passportDesk.setCode("CSC-AM-C01"));
    }

    @Test
    void codeWithSpacesOrMissing() {
        broken(Rule.MISSING_CODE, f -> f.zoneB.setCode("JO AM 02"));
        broken(Rule.MISSING_CODE, f -> f.agency.setCode(null));
    }

    @Test
    void missingArabicNameIsAWarning() {
        List<Diagnostic> d = broken(Rule.MISSING_NAME, f -> f.passport.setNameAr(""));
        assertEquals(Diagnostic.WARNING, d.get(0).getSeverity());
        assertTrue(message(d).contains("Arabic"), message(d));
    }

    @Test
    void openingHoursThatDoNotParse() {
        List<Diagnostic> d = broken(Rule.OPENING_HOURS, f -> f.center.setOpeningHours("Sunday to Thursday 8 till 3"));
        assertEquals(Diagnostic.ERROR, d.get(0).getSeverity());
        assertTrue(message(d).contains("do not parse"), message(d));
    }

    @Test
    void existingCenterWithoutOpeningHoursIsAWarning() {
        List<Diagnostic> d = broken(Rule.OPENING_HOURS, f -> f.center.setOpeningHours(null));
        assertEquals(Diagnostic.WARNING, d.get(0).getSeverity());
    }

    @Test
    void groupSharesOfAPartitionThatSumToMoreThanTheWhole() {
        // 4% elderly + 200,000 youth is fine; 90% elderly + 200,000 youth exceeds the zone's 1,173,825 residents
        List<Diagnostic> d = broken(Rule.PARTITION_EXCEEDS_POPULATION,
                f -> ((GroupPopulation) f.zoneA.getGroups().get(0)).setShare(0.9));
        assertTrue(message(d).contains("'age'") && message(d).contains("JO-AM-01"), message(d));
    }

    @Test
    void groupWithBothCountAndShareOrNeither() {
        broken(Rule.GROUP_COUNT_OR_SHARE, f -> f.zoneA.getGroups().get(0).setCount(10));
        broken(Rule.GROUP_COUNT_OR_SHARE, f -> f.zoneA.getGroups().get(0).unsetShare());
    }

    @Test
    void shareOutsideZeroToOne() {
        broken(Rule.SHARE_OUT_OF_RANGE, f -> f.zoneA.getGroups().get(0).setShare(1.5));
        broken(Rule.SHARE_OUT_OF_RANGE, f -> f.passport.setDigitalShare(-0.1));
    }

    @Test
    void bundleWithAServiceNoCenterOffers() {
        List<Diagnostic> d = broken(Rule.BUNDLE_SERVICE_NOT_OFFERED, f -> f.center.getServicesOffered().remove(f.birth));
        assertTrue(message(d).contains("B-BIRTH") && message(d).contains("CSPD-02"), message(d));
        // a closed center offers nothing
        broken(Rule.BUNDLE_SERVICE_NOT_OFFERED, f -> f.center.setStatus(CenterStatus.CLOSED));
    }

    @Test
    void emptyBundle() {
        broken(Rule.BUNDLE_EMPTY, f -> f.newborn.getServices().clear());
    }

    @Test
    void serviceWithBothDemandFiguresOrNone() {
        broken(Rule.SERVICE_DEMAND, f -> f.passport.setPerCapitaRate(0.05));
        broken(Rule.SERVICE_DEMAND, f -> f.passport.setAnnualTransactions(0));
    }

    @Test
    void serviceWithoutHandlingTime() {
        broken(Rule.SERVICE_HANDLING_TIME, f -> f.passport.setMeanHandlingMinutes(0));
    }

    @Test
    void negativeStaff() {
        broken(Rule.NEGATIVE_STAFF, f -> f.center.setStaff(-1));
    }

    @Test
    void existingCenterWithoutCounters() {
        broken(Rule.NO_COUNTERS, f -> f.center.getCounters().clear());
    }

    @Test
    void evaluationAndReadinessScoresOutOfRange() {
        broken(Rule.SCORE_OUT_OF_RANGE, f -> {
            f.center.setEvaluation(Fixture.F.createEvaluation());
            f.center.getEvaluation().setNetPromoterScore(-120);
        });
        broken(Rule.SCORE_OUT_OF_RANGE, f -> {
            Score s = Fixture.F.createScore();
            s.setDimension("digital");
            s.setValue(140);
            f.center.getReadiness().add(s);
        });
    }

    @Test
    void regionThatIsItsOwnAncestor() {
        broken(Rule.REGION_CYCLE, f -> {
            Region district = Fixture.F.createRegion();
            Fixture.named(district, "JO-AM-D1", "District", "لواء");
            f.scenario.getRegions().add(district);
            district.setParent(f.governorate);
            f.governorate.setParent(district);
        });
    }

    @Test
    void planningParametersOutOfRange() {
        broken(Rule.PARAMETER_OUT_OF_RANGE, f -> f.scenario.getParameters().setServiceLevelShare(1.2));
        broken(Rule.PARAMETER_OUT_OF_RANGE, f -> f.scenario.getParameters().setPeakFactor(0.5));
    }

    @Test
    void locationThatIsNotALatitudeAndLongitude() {
        broken(Rule.LOCATION_OUT_OF_RANGE, f -> f.zoneB.setLatitude(95));
    }

    @Test
    void studyAreaThatIsNotAPolygon() {
        broken(Rule.BAD_GEOMETRY, f -> f.scenario.setStudyArea("LINESTRING (0 0, 1 1)"));
    }

    @Test
    void negativeDemandOverride() {
        broken(Rule.NEGATIVE_VALUE, f -> {
            var d = Fixture.F.createServiceDemand();
            d.setService(f.passport);
            d.setAnnualTransactions(-3);
            f.zoneA.getDemandOverrides().add(d);
        });
    }

    @Test
    void everyDiagnosticCarriesItsObject() {
        Fixture f = new Fixture();
        f.zoneB.setPopulation(-1);
        f.center.setStaff(-2);
        for (Diagnostic d : problems(f)) {
            assertTrue(ScenarioValidation.subject(d) != null, d.getMessage());
        }
        assertEquals(2, ScenarioValidation.errorCount(problems(f)), problems(f).toString());
    }

    private static Settlement settlement(String code, double share, double lat, double lon) {
        Settlement st = org.nafitha.model.NafithaFactory.eINSTANCE.createSettlement();
        st.setCode(code);
        st.setNameEn(code);
        st.setNameAr(code);
        st.setShare(share);
        st.setLatitude(lat);
        st.setLongitude(lon);
        return st;
    }

    @Test
    void settlementSharesMustSumToOne() {
        List<Diagnostic> d = broken(Rule.SETTLEMENT_SHARES, f -> {
            f.zoneA.getSettlements().add(settlement("TOWN", 0.5, 31.98, 35.99));
            f.zoneA.getSettlements().add(settlement("REST", 0.4, 31.95, 36.08));
        });
        assertEquals(Diagnostic.ERROR, d.get(0).getSeverity());
        assertTrue(message(d).contains("JO-AM-01") && message(d).contains("sum to 0.9000"), message(d));
    }

    @Test
    void aSettlementShareOutOfRange() {
        List<Diagnostic> d = broken(Rule.SHARE_OUT_OF_RANGE, f -> {
            f.zoneA.getSettlements().add(settlement("TOWN", 1.5, 31.98, 35.99));
            f.zoneA.getSettlements().add(settlement("REST", -0.5, 31.95, 36.08));
        });
        assertEquals(2, d.size(), d.toString());
    }

    @Test
    void aSettlementOutsideItsZonesRegion() {
        Fixture f = new Fixture();
        f.governorate.setGeometryWkt("POLYGON ((35.5 31.5, 36.5 31.5, 36.5 32.2, 35.5 32.2, 35.5 31.5))");
        f.zoneA.getSettlements().add(settlement("TOWN", 1, 31.98, 35.99));
        assertTrue(problems(f).isEmpty(), problems(f).toString());
        f.zoneA.getSettlements().get(0).setLatitude(30.5);
        assertTrue(problems(f).stream().anyMatch(x -> ScenarioValidation.rule(x) == Rule.OUTSIDE_REGION
                && x.getMessage().startsWith("Settlement TOWN")), problems(f).toString());
    }

    /** 1,173,825 residents typed rural at one point: a town that size is urban (the default limit is 50,000). */
    @Test
    void aPopulousRuralPointIsAWarning() {
        List<Diagnostic> d = broken(Rule.POPULOUS_RURAL, f -> f.zoneA.setAreaType(AreaType.RURAL));
        assertEquals(Diagnostic.WARNING, d.get(0).getSeverity());
        assertTrue(message(d).contains("1,173,825 residents at one rural point"), message(d));
        // the same residents at an urban town of the zone: no warning
        Fixture f = new Fixture();
        f.zoneA.setAreaType(AreaType.RURAL);
        Settlement town = settlement("TOWN", 1, 31.98, 35.99);
        town.setAreaType(AreaType.URBAN);
        f.zoneA.getSettlements().add(town);
        assertTrue(problems(f).stream().noneMatch(x -> ScenarioValidation.rule(x) == Rule.POPULOUS_RURAL), problems(f).toString());
    }

    /**
     * Zone B counted at a point 0.45 degree (about 50 km) south of zone A's only town: more than the 20 km allowed. The
     * check is configurable: with 60 km allowed it is quiet.
     */
    @Test
    void aZonePointFarFromEveryTownIsAWarning() {
        List<Diagnostic> d = broken(Rule.DEMAND_FAR_FROM_TOWN, f -> {
            f.zoneA.getSettlements().add(settlement("TOWN", 1, 31.956, 36.076));
            f.zoneB.setLatitude(31.506);
            f.zoneB.setLongitude(36.076);
        });
        assertEquals(Diagnostic.WARNING, d.get(0).getSeverity());
        assertTrue(message(d).contains("JO-AM-02") && message(d).contains("50.0 km from the nearest town (TOWN)"), message(d));
        Fixture f = new Fixture();
        f.zoneA.getSettlements().add(settlement("TOWN", 1, 31.956, 36.076));
        f.zoneB.setLatitude(31.506);
        f.zoneB.setLongitude(36.076);
        f.scenario.getParameters().setTownMaxKm(60);
        assertTrue(problems(f).stream().noneMatch(x -> ScenarioValidation.rule(x) == Rule.DEMAND_FAR_FROM_TOWN), problems(f).toString());
    }
}
