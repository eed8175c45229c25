package org.nafitha.locate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nafitha.geo.GreatCircle;
import org.nafitha.geo.PointIndex;

/**
 * A location-allocation instance: demand points with weights, candidate sites with a status (and a capacity when
 * known), and the distances between them kept sparse — for each demand point, the sites within a cutoff, nearest first
 * (compressed rows). A demand point whose nearest open site is beyond the cutoff costs {@link #penaltyKm()} per unit
 * of weight, so 100,000 points × 5,000 sites fit in memory when the cutoff keeps the lists short.
 */
public final class Instance {

    /** What the optimizer may do with a site. */
    public enum Status { REQUIRED, CANDIDATE, EXCLUDED }

    private final String[] demandIds;
    private final double[] weights;
    private final String[] siteIds;
    private final Status[] status;
    private final double[] capacity;
    private final int[] start;
    private final int[] site;
    private final double[] km;
    private final double cutoffKm;
    private final double penaltyKm;

    Instance(String[] demandIds, double[] weights, String[] siteIds, Status[] status, double[] capacity, int[] start, int[] site,
            double[] km, double cutoffKm, double penaltyKm) {
        this.demandIds = demandIds;
        this.weights = weights;
        this.siteIds = siteIds;
        this.status = status;
        this.capacity = capacity;
        this.start = start;
        this.site = site;
        this.km = km;
        this.cutoffKm = cutoffKm;
        this.penaltyKm = penaltyKm;
    }

    /**
     * Builds the candidate lists from coordinates with a spatial index: {@code greatCircle} for longitude/latitude,
     * else x/y in kilometres.
     *
     * @param cutoffKm only sites within it are listed; {@code Double.POSITIVE_INFINITY} lists every site
     * @param penaltyKm the cost per unit weight of a point with no open site within the cutoff (at least the cutoff)
     */
    public static Instance of(String[] demandIds, double[] dx, double[] dy, double[] weights, String[] siteIds, double[] sx, double[] sy,
            Status[] status, double[] capacity, boolean greatCircle, double cutoffKm, double penaltyKm) {
        int n = demandIds.length;
        int m = siteIds.length;
        check(n, dx, dy, weights, m, sx, sy, status);
        boolean all = Double.isInfinite(cutoffKm);
        double reach = all ? 0 : cutoffKm;
        if (!all && !(cutoffKm > 0)) {
            throw new IllegalArgumentException("cutoff " + cutoffKm + " km: expected more than 0");
        }
        if (!(penaltyKm >= (all ? 0 : cutoffKm))) {
            throw new IllegalArgumentException("penalty " + penaltyKm + " km: expected at least the cutoff (" + cutoffKm + " km)");
        }
        PointIndex index = all ? null : greatCircle ? PointIndex.greatCircle(sx, sy, Math.max(reach / 2, 1)) : PointIndex.euclideanKm(sx, sy,
                Math.max(reach / 2, 1e-6));
        int[] start = new int[n + 1];
        List<int[]> siteChunks = new ArrayList<>();
        List<double[]> kmChunks = new ArrayList<>();
        int[] rowSite = new int[m];
        double[] rowKm = new double[m];
        Integer[] order = new Integer[m];
        int total = 0;
        int[] siteBuffer = new int[1 << 16];
        double[] kmBuffer = new double[1 << 16];
        int fill = 0;
        for (int i = 0; i < n; i++) {
            int[] count = {0};
            if (all) {
                for (int j = 0; j < m; j++) {
                    if (status[j] != Status.EXCLUDED) {
                        rowSite[count[0]] = j;
                        rowKm[count[0]++] = greatCircle ? GreatCircle.distanceKm(dy[i], dx[i], sy[j], sx[j])
                                : Math.hypot(dx[i] - sx[j], dy[i] - sy[j]);
                    }
                }
            } else {
                index.forEachWithin(dx[i], dy[i], reach, (j, d) -> {
                    if (status[j] != Status.EXCLUDED) {
                        rowSite[count[0]] = j;
                        rowKm[count[0]++] = d;
                    }
                });
            }
            int c = count[0];
            for (int k = 0; k < c; k++) {
                order[k] = k;
            }
            Arrays.sort(order, 0, c, (a, b) -> Double.compare(rowKm[a], rowKm[b]));
            for (int k = 0; k < c; k++) {
                if (fill == siteBuffer.length) {
                    siteChunks.add(siteBuffer);
                    kmChunks.add(kmBuffer);
                    siteBuffer = new int[1 << 16];
                    kmBuffer = new double[1 << 16];
                    fill = 0;
                }
                siteBuffer[fill] = rowSite[order[k]];
                kmBuffer[fill++] = rowKm[order[k]];
            }
            total += c;
            start[i + 1] = total;
        }
        int[] site = new int[total];
        double[] km = new double[total];
        int at = 0;
        for (int c = 0; c < siteChunks.size(); c++) {
            System.arraycopy(siteChunks.get(c), 0, site, at, 1 << 16);
            System.arraycopy(kmChunks.get(c), 0, km, at, 1 << 16);
            at += 1 << 16;
        }
        System.arraycopy(siteBuffer, 0, site, at, fill);
        System.arraycopy(kmBuffer, 0, km, at, fill);
        return new Instance(demandIds.clone(), weights.clone(), siteIds.clone(), status.clone(), capacity == null ? null : capacity.clone(),
                start, site, km, cutoffKm, all ? 0 : penaltyKm);
    }

