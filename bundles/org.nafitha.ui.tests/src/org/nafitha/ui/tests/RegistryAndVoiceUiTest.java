package org.nafitha.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.nafitha.card.CardResult;
import org.nafitha.card.ProgramFigures;
import org.nafitha.model.DocumentRequirement;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.EvaluationRecord;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.ProgramIndicators;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.edit.BilingualLabels;
import org.nafitha.ui.NafithaUi;
import org.nafitha.ui.ScenarioSession;
import org.nafitha.ui.card.CardModel;
import org.nafitha.ui.card.CenterCardView;
import org.nafitha.ui.card.NationalCardView;
import org.nafitha.ui.charts.EvaluationCharts;
import org.nafitha.ui.internal.Messages;
import org.nafitha.ui.internal.ScenarioLabels;
import org.nafitha.ui.internal.ServiceRegistryPanel;
import org.nafitha.ui.internal.ServicesView;

/**
 * The registry and the citizen's voice in the workbench, in the language it runs in (English and Arabic runs): the documents of the first passport (CSPD-08)
 * under the services registry with what the citizen still brings, the registry's completeness, the evaluation trend of
 * the Amman comprehensive center (CSC-AM, rounds in the sample's evaluations.csv), and the national voice figures on
 * the national card. Pictures of the registry form and of the trend go to
 * target/screenshots/{registry-documents,evaluation-trend}-{en,ar}.png.
 */
class RegistryAndVoiceUiTest {

    private static final boolean ARABIC = Platform.getNL().startsWith("ar");
    private static final String LANG = ARABIC ? "ar" : "en";

    @Test
    void documentsOfAFirstPassportAndTheRegistrysCompleteness() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ServicesView view = (ServicesView) page.showView(ServicesView.ID);
        Scenario s = NafithaUi.getDefault().getScenario();
        Service passport = s.getServices().stream().filter(v -> v.getCode().equals("CSPD-08")).findFirst().orElseThrow();
        view.getViewer().setSelection(new StructuredSelection(passport), true);
        Gui.drain();
        ServiceRegistryPanel registry = view.getRegistry();
        assertEquals(passport, registry.shown());

        // the sample's service_documents.csv: national ID (held, not fetched), photographs (not held), family book (fetched)
        Table docs = registry.documents().getTable();
        assertEquals(3, docs.getItemCount());
        TableItem id = docs.getItem(0);
        assertTrue(Gui.shows(id.getText(0), BilingualLabels.name(passport.getDocuments().get(0))), id.getText(0));
        assertTrue(Gui.shows(id.getText(1), BilingualLabels.name(passport.getAgency())), id.getText(1));
        assertEquals(Messages.Registry_yes, id.getText(2), "the government holds the national ID");
        assertEquals(Messages.Registry_no, id.getText(3), "but does not fetch it yet");
        assertEquals(Messages.Registry_yes, id.getText(4));
        TableItem photos = docs.getItem(1);
        assertEquals("", photos.getText(1), "photographs have no issuer");
        assertEquals(Messages.Registry_no, photos.getText(2));
        TableItem family = docs.getItem(2);
        assertEquals(Messages.Registry_yes, family.getText(3), "the family book is fetched once-only");
        assertEquals(Messages.Registry_no, family.getText(4), "so the citizen does not bring it");
        // two of three to bring; every document the government holds is CSPD's own: once-only saves no trip to another agency
        assertEquals(NLS.bind(Messages.Registry_toBring, new Object[] { ScenarioLabels.number(2), ScenarioLabels.number(3), ScenarioLabels.number(0) }),
                registry.bringText());
        assertTrue(registry.factsText().contains(Messages.Registry_channel_IN_PERSON_ONLY), registry.factsText());
        if (!ARABIC) {
            assertEquals("National ID card (national number)", id.getText(0));
            assertEquals("Personal photographs", photos.getText(0));
            assertEquals("Family book", family.getText(0));
            assertTrue(registry.bringText().startsWith("The citizen still brings 2 of its 3 documents"), registry.bringText());
            assertTrue(registry.bringText().contains("would save 0 trips a year"), registry.bringText());
        }

