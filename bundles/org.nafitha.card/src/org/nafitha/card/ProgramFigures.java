package org.nafitha.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nafitha.model.DemandZone;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * The program's indicators for the national card, computed from the scenario's data by {@link ProgramIndicators}:
 * citizen satisfaction (1-5 mean and on a 0-100 scale), NPS from answer counts, complaints answered within the standard,
 * the share of improvements based on citizens' input (nationally and by governorate, over every evaluation record of
 * the centers there), the volume-weighted service time before and after re-engineering, the share of services
 * digitized against the 80 % mark, and the share of agencies applying the standards framework. NaN: no data.
 */
public record ProgramFigures(Voice national, List<Voice> governorates, double minutesBefore, double minutesAfter,
        int reengineeredServices, double digitizedByCount, double digitizedByVolume, double fullyDigitalByCount,
        double agenciesApplyingFramework) {

    /** The citizen-voice figures of the country or one governorate. */
    public record Voice(String code, String nameEn, String nameAr, double satisfactionMean, double satisfactionPercent, double nps,
            double complaintResponse, double improvementsFromCitizens, int records) {

        static Voice of(String code, String nameEn, String nameAr, List<EvaluationRecord> records) {
            double mean = ProgramIndicators.satisfactionMean(records);
            return new Voice(code, nameEn, nameAr, mean, ProgramIndicators.satisfactionPercent(mean), ProgramIndicators.nps(records),
                    ProgramIndicators.complaintResponse(records), ProgramIndicators.improvementsFromCitizens(records), records.size());
        }
    }

    /** The figures of a scenario. */
    public static ProgramFigures of(Scenario s) {
        long population = s.getDemandZones().stream().mapToLong(DemandZone::getPopulation).sum();
        List<EvaluationRecord> all = ProgramIndicators.records(s);
        Map<Region, List<EvaluationRecord>> byGovernorate = new LinkedHashMap<>();
        for (ServiceCenter c : s.getCenters()) {
            Region gov = CardInput.governorate(c.getRegion());
            if (gov != null && !c.getEvaluationRecords().isEmpty()) {
                byGovernorate.computeIfAbsent(gov, g -> new ArrayList<>()).addAll(c.getEvaluationRecords());
            }
        }
        List<Voice> governorates = new ArrayList<>();
        byGovernorate.forEach((g, records) -> governorates.add(Voice.of(g.getCode(), g.getNameEn(), g.getNameAr(), records)));
        ProgramIndicators.Reengineering r = ProgramIndicators.reengineering(s.getServices(), population);
        ProgramIndicators.Digitization d = ProgramIndicators.digitization(s.getServices(), population);
        return new ProgramFigures(Voice.of("national", "Jordan", "الأردن", all), governorates, r.before(), r.after(), r.services(),
                d.digitizedByCount(), d.digitizedByVolume(), d.fullyByCount(), ProgramIndicators.agenciesApplyingFramework(s.getAgencies()));
    }
}
