package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.model.RelationshipBook;

/**
 * Books the next step of a contact in the sector's calendar. Each booking carries the relationship's epoch, so a
 * step booked before the customer left (or joined) recognises itself as stale and is skipped, and the seed of the
 * step's own draws ({@link NeedDraws}).
 */
final class ContactScheduler implements Serializable {
    private final EventCalendar calendar;
    private final RelationshipBook book;
    private final NeedDraws needs;

    ContactScheduler(EventCalendar calendar, RelationshipBook book, NeedDraws needs) {
        this.calendar = calendar;
        this.book = book;
        this.needs = needs;
    }

    void schedule(byte type, double time, int customer, int channel, int reason, int flags, int attempts,
                  float trapMinutes, float waitFactor) {
        EventCalendar c = calendar;
        int e = c.allocate();
        c.type[e] = type;
        c.time[e] = time;
        c.customer[e] = customer;
        c.channel[e] = (byte) channel;
        c.reason[e] = (byte) reason;
        c.flags[e] = flags;
        c.attempts[e] = (byte) Math.min(attempts, 127);
        c.trapMinutes[e] = trapMinutes;
        c.waitFactor[e] = waitFactor;
        c.epoch[e] = book.epoch(customer);
        c.draws[e] = needs.nextStep();
        c.push(e);
    }
}
