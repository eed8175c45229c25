package org.nafitha.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.ServiceCenter;

/**
 * Evaluation rounds and citizen-voice records of existing centers, one per record: {@code center,date,kind} and, by
 * kind, its values ({@code score} 0-100 with optional {@code observed_wait_min} and {@code specialist_present} for
 * mystery shopper, self-assessment and volunteer visitor; {@code responses,satisfaction_mean} (1-5) for a satisfaction
 * survey; {@code promoters,passives,detractors} for an NPS survey; {@code received,answered_on_time} for complaints;
 * {@code description,from_feedback} for an improvement). A record's date is an ISO date not after today; a center has at
 * most one round of a kind on a date (in the file and in the scenario). The result is, for each center of the file, a
 * copy holding its records and the file's, which replaces the center (one replacement, undone as one).
 */
final class EvaluationImport {

    /** What one record's columns gave; null where a column was empty or absent. */
    record Values(String center, String date, String kind, Double score, Double observedWait, Boolean specialist, Double responses,
            Double satisfaction, Double promoters, Double passives, Double detractors, Double received, Double answered,
            String description, Boolean fromFeedback) {
    }

    /** The field of a value that failed, and what was expected. */
    static final class Fault extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;
        final String expected;
        final String found;

        Fault(String field, String expected, Object found) {
            super(field + ": " + expected);
            this.field = field;
            this.expected = expected;
            this.found = found == null ? null : String.valueOf(found);
        }
    }

    private final LocalDate today;
    private final Map<ServiceCenter, ServiceCenter> copies = new LinkedHashMap<>();
    private final Set<String> rounds = new HashSet<>();

    EvaluationImport(LocalDate today) {
        this.today = today;
    }

    /** Checks one record and adds it to its center's copy. */
    void add(ServiceCenter center, Values v) throws Fault {
        LocalDate date;
        try {
            date = LocalDate.parse(v.date());
        } catch (DateTimeParseException e) {
            throw new Fault("date", "an ISO date such as 2026-03-31", v.date());
        }
        if (date.isAfter(today)) {
            throw new Fault("date", "a date not after today (" + today + ")", v.date());
        }
        EvaluationKind kind = kind(v.kind());
        EvaluationRecord r = NafithaFactory.eINSTANCE.createEvaluationRecord();
        r.setDate(date.toString());
        r.setKind(kind);
        switch (kind) {
            case MYSTERY_SHOPPER, SELF_ASSESSMENT, VOLUNTEER_VISITOR -> {
                r.setScore(range(v.score(), "score", 0, 100, "a score from 0 to 100", true));
                if (v.observedWait() != null) {
                    r.setObservedWaitMinutes(range(v.observedWait(), "observed_wait_min", 0, 24 * 60, "minutes of waiting (0 or more)", true));
                }
                if (v.specialist() != null) {
                    r.setSpecialistPresent(v.specialist());
                }
            }
            case SATISFACTION_SURVEY -> {
                r.setResponses(count(v.responses(), "responses"));
                r.setSatisfactionMean(range(v.satisfaction(), "satisfaction_mean", 1, 5, "a mean answer from 1 to 5", true));
            }
            case NPS_SURVEY -> {
                r.setPromoters(count(v.promoters(), "promoters"));
                r.setPassives(count(v.passives(), "passives"));
                r.setDetractors(count(v.detractors(), "detractors"));
                if (r.getPromoters() + r.getPassives() + r.getDetractors() == 0) {
                    throw new Fault("promoters", "at least one answer in an NPS survey", "0, 0 and 0");
                }
            }
            case COMPLAINTS -> {
                r.setReceived(count(v.received(), "received"));
                r.setAnsweredOnTime(count(v.answered(), "answered_on_time"));
                if (r.getAnsweredOnTime() > r.getReceived()) {
                    throw new Fault("answered_on_time", "at most the " + r.getReceived() + " complaints received", r.getAnsweredOnTime());
                }
            }
            case IMPROVEMENT -> {
                if (v.description() == null) {
                    throw new Fault("description", "what was improved", "an empty value");
                }
                r.setDescription(v.description());
                if (v.fromFeedback() == null) {
                    throw new Fault("from_feedback", "yes or no: whether citizens' input led to it", "an empty value");
                }
                r.setFromFeedback(v.fromFeedback());
            }
        }
        String key = center.getCode() + "|" + r.getDate() + "|" + kind;
        boolean existing = center.getEvaluationRecords().stream().anyMatch(e -> e.getKind() == kind && r.getDate().equals(e.getDate()));
        if (existing || !rounds.add(key)) {
            throw new Fault("date", "one " + kind.getName().toLowerCase(Locale.ROOT) + " round of center " + center.getCode()
                    + " on a date (duplicated round" + (existing ? ", already in the scenario)" : " in the file)"), r.getDate());
        }
        copies.computeIfAbsent(center, EcoreUtil::copy).getEvaluationRecords().add(r);
    }

    /** Each center of the file to its copy with the records added. */
    Map<ServiceCenter, ServiceCenter> finish() {
        return copies;
    }

    static EvaluationKind kind(String text) throws Fault {
        if (text != null) {
            String name = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
            for (EvaluationKind k : EvaluationKind.VALUES) {
                if (k.getName().equals(name)) {
                    return k;
                }
            }
        }
        throw new Fault("kind", "one of " + String.join(", ", List.of("mystery_shopper", "self_assessment", "volunteer_visitor",
                "satisfaction_survey", "nps_survey", "complaints", "improvement")), text);
    }

    private static double range(Double v, String field, double min, double max, String expected, boolean required) throws Fault {
        if (v == null) {
            if (required) {
                throw new Fault(field, expected, "an empty value");
            }
            return Double.NaN;
        }
        if (!(v >= min && v <= max)) {
            throw new Fault(field, expected, format(v));
        }
        return v;
    }

    private static int count(Double v, String field) throws Fault {
        if (v == null) {
            throw new Fault(field, "a whole number (0 or more)", "an empty value");
        }
        if (v < 0 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new Fault(field, "a whole number (0 or more)", format(v));
        }
        return v.intValue();
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
