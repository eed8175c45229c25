package org.nafitha.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.nafitha.model.Agency;
import org.nafitha.model.AreaType;
import org.nafitha.model.DemandZone;
import org.nafitha.model.DigitalGap;
import org.nafitha.model.DigitalUptake;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.GroupPopulation;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.Region;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.ServiceChannel;

/** The program's indicators from data, each against a hand computation. */
class ProgramIndicatorsTest {

    private static final NafithaFactory F = NafithaFactory.eINSTANCE;

    private static EvaluationRecord record(EvaluationKind kind, String date) {
        EvaluationRecord r = F.createEvaluationRecord();
        r.setKind(kind);
        r.setDate(date);
        return r;
    }

    /**
     * NPS as Reichheld defined it ("The One Number You Need to Grow", Harvard Business Review, 2003): the percentage of
     * promoters (9-10) less the percentage of detractors (0-6). 50 promoters, 30 passives, 20 detractors of 100: 50 - 20
     * = 30. Two surveys pool their answers: (50 + 10) promoters, (30 + 20) passives, (20 + 20) detractors of 150 gives
     * (60 - 40) / 150 = 13.33.
     */
    @Test
    void npsFromCounts() {
        assertEquals(30, ProgramIndicators.nps(50, 30, 20), 1e-12);
        assertEquals(-100, ProgramIndicators.nps(0, 0, 7), 1e-12);
        assertTrue(Double.isNaN(ProgramIndicators.nps(0, 0, 0)), "no answers: no score");
        EvaluationRecord a = record(EvaluationKind.NPS_SURVEY, "2026-03-01");
        a.setPromoters(50);
        a.setPassives(30);
        a.setDetractors(20);
        EvaluationRecord b = record(EvaluationKind.NPS_SURVEY, "2026-09-01");
        b.setPromoters(10);
        b.setPassives(20);
        b.setDetractors(20);
        EvaluationRecord other = record(EvaluationKind.COMPLAINTS, "2026-09-01");
        other.setReceived(5);
        assertEquals(20.0 / 150 * 100, ProgramIndicators.nps(List.of(a, b, other)), 1e-12);
    }

    /**
     * Re-engineered services A (100,000 a year, 20 -> 10 min) and B (0.3 a resident of 1,000,000 = 300,000 a year,
     * 30 -> 24 min); C was not re-engineered and does not count. Before (100k x 20 + 300k x 30) / 400k = 27.5 min,
     * after (100k x 10 + 300k x 24) / 400k = 20.5 min, a reduction of 1 - 20.5 / 27.5 = 25.45 %.
     */
    @Test
    void serviceTimeAfterReengineeringIsVolumeWeighted() {
        Service a = service(100_000, 0, 10);
        a.setHandlingMinutesBefore(20);
        Service b = service(0, 0.3, 24);
        b.setHandlingMinutesBefore(30);
        Service c = service(1_000_000, 0, 5);
        ProgramIndicators.Reengineering r = ProgramIndicators.reengineering(List.of(a, b, c), 1_000_000);
        assertEquals(27.5, r.before(), 1e-12);
        assertEquals(20.5, r.after(), 1e-12);
        assertEquals(2, r.services());
        assertEquals(1 - 20.5 / 27.5, r.reduction(), 1e-12);
    }

    /**
     * Five services: fully digital (volume 100), fully digital (100), partly digital (200), in person only (600), and
     * one with no channel recorded. Of the four recorded: fully 2/4, digitized (fully or partly) 3/4; by volume fully
     * 200/1000, digitized 400/1000. 75 % by count is short of the 80 % mark.
     */
    @Test
    void shareOfServicesDigitized() {
        Service s1 = channel(service(100, 0, 5), ServiceChannel.FULLY_DIGITAL);
        Service s2 = channel(service(100, 0, 5), ServiceChannel.FULLY_DIGITAL);
        Service s3 = channel(service(200, 0, 5), ServiceChannel.PARTLY_DIGITAL);
        Service s4 = channel(service(600, 0, 5), ServiceChannel.IN_PERSON_ONLY);
        Service s5 = service(1_000, 0, 5);
        ProgramIndicators.Digitization d = ProgramIndicators.digitization(List.of(s1, s2, s3, s4, s5), 0);
        assertEquals(0.5, d.fullyByCount(), 1e-12);
        assertEquals(0.75, d.digitizedByCount(), 1e-12);
        assertEquals(0.2, d.fullyByVolume(), 1e-12);
        assertEquals(0.4, d.digitizedByVolume(), 1e-12);
        assertEquals(4, d.recorded());
        assertEquals(1, d.unrecorded());
        assertFalse(d.reachesMark());
    }

    /** Four improvements, three of them from citizens' feedback: 75 %. */
    @Test
    void shareOfImprovementsFromCitizensInput() {
        List<EvaluationRecord> records = new ArrayList<>();
        for (boolean fromFeedback : new boolean[] {true, true, false, true}) {
            EvaluationRecord r = record(EvaluationKind.IMPROVEMENT, "2026-05-01");
            r.setFromFeedback(fromFeedback);
            records.add(r);
        }
        records.add(record(EvaluationKind.MYSTERY_SHOPPER, "2026-05-01"));
        assertEquals(0.75, ProgramIndicators.improvementsFromCitizens(records), 1e-12);
    }

    /** Three of four agencies apply the standards framework: 75 %. */
    @Test
    void shareOfAgenciesApplyingTheFramework() {
        List<Agency> agencies = new ArrayList<>();
        for (boolean applies : new boolean[] {true, false, true, true}) {
            Agency a = F.createAgency();
            a.setAppliesStandardsFramework(applies);
            agencies.add(a);
        }
        assertEquals(0.75, ProgramIndicators.agenciesApplyingFramework(agencies), 1e-12);
    }

