package org.nafitha.ui.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Scenario;

/** The demand zones: code, name, region, area type, residents, position. */
public final class DemandZonesView extends ObjectTableView<DemandZone> {

    public static final String ID = "org.nafitha.ui.views.zones";

    @Override
    List<DemandZone> objects(Scenario s) {
        return s.getDemandZones();
    }

    @Override
    List<Column<DemandZone>> columns() {
        return List.of(new Column<>(Messages.CentersView_code, 100, DemandZone::getCode, false),
                new Column<>(Messages.CentersView_name, 200, ScenarioLabels::name, false),
                new Column<>(Messages.CentersView_region, 140, z -> ScenarioLabels.name(z.getRegion()), false),
                new Column<>(Messages.Zones_areaType, 110, z -> ScenarioLabels.areaType(z.getAreaType()), false),
                new Column<>(Messages.Scenarios_population, 110, z -> ScenarioLabels.number(z.getPopulation()), true),
                new Column<>(Messages.Zones_position, 150, z -> String.format(java.util.Locale.ROOT, "%.4f, %.4f", z.getLatitude(), z.getLongitude()), false));
    }

    @Override
    String summary(List<DemandZone> zones) {
        return NLS.bind(Messages.Zones_summary, ScenarioLabels.number(zones.size()),
                ScenarioLabels.number(zones.stream().mapToLong(DemandZone::getPopulation).sum()));
    }
}
