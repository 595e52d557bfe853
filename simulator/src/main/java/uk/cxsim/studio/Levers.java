package uk.cxsim.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SupplierParams;
import uk.cxsim.output.Formats;
import uk.cxsim.scenario.KeyCatalog;
import uk.cxsim.scenario.LoadedScenario;

/**
 * The levers a strategist thinks in, each a scenario key under a supplier: the page offers them for all suppliers,
 * one sector or one supplier. Type, allowed range, default and meaning come from the scenario key catalogue (the
 * binder records them as it validates), so the page enforces the same limits as a YAML file.
 */
final class Levers {
    /** Where a supplier's keys sit in the catalogue. */
    private static final String SUPPLIER = "sectors.<sector>.suppliers.<supplier>.";
    /** The one lever that is not a supplier's. */
    static final String STAFFING_MULTIPLIER = "levers.staffingMultiplier";

    /**
     * The unit a lever is typed and shown in on the page, as a strategist thinks of it: {@code percent} (a share or
     * chance kept as 0 to 1 in the scenario, typed as 0 to 100), {@code minutes}, {@code seconds}, {@code GBP} or
     * {@code yes/no} (true/false in the scenario).
     */
    enum Unit {
        PERCENT("percent"), MINUTES("minutes"), SECONDS("seconds"), GBP("GBP"), YES_NO("yes/no");

        final String word;

        Unit(String word) {
            this.word = word;
        }

        /** A scenario value as the page shows it: 0.45 as "45%", true as "yes", 5000000 as "GBP 5,000,000". */
        String show(String value) {
            return switch (this) {
                case YES_NO -> "true".equals(value) ? "yes" : "false".equals(value) ? "no" : value;
                case PERCENT -> number(value, 100, "", "%");
                case MINUTES -> number(value, 1, "", " minutes");
                case SECONDS -> number(value, 1, "", " seconds");
                case GBP -> number(value, 1, "GBP ", "");
            };
        }

        /** As the page writes a setting (Formats.setting, which its script mirrors), in the unit's scale. */
        private static String number(String value, double factor, String before, String after) {
            try {
                return before + Formats.setting(Double.parseDouble(value) * factor) + after;
            } catch (NumberFormatException e) {
                return value;
            }
        }
    }

    /** One lever: its key under a supplier (or a whole-market key), its label, group and unit on the page. */
    record Lever(String key, String label, String group, Unit unit) {
        boolean marketWide() {
            return key.startsWith("levers.");
        }

        /** The scenario key that sets it for every supplier. */
        String forAll() {
            return marketWide() ? key : "levers.allSuppliers." + key;
        }

        /** The scenario key that sets it for every supplier of one sector. */
        String forSector(String sector) {
            return "sectors." + sector + ".allSuppliers." + key;
        }

        /** The scenario key that sets it for one supplier. */
        String forSupplier(String sector, String supplier) {
            return "sectors." + sector + ".suppliers." + supplier + "." + key;
        }
    }

    static final List<Lever> ALL = List.of(
            new Lever("ivr.trapShare", "Callers trapped in the phone menu", "Phone menu (IVR)", Unit.PERCENT),
            new Lever("ivr.trapMinutes", "Time a trapped caller spends trying to reach a person",
                    "Phone menu (IVR)", Unit.MINUTES),
            new Lever("ivr.escapeHatch", "'Press 0 for a person' escape hatch", "Phone menu (IVR)", Unit.YES_NO),
            new Lever("ivr.escapeMinutes", "Longest time in the menu with the escape hatch",
                    "Phone menu (IVR)", Unit.MINUTES),
            new Lever("crm.context", "Contacts where the agent sees the customer's history",
                    "Customer history (CRM)", Unit.PERCENT),
            new Lever("crm.followsTransfer", "History follows a transfer", "Customer history (CRM)", Unit.YES_NO),
            new Lever("crm.followsChannelSwitch", "History follows a switch of channel",
                    "Customer history (CRM)", Unit.YES_NO),
            new Lever("empowerment", "Staff able to act without a supervisor", "Empowerment", Unit.PERCENT),
            new Lever("firstContactResolution", "Empowered contacts resolved first time", "Empowerment", Unit.PERCENT),
            new Lever("transferRate", "Agent contacts transferred", "Empowerment", Unit.PERCENT),
            new Lever("channels.phone.offered", "Phone offered", "Channels offered", Unit.YES_NO),
            new Lever("callback", "Phone offers a callback instead of holding", "Channels offered", Unit.YES_NO),
            new Lever("channels.branch.offered", "Branch or store offered", "Channels offered", Unit.YES_NO),
            new Lever("channels.web.offered", "Website offered", "Channels offered", Unit.YES_NO),
            new Lever("channels.app.offered", "App offered", "Channels offered", Unit.YES_NO),
            new Lever("channels.email.offered", "Email offered", "Channels offered", Unit.YES_NO),
            new Lever("channels.chat.offered", "Web chat offered", "Channels offered", Unit.YES_NO),
            new Lever("channels.social.offered", "Social media offered", "Channels offered", Unit.YES_NO),
            new Lever(STAFFING_MULTIPLIER, "Staffing of every queued channel (of the plan)", "Staffing", Unit.PERCENT),
            new Lever("channels.phone.staffing.serviceLevel.share", "Phone service level: share answered in time",
                    "Staffing", Unit.PERCENT),
            new Lever("channels.phone.staffing.serviceLevel.withinSeconds", "Phone service level: answered within",
                    "Staffing", Unit.SECONDS),
            new Lever("delightBudget", "Good contacts given an unexpected extra", "Delight", Unit.PERCENT),
            new Lever("exitFriction", "How hard leaving is (0% easy, 100% obstructed)",
                    "Leaving and winning back", Unit.PERCENT),
            new Lever("doorOpen", "Win-back effort after a customer leaves (0% door slammed)",
                    "Leaving and winning back", Unit.PERCENT),
            new Lever("investment.oneOffGbp", "Investment paid once", "Investment", Unit.GBP),
            new Lever("investment.perYearGbp", "Investment paid every year", "Investment", Unit.GBP));

