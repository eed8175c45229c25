package org.nafitha.model.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.validation.ScenarioValidator.Report;
import org.nafitha.model.validation.ScenarioValidator.Rule;

/** The rules of a center's dated evaluation records, part of {@link ScenarioValidator}. */
final class EvaluationRules {

    private static final NafithaPackage P = NafithaPackage.eINSTANCE;

    private EvaluationRules() {
    }

    static void check(ServiceCenter c, Report r) {
        Set<String> rounds = new HashSet<>();
        LocalDate today = LocalDate.now();
        for (EvaluationRecord e : c.getEvaluationRecords()) {
            String what = (e.getKind() == null ? "an evaluation record" : e.getKind().getName().toLowerCase(Locale.ROOT).replace('_', ' '))
                    + " of " + e.getDate();
            LocalDate date = null;
            try {
                date = LocalDate.parse(String.valueOf(e.getDate()));
            } catch (DateTimeParseException x) {
                r.error(Rule.EVALUATION_RECORD, c, P.getServiceCenter_EvaluationRecords(), what + ": expected an ISO date such as 2026-03-31");
            }
            if (date != null && date.isAfter(today)) {
                r.error(Rule.EVALUATION_RECORD, c, P.getServiceCenter_EvaluationRecords(), what + ": the date is after today");
            }
            if (!rounds.add(e.getKind() + "|" + e.getDate())) {
                r.error(Rule.EVALUATION_RECORD, c, P.getServiceCenter_EvaluationRecords(), what + ": a second round of that kind on that date");
            }
            if (e.isSetScore() && !(e.getScore() >= 0 && e.getScore() <= 100)) {
                r.error(Rule.EVALUATION_RECORD, c, P.getServiceCenter_EvaluationRecords(), what + ": score " + e.getScore() + ", expected 0 to 100");
            }
            if (e.isSetSatisfactionMean() && !(e.getSatisfactionMean() >= 1 && e.getSatisfactionMean() <= 5)) {
                r.error(Rule.EVALUATION_RECORD, c, P.getServiceCenter_EvaluationRecords(), what + ": mean satisfaction "
                        + e.getSatisfactionMean() + ", expected 1 to 5");
            }
            if (e.getPromoters() < 0 || e.getPassives() < 0 || e.getDetractors() < 0 || e.getResponses() < 0 || e.getReceived() < 0
                    || e.getAnsweredOnTime() < 0) {
                r.error(Rule.EVALUATION_RECORD, c, P.getServiceCenter_EvaluationRecords(), what + ": a negative count");
            }
            if (e.isSetAnsweredOnTime() && e.isSetReceived() && e.getAnsweredOnTime() > e.getReceived()) {
                r.error(Rule.EVALUATION_RECORD, c, P.getServiceCenter_EvaluationRecords(), what + ": more complaints answered ("
                        + e.getAnsweredOnTime() + ") than received (" + e.getReceived() + ")");
            }
        }
    }
}
