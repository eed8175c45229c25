package org.nafitha.card.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.card.CardResult;
import org.nafitha.card.report.CardReport;
import org.nafitha.card.report.internal.Charts;
import org.nafitha.card.report.internal.PdfReport;
import org.nafitha.card.report.internal.RatingMap;
import org.nafitha.model.Scenario;
import org.nafitha.sample.SampleScenario;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reports of a card made by hand (three centers of the sample: one rated, one with a missing indicator, one not
 * rated), in Arabic and English, run in the OSGi test runtime: JFreeChart, openhtmltopdf, PDFBox and ICU as bundles.
 */
class CardReportTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 1);
    private static Scenario sample;
    private static CardResult card;

    @BeforeAll
    static void load() {
        sample = SampleScenario.create();
        card = Cards.handMade();
    }

    private static CardReport.Output write(Path dir, String lang) throws IOException {
        return CardReport.write(card, sample, Map.of(), dir, lang, CardReport.Options.defaults().withDate(DATE));
    }

    @Test
    void arabicReportIsWellFormedRightToLeftXhtmlWithEveryCenterAndTheMissingValueShownAsMissing(@TempDir Path dir) throws Exception {
        CardReport.Output out = write(dir, "ar");
        assertTrue(Files.isRegularFile(out.html()), "card.html");
        assertTrue(Files.isRegularFile(out.pdf()), "card.pdf");
        Document doc = PdfReport.parse(out.html()); // fails on XML that is not well-formed
        Element html = doc.getDocumentElement();
        assertEquals("html", html.getLocalName());
        assertEquals("rtl", html.getAttribute("dir"));
        assertEquals("ar", html.getAttribute("lang"));
        String text = html.getTextContent();
        for (CardResult.CenterCard c : card.centers()) {
            assertTrue(text.contains(c.nameAr()), "Arabic name of " + c.code());
        }
        assertTrue(text.contains("البطاقة الوطنية للمراكز"), "Arabic title");
        assertTrue(text.contains("سيناريو الأردن التجريبي"), "Arabic scenario name");
        assertTrue(text.contains("2026-03-01"), "date");
        // Irbid's satisfaction is missing: its row says so, in Arabic, and carries no number
        String row = indicatorRow(doc, "c-CSC-IR", "رضا المواطنين");
        assertTrue(row.contains("ناقص") && row.contains(Cards.MISSING_REASON), row);
        assertFalse(row.matches(".*\\d.*"), "a missing value shows no number: " + row);
        assertTrue(text.contains("\u2605\u2605\u2605\u2605\u2605\u2605\u2606"), "six of seven stars for Maqablin");
        assertTrue(text.contains("غير مصنف"), "Aqaba is not rated");
    }

    @Test
    void englishReportHasEveryCenterTheSectionsAndFormattedNumbers(@TempDir Path dir) throws Exception {
        CardReport.Output out = write(dir, "en");
        Document doc = PdfReport.parse(out.html());
        assertEquals("ltr", doc.getDocumentElement().getAttribute("dir"));
        String text = doc.getDocumentElement().getTextContent();
        for (CardResult.CenterCard c : card.centers()) {
            assertTrue(text.contains(c.nameEn()), c.code());
        }
        for (String section : List.of("National summary", "Rating distribution", "Governorates", "Dimensions, weights and indicators",
                "The ten weakest centers", "Unserved zones", "Center cards")) {
            assertTrue(text.contains(section), section);
        }
        String row = indicatorRow(doc, "c-CSC-IR", "Citizen satisfaction");
        assertEquals("Citizen satisfactionmissing: " + Cards.MISSING_REASON, row); // the name, then the reason across value and score
        assertTrue(text.contains("7,138,000"), "thousands separators");
        assertTrue(text.contains("87.4%"), "covered share as a percentage with one decimal");
        assertTrue(text.contains("0 points at 50, 100 at 95, linear between"), "scoring in words");
        assertTrue(text.contains("up to 5: 100 points; up to 15: 70 points; otherwise 20"), "steps in words");
        assertTrue(text.contains("through the points 10 → 100, 30 → 60, 60 → 0, linear between"), "points in words");
        assertTrue(text.contains("Shobak Qasabah"), "unserved zone");
        // images are referenced relatively and exist beside the HTML
        NodeList images = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "img");
        assertEquals(4, images.getLength());
        for (int i = 0; i < images.getLength(); i++) {
            String src = ((Element) images.item(i)).getAttribute("src");
            assertFalse(src.contains("/"), src);
            assertTrue(Files.isRegularFile(dir.resolve(src)), src);
        }
    }

    @Test
    void chartsAndMapArePngsOfTheExpectedSize(@TempDir Path dir) throws Exception {
        CardReport.Output out = write(dir, "ar");
        assertEquals(List.of(CardReport.RATINGS_PNG, CardReport.MAP_PNG, CardReport.GOVERNORATES_PNG, CardReport.DIMENSIONS_PNG),
                out.images().stream().map(p -> p.getFileName().toString()).toList());
        assertSize(dir.resolve(CardReport.RATINGS_PNG), Charts.WIDTH, Charts.RATINGS_HEIGHT);
        assertSize(dir.resolve(CardReport.GOVERNORATES_PNG), Charts.WIDTH, Charts.governoratesHeight(card));
        assertSize(dir.resolve(CardReport.DIMENSIONS_PNG), Charts.WIDTH, Charts.dimensionsHeight(card));
        BufferedImage map = assertSize(dir.resolve(CardReport.MAP_PNG), RatingMap.WIDTH, RatingMap.HEIGHT);
        // the six-star center is drawn in the six-star colour somewhere on the map
        int six = Charts.ratingColor(6, 7).getRGB() & 0xFFFFFF;
        boolean found = false;
        for (int y = 0; y < map.getHeight() && !found; y++) {
            for (int x = 0; x < map.getWidth() && !found; x++) {
                found = (map.getRGB(x, y) & 0xFFFFFF) == six;
            }
        }
        assertTrue(found, "a center in the colour of six stars");
    }

    @Test
    void englishPdfHasTheCenterNamesAsText(@TempDir Path dir) throws Exception {
        CardReport.Output out = write(dir, "en");
        try (PDDocument pdf = Loader.loadPDF(out.pdf().toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            assertEquals("A4", Math.round(pdf.getPage(0).getMediaBox().getWidth()) == 595 && Math.round(pdf.getPage(0).getMediaBox().getHeight()) == 842
                    ? "A4" : pdf.getPage(0).getMediaBox().toString());
            String text = new PDFTextStripper().getText(pdf);
            for (CardResult.CenterCard c : card.centers()) {
                assertTrue(squash(text).contains(squash(c.nameEn())), c.nameEn());
            }
            assertTrue(text.contains("missing: " + Cards.MISSING_REASON), "missing value in the PDF");
        }
    }

    @Test
    void arabicPdfHasArabicTextOfTheCenterNames(@TempDir Path dir) throws Exception {
        CardReport.Output out = write(dir, "ar");
        try (PDDocument pdf = Loader.loadPDF(out.pdf().toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 2, "pages: " + pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            // extraction gives presentation forms, possibly in visual order: compare normalized letters, either way round
            String letters = arabicLetters(Normalizer.normalize(text, Normalizer.Form.NFKC));
            assertTrue(letters.length() > 500, "Arabic letters in the PDF: " + letters.length());
            for (String word : List.of("المقابلين", "إربد", "العقبة", "البطاقة", "الوطنية")) {
                String w = arabicLetters(word);
                assertTrue(letters.contains(w) || letters.contains(new StringBuilder(w).reverse().toString()), word);
            }
        }
    }

    @Test
    void englishIsTheDefaultAndOtherLanguagesAreRefused(@TempDir Path dir) throws Exception {
        CardReport.Output out = CardReport.write(card, sample, Map.of(), dir, null, CardReport.Options.defaults().withPdf(false).withDate(DATE));
        assertNull(out.pdf());
        assertTrue(Files.readString(out.html(), StandardCharsets.UTF_8).contains("dir=\"ltr\""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CardReport.write(card, sample, Map.of(), dir, "fr"));
        assertTrue(e.getMessage().contains("expected ar or en"), e.getMessage());
    }

    @Test
    void withoutAScenarioThereIsNoMapButTheRestIsThere(@TempDir Path dir) throws Exception {
        CardReport.Output out = CardReport.write(card, null, Map.of(), dir, "en", CardReport.Options.defaults().withPdf(false));
        assertFalse(out.images().contains(dir.resolve(CardReport.MAP_PNG)));
        assertFalse(Files.readString(out.html(), StandardCharsets.UTF_8).contains(CardReport.MAP_PNG));
        assertNotNull(PdfReport.parse(out.html()));
    }

    /** The text of the row of an indicator in a center's card. */
    private static String indicatorRow(Document doc, String cardId, String indicatorName) throws Exception {
        NodeList rows = (NodeList) XPathFactory.newInstance().newXPath().evaluate("//*[@id='" + cardId + "']//*[local-name()='tr']", doc,
                XPathConstants.NODESET);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            String text = rows.item(i).getTextContent();
            if (text.contains(indicatorName)) {
                return text;
            }
            seen.add(text);
        }
        throw new AssertionError(indicatorName + " not in card " + cardId + ": " + seen);
    }

    private static BufferedImage assertSize(Path png, int width, int height) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " decodes");
        assertEquals(width + "x" + height, image.getWidth() + "x" + image.getHeight(), png.getFileName().toString());
        return image;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Arabic letters only (base forms after NFKC), alef variants as one. */
    private static String arabicLetters(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x0621 && c <= 0x064A) {
                b.append(c == 'أ' || c == 'إ' || c == 'آ' ? 'ا' : c);
            }
        }
        return b.toString();
    }
}
