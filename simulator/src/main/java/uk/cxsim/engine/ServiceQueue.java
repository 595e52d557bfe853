package uk.cxsim.engine;

import java.io.Serializable;
import java.util.Arrays;

import uk.cxsim.model.Clock;

/**
 * A multi-server first-come-first-served queue with staffing by hour of the week and impatient customers.
 *
 * <p>Callers are offered in order of arrival. Because service is FIFO and a caller who abandons never takes
 * an agent, each caller's wait is fixed by the agents' finishing times of the callers before them (the
 * Kiefer-Wolfowitz recursion): the caller takes the agent who can start soonest, counting only agents on
 * duty (agents {@code 0..c-1} when the roster has c); of agents who could start at the same moment, the
 * lowest-numbered. If that start is later than the caller's patience allows, they hang up. This is an exact
 * simulation of the M/M/c+M queue (Erlang A) and, with infinite patience, of Erlang C, with no event per agent.
 * An agent whose shift ends mid-call finishes the call; agents start taking calls when their shift starts.
 * At closing time the agents on the last shift stay to clear the callers who joined while they were on duty.
 * The roster can be replaced between calls ({@link #restaff}), as a workforce plan is revised.
 *
 * <p>The agents' free times sit in a tournament tree ({@link AgentFreeTimes}), so finding a caller's agent costs
 * a few queries of it per hour the caller waits into, each logarithmic in the agents: the lowest-numbered agent on
 * duty who is free, else the agent on duty free soonest. Only a caller whose wait runs past a shift that lets some
 * of the earlier shift's agents go and then past closing time is placed by a scan of the agents.
 */
public final class ServiceQueue implements Serializable {
    /** Hours to duty of an agent the roster no longer has. */
    private static final short NEVER = Short.MAX_VALUE;
    /** Hours a search for a caller's agent may step through before it scans the agents instead. */
    private static final int MAX_HOURS_SEARCHED = 2 * Clock.HOURS_PER_WEEK;

    private int servers;
    private int[] staffing;
    private final AgentFreeTimes freeAt = new AgentFreeTimes();
    /** For agent k and hour of week h: hours until k is next on duty (0 when on duty); built when a scan needs it. */
    private short[] hoursToDuty;

    private double lastWait;
    private double lastEnd;
    private double preparedArrival;
    private int preparedAgent;
    private double preparedStart;

    /** The hour the last caller arrived in, and the agents on duty then. */
    private long currentHour = Long.MIN_VALUE;
    private int currentStaffing;
    /** Callers placed by a scan of the agents. */
    private long scans;

    /**
     * @param staffing agents on duty for each hour of the week (168 values, Monday 00:00 first)
     * @param startMinute the time at which the queue opens for business (agents are free from then)
     */
    public ServiceQueue(int[] staffing, double startMinute) {
        restaff(staffing, startMinute);
    }

    /** A queue with the same number of agents at every hour. */
    public static ServiceQueue constant(int agents) {
        int[] staffing = new int[Clock.HOURS_PER_WEEK];
        Arrays.fill(staffing, agents);
        return new ServiceQueue(staffing, 0);
    }

    /**
     * Replaces the roster from now on. Agents who stay keep the calls they are on; new agents are free from
     * {@code fromMinute}.
     */
    public void restaff(int[] newStaffing, double fromMinute) {
        if (newStaffing.length != Clock.HOURS_PER_WEEK) {
            throw new IllegalArgumentException("staffing needs 168 hourly values");
        }
        int max = 0;
        for (int c : newStaffing) {
            if (c < 0) {
                throw new IllegalArgumentException("staffing cannot be negative");
            }
            max = Math.max(max, c);
        }
        freeAt.growTo(max, fromMinute);
        servers = max;
        staffing = newStaffing.clone();
        hoursToDuty = null;
        currentHour = Long.MIN_VALUE;
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
        preparedArrival = arrival;
        preparedAgent = -1;
        preparedStart = Double.POSITIVE_INFINITY;
        if (servers > 0 && !searchByHour(arrival)) {
            scans++;
            scan(arrival);
        }
        return preparedStart - arrival;
    }

