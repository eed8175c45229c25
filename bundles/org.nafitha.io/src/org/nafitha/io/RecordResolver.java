package org.nafitha.io;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.nafitha.model.Agency;
import org.nafitha.model.Named;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;

/** Looks up regions, agencies and services by code (or by name for regions), new ones first. */
final class RecordResolver {
    private final Scenario scenario;
    private final Map<String, EObject> inFile;

    RecordResolver(Scenario scenario, Map<String, EObject> inFile) {
        this.scenario = scenario;
        this.inFile = inFile;
    }

    Region region(String reference) {
        if (inFile.get(reference) instanceof Region r) {
            return r;
        }
        for (Region r : scenario.getRegions()) {
            if (reference.equals(r.getCode())) {
                return r;
            }
        }
        Region byName = null;
        for (EObject o : inFile.values()) {
            if (o instanceof Region r && names(r, reference)) {
                byName = r;
            }
        }
        if (byName == null) {
            for (Region r : scenario.getRegions()) {
                if (names(r, reference)) {
                    return r;
                }
            }
        }
        return byName;
    }

    private static boolean names(Named n, String reference) {
        return reference.equalsIgnoreCase(n.getNameEn()) || reference.equals(n.getNameAr());
    }

    Agency agency(String reference) {
        for (Agency a : scenario.getAgencies()) {
            if (reference.equals(a.getCode()) || reference.equalsIgnoreCase(a.getAcronym())) {
                return a;
            }
        }
        return null;
    }

    Service service(String reference) {
        if (inFile.get(reference) instanceof Service s) {
            return s;
        }
        for (Service s : scenario.getServices()) {
            if (reference.equals(s.getCode())) {
                return s;
            }
        }
        return null;
    }
}
