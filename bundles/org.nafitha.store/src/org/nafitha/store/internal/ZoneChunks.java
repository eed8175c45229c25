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
import java.util.zip.Inflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.nafitha.model.AreaType;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.Region;
import org.nafitha.model.Service;
import org.nafitha.model.Settlement;

/**
 * Demand zones in compressed binary chunks of {@link #SIZE} zones. H2 stores about 70,000 rows a second on this
 * class of machine, so a million zones as rows took 14–29 s to save; as 245 chunks they take well under a second.
 * Format (version 2), deflated: count, then per zone: code, name_en, name_ar, region code, population, area type,
 * latitude, longitude, extras ({@link ZoneExtras}), then its settlements: their count and per settlement code,
 * name_en, name_ar, latitude, longitude, share and area type (255: the zone's); strings as a presence flag and
 * modified UTF-8. Version 1 (before settlements) is still read.
 */
public final class ZoneChunks {

    public static final int SIZE = 4096;
    private static final int VERSION = 2;
    private static final int UNSET = 255;

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
                out.writeInt(z.getSettlements().size());
                for (Settlement st : z.getSettlements()) {
                    text(out, st.getCode());
                    text(out, st.getNameEn());
                    text(out, st.getNameAr());
                    out.writeDouble(st.getLatitude());
                    out.writeDouble(st.getLongitude());
                    out.writeDouble(st.getShare());
                    out.writeByte(st.isSetAreaType() ? st.getAreaType().getValue() : UNSET);
                }
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
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(chunk), new Inflater(), 1 << 16))) {
            int version = in.readUnsignedByte();
            if (version != 1 && version != VERSION) {
                throw new IOException("zone chunk of version " + version + ", expected 1 to " + VERSION);
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
                int settlements = version >= 2 ? in.readInt() : 0;
                if (settlements < 0 || settlements > 1_000_000) {
                    throw new IOException("zone " + z.getCode() + " has " + settlements + " settlements, expected 0 to 1,000,000");
                }
                for (int k = 0; k < settlements; k++) {
                    Settlement st = factory.createSettlement();
                    st.setCode(text(in));
                    st.setNameEn(text(in));
                    st.setNameAr(text(in));
                    st.setLatitude(in.readDouble());
                    st.setLongitude(in.readDouble());
                    st.setShare(in.readDouble());
                    int type = in.readUnsignedByte();
                    if (type != UNSET) {
                        AreaType areaType = AreaType.get(type);
                        if (areaType == null) {
                            throw new IOException("settlement " + st.getCode() + " of zone " + z.getCode() + " has area type " + type);
                        }
                        st.setAreaType(areaType);
                    }
                    z.getSettlements().add(st);
                }
                zones.add(z);
            }
            return zones;
        }
    }
}
