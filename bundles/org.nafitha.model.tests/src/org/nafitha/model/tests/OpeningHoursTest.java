package org.nafitha.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nafitha.model.OpeningHours;

class OpeningHoursTest {

    @Test
    void governmentWeekWithSaturdayMorning() {
        OpeningHours h = OpeningHours.parse("Sun-Thu 08:00-15:00; Sat 09:00-13:00");
        // 5 days x 7 h + 4 h = 39 h (hand computation)
        assertEquals(39.0, h.weeklyHours(), 1e-9);
        assertEquals(6, h.openDays());
        assertEquals(7.0, h.hoursByDay().get(DayOfWeek.SUNDAY), 1e-9);
        assertEquals(null, h.hoursByDay().get(DayOfWeek.FRIDAY));
        assertEquals("Sun-Thu 08:00-15:00; Sat 09:00-13:00", h.toString());
    }

    @Test
    void dayRangeWrapsAroundTheWeekAndRoundTheClockIsTwentyFourHours() {
        OpeningHours h = OpeningHours.parse("Sat-Mon 00:00-24:00");
        assertEquals(3, h.openDays());
        assertTrue(h.hoursByDay().containsKey(DayOfWeek.SUNDAY));
        assertEquals(72.0, h.weeklyHours(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Sun-Thu", "Sun-Thu 8-15", "Sun-Thx 08:00-15:00", "Sun 15:00-08:00", "Mon 08:00-25:00",
        "Mon 08:61-09:00", "Sun-Thu 08:00-15:00;; Sat 09:00-12:00", "every day"})
    void malformedHoursAreRejectedWithAReason(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse(text));
        assertTrue(e.getMessage().length() > 10, e.getMessage());
    }

    @Test
    void theMessageNamesTheBadDay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OpeningHours.parse("Sun-Thu 08:00-15:00; Sut 09:00-12:00"));
        assertTrue(e.getMessage().contains("'Sut'"), e.getMessage());
    }
}
