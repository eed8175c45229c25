package org.nafitha.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.nafitha.model.DemandZone;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.RegistryCompleteness;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceChannel;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.Tables;

/**
 * Under the services registry: the selected service's registry facts (channel, handling time and steps before and
 * after re-engineering, participating agencies), the documents it requires with who issues them and whether the
 * government holds or fetches them, what the citizen still brings and the trips once-only would save; and the
 * registry's completeness (services lacking facts, completeness per agency, the share digitized against the 80 % mark).
 * Documents are added and removed from the table's menu and their yes/no cells changed by a click, each an undoable
 * command; a click on a document's name edits it in the workbench's language.
 */
public final class ServiceRegistryPanel {

    private final CTabFolder tabs;
    private final Label facts;
    private final Label bring;
    private final TableViewer documents;
    private final Label summary;
    private final TableViewer agencies;
    private final TableViewer gaps;
    private Service shown;

    ServiceRegistryPanel(Composite parent) {
        tabs = new CTabFolder(parent, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 300).applyTo(tabs);

        Composite service = new Composite(tabs, SWT.NONE);
        service.setLayout(new GridLayout(1, false));
        facts = new Label(service, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(facts);
        bring = new Label(service, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(bring);
        documents = Tables.create(service, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(documents.getTable());
        Tables.<DocumentRequirement>column(documents, Messages.Registry_document, 300, ScenarioLabels::name).setEditingSupport(naming());
        Tables.<DocumentRequirement>column(documents, Messages.Registry_issuer, 300, d -> d.getIssuer() == null ? "" : ScenarioLabels.name(d.getIssuer()));
        Tables.<DocumentRequirement>column(documents, Messages.Registry_held, 140, d -> yesNo(d.isHeldByGovernment()))
                .setEditingSupport(toggle(NafithaPackage.Literals.DOCUMENT_REQUIREMENT__HELD_BY_GOVERNMENT));
        Tables.<DocumentRequirement>column(documents, Messages.Registry_fetched, 160, d -> yesNo(d.isFetchedByGovernment()))
                .setEditingSupport(toggle(NafithaPackage.Literals.DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT));
        Tables.<DocumentRequirement>column(documents, Messages.Registry_citizenBrings, 130, d -> yesNo(!d.isFetchedByGovernment()));
        documents.getTable().setToolTipText(Messages.Registry_addDocumentTip);
        documentMenu();
        item(Messages.Registry_serviceTab, service);

        Composite registry = new Composite(tabs, SWT.NONE);
        registry.setLayout(new GridLayout(2, true));
        summary = new Label(registry, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(summary);
        agencies = Tables.create(registry, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(agencies.getTable());
        Tables.<RegistryCompleteness.AgencyCompleteness>column(agencies, Messages.Registry_agency, 220, a -> agencyName(a.code(), a.nameEn()));
        Tables.<RegistryCompleteness.AgencyCompleteness>column(agencies, Messages.Registry_services, 80, a -> ScenarioLabels.number(a.services()));
        Tables.<RegistryCompleteness.AgencyCompleteness>column(agencies, Messages.Registry_present, 120, a -> percent(a.share()));
        gaps = Tables.create(registry, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(gaps.getTable());
        Tables.<RegistryCompleteness.ServiceGaps>column(gaps, Messages.Registry_service, 220, g -> serviceName(g.code(), g.nameEn()));
        Tables.<RegistryCompleteness.ServiceGaps>column(gaps, Messages.Registry_missing, 260,
                g -> g.missing().stream().map(ServiceRegistryPanel::fact).collect(Collectors.joining(", ")));
        item(Messages.Registry_completenessTab, registry);
        tabs.setSelection(0);
    }

    /** A yes/no of a document changed by a click on its cell: one undoable command. */
    private EditingSupport toggle(EAttribute attribute) {
        return new EditingSupport(documents) {
            private final CheckboxCellEditor editor = new CheckboxCellEditor(documents.getTable());

            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return ((DocumentRequirement) element).eGet(attribute);
            }

            @Override
            protected void setValue(Object element, Object value) {
                setDocument((DocumentRequirement) element, attribute, Boolean.TRUE.equals(value));
            }
        };
    }

    /** A document's name in the workbench's language, typed into its cell: one undoable command; a blank name is refused. */
    private EditingSupport naming() {
        return new EditingSupport(documents) {
            private final TextCellEditor editor = new TextCellEditor(documents.getTable());

            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return ScenarioLabels.name((DocumentRequirement) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                if (value != null && !value.toString().isBlank() && !value.equals(getValue(element))) {
                    EAttribute name = ScenarioLabels.arabic() ? NafithaPackage.Literals.NAMED__NAME_AR : NafithaPackage.Literals.NAMED__NAME_EN;
                    ObjectTableView.session().execute(SetCommand.create(ObjectTableView.session().domain(), element, name, value.toString().trim()));
                }
            }
        };
    }

    /** Sets a yes/no of a document as one undoable command; whether it changed. */
    public boolean setDocument(DocumentRequirement d, EAttribute attribute, boolean value) {
        if (Boolean.valueOf(value).equals(d.eGet(attribute))) {
            return false;
        }
        return ObjectTableView.session().execute(SetCommand.create(ObjectTableView.session().domain(), d, attribute, value));
    }

    /** Right-click on the documents: add one to the shown service, remove the selected ones (undoable commands). */
    private void documentMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            Action add = new Action(Messages.Registry_addDocument) {
                @Override
                public void run() {
                    addDocument();
                }
            };
            add.setEnabled(shown != null);
            m.add(add);
            Action remove = new Action(Messages.Registry_removeDocument) {
                @Override
                public void run() {
                    removeDocuments();
                }
            };
            remove.setEnabled(!documents.getStructuredSelection().isEmpty());
            m.add(remove);
        });
        documents.getTable().setMenu(menu.createContextMenu(documents.getTable()));
    }

    /** Adds a document to the shown service (a free code, a name to edit in the Properties view); null when none is shown. */
    public DocumentRequirement addDocument() {
        if (shown == null) {
            return null;
        }
        DocumentRequirement d = NafithaFactory.eINSTANCE.createDocumentRequirement();
        int n = shown.getDocuments().size() + 1;
        while (true) {
            String code = "DOC-" + n;
            if (shown.getDocuments().stream().noneMatch(x -> code.equals(x.getCode()))) {
                d.setCode(code);
                break;
            }
            n++;
        }
        d.setNameEn(Messages.Registry_newDocumentEn);
        d.setNameAr(Messages.Registry_newDocumentAr);
        return ObjectTableView.session().execute(AddCommand.create(ObjectTableView.session().domain(), shown,
                NafithaPackage.Literals.SERVICE__DOCUMENTS, d)) ? d : null;
    }

    /** Removes the selected documents from the shown service (one undoable command). */
    public boolean removeDocuments() {
        List<?> chosen = documents.getStructuredSelection().toList();
        if (shown == null || chosen.isEmpty()) {
            return false;
        }
        return ObjectTableView.session().execute(RemoveCommand.create(ObjectTableView.session().domain(), shown,
                NafithaPackage.Literals.SERVICE__DOCUMENTS, chosen));
    }

    private void item(String title, Composite control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    /** Shows a service's registry facts (none: a hint to select one) and the registry's completeness. */
    void show(Scenario scenario, Service service) {
        if (tabs.isDisposed()) {
            return;
        }
        shown = service;
        long population = population(scenario);
        if (service == null) {
            facts.setText(Messages.Registry_select);
            bring.setText("");
            documents.setInput(List.of());
        } else {
            String participating = service.getParticipatingAgencies().isEmpty() ? Messages.Registry_none
                    : service.getParticipatingAgencies().stream().map(ScenarioLabels::name).collect(Collectors.joining(", "));
            facts.setText(NLS.bind(Messages.Registry_facts, new Object[] { ScenarioLabels.name(service),
                channel(service), ScenarioLabels.decimal(service.getMeanHandlingMinutes(), 1),
                service.isSetHandlingMinutesBefore() ? ScenarioLabels.decimal(service.getHandlingMinutesBefore(), 1) : Messages.Registry_notRecorded,
                service.isSetStepsAfter() ? ScenarioLabels.number(service.getStepsAfter()) : Messages.Registry_notRecorded,
                service.isSetStepsBefore() ? ScenarioLabels.number(service.getStepsBefore()) : Messages.Registry_notRecorded, participating }));
            bring.setText(NLS.bind(Messages.Registry_toBring, new Object[] { ScenarioLabels.number(ProgramIndicators.documentsToBring(service)),
                ScenarioLabels.number(service.getDocuments().size()),
                ScenarioLabels.number(Math.round(ProgramIndicators.tripsSavedByOnceOnly(service, population))) }));
            documents.setInput(service.getDocuments());
        }
        RegistryCompleteness.Report report = RegistryCompleteness.of(scenario);
        ProgramIndicators.Digitization d = ProgramIndicators.digitization(scenario.getServices(), population);
        summary.setText(NLS.bind(Messages.Registry_summary, new Object[] { percent(report.share()),
            ScenarioLabels.number(report.services() - report.gaps().size()), ScenarioLabels.number(report.services()),
            percent(d.digitizedByCount()), percent(d.digitizedByVolume()), percent(d.fullyByCount()),
            d.reachesMark() ? Messages.Registry_reaches : Messages.Registry_below }));
        agencies.setInput(report.agencies());
        gaps.setInput(report.gaps());
        tabs.getParent().layout(true, true);
    }

    public Service shown() {
        return shown;
    }

    static long population(Scenario s) {
        return s.getDemandZones().stream().mapToLong(DemandZone::getPopulation).sum();
    }

    static String channel(Service s) {
        if (!s.isSetChannel()) {
            return Messages.Registry_notRecorded;
        }
        ServiceChannel c = s.getChannel();
        return switch (c) {
            case IN_PERSON_ONLY -> Messages.Registry_channel_IN_PERSON_ONLY;
            case PARTLY_DIGITAL -> Messages.Registry_channel_PARTLY_DIGITAL;
            case FULLY_DIGITAL -> Messages.Registry_channel_FULLY_DIGITAL;
        };
    }

    private static String fact(String id) {
        return switch (id) {
            case "volume" -> Messages.Registry_fact_volume;
            case "handlingTime" -> Messages.Registry_fact_handlingTime;
            case "documents" -> Messages.Registry_fact_documents;
            case "channel" -> Messages.Registry_fact_channel;
            default -> id;
        };
    }

    private static String yesNo(boolean b) {
        return b ? Messages.Registry_yes : Messages.Registry_no;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "–" : ScenarioLabels.decimal(100 * share, 0) + " %";
    }

    /** An agency's name in the workbench's language (the report carries its English name). */
    private String agencyName(String code, String nameEn) {
        return NafithaUi.getDefault().getScenario().getAgencies().stream().filter(a -> code.equals(a.getCode())).findFirst()
                .map(ScenarioLabels::name).orElse(nameEn);
    }

    private String serviceName(String code, String nameEn) {
        return NafithaUi.getDefault().getScenario().getServices().stream().filter(s -> code.equals(s.getCode())).findFirst()
                .map(s -> code + " " + ScenarioLabels.name(s)).orElse(code + " " + nameEn);
    }

    public TableViewer documents() {
        return documents;
    }

    public TableViewer agencies() {
        return agencies;
    }

    public String factsText() {
        return facts.getText();
    }

    public String bringText() {
        return bring.getText();
    }

    public String summaryText() {
        return summary.getText();
    }

    public void showTab(int index) {
        tabs.setSelection(index);
    }
}
