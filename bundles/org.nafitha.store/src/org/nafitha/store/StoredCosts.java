package org.nafitha.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The travel-cost table of a stored scenario, as two SQL tables a GIS specialist can query: {@code cost_table}
 * (scenario_id, unit, pairs) and {@code cost_pair} (scenario_id, origin, destination, cost). The store knows no cost
 * table type: pairs come and go through {@link Pairs} (the CLI builds the engines' table from them).
 */
public final class StoredCosts {

    /** Receives one pair. */
    @FunctionalInterface
    public interface Pairs {
        void accept(String origin, String destination, double cost);
    }

    /** Gives the pairs to save, one at a time, to a {@link Pairs}. */
    @FunctionalInterface
    public interface Source {
        void forEach(Pairs pairs);
    }

    /** Told the unit of a stored table, gives where its pairs go. */
    @FunctionalInterface
    public interface Reader {
        Pairs start(String unit);
    }

    private static final int BATCH = 10_000;

    private StoredCosts() {
    }

    /**
     * Keeps a cost table for the stored scenario {@code code}, replacing any it had. All or nothing.
     *
     * @param unit "min" or "km"
     * @throws StoreException when the scenario is not in the store or the database refuses
     */
    public static long save(ScenarioStore store, String code, String unit, Source pairs) throws StoreException {
        synchronized (store) {
            Connection c = store.connection();
            try {
                long id = id(c, code);
                c.setAutoCommit(false);
                try {
                    delete(c, id);
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO cost_table VALUES (?, ?, 0)")) {
                        p.setLong(1, id);
                        p.setString(2, unit);
                        p.executeUpdate();
                    }
                    long[] count = {0};
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO cost_pair VALUES (?, ?, ?, ?)")) {
                        SQLException[] failed = {null};
                        pairs.forEach((o, d, cost) -> {
                            if (failed[0] != null) {
                                return;
                            }
                            try {
                                p.setLong(1, id);
                                p.setString(2, o);
                                p.setString(3, d);
                                p.setDouble(4, cost);
                                p.addBatch();
                                if (++count[0] % BATCH == 0) {
                                    p.executeBatch();
                                }
                            } catch (SQLException e) {
                                failed[0] = e;
                            }
                        });
                        if (failed[0] != null) {
                            throw failed[0];
                        }
                        p.executeBatch();
                    }
                    try (PreparedStatement p = c.prepareStatement("UPDATE cost_table SET pairs = ? WHERE scenario_id = ?")) {
                        p.setLong(1, count[0]);
                        p.setLong(2, id);
                        p.executeUpdate();
                    }
                    c.commit();
                    return count[0];
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException("cannot keep the cost table of " + code + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Reads the cost table of a stored scenario.
     *
     * @return whether the scenario has a cost table (else {@code reader} is not called)
     */
    public static boolean load(ScenarioStore store, String code, Reader reader) throws StoreException {
        synchronized (store) {
            Connection c = store.connection();
            try {
                long id = id(c, code);
                String unit;
                try (PreparedStatement p = c.prepareStatement("SELECT unit FROM cost_table WHERE scenario_id = ?")) {
                    p.setLong(1, id);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) {
                            return false;
                        }
                        unit = r.getString(1);
                    }
                }
                Pairs pairs = reader.start(unit);
                try (PreparedStatement p = c.prepareStatement("SELECT origin, destination, cost FROM cost_pair WHERE scenario_id = ?")) {
                    p.setLong(1, id);
                    p.setFetchSize(BATCH);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            pairs.accept(r.getString(1), r.getString(2), r.getDouble(3));
                        }
                    }
                }
                return true;
            } catch (SQLException e) {
                throw new StoreException("cannot read the cost table of " + code + ": " + e.getMessage(), e);
            }
        }
    }

    private static long id(Connection c, String code) throws SQLException, StoreException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM scenario WHERE code = ?")) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException("no scenario " + code + " in the store");
                }
                return r.getLong(1);
            }
        }
    }

    private static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM cost_pair WHERE scenario_id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM cost_table WHERE scenario_id = ?")) {
            p.setLong(1, id);
            p.executeUpdate();
        }
    }
}
