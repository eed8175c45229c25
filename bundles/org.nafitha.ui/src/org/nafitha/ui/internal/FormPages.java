package org.nafitha.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * Every view of the workbench (the map's too) shows its selection's form in the workbench's Properties page: the
 * object's properties, a center's counters, the columns titled in the workbench's language.
 */
public final class FormPages implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySheetPage.class && adaptable instanceof IViewPart) {
            return adapterType.cast(CenterForm.page());
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySheetPage.class };
    }
}