    /**
     * An instance from a full distance matrix (e.g. an OR-Library graph's shortest paths): every point is a demand
     * point of weight 1 and a candidate site.
     */
    public static Instance ofMatrix(double[][] distance) {
        int n = distance.length;
        String[] ids = new String[n];
        double[] w = new double[n];
        Status[] st = new Status[n];
        int[] start = new int[n + 1];
        int[] site = new int[n * n];
        double[] km = new double[n * n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Integer.toString(i + 1);
            w[i] = 1;
            st[i] = Status.CANDIDATE;
            double[] row = distance[i];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> Double.compare(row[a], row[b]));
            for (int k = 0; k < n; k++) {
                site[i * n + k] = order[k];
                km[i * n + k] = row[order[k]];
            }
            start[i + 1] = (i + 1) * n;
        }
        return new Instance(ids, w, ids.clone(), st, null, start, site, km, Double.POSITIVE_INFINITY, 0);
    }

    /**
     * The same instance with other site statuses (lists are shared). A site excluded here stays in the lists, and the
     * solvers skip it by its status.
     */
    public Instance withStatus(Status[] newStatus) {
        if (newStatus.length != siteIds.length) {
            throw new IllegalArgumentException(newStatus.length + " statuses for " + siteIds.length + " sites");
        }
        return new Instance(demandIds, weights, siteIds, newStatus.clone(), capacity, start, site, km, cutoffKm, penaltyKm);
    }

    private static void check(int n, double[] dx, double[] dy, double[] w, int m, double[] sx, double[] sy, Status[] status) {
        if (dx.length != n || dy.length != n || w.length != n || sx.length != m || sy.length != m || status.length != m) {
            throw new IllegalArgumentException("demand and site arrays differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
                throw new IllegalArgumentException("demand " + i + ": weight " + w[i] + ", expected a finite number, 0 or more");
            }
        }
    }

    public int demandCount() {
        return weights.length;
    }

    public int siteCount() {
        return siteIds.length;
    }

    public String demandId(int i) {
        return demandIds[i];
    }

    public String siteId(int j) {
        return siteIds[j];
    }

    public double weight(int i) {
        return weights[i];
    }

    public Status status(int j) {
        return status[j];
    }

    /** The capacity of a site (in weight units), or NaN when none was given. */
    public double capacity(int j) {
        return capacity == null ? Double.NaN : capacity[j];
    }

    public boolean hasCapacities() {
        return capacity != null;
    }

    /** The first index of demand point i's list; the list runs to {@code listStart(i + 1)}. */
    public int listStart(int i) {
        return start[i];
    }

    /** The site at a position of the lists. */
    public int listSite(int k) {
        return site[k];
    }

    /** The distance at a position of the lists. */
    public double listKm(int k) {
        return km[k];
    }

    /** Pairs in all lists. */
    public long pairs() {
        return site.length;
    }

    public double cutoffKm() {
        return cutoffKm;
    }

    public double penaltyKm() {
        return penaltyKm;
    }

    int[] starts() {
        return start;
    }

    int[] sites() {
        return site;
    }

    double[] distances() {
        return km;
    }
}
