package uk.cxsim.model.params;

import java.io.Serializable;

/**
 * When customers want to get in touch.
 *
 * @param hourOfDay relative intensity of new contacts for each hour 0..23 (any positive scale)
 * @param dayOfWeek relative intensity for Monday..Sunday (any positive scale)
 */
public record CalendarParams(double[] hourOfDay, double[] dayOfWeek) implements Serializable {

    /** Multiplier of the mean hourly rate at this hour of the week (averages 1 over a week). */
    public double intensity(int hourOfWeek) {
        int day = hourOfWeek / 24;
        int hour = hourOfWeek % 24;
        return hourOfDay[hour] / mean(hourOfDay) * dayOfWeek[day] / mean(dayOfWeek);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
