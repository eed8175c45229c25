package org.nafitha.store;

import java.time.Instant;

/**
 * A scenario as the store lists it.
 *
 * @param code the scenario's code, unique in the store
 * @param revision 1 for the first save, one more for each save after it
 * @param savedAt when the last save committed
 * @param zones demand zones
 * @param centers service centers
 * @param population residents of all zones
 * @param extent the zones' bounding box "minLon minLat maxLon maxLat" computed by H2GIS, or null without zones
 */
public record StoredScenario(String code, String nameEn, String nameAr, int revision, Instant savedAt, int zones, int centers,
        long population, String extent) {
}
