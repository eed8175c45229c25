package org.nafitha.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.nafitha.core.AnalysisContext;
import org.nafitha.core.AnalysisRunner;
import org.nafitha.core.AnalyzerDescriptor;
import org.nafitha.model.NafithaFactory;

class AnalysisRunnerTest {

    private final List<String> ran = new ArrayList<>();

    private AnalyzerDescriptor analyzer(String id, String... requires) {
        return new AnalyzerDescriptor(id, id, List.of(requires), () -> (context, monitor) -> {
            for (String r : requires) {
                assertTrue(context.result(r, String.class).isPresent(), id + " runs after " + r);
            }
            ran.add(id);
            return "result of " + id;
        });
    }

    private AnalysisContext context() {
        return new AnalysisContext(NafithaFactory.eINSTANCE.createScenario(), Map.of());
    }

    @Test
    void analyzersRunAfterThoseTheyRequireAndSeeTheirResults() {
        AnalysisRunner runner = new AnalysisRunner(List.of(analyzer("card", "coverage", "capacity"),
                analyzer("coverage", "capacity"), analyzer("capacity"), analyzer("other")));
        AnalysisContext c = runner.run(context(), List.of("card"), new NullProgressMonitor());
        assertEquals(List.of("capacity", "coverage", "card"), ran);
        assertEquals("result of card", c.result("card", String.class).orElseThrow());
        assertTrue(c.result("other", String.class).isEmpty());
    }

    @Test
    void allAnalyzersRunWhenNoneIsNamed() {
        new AnalysisRunner(List.of(analyzer("b", "a"), analyzer("a"))).run(context(), List.of(), new NullProgressMonitor());
        assertEquals(List.of("a", "b"), ran);
    }

    @Test
    void aCycleIsReportedWithItsPath() {
        AnalysisRunner runner = new AnalysisRunner(List.of(analyzer("a", "b"), analyzer("b", "a")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.plan(List.of("a")));
        assertTrue(e.getMessage().contains("a -> b -> a"), e.getMessage());
    }

    @Test
    void anUnknownRequirementIsReported() {
        AnalysisRunner runner = new AnalysisRunner(List.of(analyzer("a", "ghost")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.plan(List.of("a")));
        assertTrue(e.getMessage().contains("ghost"), e.getMessage());
    }

    @Test
    void aCanceledRunStopsBeforeTheNextAnalyzer() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        AnalysisRunner runner = new AnalysisRunner(List.of(new AnalyzerDescriptor("first", "first", List.of(), () -> (c, m) -> {
            ran.add("first");
            monitor.setCanceled(true);
            return null;
        }), analyzer("second", "first")));
        assertThrows(OperationCanceledException.class, () -> runner.run(context(), List.of(), monitor));
        assertEquals(List.of("first"), ran);
    }

    @Test
    void duplicateIdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AnalysisRunner(List.of(analyzer("a"), analyzer("a"))));
    }
}
