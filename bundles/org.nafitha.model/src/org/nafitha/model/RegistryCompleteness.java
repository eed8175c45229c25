package org.nafitha.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How complete the national services registry is for planning: for each service, which of the facts the engines and the
 * program's indicators need are missing (a yearly volume, a handling time, the documents it requires, its channel), and
 * per agency the share of its services' facts present.
 */
public final class RegistryCompleteness {

    /** The facts checked, in report order. */
    public static final List<String> FACTS = List.of("volume", "handlingTime", "documents", "channel");

    /** One service: the facts it lacks. */
    public record ServiceGaps(String code, String nameEn, String agency, List<String> missing) {
    }

    /** One agency: its services, the facts present of those checked, and the share. */
    public record AgencyCompleteness(String code, String nameEn, int services, int factsPresent, int factsChecked) {
        public double share() {
            return factsChecked == 0 ? Double.NaN : (double) factsPresent / factsChecked;
        }
    }

    /** The report: every service with a gap, every agency, and the registry's overall share of facts present. */
    public record Report(List<ServiceGaps> gaps, List<AgencyCompleteness> agencies, int services, int factsPresent, int factsChecked) {
        public double share() {
            return factsChecked == 0 ? Double.NaN : (double) factsPresent / factsChecked;
        }
    }

    private RegistryCompleteness() {
    }

    /** The facts a service lacks. */
    public static List<String> missing(Service s) {
        List<String> missing = new ArrayList<>();
        if (s.getAnnualTransactions() <= 0 && !(s.getPerCapitaRate() > 0)) {
            missing.add("volume");
        }
        if (!(s.getMeanHandlingMinutes() > 0)) {
            missing.add("handlingTime");
        }
        if (s.getDocuments().isEmpty()) {
            missing.add("documents");
        }
        if (!s.isSetChannel()) {
            missing.add("channel");
        }
        return missing;
    }

    public static Report of(Scenario scenario) {
        List<ServiceGaps> gaps = new ArrayList<>();
        Map<Agency, int[]> byAgency = new LinkedHashMap<>();
        scenario.getAgencies().forEach(a -> byAgency.put(a, new int[3]));
        int present = 0;
        int checked = 0;
        for (Service s : scenario.getServices()) {
            List<String> missing = missing(s);
            if (!missing.isEmpty()) {
                gaps.add(new ServiceGaps(s.getCode(), s.getNameEn(), s.getAgency() == null ? "" : s.getAgency().getCode(), missing));
            }
            int[] a = s.getAgency() == null ? null : byAgency.computeIfAbsent(s.getAgency(), k -> new int[3]);
            if (a != null) {
                a[0]++;
                a[1] += FACTS.size() - missing.size();
                a[2] += FACTS.size();
            }
            present += FACTS.size() - missing.size();
            checked += FACTS.size();
        }
        List<AgencyCompleteness> agencies = new ArrayList<>();
        byAgency.forEach((a, v) -> agencies.add(new AgencyCompleteness(a.getCode(), a.getNameEn(), v[0], v[1], v[2])));
        return new Report(gaps, agencies, scenario.getServices().size(), present, checked);
    }
}