    /**
     * Satisfaction: 200 answers at a mean of 4.0 and 100 at 3.4 give (800 + 340) / 300 = 3.8 on the 1-5 scale, that is
     * (3.8 - 1) / 4 = 70 %. Complaints: 80 of 100 and 45 of 50 answered on time: 125 / 150.
     */
    @Test
    void satisfactionAndComplaints() {
        EvaluationRecord s1 = record(EvaluationKind.SATISFACTION_SURVEY, "2026-01-10");
        s1.setResponses(200);
        s1.setSatisfactionMean(4.0);
        EvaluationRecord s2 = record(EvaluationKind.SATISFACTION_SURVEY, "2026-07-10");
        s2.setResponses(100);
        s2.setSatisfactionMean(3.4);
        double mean = ProgramIndicators.satisfactionMean(List.of(s1, s2));
        assertEquals(3.8, mean, 1e-12);
        assertEquals(70, ProgramIndicators.satisfactionPercent(mean), 1e-9);
        EvaluationRecord c1 = record(EvaluationKind.COMPLAINTS, "2026-01-31");
        c1.setReceived(100);
        c1.setAnsweredOnTime(80);
        EvaluationRecord c2 = record(EvaluationKind.COMPLAINTS, "2026-02-28");
        c2.setReceived(50);
        c2.setAnsweredOnTime(45);
        assertEquals(125.0 / 150, ProgramIndicators.complaintResponse(List.of(c1, c2)), 1e-12);
        ServiceCenter center = F.createServiceCenter();
        center.getEvaluationRecords().addAll(List.of(s1, s2, c1, c2));
        assertEquals(s2, ProgramIndicators.latest(center, EvaluationKind.SATISFACTION_SURVEY), "the latest round by date");
    }

    /**
     * Once-only: a service of 10,000 transactions a year requiring three documents: a family book the agency now fetches
     * itself, a birth certificate another agency holds and the citizen still brings, and a lease the government does not
     * hold. The citizen brings 2; fetching the birth certificate would save 10,000 trips a year.
     */
    @Test
    void onceOnlyDocumentsAndTripsSaved() {
        Agency own = F.createAgency();
        Agency other = F.createAgency();
        Service s = service(10_000, 0, 5);
        s.setAgency(own);
        s.getDocuments().add(document(other, true, true));
        s.getDocuments().add(document(other, true, false));
        s.getDocuments().add(document(null, false, false));
        assertEquals(2, ProgramIndicators.documentsToBring(s));
        assertEquals(10_000, ProgramIndicators.tripsSavedByOnceOnly(s, 0), 1e-12);
    }

    private static DocumentRequirement document(Agency issuer, boolean held, boolean fetched) {
        DocumentRequirement d = F.createDocumentRequirement();
        d.setIssuer(issuer);
        d.setHeldByGovernment(held);
        d.setFetchedByGovernment(fetched);
        return d;
    }

    private static Service service(long annual, double rate, double minutes) {
        Service s = F.createService();
        s.setAnnualTransactions(annual);
        s.setPerCapitaRate(rate);
        s.setMeanHandlingMinutes(minutes);
        return s;
    }

    private static Service channel(Service s, ServiceChannel c) {
        s.setChannel(c);
        return s;
    }

    /**
     * The digital gap: a rural zone of 10,000 residents (2,000 elderly) in a district of governorate G; multipliers G 0.8,
     * RURAL 0.9, ELDERLY 0.6: 0.8 x 0.9 x (1 + 0.2 x (0.6 - 1)) = 0.72 x 0.92 = 0.6624; a service done online by half
     * of all residents nationally is done online by 33.12 % here. URBAN 1.5 does not apply to a rural zone.
     */
    @Test
    void theDigitalGapMultipliesTheDigitalShare() {
        Region gov = F.createRegion();
        Region district = F.createRegion();
        district.setParent(gov);
        PopulationGroup elderly = F.createPopulationGroup();
        DemandZone z = F.createDemandZone();
        z.setPopulation(10_000);
        z.setAreaType(AreaType.RURAL);
        z.setRegion(district);
        GroupPopulation g = F.createGroupPopulation();
        g.setGroup(elderly);
        g.setCount(2_000);
        z.getGroups().add(g);
        PlanningParameters p = F.createPlanningParameters();
        p.getDigitalUptake().add(uptake(u -> u.setRegion(gov), 0.8));
        p.getDigitalUptake().add(uptake(u -> u.setAreaType(AreaType.RURAL), 0.9));
        p.getDigitalUptake().add(uptake(u -> u.setAreaType(AreaType.URBAN), 1.5));
        p.getDigitalUptake().add(uptake(u -> u.setGroup(elderly), 0.6));
        assertEquals(0.6624, DigitalGap.multiplier(z, p), 1e-12);
        Service s = service(100, 0, 5);
        s.setDigitalShare(0.5);
        assertEquals(0.3312, DigitalGap.digitalShare(s, z, p), 1e-12);
        s.setDigitalShare(0.9);
        p.getDigitalUptake().clear();
        p.getDigitalUptake().add(uptake(u -> u.setRegion(gov), 1.5));
        assertEquals(1.0, DigitalGap.digitalShare(s, z, p), 1e-12, "at most everyone");
    }

    private static DigitalUptake uptake(Consumer<DigitalUptake> match, double m) {
        DigitalUptake u = F.createDigitalUptake();
        match.accept(u);
        u.setMultiplier(m);
        return u;
    }
}
