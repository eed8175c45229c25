package org.nafitha.store;

import java.time.Instant;

/**
 * One run of an analysis on a stored scenario.
 *
 * @param id the run's number in the store
 * @param scenarioRevision the revision of the scenario the run read
 * @param analyzer the analyzer's id, e.g. org.nafitha.coverage
 * @param summary the run's headline figures as JSON text
 * @param values how many per-object values were kept
 */
public record AnalysisRun(long id, String scenario, int scenarioRevision, String analyzer, Instant startedAt, double seconds,
        String summary, int values) {
}
