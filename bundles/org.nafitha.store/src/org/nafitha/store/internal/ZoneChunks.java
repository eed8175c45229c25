package org.nafitha.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.nafitha.model.AreaType;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;
import org.nafitha.model.Service;

/**
 * Demand zones in compressed binary chunks of {@link #SIZE} zones. H2 stores about 70,000 rows a second on this
 * class of machine, so a million zones as rows took 14–29 s to save; as 245 chunks they take well under a second.
 * Format (version 1), deflated: count, then per zone: code, name_en, name_ar, region code, population, area type,
 * latitude, longitude, extras ({@link ZoneExtras}); strings as a presence flag and modified UTF-8.
 */
public final class ZoneChunks {

    public static final int SIZE = 4096;
    private static final int VERSION = 1;

    private ZoneChunks() {
    }

    public static byte[] encode(List<DemandZone> zones, int from, int to) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * (to - from) + 16);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_SPEED), 1 << 16))) {
            out.writeByte(VERSION);
            out.writeInt(to - from);
            for (int i = from; i < to; i++) {
                DemandZone z = zones.get(i);
                text(out, z.getCode());
                text(out, z.getNameEn());
                text(out, z.getNameAr());
                text(out, z.getRegion() == null ? null : z.getRegion().getCode());
                out.writeLong(z.getPopulation());
                out.writeByte(z.getAreaType().getValue());
                out.writeDouble(z.getLatitude());
                out.writeDouble(z.getLongitude());
                text(out, ZoneExtras.encode(z));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode zones", e); // in memory: does not happen
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeBoolean(false);
        } else {
            out.writeBoolean(true);
            out.writeUTF(value);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /**
     * Decodes a chunk into new zones whose references point to the scenario's regions, groups and services.
     *
     * @throws IOException when the chunk is damaged or names what the scenario lacks
     */
    public static List<DemandZone> decode(byte[] chunk, Map<String, Region> regions, Map<String, PopulationGroup> groups,
            Map<String, Service> services) throws IOException {
        NafithaFactory factory = NafithaFactory.eINSTANCE;
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(chunk), new java.util.zip.Inflater(), 1 << 16))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IOException("zone chunk of version " + version + ", expected " + VERSION);
            }
            int count = in.readInt();
            if (count < 0 || count > SIZE) {
                throw new IOException("zone chunk of " + count + " zones, expected at most " + SIZE);
            }
            List<DemandZone> zones = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                DemandZone z = factory.createDemandZone();
                z.setCode(text(in));
                z.setNameEn(text(in));
                z.setNameAr(text(in));
                String region = text(in);
                if (region != null) {
                    Region r = regions.get(region);
                    if (r == null) {
                        throw new IOException("zone " + z.getCode() + " names region " + region + ", which the scenario lacks");
                    }
                    z.setRegion(r);
                }
                z.setPopulation(in.readLong());
                z.setAreaType(AreaType.get(in.readUnsignedByte()));
                z.setLatitude(in.readDouble());
                z.setLongitude(in.readDouble());
                try {
                    ZoneExtras.decode(text(in), z, groups, services);
                } catch (IllegalStateException e) {
                    throw new IOException(e.getMessage(), e);
                }
                zones.add(z);
            }
            return zones;
        }
    }
}
