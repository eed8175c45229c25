package org.nafitha.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.Agency;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.OpeningHours;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.ServiceChannel;

/** The mapping of each kind of record (regions, demand zones, centers, services) for a {@link FeatureMapping}. */
final class KindMappers {

    private static final NafithaFactory FACTORY = NafithaFactory.eINSTANCE;
    private final FeatureMapping m;
    private final RecordResolver resolver;
    private final List<Object[]> parents = new ArrayList<>();
    private String population;
    private boolean populationChosen;

    KindMappers(FeatureMapping m, RecordResolver resolver) {
        this.m = m;
        this.resolver = resolver;
    }

    Region region() throws ImportException {
        Region region = FACTORY.createRegion();
        String level = m.column("level", "region_level");
        RegionLevel l = m.literal(level, RegionLevel.class, m.options.regionLevel());
        if (l == null) {
            throw ImportException.of(m.file, null, "level",
                    "a 'level' column or the level of all regions (--level governorate|district|subdistrict)", null);
        }
        region.setLevel(l);
        Geometry g = m.geometry();
        double[] at = m.location(g);
        if (at == null) {
            throw m.error("geometry", "a boundary, a point, or lat/lon columns", "no coordinates");
        }
        region.setLongitude(at[0]);
        region.setLatitude(at[1]);
        if (g instanceof Polygonal) {
            region.setGeometryWkt(g.toText());
        }
        Double area = m.numberIn(m.column("area_km2", "area", "areakm2"), 0, 1e7, "an area in km² (0 or more)");
        if (area == null && g instanceof Polygonal) {
            area = FeatureMapping.areaKm2(g);
        }
        if (area != null) {
            region.setAreaKm2(area);
        }
        region.setWikidata(m.text(m.column("wikidata")));
        String parent = m.text(m.column("parent", "parent_code", "governorate_code", "governorate"));
        if (parent != null) {
            parents.add(new Object[] {region, parent, m.current});
        }
        return region;
    }

    DemandZone zone() throws ImportException {
        DemandZone zone = FACTORY.createDemandZone();
        if (!populationChosen) {
            populationChosen = true;
            population = m.column("population", "pop", "residents", "population_2024");
            if (population == null) {
                population = m.columnContaining("population");
            }
        }
        m.requiredText(population, "population", "the number of residents");
        zone.setPopulation(m.whole(population, 0, "a whole number of residents (0 or more)"));
        Geometry g = m.geometry();
        double[] at = m.location(g);
        if (at == null) {
            throw m.error("geometry", "a point, a boundary or lat/lon columns", "no coordinates");
        }
        zone.setLongitude(at[0]);
        zone.setLatitude(at[1]);
        zone.setAreaType(m.literal(m.column("area_type", "areatype", "settlement_type"), AreaType.class, AreaType.URBAN));
        String regionColumn = m.column("region", "region_code", "district_code", "governorate_code", "district");
        String region = m.text(regionColumn);
        if (region != null) {
            Region r = resolver.region(region);
            if (r == null) {
                throw m.error(regionColumn, "the code or name of a region of the scenario (unknown reference)", region);
            }
            zone.setRegion(r);
        }
        return zone;
    }

    ServiceCenter center() throws ImportException {
        ServiceCenter center = FACTORY.createServiceCenter();
        double[] at = m.location(m.geometry());
        if (at == null) {
            throw m.error("geometry", "a point or lat/lon columns", "no coordinates");
        }
        center.setLongitude(at[0]);
        center.setLatitude(at[1]);
        center.setKind(m.literal(m.column("kind", "center_kind", "type"), CenterKind.class, CenterKind.AGENCY_BRANCH));
        center.setStatus(m.literal(m.column("status"), CenterStatus.class, CenterStatus.EXISTING));
        String regionColumn = m.column("region", "region_code", "governorate_code");
        String region = m.text(regionColumn);
        if (region != null) {
            Region r = resolver.region(region);
            if (r == null) {
                throw m.error(regionColumn, "the code or name of a region of the scenario (unknown reference)", region);
            }
            center.setRegion(r);
        }
        String agencyColumn = m.column("agency", "agency_code");
        String agency = m.text(agencyColumn);
        if (agency != null) {
            Agency a = resolver.agency(agency);
            if (a == null) {
                throw m.error(agencyColumn, "the code or acronym of an agency of the scenario (unknown reference)", agency);
            }
            center.setAgency(a);
        }
        Long counters = m.whole(m.column("counters", "counter_count", "windows"), 0, "a whole number of counters (0 or more)");
        if (counters != null) {
            if (counters > 10_000) {
                throw m.error(m.column("counters", "counter_count", "windows"), "at most 10000 counters", counters);
            }
            for (int i = 1; i <= counters; i++) {
                Counter counter = FACTORY.createCounter();
                counter.setCode("C" + i);
                counter.setUniversal(true);
                center.getCounters().add(counter);
            }
        }
        Long staff = m.whole(m.column("staff", "employees"), 0, "a whole number of staff (0 or more)");
        if (staff != null) {
            center.setStaff((int) Math.min(Integer.MAX_VALUE, staff));
        }
        String hoursColumn = m.column("opening_hours", "hours");
        String hours = m.text(hoursColumn);
        if (hours != null) {
            try {
                OpeningHours.parse(hours);
            } catch (IllegalArgumentException e) {
                throw m.error(hoursColumn, "opening hours like 'Sun-Thu 08:00-15:00; Sat 09:00-13:00' (" + e.getMessage() + ")", hours);
            }
            center.setOpeningHours(hours);
        }
        String servicesColumn = m.column("services", "service_codes");
        String services = m.text(servicesColumn);
        if (services != null) {
            for (String s : services.split("[;|]")) {
                String ref = s.trim();
                if (ref.isEmpty()) {
                    continue;
                }
                Service service = resolver.service(ref);
                if (service == null) {
                    throw m.error(servicesColumn, "codes of services of the registry separated by ';' (unknown reference)", ref);
                }
                center.getServicesOffered().add(service);
            }
        }
        String accessColumn = m.column("accessibility", "accessibility_features");
        String access = m.text(accessColumn);
        if (access != null) {
            for (String a : access.split("[;|]")) {
                if (a.isBlank()) {
                    continue;
                }
                String name = a.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
                AccessibilityFeature feature = AccessibilityFeature.get(name);
                if (feature == null) {
                    throw m.error(accessColumn, "accessibility features such as STEP_FREE_ACCESS;ELEVATOR", a.trim());
                }
                center.getAccessibility().add(feature);
            }
        }
        return center;
    }

