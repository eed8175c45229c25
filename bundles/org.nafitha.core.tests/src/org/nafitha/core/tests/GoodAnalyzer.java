package org.nafitha.core.tests;

import org.eclipse.core.runtime.IProgressMonitor;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.Analyzer;

/** A well-formed analyzer among the broken fixtures of fragment.xml: it answers "good". */
public final class GoodAnalyzer implements Analyzer {

    @Override
    public Object analyze(AnalysisContext context, IProgressMonitor monitor) {
        return "good";
    }
}
