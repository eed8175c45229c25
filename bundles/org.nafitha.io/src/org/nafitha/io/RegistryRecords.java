package org.nafitha.io;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nafitha.model.Agency;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Named;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;

/**
 * The records of a {@link FeatureMapping} that belong to existing objects of the registry: the documents a service
 * requires, and the evaluation rounds of a center (each owner replaced by a copy holding the file's records).
 */
final class RegistryRecords {

    private static final NafithaFactory FACTORY = NafithaFactory.eINSTANCE;

    private final FeatureMapping m;
    final Map<Service, Service> documentCopies = new LinkedHashMap<>();
    final EvaluationImport evaluations = new EvaluationImport(LocalDate.now());

    RegistryRecords(FeatureMapping m) {
        this.m = m;
    }

    /**
     * A document a service of the registry requires: the service's code, the document's code (unique within the
     * service), names, its issuer (an agency's code or acronym; empty when no agency issues it), whether the government
     * holds it (default: when it has an issuer) and whether the agency already fetches it itself (once-only; default
     * no). The file's documents of a service replace the service's own.
     */
    void document() throws ImportException {
        String serviceColumn = m.column("service", "service_code");
        String code = m.requiredText(serviceColumn, "service", "the code of a service of the registry");
        Named service = m.existing.get(code);
        if (!(service instanceof Service s)) {
            throw m.error(serviceColumn, "the code of a service of the scenario's registry (unknown service)", code);
        }
        String codeColumn = m.column("code", "document_code", "id");
        String id = m.requiredText(codeColumn, "code", "a code for the document, unique within its service");
        Service copy = documentCopies.computeIfAbsent(s, x -> {
            Service c = EcoreUtil.copy(x);
            c.getDocuments().clear();
            return c;
        });
        if (copy.getDocuments().stream().anyMatch(d -> id.equals(d.getCode()))) {
            throw m.error(codeColumn, "a code that is unique within service " + code + " (duplicate id)", id);
        }
        DocumentRequirement d = FACTORY.createDocumentRequirement();
        d.setCode(id);
        String nameEn = m.text(m.column("name_en", "nameen", "english_name", "name"));
        String nameAr = m.text(m.column("name_ar", "namear", "arabic_name", "name"));
        d.setNameEn(nameEn != null ? nameEn : id);
        d.setNameAr(nameAr != null ? nameAr : d.getNameEn());
        String issuerColumn = m.column("issuer", "issuer_code", "agency");
        String issuer = m.text(issuerColumn);
        if (issuer != null) {
            Agency a = existingAgency(issuer);
            if (a == null) {
                throw m.error(issuerColumn, "the code or acronym of an agency of the scenario (unknown issuer), or nothing", issuer);
            }
            d.setIssuer(a);
        }
        Boolean held = m.bool(m.column("held_by_government", "held"));
        d.setHeldByGovernment(held != null ? held : d.getIssuer() != null);
        Boolean fetched = m.bool(m.column("fetched_by_government", "fetched", "once_only"));
        if (Boolean.TRUE.equals(fetched) && !d.isHeldByGovernment()) {
            throw m.error(m.column("fetched_by_government", "fetched", "once_only"),
                    "no: the government cannot fetch a document it does not hold", "yes");
        }
        d.setFetchedByGovernment(Boolean.TRUE.equals(fetched));
        copy.getDocuments().add(d);
    }

    private Agency existingAgency(String reference) {
        for (Agency a : m.scenario.getAgencies()) {
            if (reference.equals(a.getCode()) || reference.equalsIgnoreCase(a.getAcronym())) {
                return a;
            }
        }
        return null;
    }

    /** An evaluation round or citizen-voice record of an existing center (see {@link EvaluationImport}). */
    void evaluation() throws ImportException {
        String centerColumn = m.column("center", "center_code", "centre", "code");
        String code = m.requiredText(centerColumn, "center", "the code of a center of the scenario");
        Named center = m.existing.get(code);
        if (!(center instanceof ServiceCenter c)) {
            throw m.error(centerColumn, "the code of a center of the scenario (unknown center)", code);
        }
        String dateColumn = m.column("date", "round_date");
        String kindColumn = m.column("kind", "type", "round");
        EvaluationImport.Values v = new EvaluationImport.Values(code, m.requiredText(dateColumn, "date", "an ISO date such as 2026-03-31"),
                m.requiredText(kindColumn, "kind", "the kind of record"),
                m.number(m.column("score"), "a score from 0 to 100"),
                m.number(m.column("observed_wait_min", "observed_wait", "wait_min"), "minutes of waiting"),
                m.bool(m.column("specialist_present", "specialist")),
                m.number(m.column("responses"), "a whole number of responses"),
                m.number(m.column("satisfaction_mean", "satisfaction"), "a mean answer from 1 to 5"),
                m.number(m.column("promoters"), "a count of promoters"), m.number(m.column("passives"), "a count of passives"),
                m.number(m.column("detractors"), "a count of detractors"), m.number(m.column("received"), "a count of complaints"),
                m.number(m.column("answered_on_time", "answered"), "a count of complaints answered on time"),
                m.text(m.column("description")), m.bool(m.column("from_feedback", "citizen_input")));
        try {
            evaluations.add(c, v);
        } catch (EvaluationImport.Fault f) {
            String field = switch (f.field) {
                case "date" -> dateColumn;
                case "kind" -> kindColumn;
                default -> m.column(f.field) != null ? m.column(f.field) : f.field;
            };
            throw m.error(field, f.expected, f.found);
        }
    }
}