        // the completeness tab: every agency, the share digitized against the 80 % mark
        registry.showTab(1);
        Gui.drain();
        assertEquals(s.getAgencies().size(), registry.agencies().getTable().getItemCount());
        assertTrue(registry.summaryText().contains("80 %"), registry.summaryText());
        registry.showTab(0);

        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Gui.drain();
        ComparisonUiTest.capture(Path.of("target", "screenshots", "registry-documents-" + LANG + ".png"));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void documentsAreEditedAsUndoableCommands() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ServicesView view = (ServicesView) page.showView(ServicesView.ID);
        ScenarioSession session = NafithaUi.getDefault().getSession();
        Service passport = session.scenario().getServices().stream().filter(v -> v.getCode().equals("CSPD-08")).findFirst().orElseThrow();
        view.getViewer().setSelection(new StructuredSelection(passport), true);
        Gui.drain();
        ServiceRegistryPanel registry = view.getRegistry();
        DocumentRequirement id = passport.getDocuments().get(0);
        int edits = 0;
        try {
            // the agency fetches the national ID itself: the citizen brings one document of three
            assertTrue(registry.setDocument(id, NafithaPackage.Literals.DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT, true));
            edits++;
            assertFalse(registry.setDocument(id, NafithaPackage.Literals.DOCUMENT_REQUIREMENT__FETCHED_BY_GOVERNMENT, true), "no change, no command");
            Gui.drain();
            assertEquals(1, ProgramIndicators.documentsToBring(passport));
            assertTrue(registry.bringText().startsWith(NLS.bind(Messages.Registry_toBring,
                    new Object[] { ScenarioLabels.number(1), ScenarioLabels.number(3), ScenarioLabels.number(0) })), registry.bringText());
            assertEquals(Messages.Registry_yes, registry.documents().getTable().getItem(0).getText(3));

            // a new document: a free code, brought by the citizen until told otherwise
            DocumentRequirement added = registry.addDocument();
            assertNotNull(added);
            edits++;
            Gui.drain();
            assertEquals("DOC-4", added.getCode());
            assertEquals(4, registry.documents().getTable().getItemCount());
            assertEquals(2, ProgramIndicators.documentsToBring(passport));

            registry.documents().setSelection(new StructuredSelection(added));
            assertTrue(registry.removeDocuments());
            edits++;
            Gui.drain();
            assertEquals(3, registry.documents().getTable().getItemCount());
        } finally {
            for (; edits > 0; edits--) {
                session.commandStack().undo();
            }
            session.saved();
        }
        Gui.drain();
        assertFalse(id.isFetchedByGovernment(), "undone");
        assertEquals(3, passport.getDocuments().size());
        assertEquals(Messages.Registry_no, registry.documents().getTable().getItem(0).getText(3));
    }

    @Test
    void evaluationTrendOfAmmansComprehensiveCenter() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CenterCardView view = (CenterCardView) page.showView(CenterCardView.ID);
        view.showCenter("CSC-AM");
        Gui.drain();
        JFreeChart chart = view.getTrend().getChart();
        assertNotNull(chart, "CSC-AM has evaluation rounds");
        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(5, data.getSeriesCount(), "mystery shopper, self-assessment, volunteer visitor, satisfaction, NPS");

        // mystery shopper: 73 (2025-04-08), 75 (2025-10-19), 82 (2026-05-05)
        assertEquals(org.nafitha.ui.charts.Messages.trendMystery, data.getSeriesKey(0));
        assertEquals(3, data.getItemCount(0));
        assertEquals(73, data.getYValue(0, 0), 1e-9);
        assertEquals(75, data.getYValue(0, 1), 1e-9);
        assertEquals(82, data.getYValue(0, 2), 1e-9);
        assertEquals(EvaluationCharts.millis("2026-05-05").doubleValue(), data.getXValue(0, 2), 1e-3);
        // self-assessment 73 then 81; volunteer visitor 71 then 73
        assertEquals(2, data.getItemCount(1));
        assertEquals(81, data.getYValue(1, 1), 1e-9);
        assertEquals(73, data.getYValue(2, 1), 1e-9);
        // satisfaction 4.14 and 4.28 of 5: (m - 1) / 4 of the scale
        assertEquals(org.nafitha.ui.charts.Messages.trendSatisfaction, data.getSeriesKey(3));
        assertEquals(78.5, data.getYValue(3, 0), 1e-9);
        assertEquals(82.0, data.getYValue(3, 1), 1e-9);
        // NPS from the counts: (510 - 137) / 1033 and (508 - 87) / 917
        assertEquals(org.nafitha.ui.charts.Messages.trendNps, data.getSeriesKey(4));
        assertEquals(100.0 * 373 / 1033, data.getYValue(4, 0), 1e-9);
        assertEquals(100.0 * 421 / 917, data.getYValue(4, 1), 1e-9);

        // the latest round of each kind: seven kinds, the mystery shopper of May 2026 with the specialist present
        Table latest = view.getLatestRounds().getTable();
        assertEquals(7, latest.getItemCount());
        assertEquals(org.nafitha.ui.card.Messages.kind_MYSTERY_SHOPPER, latest.getItem(0).getText(0));
        assertEquals("2026-05-05", latest.getItem(0).getText(1));
        assertEquals(org.nafitha.ui.card.Messages.kind_NPS_SURVEY, latest.getItem(4).getText(0));
        if (!ARABIC) {
            assertEquals("score 82 of 100, waited 12 min, specialist present", latest.getItem(0).getText(2));
            assertTrue(latest.getItem(4).getText(2).startsWith("NPS 46 (508 promoters"), latest.getItem(4).getText(2));
        }
        assertEquals("2026-10-20", latest.getItem(6).getText(1));

        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Gui.drain();
        ComparisonUiTest.capture(Path.of("target", "screenshots", "evaluation-trend-" + LANG + ".png"));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void nationalVoiceFiguresOnTheNationalCard() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        NationalCardView view = (NationalCardView) page.showView(NationalCardView.ID);
        Gui.settle(CardModel.get().compute());
        CardResult card = CardModel.get().state().card();
        assertNotNull(card, "the card is computed: " + CardModel.get().state().error());
        ProgramFigures program = card.program();
        assertNotNull(program);

        // the national NPS by hand: every NPS survey's counts pooled
        long p = 0;
        long d = 0;
        long n = 0;
        Scenario s = NafithaUi.getDefault().getScenario();
        for (ServiceCenter c : s.getCenters()) {
            for (EvaluationRecord r : c.getEvaluationRecords()) {
                if (r.getKind() == EvaluationKind.NPS_SURVEY) {
                    p += r.getPromoters();
                    d += r.getDetractors();
                    n += r.getPromoters() + r.getPassives() + r.getDetractors();
                }
            }
        }
        assertTrue(n > 0, "the sample has NPS surveys");
        double nps = 100.0 * (p - d) / n;
        assertEquals(nps, program.national().nps(), 1e-9);

        Table voices = view.getVoices().getTable();
        assertEquals(1 + program.governorates().size(), voices.getItemCount(), "the country, then each governorate with rounds");
        assertTrue(program.governorates().size() >= 10, "the 11 comprehensive centers are in at least 10 governorates");
        assertEquals(ARABIC ? "الأردن" : "Jordan", voices.getItem(0).getText(0));
        assertEquals(Math.round(nps * 10) / 10.0, NumberFormat.getNumberInstance().parse(voices.getItem(0).getText(3)).doubleValue(), 1e-9);
        String text = view.getVoiceText();
        assertTrue(text.contains(voices.getItem(0).getText(3)), text);
        if (!ARABIC) {
            assertTrue(text.startsWith("Citizen voice nationally"), text);
            assertTrue(text.contains("NPS " + voices.getItem(0).getText(3)), text);
            assertTrue(text.contains("services digitized"), text);
            assertTrue(text.contains("agencies applying the standards framework"), text);
        }
    }
}
