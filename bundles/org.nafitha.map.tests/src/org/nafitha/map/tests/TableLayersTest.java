package org.nafitha.map.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Puntal;
import org.nafitha.geo.Crs;
import org.nafitha.map.MapLayer;
import org.nafitha.map.Projector;
import org.nafitha.map.sources.TableLayers;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.sample.SampleScenario;
import org.nafitha.store.ScenarioStore;
import org.nafitha.store.StoreException;

class TableLayersTest {

    private final Projector projector = new Projector(Crs.of(Crs.UTM_36N));

    @Test
    void theCentersOfAStoredScenarioAreALayer(@TempDir Path dir) throws Exception {
        Scenario sample = SampleScenario.create();
        Path base = dir.resolve("store");
        try (ScenarioStore store = ScenarioStore.open(base)) {
            store.save(sample);
            store.copy(sample.getCode(), "JO-2027", "Jordan 2027", null); // a second scenario: its rows are not the sample's
        }
        List<TableLayers.GeometryTable> tables;
        MapLayer centers;
        try (Connection c = TableLayers.open(dir.resolve("store.mv.db"))) {
            tables = TableLayers.tables(c);
            assertEquals(List.of("JO-2027", sample.getCode()), TableLayers.scenarios(c), "by code: JO-2027 before JO-SAMPLE");
            centers = TableLayers.load(c, "center_layer", projector, null, sample.getCode());
        }
        assertEquals(List.of("center_layer", "region_layer"), tables.stream().map(TableLayers.GeometryTable::qualifiedName)
                .map(String::toLowerCase).toList());
        TableLayers.GeometryTable centerTable = tables.get(0);
        assertEquals(4326, centerTable.srid(), "center_layer is GEOMETRY(POINT, 4326)");
        assertEquals(2L * sample.getCenters().size(), centerTable.rows(), "both scenarios' centers are in the table");

        assertEquals(sample.getCenters().size(), centers.features().size(), "one feature per center of the sample");
        assertEquals(185, centers.features().size());
        assertEquals("center_layer (" + sample.getCode() + ")", centers.name());
        MapLayer.MapFeature aqaba = centers.features().stream().filter(f -> f.id().equals("CSC-AQ")).findFirst().orElseThrow();
        // every column but the geometry, named in lower case
        assertEquals(List.of("scenario_id", "code", "name_en", "name_ar", "kind", "status", "counters", "staff"), List.copyOf(aqaba.attributes()
                .keySet()));
        assertEquals("Aqaba Comprehensive Service Center", aqaba.attributes().get("name_en"));
        ServiceCenter model = sample.getCenters().stream().filter(x -> x.getCode().equals("CSC-AQ")).findFirst().orElseThrow();
        assertEquals(16, ((Number) aqaba.attributes().get("counters")).intValue(), "16 counters in the sample's centers.csv");
        assertEquals(model.getCounters().size(), ((Number) aqaba.attributes().get("counters")).intValue());
        // stored at lon 35.0063, lat 29.5321 (WGS84) and drawn in UTM 36N, as the scenario's own layer draws it
        Coordinate expected = projector.point(35.0063, 29.5321).getCoordinate();
        assertTrue(aqaba.geometry() instanceof Puntal);
        assertEquals(expected.x, aqaba.geometry().getCoordinate().x, 1e-6);
        assertEquals(expected.y, aqaba.geometry().getCoordinate().y, 1e-6);
        assertEquals("name_en", centers.style().labelField(), "a table with English names is labelled with them");

        // every row when no scenario is named; the regions of the sample have no boundaries: their seats
        MapLayer all = TableLayers.load(base, "CENTER_LAYER", projector, null, null);
        assertEquals(2 * 185, all.features().size());
        MapLayer regions = TableLayers.load(base, "region_layer", projector, null, "JO-2027");
        assertEquals(sample.getRegions().size(), regions.features().size());
    }

    @Test
    void anyH2TableWithGeometriesIsALayerInTheCrsItDeclaresOrIsGiven(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("gis");
        try (Connection c = ScenarioStore.openDatabase(base, false); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE roads (id INT, name VARCHAR, lanes INT, geom GEOMETRY)");
            // coordinates in UTM 36N metres without an SRID, and one with its SRID (EWKT)
            s.execute("INSERT INTO roads VALUES (1, 'Desert Highway', 4, 'LINESTRING (770000 3540000, 780000 3500000)')");
            s.execute("INSERT INTO roads VALUES (2, 'no geometry', 2, NULL)");
            s.execute("CREATE TABLE towns (code VARCHAR, geom GEOMETRY)");
            s.execute("INSERT INTO towns VALUES ('AMM', 'SRID=4326;POINT (35.9106 31.9539)')");
            s.execute("CREATE TABLE notes (id INT, text VARCHAR)");
        }
        try (Connection c = TableLayers.open(base)) {
            assertEquals(List.of("ROADS", "TOWNS"), TableLayers.tables(c).stream().map(TableLayers.GeometryTable::name).toList(),
                    "only tables with a geometry column");
            assertEquals(List.of(), TableLayers.scenarios(c), "not a store: no scenarios");
            IllegalArgumentException noCrs = assertThrows(IllegalArgumentException.class, () -> TableLayers.load(c, "roads", projector, null, null));
            assertEquals("table ROADS, column GEOM: the geometries have no SRID: expected the CRS of their coordinates (e.g. EPSG:4326)",
                    noCrs.getMessage());
            MapLayer roads = TableLayers.load(c, "roads", projector, Crs.UTM_36N, null);
            assertEquals(1, roads.features().size(), "the row without a geometry is skipped");
            MapLayer.MapFeature road = roads.features().get(0);
            assertEquals("1", road.id(), "no code column: the id");
            assertEquals("Desert Highway", road.attributes().get("name"));
            assertEquals(4, ((Number) road.attributes().get("lanes")).intValue());
            // UTM 36N to WGS84 and back to UTM 36N: the same metres
            assertEquals(770_000, road.geometry().getCoordinates()[0].x, 1e-3);
            assertEquals(3_500_000, road.geometry().getCoordinates()[1].y, 1e-3);
            MapLayer towns = TableLayers.load(c, "towns", projector, null, null);
            Coordinate amman = projector.point(35.9106, 31.9539).getCoordinate();
            assertEquals(amman.x, towns.features().get(0).geometry().getCoordinate().x, 1e-6, "SRID 4326 needs no CRS given");
            IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> TableLayers.load(c, "notes", projector, null, null));
            assertEquals("table 'notes': expected a table with a GEOMETRY column, one of [roads, towns]", wrong.getMessage());
            IllegalArgumentException scenario = assertThrows(IllegalArgumentException.class, () -> TableLayers.load(c, "towns", projector, null, "X"));
            assertEquals("table TOWNS has no scenario_id column: expected no scenario for it", scenario.getMessage());
        }
        StoreException missing = assertThrows(StoreException.class, () -> TableLayers.open(dir.resolve("nothing.mv.db")));
        assertTrue(missing.getMessage().startsWith("no H2 database at ") && missing.getMessage().endsWith(
                "nothing.mv.db: expected a Nafitha store or another H2 2.x database file"), missing.getMessage());
    }
}
