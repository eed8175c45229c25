package org.nafitha.card.internal;

import java.util.Locale;
import java.util.function.Supplier;

import org.nafitha.card.Measure;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.ServiceCenter;

/**
 * The citizen-voice indicators from a center's latest dated round of a kind: a mystery-shopper, self-assessment or
 * volunteer-visitor score; satisfaction as the 1-5 mean on a 0-100 % scale; the NPS computed from its answer counts; the
 * share of complaints answered within the standard. Without a dated round, the center's single evaluation values.
 */
final class VoiceMeasures {

    private VoiceMeasures() {
    }

    static Measure latestOr(ServiceCenter c, EvaluationKind kind, Supplier<Measure> fallback) {
        EvaluationRecord r = ProgramIndicators.latest(c, kind);
        if (r == null) {
            return fallback.get();
        }
        String when = " (" + r.getDate() + ")";
        return switch (kind) {
            case MYSTERY_SHOPPER, SELF_ASSESSMENT, VOLUNTEER_VISITOR -> r.isSetScore()
                    ? Measure.of(r.getScore(), kind.getName().toLowerCase(Locale.ROOT).replace('_', ' ') + when)
                    : Measure.missing("the latest round" + when + " has no score");
            case SATISFACTION_SURVEY -> r.isSetSatisfactionMean()
                    ? Measure.of(ProgramIndicators.satisfactionPercent(r.getSatisfactionMean()), String.format(Locale.ROOT,
                            "mean %.2f of 5 over %d responses%s", r.getSatisfactionMean(), r.getResponses(), when))
                    : Measure.missing("the latest survey" + when + " has no mean");
            case NPS_SURVEY -> {
                double nps = ProgramIndicators.nps(r.getPromoters(), r.getPassives(), r.getDetractors());
                yield Double.isNaN(nps) ? Measure.missing("the latest NPS survey" + when + " has no answers")
                        : Measure.of(nps, String.format(Locale.ROOT, "%d promoters, %d passives, %d detractors%s", r.getPromoters(),
                                r.getPassives(), r.getDetractors(), when));
            }
            case COMPLAINTS -> r.getReceived() > 0
                    ? Measure.of(100.0 * r.getAnsweredOnTime() / r.getReceived(), String.format(Locale.ROOT,
                            "%d of %d answered on time%s", r.getAnsweredOnTime(), r.getReceived(), when))
                    : Measure.missing("no complaint received in the latest record" + when);
            case IMPROVEMENT -> Measure.missing("improvements are not scored per center");
        };
    }
}
