package org.nafitha.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.model.edit.ScenarioEditing;

class ScenarioEditingTest {

    private final ComposedAdapterFactory factory = ScenarioEditing.newAdapterFactory();
    private final AdapterFactoryEditingDomain domain = ScenarioEditing.newEditingDomain(factory);
    private final AdapterFactoryItemDelegator items = new AdapterFactoryItemDelegator(factory);
    private final Locale locale = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
        factory.dispose();
    }

    private static ServiceCenter center() {
        ServiceCenter c = NafithaFactory.eINSTANCE.createServiceCenter();
        c.setCode("CSC-AM");
        c.setNameEn("Maqablin Comprehensive Service Center");
        c.setNameAr("مركز خدمات الحكومة الشامل - المقابلين");
        return c;
    }

    @Test
    void labelsNameTheTypeTheCodeAndTheName() {
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("Service Center CSC-AM Maqablin Comprehensive Service Center", items.getText(center()));
    }

    @Test
    void namesFollowTheLanguageOfTheWorkbenchAndFallBack() {
        ServiceCenter c = center();
        Locale.setDefault(Locale.forLanguageTag("ar-JO"));
        assertEquals("مركز خدمات الحكومة الشامل - المقابلين", BilingualLabels.name(c));
        c.setNameAr(null);
        assertEquals("Maqablin Comprehensive Service Center", BilingualLabels.name(c));
        c.setNameEn("");
        assertEquals("CSC-AM", BilingualLabels.label(c));
    }

    @Test
    void aCenterHasPropertyDescriptorsForWhatPlannersEdit() {
        Locale.setDefault(Locale.ENGLISH);
        List<IItemPropertyDescriptor> descriptors = items.getPropertyDescriptors(center());
        List<String> names = descriptors.stream().map(d -> d.getDisplayName(null)).collect(Collectors.toList());
        for (String expected : List.of("Code", "Name (English)", "Name (Arabic)", "Kind", "Status", "Opening Hours", "Staff",
                "Services Offered", "Accessibility", "Daily Capacity (override)")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
    }

    @Test
    void editsAreCommandsThatUndoAndRedo() {
        Scenario s = NafithaFactory.eINSTANCE.createScenario();
        domain.getResourceSet().createResource(URI.createURI("memory.nafitha")).getContents().add(s);
        DemandZone zone = NafithaFactory.eINSTANCE.createDemandZone();
        zone.setPopulation(1000);
        Command add = AddCommand.create(domain, s, NafithaPackage.Literals.SCENARIO__DEMAND_ZONES, zone);
        assertTrue(add.canExecute());
        domain.getCommandStack().execute(add);
        Command set = SetCommand.create(domain, zone, NafithaPackage.Literals.DEMAND_ZONE__POPULATION, 2500L);
        domain.getCommandStack().execute(set);
        assertEquals(2500, zone.getPopulation());

        domain.getCommandStack().undo();
        assertEquals(1000, zone.getPopulation());
        domain.getCommandStack().undo();
        assertTrue(s.getDemandZones().isEmpty());
        domain.getCommandStack().redo();
        domain.getCommandStack().redo();
        assertEquals(2500, zone.getPopulation());
        assertEquals(1, s.getDemandZones().size());
        assertNotNull(domain.getCommandStack().getMostRecentCommand());
    }
}