    Service service() throws ImportException {
        Service service = FACTORY.createService();
        String agencyColumn = m.column("agency", "agency_code");
        String agency = m.requiredText(agencyColumn, "agency", "the code or acronym of the agency providing the service");
        Agency a = resolver.agency(agency);
        if (a == null) {
            throw m.error(agencyColumn, "the code or acronym of an agency of the scenario (unknown reference)", agency);
        }
        service.setAgency(a);
        service.setCategory(m.text(m.column("category")));
        Long annual = m.whole(m.column("annual_transactions", "transactions", "annual_volume"), 0, "a whole number of transactions a year");
        Double rate = m.numberIn(m.column("per_capita_rate", "rate"), 0, 1000, "transactions per resident a year (0 to 1000)");
        if (annual == null && rate == null) {
            throw m.error("annual_transactions", "annual_transactions or per_capita_rate", "neither");
        }
        service.setAnnualTransactions(annual == null ? 0 : annual);
        service.setPerCapitaRate(rate == null ? 0 : rate);
        Double minutes = m.numberIn(m.column("mean_handling_minutes", "handling_minutes", "aht_min", "aht"), 0.01, 24 * 60,
                "the mean handling time in minutes (more than 0)");
        if (minutes == null) {
            throw m.error("mean_handling_minutes", "the mean handling time in minutes", "no value");
        }
        service.setMeanHandlingMinutes(minutes);
        Double cv = m.numberIn(m.column("handling_cv", "cv"), 0, 10, "a coefficient of variation (0 to 10)");
        if (cv != null) {
            service.setHandlingTimeCv(cv);
        }
        Double digital = m.numberIn(m.column("digital_share", "online_share"), 0, 1, "a share between 0 and 1");
        if (digital != null) {
            service.setDigitalShare(digital);
        }
        Boolean presence = m.bool(m.column("presence_required", "in_person"));
        if (presence != null) {
            service.setPresenceRequired(presence);
        }
        registryFacts(service);
        return service;
    }

    /** The registry's planning facts of a service: channel, re-engineering, participating agencies. */
    private void registryFacts(Service service) throws ImportException {
        ServiceChannel channel = m.literal(m.column("channel"), ServiceChannel.class, null);
        if (channel != null) {
            service.setChannel(channel);
        }
        Double before = m.numberIn(m.column("handling_minutes_before", "minutes_before"), 0.01, 24 * 60,
                "the handling time before re-engineering in minutes (more than 0)");
        if (before != null) {
            service.setHandlingMinutesBefore(before);
        }
        Long stepsBefore = m.whole(m.column("steps_before"), 0, "a whole number of steps");
        if (stepsBefore != null) {
            service.setStepsBefore((int) Math.min(Integer.MAX_VALUE, stepsBefore));
        }
        Long stepsAfter = m.whole(m.column("steps_after"), 0, "a whole number of steps");
        if (stepsAfter != null) {
            service.setStepsAfter((int) Math.min(Integer.MAX_VALUE, stepsAfter));
        }
        String agenciesColumn = m.column("participating_agencies", "agencies");
        String agencies = m.text(agenciesColumn);
        if (agencies != null) {
            for (String ref : agencies.split("[;|]")) {
                if (ref.isBlank()) {
                    continue;
                }
                Agency a = resolver.agency(ref.trim());
                if (a == null) {
                    throw m.error(agenciesColumn, "codes or acronyms of agencies of the scenario separated by ';' (unknown reference)",
                            ref.trim());
                }
                service.getParticipatingAgencies().add(a);
            }
        }
    }

    /** Parents of regions may be later rows of the same file: resolved once every row is read. */
    void resolveLater() throws ImportException {
        for (Object[] p : parents) {
            Region region = (Region) p[0];
            String reference = (String) p[1];
            m.current = (Feature) p[2];
            Region parent = resolver.region(reference);
            if (parent == null) {
                throw m.error(m.column("parent", "parent_code", "governorate_code", "governorate"),
                        "the code or name of a region in the file or the scenario (unknown reference)", reference);
            }
            if (parent == region) {
                throw m.error(m.column("parent", "parent_code", "governorate_code", "governorate"), "a parent other than the region itself", reference);
            }
            region.setParent(parent);
        }
        m.current = null;
    }
}
