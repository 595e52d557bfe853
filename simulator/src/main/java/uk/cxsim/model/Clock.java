package uk.cxsim.model;

/**
 * The simulation's one clock. Time is a {@code double} count of minutes from midnight at the start of day 0, a
 * Monday; days are whole days from then, years have 365 days (flows per year are annualised with it) and weeks
 * start on Monday at 00:00. Every conversion between minutes, hours, days, weeks and years goes through here.
 */
public final class Clock {
    public static final double SECONDS_PER_MINUTE = 60.0;
    public static final double MINUTES_PER_HOUR = 60.0;
    public static final int HOURS_PER_DAY = 24;
    public static final int HOURS_PER_WEEK = 7 * HOURS_PER_DAY;
    public static final double MINUTES_PER_DAY = HOURS_PER_DAY * MINUTES_PER_HOUR;
    /** Days in a year (the model has no leap years), as a double so that rates divide by it safely. */
    public static final double DAYS_PER_YEAR = 365;
    public static final double MINUTES_PER_YEAR = DAYS_PER_YEAR * MINUTES_PER_DAY;
    /** Days in a month: a twelfth of the year (months are whole days, rounded from this). */
    public static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

    private Clock() {
    }

    /** Whole days in a number of years. */
    public static int daysInYears(int years) {
        return Math.multiplyExact(years, (int) DAYS_PER_YEAR);
    }

    /** Whole years in a span of days, a part-year dropped. */
    public static int wholeYears(int days) {
        return days / (int) DAYS_PER_YEAR;
    }

    /** Months a span of days covers, a last part-month counted. */
    public static int months(int days) {
        return (int) Math.ceil(days / DAYS_PER_MONTH - 1e-9);
    }

    /** The days [from, to) of month m (0-based) of a span of {@code days} days. */
    public static int[] month(int m, int days) {
        return new int[]{(int) Math.round(m * DAYS_PER_MONTH), Math.min(days,
                (int) Math.round((m + 1) * DAYS_PER_MONTH))};
    }

    /** Hours since the start of day 0 at this minute (the hour it falls in). */
    public static long hour(double minute) {
        return (long) Math.floor(minute / MINUTES_PER_HOUR);
    }

    /** Hour of the day, 0 to 23. */
    public static int hourOfDay(double minute) {
        return (int) (hour(minute) % HOURS_PER_DAY);
    }

    /** Hour of the week, 0 (Monday 00:00) to 167. */
    public static int hourOfWeek(double minute) {
        return (int) (hour(minute) % HOURS_PER_WEEK);
    }

    /** Hour of the week of an hour of a day. */
    public static int hourOfWeek(int day, int hourOfDay) {
        return (day * HOURS_PER_DAY + hourOfDay) % HOURS_PER_WEEK;
    }

    /** The day this minute falls in. */
    public static int day(double minute) {
        return (int) Math.floor(minute / MINUTES_PER_DAY);
    }

    /** Days (with fractions) since the start of day 0 at this minute. */
    public static double days(double minute) {
        return minute / MINUTES_PER_DAY;
    }

    /** The minute a day starts. */
    public static double startOfDay(int day) {
        return day * MINUTES_PER_DAY;
    }

    /** The minute an hour of a day starts. */
    public static double startOfHour(int day, int hourOfDay) {
        return (day * (double) HOURS_PER_DAY + hourOfDay) * MINUTES_PER_HOUR;
    }

    /** The minute an hour (counted from the start of day 0) starts. */
    public static double startOfHour(long hour) {
        return hour * MINUTES_PER_HOUR;
    }

    /** A span of days as years. */
    public static double years(double days) {
        return days / DAYS_PER_YEAR;
    }

    /** The factor that turns a count over this many days into a count per year. */
    public static double perYear(double days) {
        return DAYS_PER_YEAR / days;
    }

    /** A rate per year as a rate per day. */
    public static double perDay(double perYear) {
        return perYear / DAYS_PER_YEAR;
    }
}
