package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.model.Driver;

/** Bits of an event's flag word: miseries collected on the way, and what kind of contact it is. */
final class ContactFlags implements Serializable {
    static final int MISERY_MASK = (1 << Driver.COUNT) - 1;
    /** The contact is a repeat of an unresolved earlier one (failure demand). */
    static final int REPEAT = 1 << 6;
    /** The caller was transferred to another agent. */
    static final int TRANSFERRED = 1 << 7;
    /** The customer moved here after another channel failed them. */
    static final int SWITCHED = 1 << 8;
    /** A call made again after hanging up in the queue. */
    static final int RETRY = 1 << 9;
    /** A booked branch appointment: served without queueing. */
    static final int APPOINTMENT = 1 << 10;
    static final int RESOLVED = 1 << 11;
    static final int ABANDONED = 1 << 12;
    /** The agent is passing the caller on. */
    static final int TRANSFER_NOW = 1 << 13;
    static final int SALE_LOST = 1 << 14;
    /** Some misery happened earlier in this journey. */
    static final int HAD_MISERY = 1 << 15;
    /** This leg is the first contact in another channel after one failed. */
    static final int SWITCH_NOW = 1 << 18;
    /** This leg is the first contact of a need that came back unresolved. */
    static final int REPEAT_NOW = 1 << 19;
    /** This queue arrival is a call made again after hanging up (the queue's forecast of fresh calls leaves it out). */
    static final int QUEUE_RETRY = 1 << 27;
    /** What makes a contact avoidable, cleared once the contact is made and counted. */
    static final int LEG_MASK = RETRY | SWITCH_NOW | REPEAT_NOW;
    private static final int TRANSFERS_SHIFT = 16;
    private static final int TRANSFERS_MASK = 3 << TRANSFERS_SHIFT;
    private static final int TRIED_SHIFT = 20;

    private ContactFlags() {
    }

    static boolean has(int flags, int bit) {
        return (flags & bit) != 0;
    }

    static int transfers(int flags) {
        return (flags & TRANSFERS_MASK) >>> TRANSFERS_SHIFT;
    }

    static int withTransfers(int flags, int n) {
        return (flags & ~TRANSFERS_MASK) | (Math.min(n, 3) << TRANSFERS_SHIFT);
    }

    /** Channels already tried on this need, as a mask by Channel ordinal. */
    static int tried(int flags) {
        return (flags >>> TRIED_SHIFT) & 0x7F;
    }

    static int withTried(int flags, int channel) {
        return flags | (1 << (TRIED_SHIFT + channel));
    }

    /** What carries over to the next leg of the same journey: kind bits, tried channels, transfer count. */
    static int carried(int flags) {
        int keep = REPEAT | SWITCHED | HAD_MISERY | TRANSFERS_MASK | (0x7F << TRIED_SHIFT);
        int next = flags & keep;
        if ((flags & MISERY_MASK) != 0) {
            next |= HAD_MISERY;
        }
        return next;
    }
}
