package org.nafitha.model.tests;

import org.nafitha.model.Agency;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.GroupPopulation;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Named;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.ServiceCenter;

/** A small valid scenario: one governorate, two zones, two services, one bundle, one center with two counters. */
final class Fixture {

    static final NafithaFactory F = NafithaFactory.eINSTANCE;

    final Scenario scenario = F.createScenario();
    final Region governorate = F.createRegion();
    final DemandZone zoneA = F.createDemandZone();
    final DemandZone zoneB = F.createDemandZone();
    final PopulationGroup elderly = F.createPopulationGroup();
    final PopulationGroup youth = F.createPopulationGroup();
    final Agency agency = F.createAgency();
    final Service passport = F.createService();
    final Service birth = F.createService();
    final ServiceBundle newborn = F.createServiceBundle();
    final ServiceCenter center = F.createServiceCenter();
    final Counter universal = F.createCounter();
    final Counter passportDesk = F.createCounter();

    Fixture() {
        named(scenario, "TEST", "Test scenario", "سيناريو اختبار");
        scenario.setBaseYear(2024);
        scenario.setStudyArea("POLYGON ((35 29, 39 29, 39 33.5, 35 33.5, 35 29))");
        PlanningParameters p = F.createPlanningParameters();
        scenario.setParameters(p);

        named(governorate, "JO-AM", "Amman", "عمان");
        governorate.setLevel(RegionLevel.GOVERNORATE);
        governorate.setLatitude(31.95);
        governorate.setLongitude(35.91);
        scenario.getRegions().add(governorate);

        named(elderly, "ELDERLY", "Elderly", "كبار السن");
        elderly.setPartition("age");
        named(youth, "YOUTH", "Youth", "الشباب");
        youth.setPartition("age");
        scenario.getPopulationGroups().add(elderly);
        scenario.getPopulationGroups().add(youth);

        zone(zoneA, "JO-AM-01", "Marka", "لواء ماركا", 1_173_825, 31.956, 36.076);
        zone(zoneB, "JO-AM-02", "Qasabah Amman", "لواء قصبة عمان", 1_000_000, 31.947, 35.909);
        GroupPopulation g = F.createGroupPopulation();
        g.setGroup(elderly);
        g.setShare(0.04);
        zoneA.getGroups().add(g);
        GroupPopulation y = F.createGroupPopulation();
        y.setGroup(youth);
        y.setCount(200_000);
        zoneA.getGroups().add(y);

        named(agency, "CSPD", "Civil Status and Passports Department", "دائرة الأحوال المدنية والجوازات");
        scenario.getAgencies().add(agency);
        service(passport, "CSPD-01", "Passport renewal", "تجديد جواز السفر");
        passport.setAnnualTransactions(700_000);
        service(birth, "CSPD-02", "Birth registration", "تسجيل المواليد");
        birth.setPerCapitaRate(0.018);

        named(newborn, "B-BIRTH", "Birth of a child", "ولادة طفل");
        newborn.getServices().add(birth);
        scenario.getBundles().add(newborn);

        named(center, "CSC-AM", "Maqablin", "المقابلين");
        center.setKind(CenterKind.COMPREHENSIVE_CENTER);
        center.setStatus(CenterStatus.EXISTING);
        center.setRegion(governorate);
        center.setLatitude(31.9039);
        center.setLongitude(35.9055);
        center.setStaff(5);
        center.setOpeningHours("Sun-Thu 08:00-15:00");
        center.getServicesOffered().add(passport);
        center.getServicesOffered().add(birth);
        universal.setCode("CSC-AM-C01");
        universal.setUniversal(true);
        passportDesk.setCode("CSC-AM-C02");
        passportDesk.getServices().add(passport);
        center.getCounters().add(universal);
        center.getCounters().add(passportDesk);
        scenario.getCenters().add(center);
    }

    private void zone(DemandZone z, String code, String en, String ar, long population, double lat, double lon) {
        named(z, code, en, ar);
        z.setPopulation(population);
        z.setLatitude(lat);
        z.setLongitude(lon);
        z.setRegion(governorate);
        scenario.getDemandZones().add(z);
    }

    private void service(Service s, String code, String en, String ar) {
        named(s, code, en, ar);
        s.setAgency(agency);
        s.setCategory("identity_travel");
        s.setMeanHandlingMinutes(12);
        s.setHandlingTimeCv(0.6);
        s.setDigitalShare(0.1);
        scenario.getServices().add(s);
    }

    static void named(Named n, String code, String en, String ar) {
        n.setCode(code);
        n.setNameEn(en);
        n.setNameAr(ar);
    }
}
