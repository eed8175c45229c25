package org.nafitha.ui.map;

import java.util.List;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.nafitha.model.edit.BilingualItemProviderAdapterFactory;

/**
 * Shows a center's or a zone's properties in the Properties view, from the EMF item providers' property descriptors
 * (their bilingual names, categories and value labels). Read-only: editing goes through the editors' commands.
 */
public final class PropertySourceAdapters implements IAdapterFactory {

    private static final BilingualItemProviderAdapterFactory ITEMS = new BilingualItemProviderAdapterFactory();

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        Object source = ITEMS.adapt(adaptable, IItemPropertySource.class);
        if (!(source instanceof IItemPropertySource items)) {
            return null;
        }
        return adapterType.cast(new Source(adaptable, items));
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IPropertySource.class};
    }

    /** The read-only property source of one object. */
    public static final class Source implements IPropertySource {
        private final Object object;
        private final IItemPropertySource items;

        Source(Object object, IItemPropertySource items) {
            this.object = object;
            this.items = items;
        }

        @Override
        public Object getEditableValue() {
            return object;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IItemPropertyDescriptor> list = items.getPropertyDescriptors(object);
            IPropertyDescriptor[] out = new IPropertyDescriptor[list.size()];
            for (int i = 0; i < out.length; i++) {
                IItemPropertyDescriptor d = list.get(i);
                PropertyDescriptor p = new PropertyDescriptor(d.getId(object), d.getDisplayName(object));
                p.setCategory(d.getCategory(object));
                p.setDescription(d.getDescription(object));
                out[i] = p;
            }
            return out;
        }

        @Override
        public Object getPropertyValue(Object id) {
            IItemPropertyDescriptor d = items.getPropertyDescriptor(object, id);
            if (d == null) {
                return null;
            }
            Object value = d.getPropertyValue(object);
            if (value instanceof IItemPropertySource wrapper) { // EMF wraps values with their own property source
                value = wrapper.getEditableValue(object);
            }
            IItemLabelProvider labels = d.getLabelProvider(object);
            return value == null ? "" : labels.getText(value);
        }

        @Override
        public boolean isPropertySet(Object id) {
            return false;
        }

        @Override
        public void resetPropertyValue(Object id) {
            // read-only
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            // read-only
        }
    }
}
