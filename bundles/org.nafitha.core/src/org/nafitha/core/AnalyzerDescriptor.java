package org.nafitha.core;

import java.util.List;
import java.util.function.Supplier;

/** An analyzer with its id, its name and the ids of the analyzers it requires. */
public record AnalyzerDescriptor(String id, String name, List<String> requires, Supplier<Analyzer> factory) {

    public AnalyzerDescriptor {
        requires = List.copyOf(requires);
    }
}
