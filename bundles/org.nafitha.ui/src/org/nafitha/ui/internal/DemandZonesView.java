package org.nafitha.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;

/** The demand zones: code, name, region, area type, residents, position. */
public final class DemandZonesView extends ObjectTableView<DemandZone> {

    public static final String ID = "org.nafitha.ui.views.zones";

    @Override
    List<DemandZone> objects(Scenario s) {
        return s.getDemandZones();
    }

    @Override
    EReference list() {
        return NafithaPackage.Literals.SCENARIO__DEMAND_ZONES;
    }

    /** A zone with no residents yet, where the selected one is (or the first one), of its region and area type. */
    @Override
    DemandZone newObject(Scenario s, DemandZone near) {
        DemandZone z = NafithaFactory.eINSTANCE.createDemandZone();
        z.setCode(freeCode(s.getDemandZones(), "NEW-ZONE-"));
        z.setNameEn(Messages.Objects_newZoneEn);
        z.setNameAr(Messages.Objects_newZoneAr);
        DemandZone at = near != null ? near : s.getDemandZones().isEmpty() ? null : s.getDemandZones().get(0);
        if (at != null) {
            z.setLatitude(at.getLatitude());
            z.setLongitude(at.getLongitude());
            z.setRegion(at.getRegion());
            z.setAreaType(at.getAreaType());
        }
        return z;
    }

    @Override
    List<Column<DemandZone>> columns() {
        return List.of(new Column<>(Messages.CentersView_code, 100, DemandZone::getCode, false),
                new Column<>(Messages.CentersView_name, 200, ScenarioLabels::name, false),
                new Column<>(Messages.CentersView_region, 140, z -> ScenarioLabels.name(z.getRegion()), false),
                new Column<>(Messages.Zones_areaType, 110, z -> ScenarioLabels.areaType(z.getAreaType()), false),
                new Column<>(Messages.Scenarios_population, 110, z -> ScenarioLabels.number(z.getPopulation()), true),
                new Column<>(Messages.Zones_position, 150, z -> ScenarioLabels.decimal(z.getLatitude(), 4)
                        + (ScenarioLabels.arabic() ? "، " : ", ") + ScenarioLabels.decimal(z.getLongitude(), 4), false));
    }

    @Override
    String summary(List<DemandZone> zones) {
        return NLS.bind(Messages.Zones_summary, ScenarioLabels.number(zones.size()),
                ScenarioLabels.number(zones.stream().mapToLong(DemandZone::getPopulation).sum()));
    }
}
