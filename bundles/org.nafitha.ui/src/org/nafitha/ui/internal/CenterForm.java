package org.nafitha.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetSorter;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.nafitha.model.Agency;
import org.nafitha.model.Counter;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.CenterEdits;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;

/**
 * The form of an object picked in the workbench's tables (the Properties view): the object's own properties (from the
 * EMF item providers, through the platform's adapters) and, for a service center, its counters — universal ones and
 * those of each agency whose services it offers — edited as whole numbers, each change one undoable command. The
 * headers of the form are the workbench's own (bilingual) words.
 */
public final class CenterForm implements IPropertySourceProvider {

    public static final String UNIVERSAL = "counters.universal";
    public static final String AGENCY = "counters.agency.";
    static final String TOTAL = "counters.total";

    /** A Properties page for the tables' selection: this form, with the columns titled in the workbench's language. */
    static PropertySheetPage page() {
        PropertySheetPage page = new PropertySheetPage() {
            {
                // the form's own order (counters in all, universal, per agency; then the item providers'), not A to Z
                setSorter(new PropertySheetSorter() {
                    @Override
                    public int compare(IPropertySheetEntry a, IPropertySheetEntry b) {
                        return 0;
                    }

                    @Override
                    public int compareCategories(String a, String b) {
                        return 0;
                    }
                });
            }

            @Override
            public void dispose() {
                ScenarioSession.Listener l = pageListeners.remove(this);
                if (l != null) {
                    NafithaUi.getDefault().getSession().removeListener(l);
                }
                super.dispose();
            }

            @Override
            public void createControl(Composite parent) {
                super.createControl(parent);
                if (getControl() instanceof Tree tree && tree.getColumnCount() >= 2) {
                    tree.getColumn(0).setText(Messages.Properties_property);
                    tree.getColumn(1).setText(Messages.Properties_value);
                }
            }
        };
        page.setPropertySourceProvider(new CenterForm());
        // the values follow every edit, undo and redo, and a newly opened scenario
        ScenarioSession.Listener follow = s -> Display.getDefault().asyncExec(() -> {
            if (page.getControl() != null && !page.getControl().isDisposed()) {
                page.refresh();
            }
        });
        NafithaUi.getDefault().getSession().addListener(follow);
        pageListeners.put(page, follow);
        return page;
    }

    private static final Map<PropertySheetPage, ScenarioSession.Listener> pageListeners = new WeakHashMap<>();

    @Override
    public IPropertySource getPropertySource(Object object) {
        IPropertySource base = object instanceof IPropertySource s ? s : Platform.getAdapterManager().getAdapter(object, IPropertySource.class);
        if (object instanceof ServiceCenter center) {
            return new CenterSource(center, base);
        }
        return base;
    }

    /** The agencies whose services a center offers, in the order of its services. */
    static List<Agency> agencies(ServiceCenter center) {
        List<Agency> out = new ArrayList<>();
        for (Service s : center.getServicesOffered()) {
            if (s.getAgency() != null && !out.contains(s.getAgency())) {
                out.add(s.getAgency());
            }
        }
        return out;
    }

    /** The center's counters of an agency: not universal, and serving only that agency's services. */
    static Predicate<Counter> ofAgency(Agency a) {
        return k -> !k.isUniversal() && !k.getServices().isEmpty() && k.getServices().stream().allMatch(s -> s.getAgency() == a);
    }

    static long count(ServiceCenter c, Predicate<Counter> which) {
        return c.getCounters().stream().filter(which).count();
    }

    /**
     * Sets how many of a center's counters are of one kind: new ones serve {@code services} (all the center offers
     * when universal), and the last ones of that kind are removed when there are fewer. One command.
     */
    static Command setCount(ServiceCenter center, Predicate<Counter> which, boolean universal, List<Service> services, int count, String label) {
        List<Counter> now = center.getCounters().stream().filter(which).toList();
        int total = center.getCounters().size() - now.size() + count;
        if (count < 0 || total > CenterEdits.MAX_COUNTERS || count == now.size()) {
            return UnexecutableCommand.INSTANCE;
        }
        var domain = NafithaUi.getDefault().getSession().domain();
        CompoundCommand c = new CompoundCommand(label);
        if (count > now.size()) {
            List<Counter> added = new ArrayList<>();
            int n = center.getCounters().size();
            for (int i = now.size(); i < count; i++) {
                Counter k = NafithaFactory.eINSTANCE.createCounter();
                k.setCode(freeCode(center, ++n, added));
                k.setUniversal(universal);
                k.getServices().addAll(services);
                added.add(k);
            }
            c.append(AddCommand.create(domain, center, NafithaPackage.Literals.SERVICE_CENTER__COUNTERS, added));
        } else {
            c.append(RemoveCommand.create(domain, center, NafithaPackage.Literals.SERVICE_CENTER__COUNTERS,
                    new ArrayList<>(now.subList(count, now.size()))));
        }
        return c;
    }

