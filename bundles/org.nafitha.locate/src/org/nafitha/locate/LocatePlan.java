package org.nafitha.locate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * What an answer changes in its scenario, so that a planner can turn it into a scenario of its own: every chosen
 * candidate site becomes a planned comprehensive center ({@link #newCenters}: at the site, in its region, with the
 * site's most counters as universal counters, at least one); a chosen comprehensive center that is a candidate becomes
 * planned; chosen existing and planned centers stay; when asked, every existing comprehensive center the answer did
 * not choose is marked closed ({@link #statusChanges}). The plan names the new scenario. It reads the scenario and
 * changes nothing: the workbench applies it as one undoable command, a script may apply it with {@link #applyTo}.
 */
public record LocatePlan(String code, String nameEn, String nameAr, List<ServiceCenter> newCenters, Map<ServiceCenter, CenterStatus> statusChanges) {

    public LocatePlan {
        newCenters = List.copyOf(newCenters);
        statusChanges = Collections.unmodifiableMap(new LinkedHashMap<>(statusChanges));
    }

    /**
     * The plan of an answer for a scenario.
     *
     * @param closeUnchosen mark the existing comprehensive centers the answer did not choose as closed
     * @throws IllegalArgumentException when a chosen site is neither a center nor a candidate site of the scenario
     */
    public static LocatePlan of(Scenario s, LocateResult result, boolean closeUnchosen) {
        Set<String> chosen = new HashSet<>();
        for (int j : result.solution().chosen()) {
            chosen.add(result.instance().siteId(j));
        }
        Map<String, ServiceCenter> centers = new LinkedHashMap<>();
        s.getCenters().forEach(c -> centers.put(c.getCode(), c));
        Map<String, CandidateSite> sites = new LinkedHashMap<>();
        s.getCandidateSites().forEach(c -> sites.put(c.getCode(), c));
        List<ServiceCenter> added = new ArrayList<>();
        Map<ServiceCenter, CenterStatus> changes = new LinkedHashMap<>();
        for (int j : result.solution().chosen()) {
            String id = result.instance().siteId(j);
            ServiceCenter center = centers.get(id);
            if (center != null) {
                if (center.getStatus() == CenterStatus.CANDIDATE) {
                    changes.put(center, CenterStatus.PLANNED);
                }
            } else if (sites.containsKey(id)) {
                added.add(centerAt(sites.get(id), "C"));
            } else {
                throw new IllegalArgumentException("chosen site '" + id + "': expected a center or a candidate site of scenario " + s.getCode());
            }
        }
        if (closeUnchosen) {
            for (ServiceCenter c : s.getCenters()) {
                if (c.getKind() == CenterKind.COMPREHENSIVE_CENTER && c.getStatus() == CenterStatus.EXISTING && !chosen.contains(c.getCode())) {
                    changes.put(c, CenterStatus.CLOSED);
                }
            }
        }
        String type = result.solution().problem().type().name().toLowerCase(Locale.ROOT);
        return new LocatePlan(s.getCode() + "-LA", (s.getNameEn() == null ? s.getCode() : s.getNameEn()) + " — location-allocation (" + type + ")",
                s.getNameAr() == null ? null : s.getNameAr() + " — التوزيع المكاني", added, changes);
    }

    /**
     * A planned comprehensive center where a candidate site stands: its code, names, place and region, and its most
     * counters (at least one) as universal counters coded {@code counterPrefix + 1, 2, …}.
     */
    public static ServiceCenter centerAt(CandidateSite site, String counterPrefix) {
        NafithaFactory f = NafithaFactory.eINSTANCE;
        ServiceCenter c = f.createServiceCenter();
        c.setCode(site.getCode());
        c.setNameEn(site.getNameEn());
        c.setNameAr(site.getNameAr());
        c.setLatitude(site.getLatitude());
        c.setLongitude(site.getLongitude());
        c.setRegion(site.getRegion());
        c.setKind(CenterKind.COMPREHENSIVE_CENTER);
        c.setStatus(CenterStatus.PLANNED);
        for (int k = 1; k <= Math.max(1, site.getMaxCounters()); k++) {
            Counter counter = f.createCounter();
            counter.setCode(counterPrefix + k);
            counter.setUniversal(true);
            c.getCounters().add(counter);
        }
        return c;
    }

    /** Applies the plan directly (outside an editing domain: no undo). */
    public void applyTo(Scenario s) {
        s.setCode(code);
        s.setNameEn(nameEn);
        s.setNameAr(nameAr);
        s.getCenters().addAll(newCenters);
        statusChanges.forEach(ServiceCenter::setStatus);
    }
}
