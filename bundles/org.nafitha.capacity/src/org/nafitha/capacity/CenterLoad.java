package org.nafitha.capacity;

import java.util.ArrayList;
import java.util.List;

/**
 * What arrives at one center over a year, as streams of visits: one per service offered (and one per bundle served in
 * one visit), each with its handling time and the group of counters that serves it when counters are specialized
 * (the agency, or the bundle).
 */
public final class CenterLoad {

    /** One stream of visits. {@code cv} is the coefficient of variation of its handling time. */
    public record Stream(String name, String group, double annualVisits, double ahtMinutes, double cv) {
    }

    private final String code;
    private final String name;
    private final int existingCounters;
    private final boolean mostlyUniversal;
    private final List<Stream> streams = new ArrayList<>();
    private double visitsSaved;

    public CenterLoad(String code, String name, int existingCounters, boolean mostlyUniversal) {
        this.code = code;
        this.name = name;
        this.existingCounters = existingCounters;
        this.mostlyUniversal = mostlyUniversal;
    }

    public CenterLoad add(Stream stream) {
        if (stream.annualVisits() > 0) {
            streams.add(stream);
        }
        return this;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int existingCounters() {
        return existingCounters;
    }

    /** True when most of the center's counters are universal: its requirement is then the pooled design's. */
    public boolean mostlyUniversal() {
        return mostlyUniversal;
    }

    public List<Stream> streams() {
        return streams;
    }

    /** Visits a year that bundling saves at this center. */
    public double visitsSaved() {
        return visitsSaved;
    }

    void visitsSaved(double saved) {
        this.visitsSaved = saved;
    }

    public double annualVisits() {
        return streams.stream().mapToDouble(Stream::annualVisits).sum();
    }
}
