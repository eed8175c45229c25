package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.model.DemandZone;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.RegistryCompleteness;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;

/** {@code nafitha registry}: how complete the national services registry is, and the program's registry indicators. */
public final class RegistryCommand implements Command {

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public String summary() {
        return "completeness of the services registry, once-only, re-engineering and digitization figures";
    }

    @Override
    public String usage() {
        return "Usage: nafitha registry --scenario SCENARIO [--json]\n" + ScenarioSource.OPTION_HELP + "\n"
                + "  --json               print JSON instead of text\n"
                + "Lists the services lacking a volume, a handling time, their documents or their channel, the completeness per\n"
                + "agency, and the registry's indicators: services digitized (count and volume, against the 80 % mark), service\n"
                + "time after re-engineering (volume-weighted), documents citizens still bring and trips once-only would save,\n"
                + "shared services, agencies applying the digital-transformation standards framework.";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String name = options.required("scenario");
        boolean json = options.flag("json");
        options.checkAllKnown();
        Scenario s = ScenarioSource.load(name);
        long population = s.getDemandZones().stream().mapToLong(DemandZone::getPopulation).sum();
        RegistryCompleteness.Report report = RegistryCompleteness.of(s);
        ProgramIndicators.Digitization d = ProgramIndicators.digitization(s.getServices(), population);
        ProgramIndicators.Reengineering r = ProgramIndicators.reengineering(s.getServices(), population);
        int toBring = 0;
        int documents = 0;
        double trips = 0;
        int shared = 0;
        for (Service service : s.getServices()) {
            toBring += ProgramIndicators.documentsToBring(service);
            documents += service.getDocuments().size();
            trips += ProgramIndicators.tripsSavedByOnceOnly(service, population);
            shared += service.getParticipatingAgencies().isEmpty() ? 0 : 1;
        }
        double framework = ProgramIndicators.agenciesApplyingFramework(s.getAgencies());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", s.getCode());
            m.put("services", report.services());
            m.put("completeness", report.share());
            List<Object> gaps = new ArrayList<>();
            for (RegistryCompleteness.ServiceGaps g : report.gaps()) {
                gaps.add(Map.of("code", g.code(), "agency", g.agency(), "missing", g.missing()));
            }
            m.put("gaps", gaps);
            List<Object> agencies = new ArrayList<>();
            for (RegistryCompleteness.AgencyCompleteness a : report.agencies()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("code", a.code());
                x.put("services", a.services());
                x.put("completeness", a.services() == 0 ? null : a.share());
                agencies.add(x);
            }
            m.put("agencies", agencies);
            Map<String, Object> digit = new LinkedHashMap<>();
            digit.put("digitizedByCount", d.digitizedByCount());
            digit.put("digitizedByVolume", d.digitizedByVolume());
            digit.put("fullyDigitalByCount", d.fullyByCount());
            digit.put("channelRecorded", d.recorded());
            digit.put("mark", ProgramIndicators.DIGITIZED_MARK);
            digit.put("reachesMark", d.reachesMark());
            m.put("digitization", digit);
            m.put("reengineering", Map.of("services", r.services(), "minutesBefore", r.before(), "minutesAfter", r.after()));
            m.put("onceOnly", Map.of("documents", documents, "documentsCitizensBring", toBring, "tripsSavedPerYear", trips));
            m.put("sharedServices", shared);
            m.put("agenciesApplyingFramework", framework);
            out.println(Json.write(m));
            return Cli.OK;
        }
        out.printf(Locale.ROOT, "%s: %d services, %.1f %% of the registry's facts present (volume, handling time, documents, channel)%n",
                s.getCode(), report.services(), 100 * report.share());
        if (report.gaps().isEmpty()) {
            out.println("every service has a volume, a handling time, its documents and its channel");
        } else {
            out.println("services lacking facts:");
            for (RegistryCompleteness.ServiceGaps g : report.gaps()) {
                out.printf(Locale.ROOT, "  %-12s %-8s %s%n", g.code(), g.agency(), String.join(", ", g.missing()));
            }
        }
        out.println("completeness per agency:");
        for (RegistryCompleteness.AgencyCompleteness a : report.agencies()) {
            out.printf(Locale.ROOT, "  %-8s %3d services  %s%n", a.code(), a.services(),
                    a.services() == 0 ? "-" : String.format(Locale.ROOT, "%5.1f %%", 100 * a.share()));
        }
        out.printf(Locale.ROOT, "digitized: %.1f %% of services by count (%.1f %% fully digital), %.1f %% by volume; mark 80 %%: %s; %d without a channel%n",
                100 * d.digitizedByCount(), 100 * d.fullyByCount(), 100 * d.digitizedByVolume(), d.reachesMark() ? "reached" : "not reached",
                d.unrecorded());
        out.printf(Locale.ROOT, "re-engineering: %d services, %.1f -> %.1f min (volume-weighted)%n", r.services(), r.before(), r.after());
        out.printf(Locale.ROOT, "once-only: citizens still bring %d of %d documents; fetching what the government holds would save %,.0f trips a year%n",
                toBring, documents, trips);
        out.printf(Locale.ROOT, "shared services: %d; agencies applying the standards framework: %.0f %%%n", shared, 100 * framework);
        return Cli.OK;
    }
}
