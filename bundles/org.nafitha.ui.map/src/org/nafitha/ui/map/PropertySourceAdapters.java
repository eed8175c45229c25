package org.nafitha.ui.map;

import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.nafitha.model.edit.BilingualItemProviderAdapterFactory;
import org.nafitha.model.provider.NafithaEditPlugin;

/**
 * Shows and edits a center's or a zone's properties in the Properties view — the form of one object — from the EMF
 * item providers' property descriptors (their bilingual names, categories and value labels). Text, numbers, yes/no
 * and choices are edited in place; each change is a command on the scenario's command stack (Edit → Undo takes it
 * back), found through the editing domain of the object's resource set. A value that does not parse is refused with
 * what was expected, and nothing changes. References and lists are shown, not edited here.
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

    /** The property source of one object. */
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

        private EAttribute editableAttribute(IItemPropertyDescriptor d) {
            if (!d.canSetProperty(object) || !(d.getFeature(object) instanceof EAttribute a) || a.isMany()) {
                return null;
            }
            Class<?> type = a.getEAttributeType().getInstanceClass();
            boolean simple = a.getEAttributeType() instanceof EEnum || type == String.class || type == double.class || type == Double.class
                    || type == int.class || type == Integer.class || type == long.class || type == Long.class || type == boolean.class
                    || type == Boolean.class;
            return simple ? a : null;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IItemPropertyDescriptor> list = items.getPropertyDescriptors(object);
            IPropertyDescriptor[] out = new IPropertyDescriptor[list.size()];
            for (int i = 0; i < out.length; i++) {
                IItemPropertyDescriptor d = list.get(i);
                EAttribute a = editableAttribute(d);
                PropertyDescriptor p = a == null ? new PropertyDescriptor(d.getId(object), d.getDisplayName(object))
                        : new Editable(d.getId(object), d.getDisplayName(object), a);
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
            EAttribute a = editableAttribute(d);
            if (a != null && object instanceof EObject eo) {
                Object v = eo.eGet(a);
                if (a.getEAttributeType() instanceof EEnum e) {
                    return v == null ? 0 : e.getELiterals().indexOf(e.getEEnumLiteral(v.toString()));
                }
                if (isBoolean(a)) {
                    return Boolean.TRUE.equals(v) ? 0 : 1;
                }
                return v == null ? "" : v.toString();
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
            // no defaults to reset to
        }

        /** Sets the value through the item provider: a SetCommand on the object's editing domain (undoable). */
        @Override
        public void setPropertyValue(Object id, Object value) {
            IItemPropertyDescriptor d = items.getPropertyDescriptor(object, id);
            EAttribute a = d == null ? null : editableAttribute(d);
            if (a == null || value == null) {
                return;
            }
            Object converted = convert(a, value);
            if (converted == null) {
                return; // refused by the cell editor's validator already
            }
            Object now = ((EObject) object).eGet(a);
            if (!converted.equals(now)) {
                d.setPropertyValue(object, converted);
            }
        }
    }

    static boolean isBoolean(EAttribute a) {
        Class<?> t = a.getEAttributeType().getInstanceClass();
        return t == boolean.class || t == Boolean.class;
    }

    /** The attribute's value for what the cell editor gave, or null when it does not parse. */
    static Object convert(EAttribute a, Object value) {
        EDataType type = a.getEAttributeType();
        if (type instanceof EEnum e) {
            int index = (Integer) value;
            return index < 0 || index >= e.getELiterals().size() ? null : e.getELiterals().get(index).getInstance();
        }
        if (isBoolean(a)) {
            return ((Integer) value) == 0;
        }
        String text = value.toString().trim();
        Class<?> t = type.getInstanceClass();
        try {
            if (t == String.class) {
                return value.toString();
            }
            if (t == double.class || t == Double.class) {
                double d = Double.parseDouble(text);
                return Double.isFinite(d) ? d : null;
            }
            if (t == int.class || t == Integer.class) {
                return Integer.parseInt(text);
            }
            if (t == long.class || t == Long.class) {
                return Long.parseLong(text);
            }
            return EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * An enumeration's value in the planner's language ("Candidate", "مرشح"): the edit bundle's label for the literal
     * (plugin.properties, plugin_ar.properties), or the literal itself when a label is missing.
     */
    static String literal(EEnum e, EEnumLiteral l) {
        try {
            return NafithaEditPlugin.INSTANCE.getString("_UI_" + e.getName() + "_" + l.getName() + "_literal");
        } catch (MissingResourceException missing) {
            return l.getLiteral();
        }
    }

    /** A property edited in place: a text field (checked as it is typed), or a choice for yes/no and enumerations. */
    static final class Editable extends PropertyDescriptor {
        private final EAttribute attribute;

        Editable(Object id, String name, EAttribute attribute) {
            super(id, name);
            this.attribute = attribute;
            setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    if (attribute.getEAttributeType() instanceof EEnum e && element instanceof Integer i && i >= 0 && i < e.getELiterals().size()) {
                        return literal(e, e.getELiterals().get(i));
                    }
                    if (isBoolean(attribute) && element instanceof Integer i) {
                        return i == 0 ? "true" : "false";
                    }
                    return element == null ? "" : element.toString();
                }
            });
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (attribute.getEAttributeType() instanceof EEnum e) {
                return new ComboBoxCellEditor(parent, e.getELiterals().stream().map(l -> literal(e, l)).toArray(String[]::new), SWT.READ_ONLY);
            }
            if (isBoolean(attribute)) {
                return new ComboBoxCellEditor(parent, new String[] { "true", "false" }, SWT.READ_ONLY);
            }
            TextCellEditor editor = new TextCellEditor(parent);
            Class<?> t = attribute.getEAttributeType().getInstanceClass();
            if (t != String.class) {
                editor.setValidator(v -> convert(attribute, v) == null
                        ? NLS.bind(Messages.badValue, new Object[] { v, attribute.getName(), t.getSimpleName() }) : null);
            }
            return editor;
        }

        EStructuralFeature attribute() {
            return attribute;
        }
    }
}
