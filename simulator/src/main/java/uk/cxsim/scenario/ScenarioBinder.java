package uk.cxsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.model.Channel;
import uk.cxsim.model.ContactReason;
import uk.cxsim.model.Driver;
import uk.cxsim.model.params.AgeBandParams;
import uk.cxsim.model.params.AttritionParams;
import uk.cxsim.model.params.BehaviourParams;
import uk.cxsim.model.params.CalendarParams;
import uk.cxsim.model.params.ChoiceParams;
import uk.cxsim.model.params.ComplaintCostParams;
import uk.cxsim.model.params.ComplaintParams;
import uk.cxsim.model.params.ContactBehaviourParams;
import uk.cxsim.model.params.CostParams;
import uk.cxsim.model.params.ExitBarrierParams;
import uk.cxsim.model.params.InvestmentParams;
import uk.cxsim.model.params.LoyaltyParams;
import uk.cxsim.model.params.MiseryParams;
import uk.cxsim.model.params.NetworkParams;
import uk.cxsim.model.params.PeopleParams;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.model.params.SectorParams;
import uk.cxsim.model.params.SpinUpParams;
import uk.cxsim.model.params.SupplierParams;
import uk.cxsim.model.params.WinBackParams;
import uk.cxsim.model.params.WordOfMouthParams;

/**
 * Turns a merged scenario tree into validated {@link ScenarioParams}. Every key, its range, default and
 * meaning is declared here, once.
 */
public final class ScenarioBinder {
    /** Suppliers per sector are tracked in 64-bit masks and bytes. */
    static final int MAX_SUPPLIERS_PER_SECTOR = 60;
    static final int MAX_SUPPLIERS = 127;
    private static final double SHARE_SLACK = 1e-3;
    private static final double BIG = Double.MAX_VALUE;

    private static final String[] CHANNELS = names(Channel.values().length, i -> Channel.of(i).key());
    private static final String[] DRIVERS = names(Driver.COUNT, i -> Driver.of(i).key());
    private static final String[] REASONS = names(ContactReason.COUNT, i -> ContactReason.of(i).key());
    private static final String[] LADDER = {"customer", "client", "supporter", "advocate"};
    private static final String[] CLIMBS = {"customer", "client", "supporter"};

    private final KeyCatalog catalog;
    /** Replications a plain run makes: how the scenario is run, so not one of the model's parameters. */
    private int replications;
    /** The assumptions the scenario states with a range: how it is appraised, not one of the model's parameters. */
    private List<AssumptionRange> ranges = List.of();

    private ScenarioBinder(KeyCatalog catalog) {
        this.catalog = catalog;
    }

