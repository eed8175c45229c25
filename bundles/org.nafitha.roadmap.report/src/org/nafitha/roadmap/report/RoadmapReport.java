package org.nafitha.roadmap.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.nafitha.card.report.ReportFonts;
import org.nafitha.card.report.internal.PdfReport;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.OutputFiles;
import org.nafitha.roadmap.RoadmapIndicators;
import org.nafitha.roadmap.RoadmapResult;
import org.nafitha.roadmap.report.internal.ChangeMaps;
import org.nafitha.roadmap.report.internal.RoadmapCharts;
import org.nafitha.roadmap.report.internal.RoadmapHtml;
import org.nafitha.roadmap.report.internal.RoadmapTexts;

/**
 * Reports of an evaluated roadmap, UI-free (Java2D, no display): {@code roadmap.html} (XHTML, right to left in Arabic)
 * with its charts and maps as {@code roadmap-*.png} beside it, and {@code roadmap.pdf}, the same on A4 pages (by
 * openhtmltopdf, as the card's report, with the same fonts).
 *
 * <pre>
 * RoadmapReport.Output out = RoadmapReport.write(result, scenario, Path.of("out"), "ar", LocalDate.now());
 * </pre>
 */
public final class RoadmapReport {

    public static final String HTML = "roadmap.html";
    public static final String PDF = "roadmap.pdf";

    /** The files written: the HTML, the PDF and the images beside them. */
    public record Output(Path html, Path pdf, List<Path> images) {
    }

    private RoadmapReport() {
    }

    /**
     * Writes the report into {@code outDir} (created when missing).
     *
     * @param scenario the scenario the roadmap belongs to, for the maps (null: no maps)
     * @param lang {@code "ar"} (the default) or {@code "en"}
     * @throws IllegalStateException when no font with Arabic glyphs is found (see {@link ReportFonts})
     */
    public static Output write(RoadmapResult result, Scenario scenario, Path outDir, String lang, LocalDate date) throws IOException {
        if (lang != null && !lang.isBlank() && !lang.equalsIgnoreCase("ar") && !lang.equalsIgnoreCase("en")) {
            throw new IllegalArgumentException("report language '" + lang + "': expected ar or en");
        }
        RoadmapTexts t = RoadmapTexts.of(lang);
        ReportFonts fonts = ReportFonts.find();
        Files.createDirectories(outDir);
        List<Path> images = new ArrayList<>();
        Map<String, String> indicators = new LinkedHashMap<>();
        for (RoadmapIndicators.Info info : RoadmapIndicators.ALL) {
            if (RoadmapCharts.drawable(result, info.id())) {
                String name = "roadmap-" + info.id() + ".png";
                RoadmapCharts.indicator(result, info.id(), t, fonts, outDir.resolve(name));
                images.add(outDir.resolve(name));
                indicators.put(info.id(), name);
            }
        }
        String capital = "roadmap-capital.png";
        RoadmapCharts.spending(result, true, t, fonts, outDir.resolve(capital));
        images.add(outDir.resolve(capital));
        String operating = "roadmap-operating.png";
        RoadmapCharts.spending(result, false, t, fonts, outDir.resolve(operating));
        images.add(outDir.resolve(operating));
        Map<Integer, String> maps = new LinkedHashMap<>();
        if (scenario != null) {
            for (RoadmapResult.Year y : result.years()) {
                BufferedImage image = ChangeMaps.render(scenario, y, t);
                if (image != null) {
                    String name = "roadmap-map-" + y.year() + ".png";
                    Path file = outDir.resolve(name);
                    OutputFiles.write(file, out -> {
                        if (!ImageIO.write(image, "png", out)) {
                            throw new IOException(file + ": no PNG writer");
                        }
                    });
                    images.add(file);
                    maps.put(y.year(), name);
                }
            }
        }
        String xhtml = RoadmapHtml.write(result, t, date == null ? LocalDate.now() : date, new RoadmapHtml.Images(indicators, capital, operating, maps));
        Path html = outDir.resolve(HTML);
        OutputFiles.writeString(html, xhtml);
        Path pdf = outDir.resolve(PDF);
        PdfReport.write(html, pdf, t.arabic(), fonts);
        return new Output(html, pdf, List.copyOf(images));
    }
}
