package org.nafitha.coverage;

import java.util.Arrays;

import org.nafitha.geo.CostTable;
import org.nafitha.geo.PointIndex;

/** Which demand points lie within a radius of each site, and how far: the pairs a floating catchment visits. */
public interface Neighbourhood {

    int sites();

    int points();

    /** Calls {@code hit} for every demand point strictly closer than {@code radiusKm} to {@code site}. */
    void forEachWithin(int site, double radiusKm, PointIndex.Hit hit);

    /** Sites at (x, y) queried in a point index of the demand points (same coordinates as the index). */
    static Neighbourhood indexed(PointIndex demand, double[] siteX, double[] siteY) {
        return new Indexed(demand, siteX, siteY);
    }

    /** Sites queried in a point index; the floating catchment takes a faster path through it for step decay. */
    final class Indexed implements Neighbourhood {
        final PointIndex index;
        final double[] siteX;
        final double[] siteY;

        Indexed(PointIndex index, double[] siteX, double[] siteY) {
            this.index = index;
            this.siteX = siteX;
            this.siteY = siteY;
        }

        @Override
        public int sites() {
            return siteX.length;
        }

        @Override
        public int points() {
            return index.size();
        }

        @Override
        public void forEachWithin(int site, double radiusKm, PointIndex.Hit hit) {
            index.forEachWithin(siteX[site], siteY[site], radiusKm, hit);
        }
    }

    /** A full distance matrix {@code km[site][point]}, for small problems and other distance models. */
    static Neighbourhood matrix(double[][] km, int points) {
        return new Neighbourhood() {
            @Override
            public int sites() {
                return km.length;
            }

            @Override
            public int points() {
                return points;
            }

            @Override
            public void forEachWithin(int site, double radiusKm, PointIndex.Hit hit) {
                double[] row = km[site];
                for (int i = 0; i < row.length; i++) {
                    if (row[i] < radiusKm) {
                        hit.accept(i, row[i]);
                    }
                }
            }
        };
    }

    /**
     * The pairs of a cost table: demand point i is the table's origin {@code pointIds[i]}, site j its destination
     * {@code siteIds[j]}; a pair the table lacks is never within any radius (unreachable). The radius is in the
     * table's unit; a cost exactly at it is outside, as on the coordinate path.
     */
    static Neighbourhood costs(CostTable table, String[] pointIds, String[] siteIds) {
        int[] pointOfOrigin = new int[table.origins()];
        Arrays.fill(pointOfOrigin, -1);
        for (int i = 0; i < pointIds.length; i++) {
            int o = table.originIndex(pointIds[i]);
            if (o >= 0) {
                pointOfOrigin[o] = i;
            }
        }
        int[] destinationOfSite = new int[siteIds.length];
        for (int j = 0; j < siteIds.length; j++) {
            destinationOfSite[j] = table.destinationIndex(siteIds[j]);
        }
        int points = pointIds.length;
        return new Neighbourhood() {
            @Override
            public int sites() {
                return destinationOfSite.length;
            }

            @Override
            public int points() {
                return points;
            }

            @Override
            public void forEachWithin(int site, double radius, PointIndex.Hit hit) {
                int d = destinationOfSite[site];
                if (d < 0) {
                    return;
                }
                table.forEachToDestination(d, (o, cost) -> {
                    int i = pointOfOrigin[o];
                    if (i >= 0 && cost < radius) {
                        hit.accept(i, cost);
                    }
                });
            }
        };
    }
}
