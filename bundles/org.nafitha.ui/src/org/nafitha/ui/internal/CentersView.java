package org.nafitha.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioSummary;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.ui.NafithaUi;

/**
 * The service centers of the open scenario: sortable, filtered, their counters and staff edited in place (double-click
 * a cell) as undoable commands; new counters are universal. While a roadmap year is viewed: the centers open in that
 * year (existing or planned in its state), read-only.
 */
public final class CentersView extends ObjectTableView<ServiceCenter> {

    public static final String ID = "org.nafitha.ui.views.centers";

    @Override
    List<ServiceCenter> objects(Scenario s) {
        return s.getCenters();
    }

    @Override
    List<ServiceCenter> shownObjects(Scenario s) {
        if (!NafithaUi.getDefault().getViewedYear().isViewing()) {
            return s.getCenters();
        }
        return s.getCenters().stream().filter(c -> c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED).toList();
    }

    @Override
    EReference list() {
        return NafithaPackage.Literals.SCENARIO__CENTERS;
    }

    /** A planned comprehensive center, where the selected one is (or the first one), with no counters yet. */
    @Override
    ServiceCenter newObject(Scenario s, ServiceCenter near) {
        ServiceCenter c = NafithaFactory.eINSTANCE.createServiceCenter();
        c.setCode(freeCode(s.getCenters(), "NEW-CENTER-"));
        c.setNameEn(Messages.Objects_newCenterEn);
        c.setNameAr(Messages.Objects_newCenterAr);
        c.setKind(CenterKind.COMPREHENSIVE_CENTER);
        c.setStatus(CenterStatus.PLANNED);
        ServiceCenter at = near != null ? near : s.getCenters().isEmpty() ? null : s.getCenters().get(0);
        if (at != null) {
            c.setLatitude(at.getLatitude());
            c.setLongitude(at.getLongitude());
            c.setRegion(at.getRegion());
            c.setAgency(at.getAgency());
            c.getServicesOffered().addAll(at.getServicesOffered());
        }
        return c;
    }

    @Override
    String filterHint() {
        return Messages.CentersView_filter;
    }

    @Override
    List<Column<ServiceCenter>> columns() {
        // what a planner edits most comes right after the name, inside the default layout: kind, status, counters, staff
        return List.of(new Column<>(Messages.CentersView_code, 115, ServiceCenter::getCode, false),
                new Column<>(Messages.CentersView_name, 155, ScenarioLabels::name, false),
                new Column<>(Messages.CentersView_kind, 125, c -> ScenarioLabels.kind(c.getKind()), false),
                new Column<>(Messages.CentersView_status, 85, c -> ScenarioLabels.status(c.getStatus()), false),
                new Column<>(Messages.CentersView_counters, 70, c -> ScenarioLabels.number(c.getCounters().size()), true,
                        (c, n) -> CenterEdits.setCounters(session().domain(), c, n, Messages.bind(Messages.Edit_counters, c.getCode(), n))),
                new Column<>(Messages.CentersView_staff, 65, c -> ScenarioLabels.number(c.getStaff()), true,
                        (c, n) -> CenterEdits.setStaff(session().domain(), c, n)),
                new Column<>(Messages.CentersView_region, 120, c -> ScenarioLabels.name(c.getRegion()), false));
    }

    @Override
    String summary(List<ServiceCenter> centers) {
        ScenarioSummary s = ScenarioSummary.of(NafithaUi.getDefault().getViewedScenario());
        // a viewed roadmap year: the centers open that year, as listed
        boolean year = NafithaUi.getDefault().getViewedYear().isViewing();
        long counters = year ? centers.stream().mapToLong(c -> c.getCounters().size()).sum() : s.counters();
        return Messages.bind(Messages.CentersView_summary, new Object[] {ScenarioLabels.number(year ? centers.size() : s.centers()),
            ScenarioLabels.number(counters), ScenarioLabels.number(s.totalPopulation()), ScenarioLabels.number(s.demandZones())});
    }
}
