package org.nafitha.store.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.BasicEList;
import org.nafitha.model.DemandZone;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;

/** The demand zones of a stored scenario, in the table {@code demand_zone_chunk} ({@link ZoneChunks}). */
public final class ZoneTables {

    private ZoneTables() {
    }

    /** Writes a scenario's zones as compressed chunks (encoded on every core, written in order). */
    public static void insert(Connection connection, long id, List<DemandZone> zones) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO demand_zone_chunk (scenario_id, chunk, zones, data) VALUES (?, ?, ?, ?)")) {
            int chunks = (zones.size() + ZoneChunks.SIZE - 1) / ZoneChunks.SIZE;
            // encoding (and deflating) is the bulk of the work: on every core, then written in order
            List<byte[]> encoded = IntStream.range(0, chunks).parallel()
                    .mapToObj(c -> ZoneChunks.encode(zones, c * ZoneChunks.SIZE, Math.min(zones.size(), (c + 1) * ZoneChunks.SIZE)))
                    .toList();
            for (int chunk = 0; chunk < chunks; chunk++) {
                p.setLong(1, id);
                p.setInt(2, chunk);
                p.setInt(3, Math.min(zones.size(), (chunk + 1) * ZoneChunks.SIZE) - chunk * ZoneChunks.SIZE);
                p.setBytes(4, encoded.get(chunk));
                p.executeUpdate();
            }
        }
    }

    /** Reads a scenario's zones back, their references resolved against its regions, groups and services. */
    public static void read(Connection connection, long id, Scenario scenario) throws SQLException {
        Map<String, Region> regions = new HashMap<>();
        scenario.getRegions().forEach(r -> regions.put(r.getCode(), r));
        Map<String, PopulationGroup> groups = new HashMap<>();
        scenario.getPopulationGroups().forEach(g -> groups.put(g.getCode(), g));
        Map<String, Service> services = new HashMap<>();
        scenario.getServices().forEach(s -> services.put(s.getCode(), s));
        List<byte[]> chunks = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT chunk, data FROM demand_zone_chunk WHERE scenario_id = ? ORDER BY chunk")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    chunks.add(r.getBytes(2));
                }
            }
        }
        // decoding builds the zones: on every core (a new zone touches nothing shared), then added in order
        List<List<DemandZone>> decoded = IntStream.range(0, chunks.size()).parallel().mapToObj(c -> {
            try {
                return ZoneChunks.decode(chunks.get(c), regions, groups, services);
            } catch (IOException e) {
                throw new IllegalStateException("zone chunk " + c + ": " + e.getMessage(), e);
            }
        }).toList();
        List<DemandZone> zones = new ArrayList<>(decoded.stream().mapToInt(List::size).sum());
        decoded.forEach(zones::addAll);
        // one bulk add: EMF checks uniqueness per add, which is quadratic for a million zones added one by one
        ((BasicEList<DemandZone>) scenario.getDemandZones()).addAllUnique(zones);
    }
}
