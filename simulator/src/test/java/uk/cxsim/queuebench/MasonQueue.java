package uk.cxsim.queuebench;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.TentativeStep;

/**
 * The M/M/c+M load on MASON's {@link Schedule} (a binary heap of timestamped steppables), an event per arrival, per
 * end of service and per caller's hanging up; an answered caller's hanging up is stopped with a {@link TentativeStep},
 * MASON's way to withdraw a scheduled step.
 */
final class MasonQueue {
    private final SimState state;
    private final WaitingLine<TentativeStep> line;

    private MasonQueue(QueueLoad load, long callers, long seed) {
        this.state = new SimState(seed);
        this.line = new WaitingLine<>(load, callers, seed);
    }

    static QueueTally run(QueueLoad load, long callers, long seed) {
        MasonQueue q = new MasonQueue(load, callers, seed);
        q.state.start();
        Schedule schedule = q.state.schedule;
        schedule.scheduleOnce(q.line.gap(), q::arrive);
        while (schedule.step(q.state)) {
            // MASON's loop: step until nothing is scheduled
        }
        return q.line.tally();
    }

    private void arrive(SimState s) {
        double now = s.schedule.getTime();
        WaitingLine.Caller<TentativeStep> c = line.arrive();
        if (line.moreToCome()) {
            s.schedule.scheduleOnce(now + line.gap(), this::arrive);
        }
        if (line.answeredAtOnce(c)) {
            s.schedule.scheduleOnce(now + c.service, this::depart);
        } else {
            c.hangUp = new TentativeStep(x -> line.hangUp(c));
            s.schedule.scheduleOnce(now + c.patience, c.hangUp);
        }
    }

    private void depart(SimState s) {
        WaitingLine.Caller<TentativeStep> next = line.answerNext();
        if (next != null) {
            next.hangUp.stop();
            s.schedule.scheduleOnce(s.schedule.getTime() + next.service, this::depart);
        }
    }
}
