package org.nafitha.card.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.card.report.ReportFonts;
import org.nafitha.card.report.internal.ScoringWords;
import org.nafitha.card.report.internal.Texts;

/** Number formats, stars, words of scoring functions, the two languages' strings, and finding the fonts. */
class TextsTest {

    private final Texts en = Texts.of("en");
    private final Texts ar = Texts.of("ar");

    @Test
    void numbersHaveThousandsSeparatorsAndPercentagesOneDecimalInBothLanguages() {
        for (Texts t : List.of(en, ar)) {
            assertEquals("11,625,745", t.integer(11_625_745));
            assertEquals("45.3%", t.percent(0.4531));
            assertEquals("100.0%", t.percent(1));
            assertEquals("72.1", t.score(72.06));
            assertEquals("\u2014", t.score(null));
            assertEquals("12", t.value(12.0));
            assertEquals("12.5", t.value(12.46));
            assertEquals("0.35", t.value(0.349));
        }
        assertEquals("12.5 min", en.valueWithUnit(12.5, "min"));
        assertEquals("12.5 دقيقة", ar.valueWithUnit(12.5, "min"));
        assertEquals("85.5%", ar.valueWithUnit(85.5, "%"));
        assertEquals("3.2 widgets", en.valueWithUnit(3.2, "widgets"));
    }

    @Test
    void starsShowTheRatingOutOfTheScaleAndUnratedInWords() {
        assertEquals("\u2605\u2605\u2605\u2605\u2606\u2606\u2606", en.stars(4, 7));
        assertEquals("\u2605\u2605\u2605\u2605\u2605\u2605\u2605", en.stars(7, 7));
        assertEquals("not rated", en.stars(null, 7));
        assertEquals("غير مصنف", ar.stars(null, 7));
    }

    @Test
    void modelWordsAreTranslatedWhateverTheirSpelling() {
        assertEquals("Comprehensive center", en.word("kind", "COMPREHENSIVE_CENTER"));
        assertEquals("Comprehensive center", en.word("kind", "comprehensiveCenter"));
        assertEquals("مركز خدمات شامل", ar.word("kind", "COMPREHENSIVE_CENTER"));
        assertEquals("مخطط", ar.word("status", "PLANNED"));
        assertEquals("SOMETHING_NEW", ar.word("kind", "SOMETHING_NEW"));
    }

    @Test
    void scoringFunctionsInWords() {
        assertEquals("0 points at 50, 100 at 95, linear between", ScoringWords.words("linear 50 95", en));
        assertEquals("صفر عند 50 و100 عند 95، وبشكل خطي بينهما", ScoringWords.words("linear 50 95", ar));
        assertEquals("through the points 10 \u2192 100, 30 \u2192 60, linear between", ScoringWords.words("points 10:100 30:60", en));
        assertEquals("5 or more: 100 points; over 2: 50 points; otherwise 0", ScoringWords.words("steps >=5:100 >2:50 else:0", en));
        assertEquals("under 1: 100 points; up to 3: 40 points", ScoringWords.words("steps <1:100 <=3:40", en));
        assertEquals("something else 1 2", ScoringWords.words("something else 1 2", en));
        assertEquals("linear a b", ScoringWords.words("linear a b", en));
    }

    @Test
    void everyEnglishKeyHasAnArabicTextAndTheyDiffer() throws Exception {
        Properties english = load("messages.properties");
        Properties arabic = load("messages_ar.properties");
        assertEquals(english.stringPropertyNames(), arabic.stringPropertyNames());
        int arabicTexts = 0;
        for (String key : english.stringPropertyNames()) {
            if (arabic.getProperty(key).codePoints().anyMatch(cp -> cp >= 0x0600 && cp <= 0x06FF)) {
                arabicTexts++;
            }
        }
        assertTrue(arabicTexts > english.size() * 0.8, "Arabic texts: " + arabicTexts + " of " + english.size());
    }

    @Test
    void fontsAreFoundInTheOverrideFolderOrTheFailureNamesWhatWasLookedFor(@TempDir Path dir) throws Exception {
        ReportFonts system = ReportFonts.find();
        Path mine = Files.createDirectories(dir.resolve("fonts/deep"));
        Files.copy(system.regular(), mine.resolve(ReportFonts.REGULAR_FILE));
        ReportFonts found = ReportFonts.find(dir.resolve("fonts").toString(), List.of());
        assertEquals(mine.resolve(ReportFonts.REGULAR_FILE), found.regular());
        assertEquals(found.regular(), found.bold(), "no bold face: the regular one");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReportFonts.find(null, List.of(empty)));
        assertTrue(e.getMessage().contains(ReportFonts.REGULAR_FILE) && e.getMessage().contains(ReportFonts.ENV) && e.getMessage().contains(empty.toString())
                && e.getMessage().contains("fonts-dejavu-core"), e.getMessage());
        assertTrue(system.awt(true, 12f).canDisplay('\u0639'), "the font has Arabic glyphs");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
