package org.nafitha.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nafitha.cli.Cli;

/** {@code nafitha render} with store tables and the location-allocation layers. */
class RenderCommandTest extends CliRunning {

    private static long pixelsOf(BufferedImage image, int rgb) {
        long n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void theCentersTableOfTheStoreIsDrawn(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        assertEquals(Cli.OK, run("store", "save", "--store", store, "--scenario", "sample"), err());
        Path png = dir.resolve("table.png");
        // the table over the scenario's governorates alone (--layers regions): their 12 outlines and the table's 185 rows
        assertEquals(Cli.OK, run("render", "--scenario", "sample", "--layers", "regions", "--layer-table", "center_layer", "--store", store,
                "--width", "400", "--height", "300", "--out", png.toString()), err());
        assertTrue(out().startsWith("drew 2 layers (197 features) at 400x300"), out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(pixelsOf(image, 0xB39DDB) > 0, "the table's points in their purple");

        assertEquals(Cli.DATA_ERROR, run("render", "--scenario", "sample", "--layer-table", "zones", "--store", store, "--out", png.toString()));
        assertTrue(err().contains("table 'zones': expected a table with a GEOMETRY column, one of [center_layer, region_layer]"), err());
        assertEquals(Cli.DATA_ERROR, run("render", "--scenario", "sample", "--layer-table", "center_layer", "--store", store, "--table-scenario",
                "JO-1999", "--out", png.toString()));
        assertTrue(err().contains("scenario 'JO-1999': expected one of the store's scenarios [JO-SAMPLE]"), err());
        assertEquals(Cli.USAGE_ERROR, run("render", "--scenario", "sample", "--store", store, "--out", png.toString()));
        assertTrue(err().contains("--store and --table-scenario go with --layer-table TABLE"), err());
    }

    @Test
    void theChosenSitesAndTheAllocationAreDrawn(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("locate.png");
        assertEquals(Cli.OK, run("render", "--scenario", "sample", "--analysis", "locate", "--p", "13", "--time-limit", "2", "--width", "800",
                "--height", "600", "--out", png.toString()), err());
        assertTrue(out().startsWith("located 13 sites (pmedian, objective "), out());
        BufferedImage image = ImageIO.read(png.toFile());
        // the 11 existing comprehensive centers are required (purple stars), two more are opened (amber stars); a
        // 16-pixel star on the map has about 70 pixels of its fill, the 14-pixel one in the legend about 45: more than
        // the legend's and two stars' worth of purple, more than the legend's and one star's worth of amber
        long kept = pixelsOf(image, 0x8E24AA);
        long opened = pixelsOf(image, 0xFFB300);
        assertTrue(kept > 45 + 2 * 60, "kept sites: " + kept + " pixels");
        assertTrue(opened > 45 + 60, "opened sites: " + opened + " pixels");
        assertEquals(Cli.USAGE_ERROR, run("render", "--scenario", "sample", "--analysis", "routing", "--out", png.toString()));
        assertTrue(err().contains("--analysis 'routing': expected coverage or locate"), err());
        assertEquals(Cli.USAGE_ERROR, run("render", "--scenario", "sample", "--analysis", "locate", "--problem", "pmedian", "--out",
                png.toString()), "p-median needs --p");
    }
}
