package uk.cxsim.chart;

import java.awt.Color;
import java.util.List;

import uk.cxsim.model.Driver;
import uk.cxsim.model.LeaveReason;

/**
 * Colours that mean the same thing in every chart: a sector keeps its colour (by its place in the scenario), and so
 * do reasons for leaving and misery drivers. Colour-blind-safe hues first.
 */
public final class Palette {
    private static final Color[] SERIES = {
        new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22), new Color(0x17BECF),
        new Color(0x393B79), new Color(0xAD494A), new Color(0x637939), new Color(0x843C39), new Color(0x3182BD),
        new Color(0xE7BA52), new Color(0x6B6ECF), new Color(0xCE6DBD), new Color(0x8CA252), new Color(0x636363),
    };
    /** Treatment in the red the eye goes to; the other reasons in calm tones. */
    private static final Color[] REASONS = {
        new Color(0xC0392B), new Color(0x2E86C1), new Color(0xF39C12), new Color(0x8E44AD), new Color(0x7F8C8D),
        new Color(0x34495E),
    };
    private static final Color[] DRIVERS = {
        new Color(0xC0392B), new Color(0xE67E22), new Color(0xF1C40F), new Color(0x8E44AD), new Color(0x2980B9),
        new Color(0x7F8C8D),
    };
    public static final Color SAVING = new Color(0x27AE60);
    public static final Color LOSS = new Color(0xC0392B);
    public static final Color NEUTRAL = new Color(0x2E86C1);

    private Palette() {
    }

    /** The colour of the sector at this place in the scenario's list. */
    public static Color sector(List<String> sectors, String name) {
        int k = sectors.indexOf(name);
        return SERIES[Math.floorMod(k < 0 ? name.hashCode() : k, SERIES.length)];
    }

    public static Color series(int k) {
        return SERIES[Math.floorMod(k, SERIES.length)];
    }

    public static Color reason(LeaveReason r) {
        return REASONS[r.ordinal()];
    }

    public static Color driver(Driver d) {
        return DRIVERS[d.ordinal()];
    }
}
