package org.nafitha.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nafitha.geo.CostTable;
import org.nafitha.io.Feature;
import org.nafitha.locate.CostInstance;
import org.nafitha.locate.Instance;

/**
 * {@code nafitha locate --demand F --sites F --costs F}: the instance from a cost table; demand.csv is id,weight and
 * sites.csv id[,capacity][,status] (coordinates, when present, are not read: the table gives the costs).
 */
final class CostLocate {

    private CostLocate() {
    }

    static Instance fromFiles(Path demand, Path sites, CostOptions costs, double cutoff, boolean capacity) {
        List<Feature> d = LocateCommand.read(demand);
        List<Feature> s = LocateCommand.read(sites);
        int n = d.size();
        String[] ids = new String[n];
        double[] w = new double[n];
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Feature f = d.get(i);
            ids[i] = LocateCommand.unique(demand, f, LocateCommand.text(demand, f, "id"), seen);
            w[i] = LocateCommand.value(demand, f, "weight");
        }
        int m = s.size();
        String[] sids = new String[m];
        double[] cap = capacity ? new double[m] : null;
        Instance.Status[] status = new Instance.Status[m];
        seen.clear();
        for (int j = 0; j < m; j++) {
            Feature f = s.get(j);
            sids[j] = LocateCommand.unique(sites, f, LocateCommand.text(sites, f, "id"), seen);
            Object st = f.get("status");
            try {
                status[j] = st == null ? Instance.Status.CANDIDATE : Instance.Status.valueOf(st.toString().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(sites.getFileName() + ", " + f.location()
                        + ", field 'status': expected required, candidate or excluded, found '" + st + "'");
            }
            if (capacity) {
                cap[j] = LocateCommand.value(sites, f, "capacity");
            }
        }
        CostTable table = costs.load(new HashSet<>(Arrays.asList(ids)), new HashSet<>(Arrays.asList(sids)));
        double penalty = Double.isInfinite(cutoff) ? 0 : 2 * cutoff;
        return CostInstance.of(table, ids, null, w, sids, status, cap, cutoff, penalty);
    }
}
