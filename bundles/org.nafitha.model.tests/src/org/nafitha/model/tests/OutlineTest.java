package org.nafitha.model.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nafitha.model.Outline;

class OutlineTest {

    private static final String SQUARE_WITH_HOLE = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))";

    @Test
    void pointsInTheShellAreInsideAndPointsInTheHoleAreNot() {
        Outline o = Outline.parse(SQUARE_WITH_HOLE);
        assertTrue(o.contains(1, 1));
        assertTrue(o.contains(9.9, 5));
        assertFalse(o.contains(5, 5));
        assertFalse(o.contains(11, 5));
        assertFalse(o.contains(-0.1, 5));
    }

    @Test
    void multipolygonContainsPointsOfEitherPart() {
        Outline o = Outline.parse("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((5 5, 6 5, 6 6, 5 6, 5 5)))");
        assertTrue(o.contains(0.5, 0.5));
        assertTrue(o.contains(5.5, 5.5));
        assertFalse(o.contains(3, 3));
    }

    @Test
    void malformedWktIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Outline.parse("POINT (1 2)"));
        assertThrows(IllegalArgumentException.class, () -> Outline.parse("POLYGON ((0 0, 1 0, 0 0))"));
        assertThrows(IllegalArgumentException.class, () -> Outline.parse("POLYGON ((0 0, 1 x, 1 1, 0 0))"));
        assertThrows(IllegalArgumentException.class, () -> Outline.parse("POLYGON (0 0, 1 0, 1 1, 0 0)"));
    }
}
