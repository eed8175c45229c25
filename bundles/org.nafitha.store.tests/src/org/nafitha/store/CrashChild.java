package org.nafitha.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicEList;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;

/**
 * The child process of {@link CrashSafetyTest}: saves a large scenario again and again, revision after revision,
 * saying "saving N" before and "saved N" after each save, until it is killed. In revision N every zone has N residents
 * and the description says "revision N", so a torn save would show as a mix.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static Scenario scenario(int zones, int revision) {
        NafithaFactory f = NafithaFactory.eINSTANCE;
        Scenario s = f.createScenario();
        s.setCode("big");
        s.setNameEn("Big");
        s.setNameAr("كبير");
        s.setDescription("revision " + revision);
        Region region = f.createRegion();
        region.setCode("R1");
        region.setNameEn("Region");
        region.setLatitude(31.9);
        region.setLongitude(35.9);
        s.getRegions().add(region);
        List<DemandZone> list = new ArrayList<>(zones);
        for (int i = 0; i < zones; i++) {
            DemandZone z = f.createDemandZone();
            z.setCode("Z" + i);
            z.setNameEn("Zone " + i);
            z.setPopulation(revision);
            z.setLatitude(29.5 + (i % 1000) * 0.0033);
            z.setLongitude(35.0 + (i / 1000 % 1000) * 0.004);
            z.setRegion(region);
            list.add(z);
        }
        ((BasicEList<DemandZone>) s.getDemandZones()).addAllUnique(list);
        return s;
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        int zones = Integer.parseInt(args[1]);
        try (ScenarioStore store = ScenarioStore.open(base)) {
            for (int revision = 1;; revision++) {
                Scenario s = scenario(zones, revision);
                System.out.println("saving " + revision);
                System.out.flush();
                long start = System.nanoTime();
                store.save(s);
                System.out.println("saved " + revision + " " + (System.nanoTime() - start) / 1_000_000);
                System.out.flush();
            }
        }
    }
}
