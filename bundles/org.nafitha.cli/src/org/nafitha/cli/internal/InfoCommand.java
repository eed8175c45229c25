package org.nafitha.cli.internal;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.nafitha.cli.Cli;
import org.nafitha.cli.Command;
import org.nafitha.cli.Json;
import org.nafitha.cli.Options;
import org.nafitha.cli.ScenarioSource;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Scenario;
import org.nafitha.model.ScenarioSummary;
import org.nafitha.model.ServiceCenter;

/** {@code nafitha info --scenario sample [--json]}: what a scenario holds and whom it serves. */
public final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String summary() {
        return "counts and total population of a scenario";
    }

    @Override
    public String usage() {
        return "Usage: nafitha info --scenario SCENARIO [--json]\n" + ScenarioSource.OPTION_HELP + "\n"
                + "  --json               print JSON instead of text";
    }

    @Override
    public int run(Options options, PrintStream out) {
        String scenarioName = options.required("scenario");
        boolean json = options.flag("json");
        options.checkAllKnown();
        Scenario scenario = ScenarioSource.load(scenarioName);
        ScenarioSummary s = ScenarioSummary.of(scenario);
        Map<CenterKind, Integer> existing = existingByKind(scenario);
        if (json) {
            Map<String, Object> m = toMap(s);
            Map<String, Object> byKind = new LinkedHashMap<>();
            for (CenterKind kind : CenterKind.values()) {
                byKind.put(kind.getLiteral(), existing.getOrDefault(kind, 0));
            }
            m.put("existingCentersByKind", byKind);
            out.println(Json.write(m));
        } else {
            out.println("Scenario:     " + s.name());
            out.println("Regions:      " + s.regions());
            out.println("Demand zones: " + s.demandZones());
            out.println("Population:   " + String.format(Locale.ROOT, "%,d", s.totalPopulation()));
            out.println("Groups:       " + s.populationGroups());
            out.println("Agencies:     " + s.agencies());
            out.println("Services:     " + s.services());
            out.println("Bundles:      " + s.bundles());
            out.println("Centers:      " + s.centers());
            for (Map.Entry<CenterKind, Integer> e : s.centersByKind().entrySet()) {
                out.println("  " + e.getKey().getLiteral() + ": " + e.getValue() + " (" + existing.getOrDefault(e.getKey(), 0) + " existing)");
            }
            out.println("Counters:     " + s.counters());
            out.println("Candidates:   " + s.candidateSites());
        }
        return Cli.OK;
    }

    /** Centers that exist today (status EXISTING), by kind. */
    static Map<CenterKind, Integer> existingByKind(Scenario scenario) {
        Map<CenterKind, Integer> m = new EnumMap<>(CenterKind.class);
        for (ServiceCenter c : scenario.getCenters()) {
            if (c.getStatus() == CenterStatus.EXISTING) {
                m.merge(c.getKind(), 1, Integer::sum);
            }
        }
        return m;
    }

    static Map<String, Object> toMap(ScenarioSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", s.name());
        m.put("regions", s.regions());
        m.put("demandZones", s.demandZones());
        m.put("population", s.totalPopulation());
        m.put("populationGroups", s.populationGroups());
        m.put("agencies", s.agencies());
        m.put("services", s.services());
        m.put("bundles", s.bundles());
        m.put("centers", s.centers());
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (CenterKind kind : CenterKind.values()) {
            byKind.put(kind.getLiteral(), s.centersByKind().getOrDefault(kind, 0));
        }
        m.put("centersByKind", byKind);
        m.put("counters", s.counters());
        m.put("candidateSites", s.candidateSites());
        return m;
    }
}