    private Levers() {
    }

    /**
     * What {@code GET /api/levers} answers: the scenario's market, each lever with its type, range, default,
     * meaning, the keys that set it at each scope and every supplier's current value, and the workshop's settings.
     */
    record Catalogue(String scenario, String name, String description, int customers, long population, int days,
                     long seed, List<Market> sectors, List<LeverView> levers, StudioApi.Workshop workshop) {
    }

    /** A sector and its suppliers, in the scenario's order. */
    record Market(String name, List<String> suppliers) {
    }

    /**
     * A lever as the page shows it.
     *
     * @param current each supplier's value ({@code "sector/supplier"}), or the market's ({@code "all"}), as the
     *                scenario resolved it (a value of its YAML)
     */
    // the order pinned: Jackson 2.15 writes a renamed record component (default) first
    @JsonPropertyOrder({"lever", "label", "group", "unit", "type", "min", "max", "choices", "allowed", "default",
            "description", "keys", "current"})
    record LeverView(String lever, String label, String group, String unit, String type, Double min, Double max,
                     List<String> choices, String allowed, @JsonProperty("default") String defaultValue,
                     String description, LeverKeys keys, Map<String, Object> current) {
    }

    /** The keys that set a lever for every supplier, for a sector's and for one supplier (not market-wide). */
    record LeverKeys(String all, @JsonInclude(JsonInclude.Include.NON_NULL) String sector,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String supplier) {
    }

    static Catalogue describe(String id, LoadedScenario scenario, KeyCatalog catalog, StudioApi.Workshop workshop) {
        ScenarioParams p = scenario.params();
        List<Market> sectors = new ArrayList<>();
        for (SectorParams s : p.sectors()) {
            sectors.add(new Market(s.name(), s.suppliers().stream().map(SupplierParams::name).toList()));
        }
        List<LeverView> levers = new ArrayList<>();
        for (Lever lever : ALL) {
            KeyCatalog.Key key = catalog.key(lever.marketWide() ? lever.key() : SUPPLIER + lever.key())
                    .orElseThrow(() -> new IllegalStateException("no scenario key for lever " + lever.key()));
            LeverKeys keys = lever.marketWide() ? new LeverKeys(lever.forAll(), null, null)
                    : new LeverKeys(lever.forAll(), lever.forSector("{sector}"),
                    lever.forSupplier("{sector}", "{supplier}"));
            levers.add(new LeverView(lever.key(), lever.label(), lever.group(), lever.unit().word, key.type(),
                    key.min(), key.max(),
                    key.choices(), key.allowed(), key.defaultValue(), key.description(), keys,
                    current(lever, scenario)));
        }
        return new Catalogue(id, p.name(), p.description(), p.customers(), p.population(), p.days(), p.seed(),
                sectors, levers, workshop);
    }

    /**
     * Each supplier's value ({@code "sector/supplier"}), or the market's ({@code "all"}), as the scenario resolved it.
     */
    private static Map<String, Object> current(Lever lever, LoadedScenario scenario) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (lever.marketWide()) {
            out.put("all", at(scenario.resolved(), lever.key()));
            return out;
        }
        for (SectorParams s : scenario.params().sectors()) {
            for (SupplierParams sp : s.suppliers()) {
                out.put(s.name() + "/" + sp.name(), at(scenario.resolved(),
                        lever.forSupplier(s.name(), sp.name())));
            }
        }
        return out;
    }

    /**
     * The keys a what-if sets, in words: who ("All suppliers", "The Banking sector", "Old Bank", "The whole market"),
     * the lever's label and the value ("yes"/"no" for true/false), in the order set. A key that is not a lever is
     * named as it is.
     */
    static List<String> inWords(Map<String, String> set) {
        List<String> out = new ArrayList<>();
        set.forEach((key, value) -> out.add(inWords(key, value)));
        return out;
    }

    private static String inWords(String key, String value) {
        for (Lever lever : ALL) {
            String shown = lever.unit().show(value);
            if (lever.marketWide()) {
                if (key.equals(lever.key())) {
                    return "The whole market: " + lever.label() + " = " + shown;
                }
                continue;
            }
            String tail = "." + lever.key();
            if (!key.endsWith(tail)) {
                continue;
            }
            String who = key.substring(0, key.length() - tail.length());
            if (who.equals("levers.allSuppliers")) {
                return "All suppliers: " + lever.label() + " = " + shown;
            }
            String[] parts = who.split("\\.");
            if (parts.length == 3 && parts[0].equals("sectors") && parts[2].equals("allSuppliers")) {
                return "The " + parts[1] + " sector: " + lever.label() + " = " + shown;
            }
            if (who.startsWith("sectors.") && who.contains(".suppliers.")) {
                return who.substring(who.indexOf(".suppliers.") + ".suppliers.".length()) + ": " + lever.label()
                        + " = " + shown;
            }
        }
        return key + " = " + value;
    }

    /** The value at a dotted path of the resolved scenario, or null. */
    static Object at(Map<String, Object> resolved, String path) {
        Object at = resolved;
        for (String part : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> m)) {
                return null;
            }
            at = m.get(part);
        }
        return at instanceof Map ? null : at;
    }
}
