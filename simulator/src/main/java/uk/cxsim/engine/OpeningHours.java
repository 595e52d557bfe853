package uk.cxsim.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import uk.cxsim.model.Clock;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.params.CalendarParams;
import uk.cxsim.model.params.ChannelParams;

/**
 * When a queued channel is open, and when a customer whose need arose while it was closed gets in touch instead.
 * They do not all ring at opening time: each picks a time in the next open period, its hours weighted by the
 * calendar's intensity (the times people get in touch when they can), as a contact centre sees the night's demand
 * spread over the morning and the day.
 */
final class OpeningHours implements Serializable {
    private static final int WEEK = Clock.HOURS_PER_WEEK;

    /** One run of consecutive open hours. */
    private record Block(int start, double[] cumulative) implements Serializable {
    }

    private final boolean[] open = new boolean[WEEK];
    /** For each hour of the week, the next open block starting after it. */
    private final Block[] next = new Block[WEEK];
    private final boolean alwaysOpen;

    OpeningHours(ChannelParams channel, CalendarParams calendar) {
        boolean all = true;
        for (int h = 0; h < WEEK; h++) {
            open[h] = channel.isOpen(h);
            all &= open[h];
        }
        alwaysOpen = all;
        List<Block> blocks = new ArrayList<>();
        for (int h = 0; h < WEEK; h++) {
            if (open[h] && !open[(h + WEEK - 1) % WEEK] || all && h == 0) {
                int length = 0;
                while (length < WEEK && open[(h + length) % WEEK]) {
                    length++;
                }
                double[] cumulative = new double[length];
                double sum = 0;
                for (int k = 0; k < length; k++) {
                    sum += Math.max(1e-9, calendar.intensity((h + k) % WEEK));
                    cumulative[k] = sum;
                }
                blocks.add(new Block(h, cumulative));
            }
        }
        for (int h = 0; h < WEEK && !blocks.isEmpty(); h++) {
            Block best = null;
            int bestOffset = Integer.MAX_VALUE;
            for (Block b : blocks) {
                int offset = ((b.start() - h) % WEEK + WEEK) % WEEK;
                offset = offset == 0 ? WEEK : offset;
                if (offset < bestOffset) {
                    bestOffset = offset;
                    best = b;
                }
            }
            next[h] = best;
        }
    }

    boolean isOpen(double minute) {
        return open[hourOfWeek(minute)];
    }

    boolean isOpenAtHour(int hourOfWeek) {
        return open[hourOfWeek];
    }

    /**
     * The minute a customer with a need at {@code minute}, while the channel is closed, gets in touch: an hour of the
     * next open period drawn by the calendar's intensity, then a minute within it.
     */
    double deferred(double minute, SplitMixRandom rng) {
        long hour = Clock.hour(minute);
        Block b = next[(int) (hour % WEEK)];
        if (b == null) {
            return Double.POSITIVE_INFINITY;
        }
        int offset = ((b.start() - (int) (hour % WEEK)) % WEEK + WEEK) % WEEK;
        offset = offset == 0 ? WEEK : offset;
        double[] c = b.cumulative();
        double u = rng.nextDouble() * c[c.length - 1];
        // the first hour whose cumulative weight passes u
        int low = 0;
        int high = c.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (c[mid] <= u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int k = low;
        return (hour + offset + k + rng.nextDouble()) * Clock.MINUTES_PER_HOUR;
    }

    /**
     * Moves the expected demand of closed hours to the open hours that receive it (see {@link #deferred}):
     * {@code perHour} holds demand by hour of the week; the result has zeros at closed hours and the same total.
     */
    double[] spreadClosed(double[] perHour) {
        double[] out = new double[WEEK];
        if (alwaysOpen) {
            return perHour.clone();
        }
        for (int h = 0; h < WEEK; h++) {
            if (open[h]) {
                out[h] += perHour[h];
                continue;
            }
            Block b = next[h];
            if (b == null) {
                continue;
            }
            double[] c = b.cumulative();
            double total = c[c.length - 1];
            for (int k = 0; k < c.length; k++) {
                double w = (c[k] - (k == 0 ? 0 : c[k - 1])) / total;
                out[(b.start() + k) % WEEK] += perHour[h] * w;
            }
        }
        return out;
    }

    static int hourOfWeek(double minute) {
        return Clock.hourOfWeek(minute);
    }
}
