package org.nafitha.model;

import java.util.Collection;
import java.util.List;

/**
 * The strategic indicators of the public-sector modernization program, computed from the scenario's data, never typed:
 * the net promoter score from answer counts, citizen satisfaction and complaint response from survey and complaint
 * records, the share of improvements based on citizens' input, the volume-weighted service time after re-engineering,
 * the share of services digitized, and the share of agencies applying the digital-transformation standards framework.
 * A value that cannot be computed (no data) is {@code NaN}.
 */
public final class ProgramIndicators {

    /** The program's mark for the share of services digitized (more than 80 % by 2025). */
    public static final double DIGITIZED_MARK = 0.80;

    private ProgramIndicators() {
    }

    /**
     * Net promoter score, -100 to 100: the percentage of promoters (answers 9-10) less that of detractors (0-6) among
     * all answers, passives (7-8) included.
     */
    public static double nps(long promoters, long passives, long detractors) {
        long n = promoters + passives + detractors;
        return n <= 0 ? Double.NaN : 100.0 * (promoters - detractors) / n;
    }

    /** The net promoter score of every NPS survey among the records, their answers pooled. */
    public static double nps(Collection<EvaluationRecord> records) {
        long p = 0;
        long pa = 0;
        long d = 0;
        for (EvaluationRecord r : records) {
            if (r.getKind() == EvaluationKind.NPS_SURVEY) {
                p += r.isSetPromoters() ? r.getPromoters() : 0;
                pa += r.isSetPassives() ? r.getPassives() : 0;
                d += r.isSetDetractors() ? r.getDetractors() : 0;
            }
        }
        return nps(p, pa, d);
    }

