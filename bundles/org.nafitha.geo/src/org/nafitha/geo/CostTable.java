package org.nafitha.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Travel costs between origins (where residents live) and destinations (centers, sites) from a GIS's network analysis
 * or a road graph: the long form {@code origin,destination,cost} held compactly. Ids are interned to ints; the pairs
 * are kept as compressed rows by origin (destination index and cost, sorted by destination), and the same pairs as
 * compressed columns by destination for the catchment step that walks from a site to its demand. Costs are kept as
 * given (doubles, so that a cost exactly on a band edge stays on it): per pair 4 bytes of destination index and 8 of
 * cost in the rows, 4 of origin index and 4 of position in the rows in the columns, 20 bytes a pair in all (a
 * 2,000 × 2,000 table of 4 million pairs: 80 MB). A pair absent from the table is unreachable: {@link #cost} gives
 * {@code Double.POSITIVE_INFINITY}, never a straight line.
 */
public final class CostTable {

    /** The unit of the costs, stated by the table's header or its user. */
    public enum Unit {
        MINUTES("min"), KILOMETRES("km");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        /** "min" or "km". */
        public String symbol() {
            return symbol;
        }

        /** Reads "minutes", "min", "km" or "kilometres". */
        public static Unit parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "minutes", "minute", "min" -> MINUTES;
                case "km", "kilometres", "kilometers" -> KILOMETRES;
                default -> throw new IllegalArgumentException("cost unit '" + text + "': expected minutes or km");
            };
        }
    }

    /** Receives one pair of a row or column: the other side's index and the cost. */
    @FunctionalInterface
    public interface Pair {
        void accept(int index, double cost);
    }

    private final Unit unit;
    private final String[] origins;
    private final String[] destinations;
    private final Map<String, Integer> originIndex;
    private final Map<String, Integer> destinationIndex;
    private final int[] rowStart;
    private final int[] rowDestination;
    private final double[] rowCost;
    private final int[] columnStart;
    private final int[] columnOrigin;
    private final int[] columnPosition;

    private CostTable(Unit unit, String[] origins, String[] destinations, int[] rowStart, int[] rowDestination, double[] rowCost) {
        this.unit = unit;
        this.origins = origins;
        this.destinations = destinations;
        this.originIndex = index(origins);
        this.destinationIndex = index(destinations);
        this.rowStart = rowStart;
        this.rowDestination = rowDestination;
        this.rowCost = rowCost;
        int pairs = rowDestination.length;
        this.columnStart = new int[destinations.length + 1];
        for (int k = 0; k < pairs; k++) {
            columnStart[rowDestination[k] + 1]++;
        }
        for (int d = 0; d < destinations.length; d++) {
            columnStart[d + 1] += columnStart[d];
        }
        this.columnOrigin = new int[pairs];
        this.columnPosition = new int[pairs];
        int[] fill = Arrays.copyOf(columnStart, destinations.length);
        // rows are visited in origin order, so each column comes out sorted by origin
        for (int o = 0; o < origins.length; o++) {
            for (int k = rowStart[o]; k < rowStart[o + 1]; k++) {
                int at = fill[rowDestination[k]]++;
                columnOrigin[at] = o;
                columnPosition[at] = k;
            }
        }
    }

    private static Map<String, Integer> index(String[] ids) {
        Map<String, Integer> m = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            m.put(ids[i], i);
        }
        return m;
    }

    public Unit unit() {
        return unit;
    }

    public int origins() {
        return origins.length;
    }

    public int destinations() {
        return destinations.length;
    }

    public int pairs() {
        return rowCost.length;
    }

    public String origin(int index) {
        return origins[index];
    }

    public String destination(int index) {
        return destinations[index];
    }

    /** The index of an origin id; -1 when the table does not name it. */
    public int originIndex(String id) {
        Integer i = originIndex.get(id);
        return i == null ? -1 : i;
    }

    /** The index of a destination id; -1 when the table does not name it. */
    public int destinationIndex(String id) {
        Integer i = destinationIndex.get(id);
        return i == null ? -1 : i;
    }

    /** The cost from origin to destination by index; {@code POSITIVE_INFINITY} when the pair is absent (unreachable). */
    public double cost(int origin, int destination) {
        if (origin < 0 || destination < 0) {
            return Double.POSITIVE_INFINITY;
        }
        int k = Arrays.binarySearch(rowDestination, rowStart[origin], rowStart[origin + 1], destination);
        return k >= 0 ? rowCost[k] : Double.POSITIVE_INFINITY;
    }

    /** The cost between two ids; {@code POSITIVE_INFINITY} when either id or the pair is absent. */
    public double cost(String origin, String destination) {
        return cost(originIndex(origin), destinationIndex(destination));
    }

    /** Every pair leaving an origin, by destination index. */
    public void forEachFromOrigin(int origin, Pair pair) {
        for (int k = rowStart[origin]; k < rowStart[origin + 1]; k++) {
            pair.accept(rowDestination[k], rowCost[k]);
        }
    }

    /** Every pair reaching a destination, by origin index. */
    public void forEachToDestination(int destination, Pair pair) {
        for (int k = columnStart[destination]; k < columnStart[destination + 1]; k++) {
            pair.accept(columnOrigin[k], rowCost[columnPosition[k]]);
        }
    }

    /** The largest cost in the table; 0 when it is empty. */
    public double maxCost() {
        double max = 0;
        for (double c : rowCost) {
            max = Math.max(max, c);
        }
        return max;
    }

    /** Bytes held by the arrays of pairs (both directions and the row/column starts), ids and their maps not counted. */
    public long pairBytes() {
        return 4L * (rowStart.length + rowDestination.length + 2 * rowCost.length + columnStart.length + columnOrigin.length
                + columnPosition.length);
    }

    /**
     * Collects pairs with the line each came from and checks them at the end: a cost must be a finite number, 0 or more;
     * a pair may appear once. Ids are interned as they come.
     */
    public static final class Builder {
        private final Unit unit;
        private final Map<String, Integer> origins = new HashMap<>();
        private final Map<String, Integer> destinations = new HashMap<>();
        private final List<String> originIds = new ArrayList<>();
        private final List<String> destinationIds = new ArrayList<>();
        private int size;
        private int[] o = new int[1024];
        private int[] d = new int[1024];
        private double[] c = new double[1024];
        private int[] line = new int[1024];

        public Builder(Unit unit) {
            this.unit = unit;
        }

        /**
         * Adds one pair read from {@code lineNumber} (any tag the caller uses to name where it came from).
         *
         * @throws Problem when the cost is negative or not finite
         */
        public Builder add(String origin, String destination, double cost, int lineNumber) {
            if (!Double.isFinite(cost) || cost < 0) {
                throw new Problem(lineNumber, -1, "cost", "expected a finite number, 0 or more, found " + cost);
            }
            if (size == c.length) {
                int grow = size * 2;
                o = Arrays.copyOf(o, grow);
                d = Arrays.copyOf(d, grow);
                c = Arrays.copyOf(c, grow);
                line = Arrays.copyOf(line, grow);
            }
            o[size] = intern(origin, origins, originIds);
            d[size] = intern(destination, destinations, destinationIds);
            c[size] = cost;
            line[size++] = lineNumber;
            return this;
        }

        private static int intern(String id, Map<String, Integer> map, List<String> ids) {
            Integer i = map.get(id);
            if (i == null) {
                i = ids.size();
                map.put(id, i);
                ids.add(id);
            }
            return i;
        }

        /**
         * The table: rows by origin, each sorted by destination.
         *
         * @throws Problem naming the line of a pair already given (and the line that gave it first)
         */
        public CostTable build() {
            int n = originIds.size();
            int[] start = new int[n + 1];
            for (int k = 0; k < size; k++) {
                start[o[k] + 1]++;
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            // each row's pairs as (destination << 32 | entry), sorted; duplicates end up side by side
            long[] keys = new long[size];
            int[] fill = Arrays.copyOf(start, n);
            for (int k = 0; k < size; k++) {
                keys[fill[o[k]]++] = ((long) d[k] << 32) | k;
            }
            int[] dest = new int[size];
            double[] cost = new double[size];
            for (int i = 0; i < n; i++) {
                Arrays.sort(keys, start[i], start[i + 1]);
                for (int k = start[i]; k < start[i + 1]; k++) {
                    int entry = (int) keys[k];
                    dest[k] = (int) (keys[k] >>> 32);
                    cost[k] = c[entry];
                    if (k > start[i] && dest[k] == dest[k - 1]) {
                        int first = (int) keys[k - 1];
                        int later = Math.max(line[first], line[entry]);
                        throw new Problem(later, Math.min(line[first], line[entry]), "origin,destination",
                                "the pair " + originIds.get(i) + " -> " + destinationIds.get(dest[k]) + " is already on line "
                                        + Math.min(line[first], line[entry]) + "; expected each pair once");
                    }
                }
            }
            return new CostTable(unit, originIds.toArray(String[]::new), destinationIds.toArray(String[]::new), start, dest, cost);
        }
    }

    /** A pair the builder refuses: the line it came from, the column and what was expected. */
    public static final class Problem extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int firstLine;
        private final String column;

        public Problem(int line, int firstLine, String column, String message) {
            super(message);
            this.line = line;
            this.firstLine = firstLine;
            this.column = column;
        }

        /** The line of the refused pair. */
        public int line() {
            return line;
        }

        /** For a duplicate, the line of the first; -1 otherwise. */
        public int firstLine() {
            return firstLine;
        }

        public String column() {
            return column;
        }
    }
}