    private static String freeCode(ServiceCenter center, int n, List<Counter> added) {
        for (int k = n;; k++) {
            String code = center.getCode() + "-K" + k;
            if (center.getCounters().stream().noneMatch(x -> code.equals(x.getCode())) && added.stream().noneMatch(x -> code.equals(x.getCode()))) {
                return code;
            }
        }
    }

    /** A whole number from 0 to the most counters a center may have, or why not. */
    static final ICellEditorValidator WHOLE_NUMBER = value -> {
        try {
            int n = Integer.parseInt(value.toString().trim());
            return n >= 0 && n <= CenterEdits.MAX_COUNTERS ? null : Messages.bind(Messages.Edit_invalid, value);
        } catch (NumberFormatException e) {
            return Messages.bind(Messages.Edit_invalid, value);
        }
    };

    /** A center's properties with its counters. */
    static final class CenterSource implements IPropertySource {
        private final ServiceCenter center;
        private final IPropertySource base;

        CenterSource(ServiceCenter center, IPropertySource base) {
            this.center = center;
            this.base = base;
        }

        private Map<String, Agency> agencyIds() {
            Map<String, Agency> out = new LinkedHashMap<>();
            for (Agency a : agencies(center)) {
                out.put(AGENCY + a.getCode(), a);
            }
            return out;
        }

        @Override
        public Object getEditableValue() {
            return center;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> out = new ArrayList<>();
            PropertyDescriptor total = new PropertyDescriptor(TOTAL, Messages.Form_countersTotal);
            out.add(total);
            TextPropertyDescriptor universal = new TextPropertyDescriptor(UNIVERSAL, Messages.Form_countersUniversal);
            universal.setValidator(WHOLE_NUMBER);
            universal.setDescription(Messages.Form_countersUniversalTip);
            out.add(universal);
            agencyIds().forEach((id, a) -> {
                TextPropertyDescriptor d = new TextPropertyDescriptor(id, Messages.bind(Messages.Form_countersAgency, ScenarioLabels.name(a)));
                d.setValidator(WHOLE_NUMBER);
                d.setDescription(Messages.Form_countersAgencyTip);
                out.add(d);
            });
            for (IPropertyDescriptor d : out) {
                ((PropertyDescriptor) d).setCategory(Messages.Form_counters);
            }
            if (base != null) {
                out.addAll(List.of(base.getPropertyDescriptors()));
            }
            return out.toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            if (TOTAL.equals(id)) {
                return ScenarioLabels.number(center.getCounters().size());
            }
            // in the workbench's digits; the form reads them back (a digit of any script is a digit)
            if (UNIVERSAL.equals(id)) {
                return ScenarioLabels.number(count(center, Counter::isUniversal));
            }
            Agency a = agencyIds().get(id);
            if (a != null) {
                return ScenarioLabels.number(count(center, ofAgency(a)));
            }
            return base == null ? null : base.getPropertyValue(id);
        }

        @Override
        public boolean isPropertySet(Object id) {
            return base != null && base.isPropertySet(id);
        }

        @Override
        public void resetPropertyValue(Object id) {
            if (base != null) {
                base.resetPropertyValue(id);
            }
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            Agency a = agencyIds().get(id);
            if (UNIVERSAL.equals(id) || a != null) {
                if (value == null || WHOLE_NUMBER.isValid(value) != null) {
                    return; // refused: nothing changes
                }
                int n = Integer.parseInt(value.toString().trim());
                Command c = a == null
                        ? setCount(center, Counter::isUniversal, true, new ArrayList<>(center.getServicesOffered()), n,
                                Messages.bind(Messages.Edit_counters, center.getCode(), n))
                        : setCount(center, ofAgency(a), false,
                                center.getServicesOffered().stream().filter(s -> s.getAgency() == a).toList(), n,
                                Messages.bind(Messages.Edit_counters, center.getCode(), n));
                NafithaUi.getDefault().getSession().execute(c);
            } else if (base != null) {
                base.setPropertyValue(id, value);
            }
        }
    }
}
