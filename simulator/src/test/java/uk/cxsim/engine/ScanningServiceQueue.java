package uk.cxsim.engine;

import java.util.Arrays;

import uk.cxsim.model.Clock;

/**
 * The queue kernel as it was first written, kept as the reference {@link ServiceQueue} must match call for call:
 * every caller scans every agent, with a staffing lookup per agent.
 *
 * <p>A multi-server first-come-first-served queue with staffing by hour of the week and impatient customers.
 *
 * <p>Callers are offered in order of arrival. Because service is FIFO and a caller who abandons never takes
 * an agent, each caller's wait is fixed by the agents' finishing times of the callers before them (the
 * Kiefer-Wolfowitz recursion): the caller takes the agent who can start soonest, counting only agents on
 * duty; if that start is later than the caller's patience allows, they hang up. This is an exact simulation
 * of the M/M/c+M queue (Erlang A) and, with infinite patience, of Erlang C, with no event per agent.
 * An agent whose shift ends mid-call finishes the call; agents start taking calls when their shift starts.
 * At closing time the agents on the last shift stay to clear the callers who joined while they were on duty.
 * The roster can be replaced between calls ({@link #restaff}), as a workforce plan is revised.
 */
public final class ScanningServiceQueue {
    private static final int HOURS_PER_WEEK = Clock.HOURS_PER_WEEK;
    /** Hours to duty of an agent the roster no longer has. */
    private static final short NEVER = Short.MAX_VALUE;

    private int servers;
    private int[] staffing;
    private double[] freeAt;
    /** For agent k and hour of week h: hours until k is next on duty (0 when on duty). */
    private short[] hoursToDuty;

    private double lastWait;
    private double lastEnd;
    private double preparedArrival;
    private int preparedAgent;
    private double preparedStart;

    /**
     * @param staffing agents on duty for each hour of the week (168 values, Monday 00:00 first)
     * @param startMinute the time at which the queue opens for business (agents are free from then)
     */
    public ScanningServiceQueue(int[] staffing, double startMinute) {
        this.freeAt = new double[0];
        restaff(staffing, startMinute);
    }

    /**
     * Replaces the roster from now on. Agents who stay keep the calls they are on; new agents are free from
     * {@code fromMinute}.
     */
    public void restaff(int[] newStaffing, double fromMinute) {
        if (newStaffing.length != HOURS_PER_WEEK) {
            throw new IllegalArgumentException("staffing needs 168 hourly values");
        }
        int max = 0;
        for (int c : newStaffing) {
            if (c < 0) {
                throw new IllegalArgumentException("staffing cannot be negative");
            }
            max = Math.max(max, c);
        }
        int old = freeAt.length;
        if (max > old) {
            freeAt = Arrays.copyOf(freeAt, max);
            Arrays.fill(freeAt, old, max, fromMinute);
        }
        servers = max;
        staffing = newStaffing.clone();
        hoursToDuty = new short[max * HOURS_PER_WEEK];
        for (int k = 0; k < max; k++) {
            for (int h = 0; h < HOURS_PER_WEEK; h++) {
                int d = 0;
                while (d < HOURS_PER_WEEK && staffing[(h + d) % HOURS_PER_WEEK] <= k) {
                    d++;
                }
                hoursToDuty[k * HOURS_PER_WEEK + h] = d < HOURS_PER_WEEK ? (short) d : NEVER;
            }
        }
    }

    /**
     * Offers a caller to the queue. Callers must be offered in order of arrival.
     *
     * @param arrival  minute the caller joins the queue
     * @param patience minutes they will wait before hanging up (infinite: never)
     * @param service  minutes the call takes once answered
     * @return true if answered; then {@link #lastWait()} and {@link #lastEnd()} describe the call, otherwise
     *         {@link #lastWait()} is the time waited before hanging up
     */
    public boolean offer(double arrival, double patience, double service) {
        prepare(arrival);
        return take(patience, service);
    }

    /**
     * First half of {@link #offer}: finds the agent who can answer this caller soonest and returns how long the
     * caller would wait for them (infinite if nobody ever will). A caller who would not wait needs no patience;
     * call {@link #take} next.
     */
    public double prepare(double arrival) {
        int best = -1;
        double bestStart = Double.POSITIVE_INFINITY;
        long arrivalHour = (long) Math.floor(arrival / 60.0);
        int arrivalHourOfWeek = (int) (arrivalHour % HOURS_PER_WEEK);
        int onDutyAtArrival = staffing[arrivalHourOfWeek];
        for (int k = 0; k < servers; k++) {
            double free = freeAt[k];
            double start;
            if (free <= arrival) {
                // free now: on duty now, or from their next shift
                int d = hoursToDuty[k * HOURS_PER_WEEK + arrivalHourOfWeek];
                start = d == 0 ? arrival : d == NEVER ? Double.POSITIVE_INFINITY : (arrivalHour + d) * 60.0;
            } else {
                boolean staysToClear = k < onDutyAtArrival && agentsAt(free) == 0;
                start = staysToClear ? free : onDutyFrom(k, free);
            }
            if (start < bestStart) {
                bestStart = start;
                best = k;
                if (start <= arrival) {
                    break;
                }
            }
        }
        preparedArrival = arrival;
        preparedAgent = best;
        preparedStart = bestStart;
        return bestStart - arrival;
    }

    /** Second half of {@link #offer}: the prepared caller waits if their patience allows and is answered. */
    public boolean take(double patience, double service) {
        double arrival = preparedArrival;
        double wait = preparedStart - arrival;
        if (preparedAgent < 0) {
            // nobody will ever answer: the caller hangs up at once if they would wait for ever, else at their limit
            lastWait = Double.isInfinite(patience) ? 0 : patience;
            lastEnd = arrival + lastWait;
            return false;
        }
        if (wait > patience) {
            lastWait = Math.min(wait, patience);
            lastEnd = arrival + lastWait;
            return false;
        }
        freeAt[preparedAgent] = preparedStart + service;
        lastWait = wait;
        lastEnd = preparedStart + service;
        return true;
    }

    /** Agents on duty at minute t. */
    int agentsAt(double t) {
        return staffing[(int) ((long) Math.floor(t / 60.0) % HOURS_PER_WEEK)];
    }

    /** Agents on duty at this hour of the week. */
    int agentsAtHour(int hourOfWeek) {
        return staffing[hourOfWeek];
    }

    private double onDutyFrom(int k, double t) {
        long hour = (long) Math.floor(t / 60.0);
        int d = hoursToDuty[k * HOURS_PER_WEEK + (int) (hour % HOURS_PER_WEEK)];
        if (d == NEVER) {
            return Double.POSITIVE_INFINITY;
        }
        return d == 0 ? t : (hour + d) * 60.0;
    }

    public double lastWait() {
        return lastWait;
    }

    public double lastEnd() {
        return lastEnd;
    }

    int servers() {
        return servers;
    }
}
