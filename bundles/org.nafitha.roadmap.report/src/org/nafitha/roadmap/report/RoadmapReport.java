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
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** Draws the charts and maps on all processors (each is independent); the first failure is thrown. */
    private static void runAll(List<Callable<Void>> work) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(work.size(), Runtime.getRuntime().availableProcessors())));
        try {
            for (Future<Void> f : pool.invokeAll(work)) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing the report's images", e);
        } finally {
            pool.shutdownNow();
        }
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
        List<Callable<Void>> work = new ArrayList<>();
        Map<String, String> indicators = new LinkedHashMap<>();
        for (RoadmapIndicators.Info info : RoadmapIndicators.ALL) {
            if (RoadmapCharts.drawable(result, info.id())) {
                String name = "roadmap-" + info.id() + ".png";
                images.add(outDir.resolve(name));
                indicators.put(info.id(), name);
                work.add(() -> {
                    RoadmapCharts.indicator(result, info.id(), t, fonts, outDir.resolve(name));
                    return null;
                });
            }
        }
        String capital = "roadmap-capital.png";
        String operating = "roadmap-operating.png";
        images.add(outDir.resolve(capital));
        images.add(outDir.resolve(operating));
        work.add(() -> {
            RoadmapCharts.spending(result, true, t, fonts, outDir.resolve(capital));
            RoadmapCharts.spending(result, false, t, fonts, outDir.resolve(operating));
            return null;
        });
        Map<Integer, String> maps = new ConcurrentSkipListMap<>();
        if (scenario != null) {
            for (RoadmapResult.Year y : result.years()) {
                work.add(() -> {
                    BufferedImage image = ChangeMaps.render(scenario, y, t);
                    if (image != null) {
                        String name = "roadmap-map-" + y.year() + ".png";
                        Path file = outDir.resolve(name);
                        OutputFiles.write(file, out -> {
                            if (!ImageIO.write(image, "png", out)) {
                                throw new IOException(file + ": no PNG writer");
                            }
                        });
                        maps.put(y.year(), name);
                    }
                    return null;
                });
            }
        }
        runAll(work);
        maps.values().forEach(name -> images.add(outDir.resolve(name)));
        String xhtml = RoadmapHtml.write(result, t, date == null ? LocalDate.now() : date, new RoadmapHtml.Images(indicators, capital, operating, maps));
        Path html = outDir.resolve(HTML);
        OutputFiles.writeString(html, xhtml);
        Path pdf = outDir.resolve(PDF);
        PdfReport.write(html, pdf, t.arabic(), fonts);
        return new Output(html, pdf, List.copyOf(images));
    }
}