    /** Validates and binds; records every key in {@code catalog}. */
    public static LoadedScenario bind(SpecNode.Mapping root, String origin, KeyCatalog catalog) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        NodeReader r = new NodeReader(root, "", "", catalog, resolved);
        ScenarioBinder binder = new ScenarioBinder(catalog);
        ScenarioParams p = binder.scenario(r);
        return new LoadedScenario(p, resolved, origin, binder.replications, binder.ranges);
    }

    /**
     * The assumptions a what-if states with a range: {@code ranges: {KEY: {low, high, why}}}, low at most high.
     * Whether each key and end is a valid value is checked where the ends are run, as any override is.
     */
    private static List<AssumptionRange> ranges(NodeReader r) {
        List<AssumptionRange> out = new ArrayList<>();
        for (Map.Entry<String, SpecNode.Mapping> e : r.namedEntries("ranges", false).entrySet()) {
            NodeReader range = r.entry("ranges", e.getKey(), "<key>", e.getValue());
            double low = range.requiredNumber("low", -BIG, BIG, "The assumption's low end");
            double high = range.requiredNumber("high", -BIG, BIG, "The assumption's high end");
            String label = range.text("label", e.getKey(), "The assumption in words, for charts and tables");
            String why = range.text("why", "assumption", "Where the range comes from (a source and its year, or "
                    + "'assumption')");
            if (low > high) {
                throw range.error("low", "is " + NodeReader.fmt(low) + ", above high (" + NodeReader.fmt(high)
                        + "); a range goes from low to high");
            }
            range.finish();
            out.add(new AssumptionRange(e.getKey(), label, low, high, why));
        }
        return List.copyOf(out);
    }

    private ScenarioParams scenario(NodeReader r) {
        String name = r.text("name", null, "Scenario name; outputs go to outputs/<name>/ (defaults to the file name)");
        String description = r.text("description", "", "What the scenario is about, shown in reports");
        String title = r.text("title", "", "What the scenario does in a few words, as it reads in the middle of a "
                + "sentence ('every supplier cuts its phone and counter staff by 20%'); reports and the board pack "
                + "name it by this, capitalised in a label, and ask 'What if ...?' with it. Not inherited through "
                + "extends (defaults to the name)");
        long population = r.longInteger("population", 1, 10_000_000_000L, 50_000_000L,
                "Adults the simulated customers stand for (UK about 50 million)");
        int customers = r.integer("customers", 100, 100_000_000, 200_000,
                "Simulated customers N; counts and GBP are scaled by population / customers");
        int days = r.integer("days", 1, 3650, 365, "Days measured");
        int warmup = r.integer("warmupDays", 0, 3650, 60,
                "Days simulated before measuring (after the equilibrium start): queues learn their calls, "
                        + "reputations and frustration settle");
        NodeReader spin = r.group("spinUp", "The equilibrium start");
        double spinYears = spin.number("years", 0, 50, 3.0, "Equilibrium start: years a smaller population is "
                + "simulated (queues at their steady state) before the warm-up; every customer then starts from the "
                + "state of a similar one of it (same age band, preferred channel and switching habit, close "
                + "tolerance): relationship held or not, tenure, loyalty stage, frustration. 0: relationships start "
                + "fresh");
        int spinCustomers = spin.integer("customers", 100, 100_000_000, 20_000,
                "Customers simulated in the spin-up (the run's own if fewer)");
        spin.finish();
        long seed = r.longInteger("seed", 0, Long.MAX_VALUE, 1, "Root random seed");
        ranges = ranges(r);
        replications = r.integer("replications", 1, 1000, 1, "Replications 'cxsim run' makes of this scenario, "
                + "each from its own random streams; with 2 or more every figure of the report gets its 95% confidence "
                + "interval (the run's --replications overrides it)");
        NodeReader scaleModel = r.group("scaleModel", "How the sample stands for the population");
        double poolErlangs = scaleModel.number("poolErlangs", 0, 100_000, 25.0, "Offered load (Erlangs: agents "
                + "kept busy) of one contact-centre pool at its busiest hour. Each supplier's queued channel is served "
                + "by pools (sites, skill groups) of this size; a simulated pool serves the sample's calls mixed with "
                + "background calls from the customers the sample stands for, so waits do not depend on the sample "
                + "size (0: queues at sample scale)");
        scaleModel.finish();
        CalendarParams calendar = calendar(r.group("calendar", "When customers get in touch"));
        PeopleParams people = people(r.group("people", "How customers differ"));
        BehaviourParams behaviour = behaviour(r.group("behaviour", "Behaviour rules"));
        NetworkParams network = network(r.group("network", "Social network"));
        CostParams costs = costs(r.group("costs", "Cost lines"));

        NodeReader levers = r.group("levers", "Scenario-wide levers applied on top of every supplier");
        double staffing = levers.number("staffingMultiplier", 0, 100, 1.0,
                "Multiplies the agents on duty of every queued channel of every supplier (after planning)");
        SpecNode.Mapping allSuppliers = optionalMap(levers, "allSuppliers",
                "Supplier keys applied over every supplier of every sector (wins over all other layers)");
        levers.finish();
        SpecNode.Mapping globalDefaults = optionalMap(r, "supplierDefaults",
                "Supplier keys every supplier starts from (the lowest layer)");

        List<SectorParams> sectors = new ArrayList<>();
        int totalSuppliers = 0;
        for (Map.Entry<String, SpecNode.Mapping> e : r.namedEntries("sectors", true).entrySet()) {
            SectorParams s = sector(r.entry("sectors", e.getKey(), "<sector>", e.getValue()), e.getKey(),
                    globalDefaults, allSuppliers, staffing, costs.acquisitionToRetentionRatio());
            totalSuppliers += s.suppliers().size();
            sectors.add(s);
        }
        if (totalSuppliers > MAX_SUPPLIERS) {
            throw r.error("sectors", "at most " + MAX_SUPPLIERS + " suppliers in all, found " + totalSuppliers);
        }
        r.finish();
        return new ScenarioParams(name, description, title.strip(), population, customers, days, warmup,
                new SpinUpParams(spinYears, spinCustomers), seed, poolErlangs, calendar,
                people, behaviour, network, costs, List.copyOf(sectors));
    }

    private CalendarParams calendar(NodeReader r) {
        double[] hours = r.numbers("hourOfDay", 24, 0, BIG, new double[]{
            0.15, 0.08, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.5, 2.0, 2.0, 1.9,
            1.8, 1.8, 1.8, 1.7, 1.6, 1.5, 1.3, 1.1, 0.9, 0.7, 0.45, 0.25},
                "Relative intensity of new contacts by hour of day (any positive scale)");
        double[] days = r.numbers("dayOfWeek", 7, 0, BIG, new double[]{1.25, 1.1, 1.0, 1.0, 1.05, 0.6, 0.4},
                "Relative intensity of new contacts Monday to Sunday");
        if (sum(hours) <= 0) {
            throw r.error("hourOfDay", "needs at least one hour above zero");
        }
        if (sum(days) <= 0) {
            throw r.error("dayOfWeek", "needs at least one day above zero");
        }
        r.finish();
        return new CalendarParams(hours, days);
    }

    private PeopleParams people(NodeReader r) {
        List<AgeBandParams> bands = new ArrayList<>();
        Map<String, SpecNode.Mapping> entries = r.namedEntries("ageBands", false);
        if (entries.isEmpty()) {
            bands.add(new AgeBandParams("adults", 1.0, 1.0, 1.0,
                    new double[]{0.45, 0.1, 0.2, 0.15, 0.05, 0.03, 0.02}));
        }
        for (Map.Entry<String, SpecNode.Mapping> e : entries.entrySet()) {
            NodeReader b = r.entry("ageBands", e.getKey(), "<band>", e.getValue());
            double share = b.requiredNumber("share", 0, 1, "Share of adults in this band");
            double tol = b.number("toleranceMultiplier", 0.01, 10, 1.0,
                    "Scales tolerance (below 1: quicker to leave)");
            double rate = b.number("contactRateMultiplier", 0, 10, 1.0, "Scales how often they get in touch");
            double[] pref = b.numbersByName("channelPreference", CHANNELS, 0, 1, null,
                    "Share preferring each channel; also their taste when falling back");
            requireSum(b, "channelPreference", pref, 1.0);
            b.finish();
            bands.add(new AgeBandParams(e.getKey(), share, tol, rate, pref));
        }
        if (!entries.isEmpty()) {
            double total = bands.stream().mapToDouble(AgeBandParams::share).sum();
            if (Math.abs(total - 1) > SHARE_SLACK) {
                throw r.error("ageBands", "shares must add up to 1, they add up to " + NodeReader.fmt(total));
            }
        }
        double patience = r.number("patienceMinutes", 0.1, 600, 4.0,
                "Mean minutes a caller waits in a queue before hanging up");
        double patienceCv = r.number("patienceCv", 0, 5, 0.5, "Spread of patience between customers (CV)");
        double acceptable = r.number("acceptableWaitMinutes", 0.1, 600, 3.0,
                "Queue wait beyond which it counts as 'waited too long'");
        double acceptableCv = r.number("acceptableWaitCv", 0, 5, 0.5, "Spread of the acceptable wait (CV)");
        double asyncHours = r.number("acceptableAsyncHours", 0.1, 10_000, 24.0,
                "Email or social answer time beyond which it counts as 'waited too long'");
        double leadDays = r.number("acceptableLeadDays", 0.1, 365, 5.0,
                "Branch appointment lead time beyond which it counts as 'waited too long'");
        double tolerance = r.number("toleranceMean", 0.01, 1000, 10.0,
                "Mean frustration a customer absorbs before leaving for treatment");
        double toleranceCv = r.number("toleranceCv", 0, 5, 0.6, "Spread of tolerance between customers (CV)");
        double[] sensitivity = r.numbersByName("sensitivity", DRIVERS, 0, 100, ones(Driver.COUNT),
                "Mean sensitivity to each misery driver (1 = neutral)");
        double sensitivityCv = r.number("sensitivityCv", 0, 5, 0.3, "Spread of sensitivities between customers (CV)");
        double switchers = r.number("naturalSwitcherShare", 0, 1, 0.05,
                "Share of customers who move from supplier to supplier");
        double switchRate = r.number("naturalSwitchPerYear", 0, 50, 0.5,
                "Switching hazard of a natural switcher per relationship per year");
        double price = r.number("priceSensitivityMean", 0.01, 10, 1.0, "Mean price sensitivity");
        double priceCv = r.number("priceSensitivityCv", 0, 5, 0.5, "Spread of price sensitivity (CV)");
        double mortality = r.number("mortalityPerYear", 0, 1, 0.003,
                "Death hazard per adult per year (the dead are replaced by new adults)");
        double prospectPatience = r.number("prospectPatienceDays", 0.01, 365, 7.0,
                "Mean days a prospect waits for a supplier to answer before trying another");
        r.finish();
        return new PeopleParams(bands, new PeopleParams.Patience(patience, patienceCv, prospectPatience),
                new PeopleParams.Expectations(acceptable, acceptableCv, asyncHours, leadDays),
                new PeopleParams.Tolerance(tolerance, toleranceCv, sensitivity, sensitivityCv),
                new PeopleParams.Switching(switchers, switchRate, price, priceCv), mortality);
    }

    /**
     * The behaviour rules, one block a method. Each block reads its keys into locals named as the record's components,
     * in the order of the components (which is the order the keys are listed in docs/keys.md), then passes them in
     * that order: a key passed in the wrong place shows as a name in the wrong place.
     */
    private BehaviourParams behaviour(NodeReader behaviour) {
        double frustrationHalfLifeDays = behaviour.number("frustrationHalfLifeDays", 0.1, 3650, 60.0,
                "Frustration halves after this many days without new misery");
        double toleranceTrendPerYear = behaviour.number("toleranceTrendPerYear", -0.9, 1, 0.0,
                "Relative change of tolerance per year (-0.05: 5% less tolerant each year)");
        MiseryParams misery = misery(behaviour.group("misery", "How much each moment of misery weighs"));
        LoyaltyParams loyalty = loyalty(behaviour.group("loyalty", "The loyalty ladder"));
        ContactBehaviourParams contact = contact(behaviour.group("contact", "Behaviour around a contact"));
        ChoiceParams choice = choice(behaviour.group("choice",
                "Choosing a supplier or a fallback channel (logit weights)"));
        AttritionParams attrition = attrition(behaviour.group("attrition", "When frustration becomes leaving"));
        WordOfMouthParams wordOfMouth = wordOfMouth(behaviour.group("wordOfMouth", "Word of mouth and reputation"));
        WinBackParams winBack = winBack(behaviour.group("winBack", "Win-back by suppliers who leave the door open"));
        ComplaintParams complaints = complaints(behaviour.group("complaints", "Formal complaints, beyond the contacts "
                + "simulated"));
        ExitBarrierParams exitBarrier = exitBarrier(behaviour.group("exitBarrier", "What meeting a supplier's exit "
                + "barriers does to a customer (seed 002: if I leave, don't slam the door)"));
        behaviour.finish();
        return new BehaviourParams(frustrationHalfLifeDays, toleranceTrendPerYear, misery, loyalty, contact, choice,
                attrition, wordOfMouth, winBack, complaints, exitBarrier);
    }

    private static MiseryParams misery(NodeReader misery) {
        double[] weight = misery.numbersByName("weights", DRIVERS, 0, 100, ones(Driver.COUNT),
                "Frustration added by one misery of each driver");
        double trapReferenceMinutes = misery.number("trapReferenceMinutes", 0.1, 240, 9.5,
                "Minutes trapped in self-service that count as one full 'trapped' misery");
        double waitCap = misery.number("waitCap", 1, 100, 3.0,
                "A long wait or trap counts at most this many times a full misery");
        double callbackRelief = misery.number("callbackRelief", 0, 1, 0.6,
                "Share of the waiting misery a callback removes");
        misery.finish();
        return new MiseryParams(weight, trapReferenceMinutes, waitCap, callbackRelief);
    }

    /** The ladder as written starts at customer; the record's arrays start a rung lower, at prospect. */
    private static LoyaltyParams loyalty(NodeReader loyalty) {
        double[] toleranceMultiplier = loyalty.numbersByName("toleranceMultiplier", LADDER, 0.01, 100,
                new double[]{1.0, 1.2, 1.5, 2.0}, "Tolerance multiplier at each stage");
        double[] momentsToAdvance = loyalty.numbersByName("momentsToAdvance", CLIMBS, 1, 100, new double[]{3, 5, 8},
                "Positive moments needed to climb from each stage");
        double[] minTenureDays = loyalty.numbersByName("minTenureDays", CLIMBS, 0, 32000, new double[]{90, 365, 730},
                "Tenure needed before climbing from each stage (converting too soon fails; at most 32,000 days, "
                        + "about 88 years)");
        double[] initialShare = loyalty.numbersByName("initialShare", LADDER, 0, 1,
                new double[]{0.5, 0.3, 0.15, 0.05}, "Share of starting relationships at each stage");
        requireSum(loyalty, "initialShare", initialShare, 1.0);
        int delightMoments = loyalty.integer("delightMoments", 1, 100, 3, "Positive moments a magic moment is worth");
        double delightRelief = loyalty.number("delightRelief", 0, 1, 0.5,
                "Share of frustration a magic moment removes");
        double dropAt = loyalty.number("dropAt", 0, 10, 0.6,
                "Frustration as a share of tolerance above which a misery drops a rung");
        double initialTenureYears = loyalty.number("initialTenureYears", 0, 100, 5.0,
                "Mean tenure of relationships held at the start");
        loyalty.finish();
        return new LoyaltyParams(prepend(toleranceMultiplier, 1.0), toInts(momentsToAdvance),
                prepend(minTenureDays, 0.0), prepend(initialShare, 0.0), delightMoments, delightRelief, dropAt,
                initialTenureYears);
    }

    private static ContactBehaviourParams contact(NodeReader contact) {
        double retryProbability = contact.number("retryProbability", 0, 1, 0.7,
                "Chance a caller who hung up in the queue calls again");
        double retryDelayMinutes = contact.number("retryDelayMinutes", 0, 100_000, 60.0,
                "Mean minutes before calling again");
        double repeatDelayDays = contact.number("repeatDelayDays", 0.01, 365, 3.0,
                "Mean days before an unresolved issue brings the customer back");
        int maxAttempts = contact.integer("maxAttempts", 1, 100, 8, "Attempts on one need before giving up for now");
        double searchMinutes = contact.number("searchMinutes", 0, 600, 8.0,
                "Mean minutes spent hunting for help on a website or app that fails or hides it");
        double repeatMinutes = contact.number("repeatMinutes", 0, 120, 3.0,
                "Minutes spent repeating the story to an agent");
        int maxTransfers = contact.integer("maxTransfers", 0, 3, 2,
                "Transfers after which an agent must handle the contact");
        double lostSaleToCompetitor = contact.number("lostSaleToCompetitor", 0, 1, 1.0 / 3,
                "Share of sales a channel could not take that go to a competitor");
        double unempoweredResolution = contact.number("unempoweredResolution", 0, 1, 0.5,
                "Share of its usual resolutions an agent achieves when they must ask a supervisor");
        contact.finish();
        return new ContactBehaviourParams(retryProbability, retryDelayMinutes, repeatDelayDays, maxAttempts,
                searchMinutes, repeatMinutes, maxTransfers, lostSaleToCompetitor, unempoweredResolution);
    }

    private static ChoiceParams choice(NodeReader choice) {
        double reputationWeight = choice.number("reputationWeight", 0, 100, 0.5, "Utility per unit of reputation");
        double priceWeight = choice.number("priceWeight", 0, 100, 1.0,
                "Utility per unit of price below average, times price sensitivity");
        double serviceWeight = choice.number("serviceWeight", 0, 100, 2.0,
                "Utility lost per misery per contact the market sees");
        double friendsWeight = choice.number("friendsWeight", 0, 100, 0.5, "Utility per net friend opinion");
        double effortScaleMinutes = choice.number("effortScaleMinutes", 0.1, 1000, 15.0,
                "Minutes of expected effort worth one unit of utility when choosing a fallback channel");
        choice.finish();
        return new ChoiceParams(reputationWeight, priceWeight, serviceWeight, friendsWeight, effortScaleMinutes);
    }

    private static AttritionParams attrition(NodeReader attrition) {
        double alternativeSensitivity = attrition.number("alternativeSensitivity", 0, 10, 0.3,
                "How much a better-rated competitor lowers tolerance (and equally bad rivals raise it)");
        double exitFrictionHold = attrition.number("exitFrictionHold", 0, 10, 0.5,
                "Tolerance boost per unit of exit friction (hostages)");
        double abandonSectorShare = attrition.number("abandonSectorShare", 0, 1, 0.2,
                "Share of treatment leavers who stop buying in the sector altogether");
        double reentryPerYear = attrition.number("reentryPerYear", 0, 100, 1.0,
                "Hazard per year that a former customer without a relationship takes one up again");
        attrition.finish();
        return new AttritionParams(alternativeSensitivity, exitFrictionHold, abandonSectorShare, reentryPerYear);
    }

    private static WordOfMouthParams wordOfMouth(NodeReader wordOfMouth) {
        double advocacyPerYear = wordOfMouth.number("advocacyPerYear", 0, 1000, 4.0, "Recommendations an advocate "
                + "makes a year (supporters half): they lift reputation and bring friends as prospects");
        double loudness = wordOfMouth.number("loudness", 1, 100, 3.0,
                "How much louder an upset supporter or advocate is");
        double memoryDays = wordOfMouth.number("memoryDays", 1, 3650, 90.0,
                "Reputation averages word of mouth over about this many days");
        double exitFrictionMentions = wordOfMouth.number("exitFrictionMentions", 0, 100, 2.0,
                "Negative mentions a customer makes on meeting a supplier's exit barriers");
        double referralUptake = wordOfMouth.number("referralUptake", 0, 1, 0.3, "Chance that a friend open to "
                + "switching (between suppliers in the sector, or frustrated past the point where fans drop a rung), "
                + "told by a fan about their supplier, approaches that supplier as a prospect");
        wordOfMouth.finish();
        return new WordOfMouthParams(advocacyPerYear, loudness, memoryDays, exitFrictionMentions, referralUptake);
    }

    private static WinBackParams winBack(NodeReader winBack) {
        double attemptsPerYear = winBack.number("attemptsPerYear", 0, 100, 2.0,
                "Approaches per former customer per year at doorOpen 1");
        double acceptance = winBack.number("acceptance", 0, 1, 0.15, "Chance an approached former customer comes back");
        double treatmentPenalty = winBack.number("treatmentPenalty", 0, 1, 0.3,
                "Acceptance multiplier for those who left over treatment");
        double windowDays = winBack.number("windowDays", 0, 3650, 180.0,
                "Days after leaving during which win-back is possible");
        winBack.finish();
        return new WinBackParams(attemptsPerYear, acceptance, treatmentPenalty, windowDays);
    }

    private static ComplaintParams complaints(NodeReader r) {
        ComplaintParams p = new ComplaintParams(r.number("perMiseryWeight", 0, 1, 0.0047, "Chance of a formal "
                + "complaint per unit of misery weight: a misery brings one with chance perMiseryWeight x its "
                + "driver's weight x its intensity"));
        r.finish();
        return p;
    }

    private static ExitBarrierParams exitBarrier(NodeReader r) {
        ExitBarrierParams p = new ExitBarrierParams(
                r.number("frustration", 0, 10, 0.1, "Extra frustration, as a share of the customer's own tolerance, "
                        + "from meeting a supplier's exit barriers (held customers may then leave anyway)"),
                r.number("complaint", 0, 1, 0.15, "Chance that meeting a supplier's exit barriers brings a formal "
                        + "complaint"),
                r.number("returnShare", 0, 1, 0.0, "Chance that a leaver who met a supplier's exit barriers would "
                        + "ever consider it again (win-back or a later search)"));
        r.finish();
        return p;
    }

    private NetworkParams network(NodeReader r) {
        int degree = r.integer("degree", 0, 100, 10, "Ties per customer in the small-world network (even)");
        if (degree % 2 != 0) {
            throw r.error("degree", "must be even, found " + degree);
        }
        double rewire = r.number("rewire", 0, 1, 0.1, "Probability each tie is rewired to a random customer");
        r.finish();
        return new NetworkParams(degree, rewire);
    }

    private CostParams costs(NodeReader r) {
        double ratio = r.number("acquisitionToRetentionRatio", 0, 100, 6.0,
                "Cost of acquiring a customer relative to retaining one (evidence: 6)");
        double[] perContact = r.numbersByName("costPerContact", CHANNELS, 0, 10_000,
                new double[]{5.5, 8.0, 0.2, 0.1, 3.0, 3.0, 3.0}, "GBP to handle one contact, by channel");
        double time = r.number("customerTimeGbpPerHour", 0, 1000, 0.0,
                "Value of an hour of customers' time lost waiting, trapped, searching or repeating (0: not priced)");
        double agentHour = r.number("agentHourGbp", 0, 10_000, 20.0, "Loaded cost of one paid agent hour (GBP: "
                + "wage, employer's National Insurance and pension, seat and supervision); prices the agent hours each "
                + "supplier pays in the business case");
        double[] nonAgent = r.numbersByName("nonAgentCostPerContact", CHANNELS, 0, 10_000, new double[Channel.COUNT],
                "GBP per contact beyond agent time (telephony, platforms, post), by channel; priced into each run's "
                        + "service cost");
        double realised = r.number("agentHourSavingRealised", 0, 1, 0.7, "Share of a fall in agent hours paid "
                + "that the business case counts as saved (rosters do not shrink at once); a rise is paid in full");
        int horizon = r.integer("horizonYears", 1, 50, 3, "Years a business case counts (net present value, payback)");
        double discount = r.number("discountRate", 0, 1, 0.08, "Annual discount rate of the net present value");
        r.finish();
        return new CostParams(ratio, perContact, time, agentHour, nonAgent, realised, horizon, discount);
    }

    private SectorParams sector(NodeReader r, String name, SpecNode.Mapping globalDefaults,
                                SpecNode.Mapping allSuppliers, double staffing, double acquisitionRatio) {
        double value = r.requiredNumber("relationshipValueGbp", 0, 1e6, "Annual revenue of one relationship (GBP)");
        double hold = r.requiredNumber("holdShare", 0, 1, "Share of adults holding a relationship in the sector");
        double rate = r.requiredNumber("contactsPerYear", 0, 1000,
                "New contacts per relationship per year (repeats come on top)");
        double[] mix = r.numbersByName("reasonMix", REASONS, 0, 1, new double[]{0.5, 0.25, 0.05, 0.2},
                "Share of contacts by reason");
        requireSum(r, "reasonMix", mix, 1.0);
        double product = r.number("productDissatisfactionPerYear", 0, 10, 0.03,
                "Hazard per relationship-year of leaving over the product (product quality 0)");
        double offer = r.number("competitorOfferPerYear", 0, 10, 0.02,
                "Hazard per relationship-year of leaving for a better offer (average customer)");
        double stop = r.number("stopUsingPerYear", 0, 10, 0.01, "Hazard per relationship-year of stopping altogether");
        double retention = r.number("retentionCostGbp", 0, 1e6, 20.0,
                "Cost of retaining a customer for a year (GBP)");
        double sale = r.number("saleValueGbp", 0, 1e6, 50.0, "Value of one sale (GBP)");
        double margin = r.number("marginShare", 0, 1, 0.3, "Contribution margin on a relationship's revenue: revenue "
                + "less every cost that varies with the number of relationships, other than the contact-centre, "
                + "per-contact and complaint costs the model prices itself");
        double acquisition = r.number("acquisitionCostGbp", 0, 1e6, retention * acquisitionRatio, "What gaining one "
                + "relationship costs (commissions, incentives, comparison-site fees, onboarding); default: "
                + "retentionCostGbp x costs.acquisitionToRetentionRatio");
        NodeReader k = r.group("complaints", "What a formal complaint costs to put right, beyond agent time");
        ComplaintCostParams complaintCosts = new ComplaintCostParams(
                k.number("handlingGbp", 0, 1e6, 60.0, "Investigating and answering one complaint (GBP)"),
                k.number("redressGbp", 0, 1e6, 0.0, "Redress and goodwill paid per complaint received (GBP)"),
                k.number("ombudsmanShare", 0, 1, 0.0, "Share of complaints that go on to the sector's ombudsman"),
                k.number("ombudsmanFeeGbp", 0, 1e6, 0.0, "Case fee the supplier pays the ombudsman for each (GBP)"));
        k.finish();
        SpecNode.Mapping sectorDefaults = optionalMap(r, "supplierDefaults",
                "Supplier keys the sector's suppliers start from (over the global defaults)");
        SpecNode.Mapping sectorOverrides = optionalMap(r, "allSuppliers",
                "Supplier keys applied over every supplier of the sector (over the suppliers' own values)");
        Map<String, SpecNode.Mapping> entries = r.namedEntries("suppliers", true);
        if (entries.size() > MAX_SUPPLIERS_PER_SECTOR) {
            throw r.error("suppliers", "at most " + MAX_SUPPLIERS_PER_SECTOR + " suppliers per sector");
        }
        List<SupplierParams> suppliers = new ArrayList<>();
        double shares = 0;
        for (Map.Entry<String, SpecNode.Mapping> e : entries.entrySet()) {
            SpecNode.Mapping merged = layered(e.getValue(), globalDefaults, sectorDefaults, sectorOverrides,
                    allSuppliers);
            SupplierParams s = supplier(r.entry("suppliers", e.getKey(), "<supplier>", merged), e.getKey(), staffing);
            shares += s.marketShare();
            suppliers.add(s);
        }
        if (Math.abs(shares - 1) > SHARE_SLACK) {
            throw r.error("suppliers", "market shares in " + name + " must add up to 1, they add up to "
                    + NodeReader.fmt(shares));
        }
        r.finish();
        return new SectorParams(name, new SectorParams.Demand(hold, rate, mix),
                new SectorParams.Hazards(product, offer, stop),
                new SectorParams.Money(value, margin, retention, sale, acquisition), complaintCosts,
                List.copyOf(suppliers));
    }

    /**
     * Global defaults, then sector defaults, then the supplier's own values, then sector-wide overrides, then
     * scenario-wide overrides: what-ifs write overrides, so they win over what each supplier says.
     */
    private static SpecNode.Mapping layered(SpecNode.Mapping own, SpecNode.Mapping global, SpecNode.Mapping sector,
                                            SpecNode.Mapping sectorOverrides, SpecNode.Mapping overrides) {
        SpecNode merged = new SpecNode.Mapping(own.source());
        for (SpecNode.Mapping layer : new SpecNode.Mapping[]{global, sector, own, sectorOverrides, overrides}) {
            if (layer != null) {
                merged = ScenarioLoader.merge(merged, layer);
            }
        }
        return new SpecNode.Mapping(own.source(), ((SpecNode.Mapping) merged).entries());
    }

    private SupplierParams supplier(NodeReader r, String name, double staffing) {
        double share = r.requiredNumber("marketShare", 0, 1, "Share of the sector's relationships at start");
        double attractiveness = r.number("attractiveness", -50, 50, Math.log(Math.max(share, 1e-6)), "Utility the "
                + "brand adds when a customer picks a supplier (brand awareness, and all the model does not see); "
                + "default ln(marketShare); fitted by cxsim fit-shares so the stated shares are the steady state");
        double trend = r.number("attractivenessTrendPerYear", -5, 5, 0.0, "Change of attractiveness each year of "
                + "the run: a market trend the scenario states (0: the fitted market is stationary)");
        double price = r.number("priceIndex", 0.1, 10, 1.0, "Price relative to the market (1 = average)");
        double quality = r.number("productQuality", -5, 5, 0.0,
                "Product quality; the product-dissatisfaction hazard is scaled by exp(-quality)");
        double reputation = r.number("reputation", -100, 100, 0.0, "Reputation at start (net mentions per "
                + "customer-year)");
        double campaigns = r.number("campaignIntensity", 0, 100, 1.0,
                "Strength of its offers to competitors' customers (1 = average)");
        double fcr = r.number("firstContactResolution", 0, 1, 0.8,
                "Share of agent contacts that resolve the issue when the agent is empowered to act");
        double transfer = r.number("transferRate", 0, 1, 0.1, "Share of agent contacts transferred to another agent");
        boolean callback = r.flag("callback", false, "Phone offers a callback instead of holding (virtual hold)");
        double empowerment = r.number("empowerment", 0, 1, 0.8,
                "Share of staff able to act without 'I'll ask my supervisor'");
        double findability = r.number("helpFindability", 0, 1, 0.8,
                "Chance a customer finds how to get help on the website or app");
        double onboarding = r.number("onboardingDays", 0, 365, 1.0, "Days from yes to an active relationship");
        double exit = r.number("exitFriction", 0, 1, 0.3, "How hard leaving is (0 easy, 1 hidden and obstructed)");
        double door = r.number("doorOpen", 0, 1, 0.5, "Win-back effort after a customer leaves (0: door slammed)");
        double delight = r.number("delightBudget", 0, 1, 0.02, "Share of good contacts given an unexpected extra");

        NodeReader invest = r.group("investment", "What the scenario's change costs this supplier, in GBP at the "
                + "population's scale (for the business case of a what-if)");
        var investment = new InvestmentParams(
                invest.number("oneOffGbp", 0, 1e12, 0.0, "Paid once, at the start (GBP)"),
                invest.number("perYearGbp", 0, 1e12, 0.0, "Paid every year the change runs (GBP)"));
        invest.finish();
        NodeReader ivr = r.group("ivr", "The automated phone menu");
        var ivrParams = new uk.cxsim.model.params.IvrParams(
                ivr.number("trapShare", 0, 1, 0.2, "Share of callers trapped in automated self-service"),
                ivr.number("trapMinutes", 0, 240, 9.5, "Mean minutes a trapped caller spends trying to reach a human"),
                ivr.flag("escapeHatch", false, "A 'press 0 for a person' escape exists: callers who would be trapped "
                        + "reach the queue quickly instead"),
                ivr.number("escapeMinutes", 0, 60, 1.0, "With an escape hatch, the longest a caller spends in the "
                        + "menu"));
        ivr.finish();
        NodeReader crm = r.group("crm", "What the agent knows about the customer");
        var crmParams = new uk.cxsim.model.params.CrmParams(
                crm.number("context", 0, 1, 0.6, "Chance the agent sees the customer's history"),
                crm.flag("followsTransfer", false, "The context follows the customer on a transfer"),
                crm.flag("followsChannelSwitch", false, "The context follows the customer to another channel"),
                crm.number("resolutionUplift", 0, 1, 0.0, "Points of first-contact resolution an agent gains from "
                        + "seeing the customer's history (0: history changes how a contact feels, not whether it is "
                        + "resolved)"));
        crm.finish();

        NodeReader channels = r.group("channels", "The channels offered and how each is run");
        var channelParams = new uk.cxsim.model.params.ChannelParams[Channel.COUNT];
        boolean any = false;
        for (Channel c : Channel.values()) {
            channelParams[c.ordinal()] = new ChannelReader(staffing)
                    .read(channels.group(c.key(), "The " + c.key() + " channel"), c);
            any |= channelParams[c.ordinal()].offered();
        }
        channels.finish();
        if (!any) {
            throw r.error("channels", "supplier " + name + " must offer at least one channel");
        }
        r.finish();
        return new SupplierParams(name, new SupplierParams.Market(share, attractiveness, trend),
                new SupplierParams.Offer(price, quality, reputation, campaigns), channelParams, ivrParams, crmParams,
                new SupplierParams.Service(fcr, transfer, callback, empowerment, findability),
                new SupplierParams.Relationship(onboarding, exit, door, delight), investment);
    }

    private static SpecNode.Mapping optionalMap(NodeReader r, String key, String doc) {
        return r.optionalMapping(key, "group of supplier keys", doc);
    }

    private static void requireSum(NodeReader r, String key, double[] values, double target) {
        double s = sum(values);
        if (Math.abs(s - target) > SHARE_SLACK) {
            throw r.error(key, "shares must add up to " + NodeReader.fmt(target) + ", they add up to "
                    + NodeReader.fmt(Math.round(s * 1e6) / 1e6));
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0);
        return v;
    }

    private static double[] prepend(double[] v, double first) {
        double[] out = new double[v.length + 1];
        out[0] = first;
        System.arraycopy(v, 0, out, 1, v.length);
        return out;
    }

    private static int[] toInts(double[] moments) {
        int[] out = new int[moments.length + 1];
        for (int k = 0; k < moments.length; k++) {
            out[k + 1] = (int) Math.round(moments[k]);
        }
        out[0] = 1;
        return out;
    }

    private static String[] names(int n, java.util.function.IntFunction<String> f) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = f.apply(i);
        }
        return out;
    }
}
