package org.example.mobileunits;

import java.util.Locale;
import java.util.Optional;

import org.nafitha.card.CardInput;
import org.nafitha.card.Indicator;
import org.nafitha.card.Measure;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.ServiceCenter;

/**
 * Of the residents of a center's catchment who live beyond its reach (the zones of its catchment beyond their area
 * type's thresholds, as {@link CardInput#catchment} decides among the center's peers), the share (%) that a mobile unit
 * visits every week. Zones beyond a center's reach that another kind of center covers get no unit, so they count as not
 * reached: their residents lack this center's services. Missing when the coverage or mobile units analysis did not run,
 * and when the whole catchment is within reach (there is nobody for a unit to reach).
 */
public final class MobileReachIndicator implements Indicator {

    @Override
    public Measure measure(CardInput input, ServiceCenter center) {
        if (input.coverage().isEmpty()) {
            return Measure.missing("no coverage result");
        }
        Optional<MobileUnitPlan> plan = input.result(MobileUnitsAnalyzer.ID, MobileUnitPlan.class);
        if (plan.isEmpty()) {
            return Measure.missing("the mobile units analysis did not run");
        }
        long beyond = 0;
        long reached = 0;
        int zones = 0;
        int visited = 0;
        for (CoverageResult.Zone z : input.catchment(center)) {
            if (!z.covered()) {
                zones++;
                beyond += z.population();
                if (plan.get().visit(z.code()).isPresent()) {
                    visited++;
                    reached += z.population();
                }
            }
        }
        if (zones == 0) {
            return Measure.missing("no resident of its catchment is beyond the coverage thresholds");
        }
        double share = beyond == 0 ? 100.0 * visited / zones : 100.0 * reached / beyond;
        return Measure.of(share, String.format(Locale.ROOT,
                "%d of %d zones beyond its reach (%,d of %,d residents) get a weekly mobile unit visit", visited, zones, reached, beyond));
    }
}
