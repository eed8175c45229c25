package org.nafitha.locate;

/**
 * A location-allocation answer with the instance it answers, as analysis results carry it: under {@link #KEY} in the
 * results map a map's layer sources are given (the LocateLayers of the analysis layers bundle draw it). Its demand points and sites are named
 * by the codes of a scenario's zones, centers and candidate sites, as an instance made from a scenario names them.
 */
public record LocateResult(Instance instance, Solution solution) {

    /** The key of a location-allocation answer in analysis results. */
    public static final String KEY = "org.nafitha.locate";

    public LocateResult {
        if (instance == null || solution == null) {
            throw new IllegalArgumentException("a locate result: expected an instance and its solution");
        }
        if (solution.assignment().length != instance.demandCount()) {
            throw new IllegalArgumentException("a solution assigning " + solution.assignment().length + " demand points: expected the instance's "
                    + instance.demandCount());
        }
        for (int j : solution.chosen()) {
            if (j < 0 || j >= instance.siteCount()) {
                throw new IllegalArgumentException("chosen site " + j + ": expected 0 to " + (instance.siteCount() - 1));
            }
        }
        for (int j : solution.assignment()) {
            if (j < -1 || j >= instance.siteCount()) {
                throw new IllegalArgumentException("assigned site " + j + ": expected -1 (none) to " + (instance.siteCount() - 1));
            }
        }
    }
}
