package uk.cxsim.queuebench;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The M/M/c+M load as SSJ's call-centre examples simulate a queue: an event per arrival, per end of service and per
 * caller's hanging up (cancelled when the caller is answered), on SSJ's event list (a splay tree by default).
 */
final class SsjQueue {
    private final Simulator simulator = new Simulator();
    private final WaitingLine<Event> line;

    private SsjQueue(QueueLoad load, long callers, long seed) {
        this.line = new WaitingLine<>(load, callers, seed);
    }

    static QueueTally run(QueueLoad load, long callers, long seed) {
        SsjQueue q = new SsjQueue(load, callers, seed);
        q.simulator.init();
        q.new Arrival().schedule(q.line.gap());
        q.simulator.start();
        return q.line.tally();
    }

    private final class Arrival extends Event {
        Arrival() {
            super(SsjQueue.this.simulator);
        }

        @Override
        public void actions() {
            WaitingLine.Caller<Event> c = line.arrive();
            if (line.moreToCome()) {
                schedule(line.gap());
            }
            if (line.answeredAtOnce(c)) {
                new Departure().schedule(c.service);
            } else {
                c.hangUp = new HangUp(c);
                c.hangUp.schedule(c.patience);
            }
        }
    }

    private final class Departure extends Event {
        Departure() {
            super(SsjQueue.this.simulator);
        }

        @Override
        public void actions() {
            WaitingLine.Caller<Event> next = line.answerNext();
            if (next != null) {
                next.hangUp.cancel();
                schedule(next.service);
            }
        }
    }

    private final class HangUp extends Event {
        private final WaitingLine.Caller<Event> caller;

        HangUp(WaitingLine.Caller<Event> caller) {
            super(SsjQueue.this.simulator);
            this.caller = caller;
        }

        @Override
        public void actions() {
            line.hangUp(caller);
        }
    }
}
