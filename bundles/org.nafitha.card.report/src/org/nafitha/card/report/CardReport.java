package org.nafitha.card.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.nafitha.card.CardResult;
import org.nafitha.card.report.internal.Charts;
import org.nafitha.card.report.internal.HtmlReport;
import org.nafitha.card.report.internal.PdfReport;
import org.nafitha.card.report.internal.RatingMap;
import org.nafitha.card.report.internal.Texts;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.OutputFiles;

/**
 * Reports of a scenario's national card, UI-free (Java2D, no display): {@code card.html} (XHTML, right to left in
 * Arabic) with its charts and map as {@code card-*.png} beside it, and {@code card.pdf}, the same document on A4 pages.
 * Labels come from this bundle's messages (English and Arabic); names of centers, dimensions, indicators and
 * governorates from the card's bilingual fields.
 *
 * <pre>
 * CardReport.Output out = CardReport.write(card, scenario, results, Path.of("card"), "ar");
 * </pre>
 */
public final class CardReport {

    public static final String HTML = "card.html";
    public static final String PDF = "card.pdf";
    public static final String RATINGS_PNG = "card-ratings.png";
    public static final String MAP_PNG = "card-map.png";
    public static final String GOVERNORATES_PNG = "card-governorates.png";
    public static final String DIMENSIONS_PNG = "card-dimensions.png";

    /**
     * What to write.
     *
     * @param pdf whether to write card.pdf too
     * @param map whether to draw the map (it needs the scenario)
     * @param date the date the report shows (today by default)
     */
    public record Options(boolean pdf, boolean map, LocalDate date) {
        public static Options defaults() {
            return new Options(true, true, LocalDate.now());
        }

        public Options withPdf(boolean value) {
            return new Options(value, map, date);
        }

        public Options withMap(boolean value) {
            return new Options(pdf, value, date);
        }

        public Options withDate(LocalDate value) {
            return new Options(pdf, map, value);
        }
    }

    /**
     * The files written.
     *
     * @param html card.html
     * @param pdf card.pdf, null when not asked for
     * @param images the PNG files beside the HTML (charts, map)
     */
    public record Output(Path html, Path pdf, List<Path> images) {
    }

    private CardReport() {
    }

    /** {@link #write(CardResult, Scenario, Map, Path, String, Options)} with the default options (PDF, map, today). */
    public static Output write(CardResult card, Scenario scenario, Map<String, Object> analysisResults, Path outDir, String lang) throws IOException {
        return write(card, scenario, analysisResults, outDir, lang, Options.defaults());
    }

    /**
     * Writes the report of {@code card} into {@code outDir} (created when missing; files of an earlier report there are
     * replaced).
     *
     * @param card the national card
     * @param scenario the scenario the card was made from: the map places its centers and zones; null for no map
     * @param analysisResults the analysis results by analyzer id, for the map's layers (may be empty)
     * @param outDir the folder of card.html, card.pdf and card-*.png
     * @param lang {@code "ar"} (Arabic, right to left) or {@code "en"}
     * @throws IOException when a file cannot be written
     * @throws IllegalStateException when no font with Arabic glyphs is found (see {@link ReportFonts})
     */
    public static Output write(CardResult card, Scenario scenario, Map<String, Object> analysisResults, Path outDir, String lang, Options options)
            throws IOException {
        if (card == null) {
            throw new IllegalArgumentException("no card to report");
        }
        if (lang != null && !lang.isBlank() && !lang.equalsIgnoreCase("ar") && !lang.equalsIgnoreCase("en")) {
            throw new IllegalArgumentException("report language '" + lang + "': expected ar or en");
        }
        Texts t = Texts.of(lang);
        ReportFonts fonts = ReportFonts.find();
        Files.createDirectories(outDir);
        List<Path> images = new ArrayList<>();
        Path ratings = outDir.resolve(RATINGS_PNG);
        Charts.ratings(card, t, fonts, ratings);
        images.add(ratings);
        String map = null;
        if (options.map()) {
            BufferedImage image = RatingMap.render(card, scenario, analysisResults, t);
            if (image != null) {
                Path file = outDir.resolve(MAP_PNG);
                OutputFiles.write(file, out -> {
                    if (!ImageIO.write(image, "png", out)) {
                        throw new IOException(file + ": no PNG writer");
                    }
                });
                images.add(file);
                map = MAP_PNG;
            }
        }
        String governorates = null;
        if (!card.national().governorates().isEmpty()) {
            Path file = outDir.resolve(GOVERNORATES_PNG);
            Charts.governorates(card, t, fonts, file);
            images.add(file);
            governorates = GOVERNORATES_PNG;
        }
        String dimensions = null;
        if (!card.dimensions().isEmpty()) {
            Path file = outDir.resolve(DIMENSIONS_PNG);
            Charts.dimensions(card, t, fonts, file);
            images.add(file);
            dimensions = DIMENSIONS_PNG;
        }
        LocalDate date = options.date() == null ? LocalDate.now() : options.date();
        String xhtml = HtmlReport.write(card, t, date, new HtmlReport.Images(RATINGS_PNG, map, governorates, dimensions));
        Path html = outDir.resolve(HTML);
        OutputFiles.writeString(html, xhtml);
        Path pdf = null;
        if (options.pdf()) {
            pdf = outDir.resolve(PDF);
            PdfReport.write(html, pdf, t.arabic(), fonts);
        }
        return new Output(html, pdf, List.copyOf(images));
    }
}
