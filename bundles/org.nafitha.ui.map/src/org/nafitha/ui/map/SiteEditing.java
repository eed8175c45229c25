package org.nafitha.ui.map;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.nafitha.geo.GreatCircle;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Located;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Named;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.SiteRole;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * Edits of the scenario made on the map, each one undoable command on the workbench's stack (Edit ▸ Undo): a planned
 * center or a candidate site moved by a drag, a candidate site or a planned center added where the planner
 * right-clicked. Any edit marks the analyses' results stale (the analysis session listens to the stack), and the map
 * draws the scenario again.
 */
final class SiteEditing {

    private SiteEditing() {
    }

    /** Whether the map may move an object: a candidate site, or a center not yet built (planned or candidate). */
    static boolean movable(Named n) {
        return n instanceof CandidateSite
                || n instanceof ServiceCenter c && (c.getStatus() == CenterStatus.PLANNED || c.getStatus() == CenterStatus.CANDIDATE);
    }

    /** Moves a site or center to a longitude and latitude (one command; false when nothing could change). */
    static boolean move(Located site, double longitude, double latitude) {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        EditingDomain domain = session.domain();
        CompoundCommand move = new CompoundCommand(NLS.bind(Messages.moveCommand, ((Named) site).getCode()));
        move.append(SetCommand.create(domain, site, NafithaPackage.Literals.LOCATED__LONGITUDE, longitude));
        move.append(SetCommand.create(domain, site, NafithaPackage.Literals.LOCATED__LATITUDE, latitude));
        return session.execute(move);
    }

    /** Adds a candidate site at a place, in the region of the nearest center; returns it (null when it could not be added). */
    static CandidateSite newCandidateSite(Scenario s, double longitude, double latitude) {
        CandidateSite site = NafithaFactory.eINSTANCE.createCandidateSite();
        site.setCode(freeCode(s.getCandidateSites(), "SITE-NEW-"));
        site.setNameEn(Messages.newSiteEn);
        site.setNameAr(Messages.newSiteAr);
        site.setRole(SiteRole.CANDIDATE);
        site.setLongitude(longitude);
        site.setLatitude(latitude);
        ServiceCenter near = nearest(s, longitude, latitude);
        if (near != null) {
            site.setRegion(near.getRegion());
        }
        return add(s, NafithaPackage.Literals.SCENARIO__CANDIDATE_SITES, site, Messages.newSiteCommand) ? site : null;
    }

    /**
     * Adds a planned comprehensive center at a place, with the English and Arabic names the planner gave, and the
     * region, agency and services of the nearest center; returns it (null when it could not be added).
     */
    static ServiceCenter newCenter(Scenario s, double longitude, double latitude, String nameEn, String nameAr) {
        ServiceCenter c = NafithaFactory.eINSTANCE.createServiceCenter();
        c.setCode(freeCode(s.getCenters(), "NEW-CENTER-"));
        c.setNameEn(nameEn);
        c.setNameAr(nameAr);
        c.setKind(CenterKind.COMPREHENSIVE_CENTER);
        c.setStatus(CenterStatus.PLANNED);
        c.setLongitude(longitude);
        c.setLatitude(latitude);
        ServiceCenter near = nearest(s, longitude, latitude);
        if (near != null) {
            c.setRegion(near.getRegion());
            c.setAgency(near.getAgency());
            c.getServicesOffered().addAll(near.getServicesOffered());
        }
        return add(s, NafithaPackage.Literals.SCENARIO__CENTERS, c, Messages.newCenterCommand) ? c : null;
    }

    private static boolean add(Scenario s, Object feature, Object value, String label) {
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Command add = AddCommand.create(session.domain(), s, feature, value);
        CompoundCommand named = new CompoundCommand(label);
        named.append(add);
        return session.execute(named);
    }

    private static ServiceCenter nearest(Scenario s, double longitude, double latitude) {
        ServiceCenter best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (ServiceCenter c : s.getCenters()) {
            double km = GreatCircle.distanceKm(latitude, longitude, c.getLatitude(), c.getLongitude());
            if (km < bestKm) {
                bestKm = km;
                best = c;
            }
        }
        return best;
    }

    private static String freeCode(List<? extends Named> taken, String prefix) {
        Set<String> codes = new HashSet<>();
        taken.forEach(n -> codes.add(n.getCode()));
        int n = 1;
        while (codes.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
