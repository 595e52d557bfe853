package uk.cxsim.experiment.whatif;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.cxsim.metrics.BusinessCaseRow;
import uk.cxsim.metrics.BusinessCaseRow.Line;
import uk.cxsim.metrics.ComparisonRow;
import uk.cxsim.metrics.EnsembleMemberRow;
import uk.cxsim.metrics.EnsembleSpread;
import uk.cxsim.metrics.EnsembleWhatIf;
import uk.cxsim.metrics.Interval;
import uk.cxsim.metrics.RunSummary;

/**
 * What-ifs across an ensemble of parameter sets that all fit the evidence. Each member ran the base and every
 * variant with the same replications and seed (common random numbers); each member's paired comparison and business
 * case are one estimate, and the ensemble's answer is their spread ({@link EnsembleSpread}). Pooled over members, the
 * same runs give the ensemble-average comparison (every member's replications together).
 */
public final class EnsembleComparison {
    /** One member's what-if runs, with the values it sets. */
    public record MemberRuns(String member, Map<String, Double> parameters, WhatIfRuns runs) {
    }

    private EnsembleComparison() {
    }

    /** A variant across the members: the spreads, and each member's own row (the table discovery reads). */
    public record Answer(EnsembleWhatIf acrossMembers, List<EnsembleMemberRow> memberRows) {
    }

    /** One member's paired comparison and business case (every supplier's row, so rows line up across members). */
    private record MemberAnswer(MemberRuns member, List<ComparisonRow> comparison, List<BusinessCaseRow> cases) {
        BusinessCaseRow uk() {
            return cases.stream().filter(r -> r.perspective() == BusinessCaseRow.Perspective.UK).findFirst()
                    .orElseThrow();
        }
    }

    /** The variant across the members, each member's comparison and business case made once. */
    public static Answer of(String variant, List<MemberRuns> members) {
        List<MemberAnswer> answers = new ArrayList<>();
        for (MemberRuns m : members) {
            List<RunSummary> base = m.runs().base();
            List<RunSummary> runs = m.runs().variants().get(variant);
            answers.add(new MemberAnswer(m, Comparison.of(base, runs), BusinessCase.every(base, runs)));
        }
        return new Answer(spreads(variant, answers), rows(variant, answers));
    }

    /** The variant's figures and business case across the members. */
    public static EnsembleWhatIf summarise(String variant, List<MemberRuns> members) {
        return of(variant, members).acrossMembers();
    }

    /** Each member's row for the variant: its parameters, the UK's net benefit and payback, each figure's change. */
    public static List<EnsembleMemberRow> memberRows(String variant, List<MemberRuns> members) {
        return of(variant, members).memberRows();
    }

    private static EnsembleWhatIf spreads(String variant, List<MemberAnswer> answers) {
        Map<String, List<Interval>> figures = new LinkedHashMap<>();
        Map<String, List<BusinessCaseRow>> rows = new LinkedHashMap<>();
        for (MemberAnswer a : answers) {
            for (ComparisonRow r : a.comparison()) {
                figures.computeIfAbsent(r.metric(), k -> new ArrayList<>()).add(r.difference());
            }
            for (BusinessCaseRow r : a.cases()) {
                rows.computeIfAbsent(r.perspective().key() + "/" + r.sector() + "/" + r.name(),
                        k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, EnsembleSpread> spreads = new LinkedHashMap<>();
        figures.forEach((metric, perMember) -> {
            if (perMember.size() == answers.size()) {
                spreads.put(metric, EnsembleSpread.of(perMember));
            }
        });
        List<EnsembleWhatIf.Case> cases = new ArrayList<>();
        for (List<BusinessCaseRow> perMember : rows.values()) {
            if (perMember.size() == answers.size()) {
                cases.add(acrossMembers(perMember));
            }
        }
        return new EnsembleWhatIf(variant, answers.size(), answers.get(0).member().runs().base().size(), spreads,
                cases);
    }

    private static List<EnsembleMemberRow> rows(String variant, List<MemberAnswer> answers) {
        List<EnsembleMemberRow> out = new ArrayList<>();
        for (MemberAnswer a : answers) {
            Map<String, Double> outcomes = new LinkedHashMap<>();
            BusinessCaseRow uk = a.uk();
            outcomes.put(EnsembleMemberRow.NET_BENEFIT, uk.netBenefit().mean());
            outcomes.put(EnsembleMemberRow.PAYS_BACK, paysBack(uk) ? 1.0 : 0.0);
            for (ComparisonRow r : a.comparison()) {
                outcomes.put(r.metric() + EnsembleMemberRow.CHANGE, r.difference().mean());
            }
            out.add(new EnsembleMemberRow(variant, a.member().member(), a.member().parameters(), outcomes));
        }
        return out;
    }

    /** Every member's replications together: the base's, and each variant's, in member order. */
    public static WhatIfRuns pooled(List<MemberRuns> members) {
        List<RunSummary> base = new ArrayList<>();
        Map<String, List<RunSummary>> variants = new LinkedHashMap<>();
        for (MemberRuns m : members) {
            base.addAll(m.runs().base());
            m.runs().variants().forEach((name, runs) ->
                    variants.computeIfAbsent(name, k -> new ArrayList<>()).addAll(runs));
        }
        // every member lays the same keys over the base and each variant, so each re-ran the same sectors
        return new WhatIfRuns(base, variants, members.get(0).runs().focus());
    }

    /** Whether a member's row pays back: a positive net benefit and any one-off investment repaid in time. */
    static boolean paysBack(BusinessCaseRow r) {
        return r.netBenefit().mean() > 0 && (r.investmentOneOffGbp() == 0 || r.paybackMonths() != null);
    }

    private static EnsembleWhatIf.Case acrossMembers(List<BusinessCaseRow> perMember) {
        BusinessCaseRow first = perMember.get(0);
        Map<Line, EnsembleSpread> lines = new EnumMap<>(Line.class);
        for (Line l : Line.values()) {
            lines.put(l, EnsembleSpread.of(perMember.stream().map(r -> r.lines().get(l)).toList()));
        }
        double paying = perMember.stream().filter(EnsembleComparison::paysBack).count() / (double) perMember.size();
        return new EnsembleWhatIf.Case(first.perspective(), first.name(), first.sector(),
                EnsembleSpread.of(perMember.stream().map(BusinessCaseRow::netBenefit).toList()),
                EnsembleSpread.of(perMember.stream().map(BusinessCaseRow::npv).toList()), lines, paying);
    }
}
