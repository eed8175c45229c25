package org.nafitha.capacity;

import java.util.Arrays;

/**
 * The assumptions of a capacity analysis: the service-level target, the working year and day, the profile of arrivals
 * over the day, and which groups the mixed design sets apart.
 *
 * @param profile the share of a day's arrivals in each open hour (as many values as open hours, summing to 1)
 * @param segregationRatio in the mixed design, a group gets its own counters when its mean handling time is more than
 *        this many times the center's mean (or less than its inverse); e.g. 2
 */
public record CapacitySettings(Staffing.Target target, int workingDays, double[] profile, double segregationRatio) {

    public CapacitySettings {
        if (workingDays < 1) {
            throw new IllegalArgumentException("working days " + workingDays + ": expected 1 or more a year");
        }
        double sum = Arrays.stream(profile).sum();
        if (profile.length == 0 || Math.abs(sum - 1) > 1e-6 || Arrays.stream(profile).anyMatch(w -> !(w >= 0))) {
            throw new IllegalArgumentException("arrival profile " + Arrays.toString(profile) + ": expected shares of 0 or more summing to 1");
        }
        if (!(segregationRatio >= 1)) {
            throw new IllegalArgumentException("segregation ratio " + segregationRatio + ": expected 1 or more");
        }
    }

    /**
     * A profile over {@code hours} open hours whose busiest hour has {@code peakFactor} times the mean: a tent rising
     * from the opening to the peak in the third hour (the late-morning rush of public counters) and falling to the
     * close. With a peak factor of 1 it is flat.
     */
    public static double[] peakedProfile(int hours, double peakFactor) {
        if (hours < 1) {
            throw new IllegalArgumentException("open hours " + hours + ": expected 1 or more");
        }
        if (!(peakFactor >= 1) || peakFactor > hours) {
            throw new IllegalArgumentException("peak factor " + peakFactor + ": expected 1 to the number of open hours (" + hours + ")");
        }
        double[] shape = new double[hours];
        int peak = Math.min(2, hours - 1);
        for (int h = 0; h < hours; h++) {
            shape[h] = h <= peak ? (peak == 0 ? 1 : (double) h / peak) : (hours - 1 == peak ? 1 : (double) (hours - 1 - h) / (hours - 1 - peak));
        }
        double mean = Arrays.stream(shape).average().orElse(1);
        double[] profile = new double[hours];
        if (mean >= 1 - 1e-12) {
            Arrays.fill(profile, 1.0 / hours);
            return profile;
        }
        // weight = base + slope * shape with mean 1 and maximum peakFactor; a negative base is lifted to 0
        double slope = (peakFactor - 1) / (1 - mean);
        double base = peakFactor - slope;
        double sum = 0;
        for (int h = 0; h < hours; h++) {
            profile[h] = Math.max(0, base + slope * shape[h]);
            sum += profile[h];
        }
        for (int h = 0; h < hours; h++) {
            profile[h] /= sum;
        }
        return profile;
    }
}
