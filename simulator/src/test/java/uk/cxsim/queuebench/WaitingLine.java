package uk.cxsim.queuebench;

import java.util.ArrayDeque;

/**
 * The state of an event-per-call M/M/c+M queue, whatever event list drives it: the free agents and the line of
 * callers waiting in order of arrival. A caller who hangs up is marked and skipped when they reach the front.
 *
 * @param <H> what the event list returns for a scheduled hanging-up, to withdraw it when the caller is answered
 */
final class WaitingLine<H> {
    private final CallerStream stream;
    private final QueueTally tally;
    private final long callers;
    private final ArrayDeque<Caller<H>> waiting = new ArrayDeque<>();
    private int freeAgents;
    private long arrived;

    WaitingLine(QueueLoad load, long callers, long seed) {
        this.stream = new CallerStream(load, seed);
        this.tally = new QueueTally(callers);
        this.callers = callers;
        this.freeAgents = load.agents();
    }

    /** Minutes to the next caller. */
    double gap() {
        return stream.gap();
    }

    /** The caller arriving now, with their service time and patience drawn. */
    Caller<H> arrive() {
        return new Caller<>(arrived++, stream.service(), stream.patience());
    }

    /** Whether another caller will arrive after the last one. */
    boolean moreToCome() {
        return arrived < callers;
    }

    /** True if a free agent answers the caller at once; otherwise they join the line (schedule their hanging up). */
    boolean answeredAtOnce(Caller<H> c) {
        if (freeAgents > 0) {
            freeAgents--;
            tally.count(c.index, false, false);
            return true;
        }
        waiting.addLast(c);
        return false;
    }

    /** An agent is free: the first caller still in line, now answered (withdraw their hanging up), or null. */
    Caller<H> answerNext() {
        Caller<H> next = waiting.pollFirst();
        while (next != null && next.gone) {
            next = waiting.pollFirst();
        }
        if (next == null) {
            freeAgents++;
        } else {
            tally.count(next.index, true, false);
        }
        return next;
    }

    void hangUp(Caller<H> c) {
        c.gone = true;
        tally.count(c.index, true, true);
    }

    QueueTally tally() {
        return tally;
    }

    static final class Caller<H> {
        final long index;
        final double service;
        final double patience;
        H hangUp;
        boolean gone;

        Caller(long index, double service, double patience) {
            this.index = index;
            this.service = service;
            this.patience = patience;
        }
    }
}
