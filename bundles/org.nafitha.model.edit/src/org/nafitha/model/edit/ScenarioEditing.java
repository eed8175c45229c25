package org.nafitha.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.nafitha.model.file.ScenarioFiles;

/** What every view that edits a scenario shares: item providers and an editing domain whose commands can be undone. */
public final class ScenarioEditing {

    private ScenarioEditing() {
    }

    /** Item providers for scenarios (bilingual labels), resources, and anything else reflectively. */
    public static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new BilingualItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /** An editing domain with its own command stack (undo/redo) over a fresh resource set. */
    public static AdapterFactoryEditingDomain newEditingDomain(ComposedAdapterFactory factory) {
        return new AdapterFactoryEditingDomain(factory, new BasicCommandStack(),
                ScenarioFiles.newResourceSet());
    }
}
