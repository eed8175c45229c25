package org.nafitha.store.internal;

import java.util.Map;

import org.nafitha.model.DemandZone;
import org.nafitha.model.GroupPopulation;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceDemand;

/**
 * A demand zone's group populations and demand overrides as one text column:
 * {@code g:ELDERLY=c1200;g:WOMEN=s0.51;d:SRV-001=3400.5} (c = count, s = share; d = annual transactions of a service).
 * Codes never hold ';', '=' or spaces (the validator sees to that).
 */
public final class ZoneExtras {

    private ZoneExtras() {
    }

    /** The text for a zone, or null when it has neither groups nor overrides. */
    public static String encode(DemandZone zone) {
        if (zone.getGroups().isEmpty() && zone.getDemandOverrides().isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (GroupPopulation g : zone.getGroups()) {
            if (g.getGroup() == null) {
                continue;
            }
            append(text, "g:" + g.getGroup().getCode() + "=");
            if (g.isSetCount()) {
                text.append('c').append(g.getCount());
            } else if (g.isSetShare()) {
                text.append('s').append(g.getShare());
            } else {
                text.append('-');
            }
        }
        for (ServiceDemand d : zone.getDemandOverrides()) {
            if (d.getService() == null) {
                continue;
            }
            append(text, "d:" + d.getService().getCode() + "=");
            text.append(d.getAnnualTransactions());
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (text.length() > 0) {
            text.append(';');
        }
        text.append(part);
    }

    /**
     * Restores groups and overrides on a zone.
     *
     * @throws IllegalStateException when the text names a group or service the scenario does not have
     */
    public static void decode(String text, DemandZone zone, Map<String, PopulationGroup> groups, Map<String, Service> services) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            String code = part.substring(2, eq);
            String value = part.substring(eq + 1);
            if (part.startsWith("g:")) {
                PopulationGroup group = groups.get(code);
                if (group == null) {
                    throw new IllegalStateException("zone " + zone.getCode() + " names an unknown population group " + code);
                }
                GroupPopulation g = NafithaFactory.eINSTANCE.createGroupPopulation();
                g.setGroup(group);
                if (value.startsWith("c")) {
                    g.setCount(Long.parseLong(value.substring(1)));
                } else if (value.startsWith("s")) {
                    g.setShare(Double.parseDouble(value.substring(1)));
                }
                zone.getGroups().add(g);
            } else if (part.startsWith("d:")) {
                Service service = services.get(code);
                if (service == null) {
                    throw new IllegalStateException("zone " + zone.getCode() + " names an unknown service " + code);
                }
                ServiceDemand d = NafithaFactory.eINSTANCE.createServiceDemand();
                d.setService(service);
                d.setAnnualTransactions(Double.parseDouble(value));
                zone.getDemandOverrides().add(d);
            }
        }
    }
}
