package org.nafitha.coverage.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nafitha.coverage.Equity;

class EquityTest {

    private static final double[] ONES = {1, 1, 1, 1};

    @Test
    void equalSharesHaveNoInequality() {
        assertEquals(0, Equity.gini(new double[] {5, 5, 5, 5}, ONES), 1e-12);
        assertEquals(0, Equity.theil(new double[] {5, 5, 5, 5}, ONES), 1e-12);
        assertEquals(0.25, Equity.palma(new double[] {5, 5, 5, 5}, ONES), 1e-12); // the top 10 % hold 10 %, the bottom 40 % hold 40 %
    }

    @Test
    void oneHolderAmongFour() {
        // Lorenz (0,0) (.25,0) (.5,0) (.75,0) (1,1): Gini = 1 - 0.25 x (0+1) = 0.75 = (n-1)/n
        assertEquals(0.75, Equity.gini(new double[] {0, 0, 0, 8}, ONES), 1e-12);
        // Theil T of one holder among n equal people is ln n
        assertEquals(Math.log(4), Equity.theil(new double[] {0, 0, 0, 8}, ONES), 1e-12);
    }

    @Test
    void populationWeightsCountLikeRepeatedPeople() {
        // values 1 (weight 3) and 5 (weight 1) are the people {1, 1, 1, 5}:
        // mean 2; Gini by the mean difference: sum |xi - xj| over ordered pairs = 2 x 3 x 4 = 24; G = 24 / (2 x 16 x 2) = 0.375
        assertEquals(0.375, Equity.gini(new double[] {1, 5}, new double[] {3, 1}), 1e-12);
        assertEquals(Equity.gini(new double[] {1, 1, 1, 5}, ONES), Equity.gini(new double[] {1, 5}, new double[] {3, 1}), 1e-12);
        // Theil T: 3/4 x (1/2) ln(1/2) + 1/4 x (5/2) ln(5/2)
        double t = 0.75 * 0.5 * Math.log(0.5) + 0.25 * 2.5 * Math.log(2.5);
        assertEquals(t, Equity.theil(new double[] {1, 5}, new double[] {3, 1}), 1e-12);
    }

    @Test
    void palmaOfOneToTen() {
        // ten people with 1..10: the top 10 % hold 10/55, the bottom 40 % hold (1+2+3+4)/55 = 10/55: Palma = 1
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] w = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(1.0, Equity.palma(v, w), 1e-12);
        Equity.Lorenz l = Equity.lorenz(v, w);
        assertEquals(11, l.population().length);
        assertEquals(1.0, l.value()[10], 1e-12);
        assertEquals(10.0 / 55, l.value()[4], 1e-12);
    }

    @Test
    void negativeOrNonFiniteValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Equity.gini(new double[] {-1, 2}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> Equity.theil(new double[] {Double.NaN}, new double[] {1}));
    }
}
