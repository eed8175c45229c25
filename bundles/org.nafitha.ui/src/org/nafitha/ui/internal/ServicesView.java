package org.nafitha.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.ui.NafithaUi;

/**
 * The national services registry: each service's agency, category, yearly volume, handling time and digital share;
 * under the table, the selected service's registry facts and documents, and the registry's completeness.
 */
public final class ServicesView extends ObjectTableView<Service> {

    public static final String ID = "org.nafitha.ui.views.services";

    private ServiceRegistryPanel registry;

    /** The table, and under it the selected service's registry facts and documents and the registry's completeness. */
    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        registry = new ServiceRegistryPanel(parent);
        getViewer().addSelectionChangedListener(e -> showRegistry());
        showRegistry();
    }

    private void showRegistry() {
        if (registry != null) {
            Object first = getViewer().getStructuredSelection().getFirstElement();
            registry.show(NafithaUi.getDefault().getScenario(), first instanceof Service s ? s : null);
        }
    }

    @Override
    void refresh() {
        super.refresh();
        showRegistry();
    }

    /** The registry facts, documents and completeness under the table. */
    public ServiceRegistryPanel getRegistry() {
        return registry;
    }

    @Override
    List<Service> objects(Scenario s) {
        return s.getServices();
    }

    @Override
    EReference list() {
        return NafithaPackage.Literals.SCENARIO__SERVICES;
    }

    /** A service of the selected one's agency (or none), with no volume yet. */
    @Override
    Service newObject(Scenario s, Service near) {
        Service v = NafithaFactory.eINSTANCE.createService();
        v.setCode(freeCode(s.getServices(), "NEW-SERVICE-"));
        v.setNameEn(Messages.Objects_newServiceEn);
        v.setNameAr(Messages.Objects_newServiceAr);
        if (near != null) {
            v.setAgency(near.getAgency());
            v.setCategory(near.getCategory());
            v.setMeanHandlingMinutes(near.getMeanHandlingMinutes());
        }
        return v;
    }

    @Override
    List<Column<Service>> columns() {
        return List.of(new Column<>(Messages.CentersView_code, 100, Service::getCode, false),
                new Column<>(Messages.CentersView_name, 260, ScenarioLabels::name, false),
                new Column<>(Messages.Services_agency, 150, s -> ScenarioLabels.name(s.getAgency()), false),
                new Column<>(Messages.Services_category, 120, s -> s.getCategory() == null ? "" : s.getCategory(), false),
                new Column<>(Messages.Services_volume, 110, s -> s.getAnnualTransactions() > 0 ? ScenarioLabels.number(s.getAnnualTransactions())
                        : Messages.bind(Messages.Services_perResident, ScenarioLabels.decimal(s.getPerCapitaRate(), 3)), true),
                new Column<>(Messages.Services_minutes, 90, s -> ScenarioLabels.decimal(s.getMeanHandlingMinutes(), 1), true),
                new Column<>(Messages.Services_digital, 80, s -> ScenarioLabels.decimal(100 * s.getDigitalShare(), 0) + " %", true));
    }

    @Override
    String summary(List<Service> services) {
        return NLS.bind(Messages.Services_summary, ScenarioLabels.number(services.size()),
                ScenarioLabels.number(services.stream().map(Service::getAgency).distinct().count()));
    }
}
