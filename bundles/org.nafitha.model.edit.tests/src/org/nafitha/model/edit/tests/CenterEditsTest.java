package org.nafitha.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.nafitha.model.Counter;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.model.edit.ScenarioEditing;
import org.nafitha.sample.SampleScenario;

/** Counter and staff edits as commands: one undo each, new counters universal with unique codes, bad values refused. */
class CenterEditsTest {

    @Test
    void countersUpDownUndoRedo() {
        AdapterFactoryEditingDomain domain = ScenarioEditing.newEditingDomain(ScenarioEditing.newAdapterFactory());
        Scenario s = SampleScenario.create();
        domain.getResourceSet().createResource(URI.createURI("s.nafitha")).getContents().add(s);
        ServiceCenter aq = s.getCenters().stream().filter(c -> c.getCode().equals("CSC-AQ")).findFirst().orElseThrow();
        CommandStack stack = domain.getCommandStack();
        assertEquals(16, aq.getCounters().size());

        stack.execute(CenterEdits.setCounters(domain, aq, 20, "more"));
        assertEquals(20, aq.getCounters().size());
        Set<String> codes = new HashSet<>();
        aq.getCounters().forEach(k -> codes.add(k.getCode()));
        assertEquals(20, codes.size(), "counter codes stay unique");
        Counter added = aq.getCounters().get(19);
        assertTrue(added.isUniversal());
        assertEquals(aq.getServicesOffered().size(), added.getServices().size());

        stack.execute(CenterEdits.setCounters(domain, aq, 10, "fewer"));
        assertEquals(10, aq.getCounters().size());
        stack.undo();
        assertEquals(20, aq.getCounters().size());
        stack.undo();
        assertEquals(16, aq.getCounters().size());
        stack.redo();
        assertEquals(20, aq.getCounters().size());

        stack.execute(CenterEdits.setStaff(domain, aq, 31));
        assertEquals(31, aq.getStaff());
        stack.undo();
        assertEquals(24, aq.getStaff(), "centers.csv gives Aqaba 24 staff");

        // refused: negative, too many, unchanged
        for (int n : new int[] { -1, CenterEdits.MAX_COUNTERS + 1, 20 }) {
            Command c = CenterEdits.setCounters(domain, aq, n, "x");
            assertFalse(c.canExecute(), n + " counters");
        }
        assertFalse(CenterEdits.setStaff(domain, aq, -3).canExecute());
    }
}