    /**
     * Finds the caller's agent hour by hour from the arrival: in the first hour that has one, the agent who starts
     * soonest. An agent starts in an hour when on duty in it and free before it ends (at the top of the hour if free
     * before it starts), or, in an hour nobody is on duty, when on duty at the caller's arrival and finishing a call
     * in that hour (staying to clear the queue). Returns false if the search needs a scan of the agents instead:
     * when it reaches an hour nobody is on duty after an hour with fewer agents on duty than at the arrival (agents
     * who left then are not clearing).
     */
    private boolean searchByHour(double arrival) {
        long hour = Clock.hour(arrival);
        if (hour != currentHour) {
            currentHour = hour;
            currentStaffing = staffing[hourOfWeek(hour)];
        }
        int onDuty = currentStaffing;
        int clearing = -1;
        if (onDuty > 0) {
            // an agent on duty free now, else the one free soonest: if within this hour, they answer
            int first = freeAt.firstToAnswer(onDuty, arrival);
            double free = freeAt.at(first);
            if (free <= arrival) {
                return prepared(first, arrival);
            }
            if (Clock.hour(free) == hour) {
                return prepared(first, free);
            }
            clearing = first;
        }
        boolean someLeft = false;
        for (long h = hour + 1; h <= hour + MAX_HOURS_SEARCHED; h++) {
            int agents = staffing[hourOfWeek(h)];
            if (agents == 0) {
                if (clearing < 0) {
                    continue;
                }
                if (someLeft) {
                    // the soonest of the arrival's agents may have left earlier instead of clearing
                    return false;
                }
                if (Clock.hour(freeAt.at(clearing)) == h) {
                    return prepared(clearing, freeAt.at(clearing));
                }
                continue;
            }
            // free by the top of the hour: free in an earlier hour (no minute below the top of an hour rounds
            // into it), or exactly then
            double top = Clock.startOfHour(h);
            int waiting = freeAt.lowestFreeBefore(agents, Math.nextUp(top));
            if (waiting >= 0) {
                return prepared(waiting, top);
            }
            int soonest = freeAt.soonest(agents);
            if (Clock.hour(freeAt.at(soonest)) == h) {
                return prepared(soonest, freeAt.at(soonest));
            }
            someLeft |= agents < onDuty;
        }
        return false;
    }

    private boolean prepared(int agent, double start) {
        preparedAgent = agent;
        preparedStart = start;
        return true;
    }

    /** Every agent's soonest start for this caller; the soonest wins, the lowest-numbered on a tie. */
    private void scan(double arrival) {
        if (hoursToDuty == null) {
            hoursToDuty = hoursToDuty(staffing, servers);
        }
        int best = -1;
        double bestStart = Double.POSITIVE_INFINITY;
        long arrivalHour = Clock.hour(arrival);
        int arrivalHourOfWeek = hourOfWeek(arrivalHour);
        int onDutyAtArrival = staffing[arrivalHourOfWeek];
        for (int k = 0; k < servers; k++) {
            double free = freeAt.at(k);
            double start;
            if (free <= arrival) {
                // free now: on duty now, or from their next shift
                int d = hoursToDuty[k * Clock.HOURS_PER_WEEK + arrivalHourOfWeek];
                start = d == 0 ? arrival : d == NEVER ? Double.POSITIVE_INFINITY : Clock.startOfHour(arrivalHour + d);
            } else {
                boolean staysToClear = k < onDutyAtArrival && agentsAt(free) == 0;
                start = staysToClear ? free : onDutyFrom(k, free);
            }
            if (start < bestStart) {
                bestStart = start;
                best = k;
            }
        }
        preparedAgent = best;
        preparedStart = bestStart;
    }

    /** For agent k and hour of the week h: hours until k is next on duty, 0 when on duty, NEVER if never. */
    private static short[] hoursToDuty(int[] staffing, int servers) {
        short[] table = new short[servers * Clock.HOURS_PER_WEEK];
        for (int k = 0; k < servers; k++) {
            int d = NEVER;
            // two laps backwards: the second sees every hour's next shift, wrapping round the week
            for (int h = 2 * Clock.HOURS_PER_WEEK - 1; h >= 0; h--) {
                d = staffing[h % Clock.HOURS_PER_WEEK] > k ? 0 : d == NEVER ? NEVER : d + 1;
                if (h < Clock.HOURS_PER_WEEK) {
                    table[k * Clock.HOURS_PER_WEEK + h] = (short) (d < Clock.HOURS_PER_WEEK ? d : NEVER);
                }
            }
        }
        return table;
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
        freeAt.set(preparedAgent, preparedStart + service);
        lastWait = wait;
        lastEnd = preparedStart + service;
        return true;
    }

    /** Agents on duty at minute t. */
    public int agentsAt(double t) {
        return staffing[hourOfWeek(Clock.hour(t))];
    }

    /** Agents on duty at this hour of the week. */
    public int agentsAtHour(int hourOfWeek) {
        return staffing[hourOfWeek];
    }

    private double onDutyFrom(int k, double t) {
        long hour = Clock.hour(t);
        int d = hoursToDuty[k * Clock.HOURS_PER_WEEK + hourOfWeek(hour)];
        if (d == NEVER) {
            return Double.POSITIVE_INFINITY;
        }
        return d == 0 ? t : Clock.startOfHour(hour + d);
    }

    private static int hourOfWeek(long hour) {
        return (int) (hour % Clock.HOURS_PER_WEEK);
    }

    public double lastWait() {
        return lastWait;
    }

    public double lastEnd() {
        return lastEnd;
    }

    /** Callers so far whose agent was found by a scan of every agent rather than by the search by hour. */
    long scans() {
        return scans;
    }

    public int servers() {
        return servers;
    }
}
