package org.example.mobileunits;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nafitha.card.CardInput;
import org.nafitha.card.Indicator;
import org.nafitha.card.Measure;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.ServiceCenter;

/**
 * Of the residents of a center's catchment whom no center reaches within the coverage thresholds, the share (%) that a
 * mobile unit visits every week. Missing when the coverage or mobile units analysis did not run, and when no resident
 * of the catchment is beyond the thresholds (there is nobody for a unit to reach).
 */
public final class MobileReachIndicator implements Indicator {

    @Override
    public Measure measure(CardInput input, ServiceCenter center) {
        Optional<CoverageResult> coverage = input.coverage();
        if (coverage.isEmpty()) {
            return Measure.missing("no coverage result");
        }
        Optional<MobileUnitPlan> plan = input.result(MobileUnitsAnalyzer.ID, MobileUnitPlan.class);
        if (plan.isEmpty()) {
            return Measure.missing("the mobile units analysis did not run");
        }
        Map<String, Boolean> covered = new HashMap<>();
        coverage.get().zones().forEach(z -> covered.put(z.code(), z.covered()));
        long beyond = 0;
        long reached = 0;
        int zones = 0;
        int visited = 0;
        for (CoverageResult.Zone z : input.catchment(center)) {
            if (Boolean.FALSE.equals(covered.get(z.code()))) {
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
        double share = beyond == 0 ? (visited == zones ? 100 : 0) : 100.0 * reached / beyond;
        return Measure.of(share, String.format(Locale.ROOT, "%d of %d zones beyond the thresholds (%,d of %,d residents) get a weekly mobile unit visit",
                visited, zones, reached, beyond));
    }
}
