package org.nafitha.model;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours as planners write them: groups of days and a time range, separated by semicolons, e.g.
 * {@code Sun-Thu 08:00-15:00; Sat 09:00-13:00}. Days are Sun, Mon, Tue, Wed, Thu, Fri, Sat; a range of days may
 * wrap around the week (Sat-Wed); times are HH:MM from 00:00 to 24:00 and a range must end after it starts.
 */
public final class OpeningHours {

    /** One group: the days it applies to and the minutes of the day it opens and closes. */
    public record Period(List<DayOfWeek> days, int opensMinute, int closesMinute) {
        public double hours() {
            return (closesMinute - opensMinute) / 60.0;
        }
    }

    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final Pattern GROUP = Pattern.compile(
            "([A-Za-z]{3})(?:\\s*-\\s*([A-Za-z]{3}))?\\s+(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    private final List<Period> periods;

    private OpeningHours(List<Period> periods) {
        this.periods = Collections.unmodifiableList(periods);
    }

    public List<Period> periods() {
        return periods;
    }

    /**
     * Parses opening hours.
     *
     * @throws IllegalArgumentException naming the group that does not parse and what was expected
     */
    public static OpeningHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no opening hours: expected e.g. 'Sun-Thu 08:00-15:00'");
        }
        List<Period> periods = new ArrayList<>();
        for (String group : text.split(";")) {
            String g = group.trim();
            Matcher m = GROUP.matcher(g);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + g + "' is not of the form 'Sun-Thu 08:00-15:00'");
            }
            DayOfWeek first = day(m.group(1), g);
            DayOfWeek last = m.group(2) == null ? first : day(m.group(2), g);
            int opens = minute(m.group(3), m.group(4), g);
            int closes = minute(m.group(5), m.group(6), g);
            if (closes <= opens) {
                throw new IllegalArgumentException("'" + g + "' closes before it opens");
            }
            List<DayOfWeek> days = new ArrayList<>();
            for (DayOfWeek d = first;; d = d.plus(1)) {
                days.add(d);
                if (d == last) {
                    break;
                }
            }
            periods.add(new Period(Collections.unmodifiableList(days), opens, closes));
        }
        return new OpeningHours(periods);
    }

    /** Open hours in a week; a day named in two groups counts both (e.g. a split shift). */
    public double weeklyHours() {
        return periods.stream().mapToDouble(p -> p.hours() * p.days().size()).sum();
    }

    /** Open hours per day of the week. */
    public Map<DayOfWeek, Double> hoursByDay() {
        Map<DayOfWeek, Double> byDay = new EnumMap<>(DayOfWeek.class);
        for (Period p : periods) {
            for (DayOfWeek d : p.days()) {
                byDay.merge(d, p.hours(), Double::sum);
            }
        }
        return byDay;
    }

    public int openDays() {
        return hoursByDay().size();
    }

    private static DayOfWeek day(String name, String group) {
        for (int i = 0; i < DAY_NAMES.length; i++) {
            if (DAY_NAMES[i].equalsIgnoreCase(name)) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw new IllegalArgumentException("'" + name + "' in '" + group + "' is not a day: expected one of "
                + String.join(", ", DAY_NAMES));
    }

    private static int minute(String h, String m, String group) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        if (hour > 24 || minute > 59 || hour == 24 && minute != 0) {
            throw new IllegalArgumentException("'" + h + ":" + m + "' in '" + group + "' is not a time of day");
        }
        return hour * 60 + minute;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Period p : periods) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(DAY_NAMES[p.days().get(0).getValue() - 1]);
            if (p.days().size() > 1) {
                sb.append('-').append(DAY_NAMES[p.days().get(p.days().size() - 1).getValue() - 1]);
            }
            sb.append(String.format(Locale.ROOT, " %02d:%02d-%02d:%02d", p.opensMinute() / 60, p.opensMinute() % 60,
                    p.closesMinute() / 60, p.closesMinute() % 60));
        }
        return sb.toString();
    }
}
