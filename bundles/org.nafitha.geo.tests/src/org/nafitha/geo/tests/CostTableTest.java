package org.nafitha.geo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nafitha.geo.CostTable;

class CostTableTest {

    @Test
    void pairsAreFoundByIdAndMissingPairsAreUnreachable() {
        CostTable t = new CostTable.Builder(CostTable.Unit.MINUTES).add("z2", "c1", 12.5, 2).add("z1", "c2", 7, 3)
                .add("z1", "c1", 30, 4).build();
        assertEquals(2, t.origins());
        assertEquals(2, t.destinations());
        assertEquals(3, t.pairs());
        assertEquals(12.5, t.cost("z2", "c1"));
        assertEquals(7, t.cost("z1", "c2"));
        assertEquals(30, t.cost("z1", "c1"));
        assertEquals(Double.POSITIVE_INFINITY, t.cost("z2", "c2"));
        assertEquals(Double.POSITIVE_INFINITY, t.cost("nowhere", "c1"));
        assertEquals(30, t.maxCost());
        // columns list every origin reaching a destination, in origin order (z2 was interned first)
        List<String> toC1 = new ArrayList<>();
        t.forEachToDestination(t.destinationIndex("c1"), (o, c) -> toC1.add(t.origin(o) + "=" + c));
        assertEquals(List.of("z2=12.5", "z1=30.0"), toC1);
        List<String> fromZ1 = new ArrayList<>();
        t.forEachFromOrigin(t.originIndex("z1"), (d, c) -> fromZ1.add(t.destination(d) + "=" + c));
        assertEquals(List.of("c1=30.0", "c2=7.0"), fromZ1); // by destination index: c1 was interned first
    }

    @Test
    void aDuplicatePairNamesBothLines() {
        CostTable.Builder b = new CostTable.Builder(CostTable.Unit.KILOMETRES).add("z1", "c1", 1, 2).add("z1", "c2", 2, 3)
                .add("z1", "c1", 3, 9);
        CostTable.Problem p = assertThrows(CostTable.Problem.class, b::build);
        assertEquals(9, p.line());
        assertEquals(2, p.firstLine());
        assertTrue(p.getMessage().contains("z1 -> c1 is already on line 2"), p.getMessage());
    }

    @Test
    void negativeAndNonFiniteCostsAreRefusedWithTheirLine() {
        CostTable.Builder b = new CostTable.Builder(CostTable.Unit.MINUTES);
        assertEquals(5, assertThrows(CostTable.Problem.class, () -> b.add("z", "c", -1, 5)).line());
        assertEquals(6, assertThrows(CostTable.Problem.class, () -> b.add("z", "c", Double.NaN, 6)).line());
        assertEquals(7, assertThrows(CostTable.Problem.class, () -> b.add("z", "c", Double.POSITIVE_INFINITY, 7)).line());
    }

    @Test
    void twentyBytesAPair() {
        CostTable.Builder b = new CostTable.Builder(CostTable.Unit.MINUTES);
        int line = 1;
        for (int o = 0; o < 100; o++) {
            for (int d = 0; d < 100; d++) {
                b.add("o" + o, "d" + d, o + d, ++line);
            }
        }
        CostTable t = b.build();
        // 10,000 pairs x 20 bytes + (101 + 101) starts x 4 bytes
        assertEquals(10_000 * 20 + 202 * 4, t.pairBytes());
        assertEquals(57, t.cost("o7", "d50"));
    }

    @Test
    void unitsAreRead() {
        assertEquals(CostTable.Unit.MINUTES, CostTable.Unit.parse("minutes"));
        assertEquals(CostTable.Unit.KILOMETRES, CostTable.Unit.parse("KM"));
        assertThrows(IllegalArgumentException.class, () -> CostTable.Unit.parse("hours"));
    }
}
