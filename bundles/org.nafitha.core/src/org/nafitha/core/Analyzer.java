package org.nafitha.core;

import org.eclipse.core.runtime.IProgressMonitor;

/** An analysis of a scenario, contributed through the {@code org.nafitha.core.analyzers} extension point. */
@FunctionalInterface
public interface Analyzer {

    /**
     * Analyzes {@code context.scenario()}.
     *
     * @return the result, stored under the analyzer's id for the analyzers that run after it
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is canceled
     */
    Object analyze(AnalysisContext context, IProgressMonitor monitor);
}