    /** Mean satisfaction on the 1-5 scale over the satisfaction surveys, weighted by their responses. */
    public static double satisfactionMean(Collection<EvaluationRecord> records) {
        double sum = 0;
        long n = 0;
        for (EvaluationRecord r : records) {
            if (r.getKind() == EvaluationKind.SATISFACTION_SURVEY && r.isSetSatisfactionMean() && r.isSetResponses() && r.getResponses() > 0) {
                sum += r.getSatisfactionMean() * r.getResponses();
                n += r.getResponses();
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** A 1-5 mean as a percentage of the scale: 1 is 0 %, 5 is 100 %. */
    public static double satisfactionPercent(double mean) {
        return (mean - 1) / 4 * 100;
    }

    /** Share (0-1) of complaints answered within the service standard, over the complaint records. */
    public static double complaintResponse(Collection<EvaluationRecord> records) {
        long received = 0;
        long onTime = 0;
        for (EvaluationRecord r : records) {
            if (r.getKind() == EvaluationKind.COMPLAINTS && r.isSetReceived() && r.isSetAnsweredOnTime()) {
                received += r.getReceived();
                onTime += r.getAnsweredOnTime();
            }
        }
        return received == 0 ? Double.NaN : (double) onTime / received;
    }

    /** Share (0-1) of the improvements taken that citizens' input led to. */
    public static double improvementsFromCitizens(Collection<EvaluationRecord> records) {
        int all = 0;
        int fromFeedback = 0;
        for (EvaluationRecord r : records) {
            if (r.getKind() == EvaluationKind.IMPROVEMENT) {
                all++;
                fromFeedback += r.isSetFromFeedback() && r.isFromFeedback() ? 1 : 0;
            }
        }
        return all == 0 ? Double.NaN : (double) fromFeedback / all;
    }

    /** A service's yearly transactions nationwide: its national volume, or its per-capita rate times the residents. */
    public static double annualVolume(Service s, long population) {
        return s.getAnnualTransactions() > 0 ? s.getAnnualTransactions() : s.getPerCapitaRate() * population;
    }

    /**
     * Service time before and after re-engineering, over the re-engineered services (those with a time before), each
     * weighted by its yearly volume.
     *
     * @param before volume-weighted mean handling minutes before
     * @param after  volume-weighted mean handling minutes now
     * @param services how many services were re-engineered
     */
    public record Reengineering(double before, double after, int services) {
        /** The reduction, 0-1. */
        public double reduction() {
            return before > 0 ? 1 - after / before : Double.NaN;
        }
    }

    public static Reengineering reengineering(Collection<Service> services, long population) {
        double w = 0;
        double before = 0;
        double after = 0;
        int n = 0;
        for (Service s : services) {
            if (!s.isSetHandlingMinutesBefore()) {
                continue;
            }
            double v = annualVolume(s, population);
            w += v;
            before += v * s.getHandlingMinutesBefore();
            after += v * s.getMeanHandlingMinutes();
            n++;
        }
        return w <= 0 ? new Reengineering(Double.NaN, Double.NaN, n) : new Reengineering(before / w, after / w, n);
    }

    /**
     * Services digitized: fully digital, and fully or partly digital, as shares of the services whose channel is
     * recorded, by count and weighted by yearly volume; how many have no channel recorded.
     */
    public record Digitization(double fullyByCount, double digitizedByCount, double fullyByVolume, double digitizedByVolume,
            int recorded, int unrecorded) {
        /** Whether the share digitized (fully or partly, by count) reaches the program's 80 % mark. */
        public boolean reachesMark() {
            return digitizedByCount >= DIGITIZED_MARK;
        }
    }

    public static Digitization digitization(Collection<Service> services, long population) {
        int recorded = 0;
        int unrecorded = 0;
        int fully = 0;
        int digitized = 0;
        double volume = 0;
        double fullyVolume = 0;
        double digitizedVolume = 0;
        for (Service s : services) {
            if (!s.isSetChannel()) {
                unrecorded++;
                continue;
            }
            recorded++;
            double v = annualVolume(s, population);
            volume += v;
            if (s.getChannel() == ServiceChannel.FULLY_DIGITAL) {
                fully++;
                fullyVolume += v;
            }
            if (s.getChannel() != ServiceChannel.IN_PERSON_ONLY) {
                digitized++;
                digitizedVolume += v;
            }
        }
        return new Digitization(recorded == 0 ? Double.NaN : (double) fully / recorded,
                recorded == 0 ? Double.NaN : (double) digitized / recorded, volume > 0 ? fullyVolume / volume : Double.NaN,
                volume > 0 ? digitizedVolume / volume : Double.NaN, recorded, unrecorded);
    }

    /** Share (0-1) of the agencies applying the national digital-transformation standards framework. */
    public static double agenciesApplyingFramework(List<Agency> agencies) {
        return agencies.isEmpty() ? Double.NaN
                : (double) agencies.stream().filter(Agency::isAppliesStandardsFramework).count() / agencies.size();
    }

    /** Documents a citizen must still bring for a service: those the agency does not fetch itself. */
    public static int documentsToBring(Service s) {
        return (int) s.getDocuments().stream().filter(d -> !d.isFetchedByGovernment()).count();
    }

    /**
     * Trips a year citizens would save if the government fetched what it already holds (once-only): for each document
     * the government issues or holds, that another agency issues and the citizen still brings, one trip per
     * transaction.
     */
    public static double tripsSavedByOnceOnly(Service s, long population) {
        long fetchable = s.getDocuments().stream().filter(d -> d.isHeldByGovernment() && !d.isFetchedByGovernment()
                && d.getIssuer() != null && d.getIssuer() != s.getAgency()).count();
        return fetchable * annualVolume(s, population);
    }

    /** Every evaluation record of the scenario's centers. */
    public static List<EvaluationRecord> records(Scenario s) {
        return s.getCenters().stream().flatMap(c -> c.getEvaluationRecords().stream()).toList();
    }

    /** The latest record of a kind at a center (ISO dates order as text), or null. */
    public static EvaluationRecord latest(ServiceCenter c, EvaluationKind kind) {
        EvaluationRecord latest = null;
        for (EvaluationRecord r : c.getEvaluationRecords()) {
            if (r.getKind() == kind && r.getDate() != null && (latest == null || r.getDate().compareTo(latest.getDate()) > 0)) {
                latest = r;
            }
        }
        return latest;
    }
}
