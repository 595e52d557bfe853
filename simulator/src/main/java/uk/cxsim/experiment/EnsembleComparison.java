package uk.cxsim.experiment;

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

    /** The variant's figures and business case across the members. */
    public static EnsembleWhatIf summarise(String variant, List<MemberRuns> members) {
        Map<String, List<Interval>> figures = new LinkedHashMap<>();
        Map<String, List<BusinessCaseRow>> rows = new LinkedHashMap<>();
        for (MemberRuns m : members) {
            List<RunSummary> base = m.runs().base();
            List<RunSummary> runs = m.runs().variants().get(variant);
            for (ComparisonRow r : Comparison.of(base, runs)) {
                figures.computeIfAbsent(r.metric(), k -> new ArrayList<>()).add(r.difference());
            }
            for (BusinessCaseRow r : BusinessCase.every(base, runs)) {
                rows.computeIfAbsent(r.perspective().key() + "/" + r.sector() + "/" + r.name(),
                        k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, EnsembleSpread> spreads = new LinkedHashMap<>();
        figures.forEach((metric, perMember) -> {
            if (perMember.size() == members.size()) {
                spreads.put(metric, EnsembleSpread.of(perMember));
            }
        });
        List<EnsembleWhatIf.Case> cases = new ArrayList<>();
        for (List<BusinessCaseRow> perMember : rows.values()) {
            if (perMember.size() == members.size()) {
                cases.add(acrossMembers(perMember));
            }
        }
        return new EnsembleWhatIf(variant, members.size(), members.get(0).runs().base().size(), spreads, cases);
    }

    /** Each member's row for the variant: its parameters, the UK's net benefit and payback, each figure's change. */
    public static List<EnsembleMemberRow> memberRows(String variant, List<MemberRuns> members) {
        List<EnsembleMemberRow> out = new ArrayList<>();
        for (MemberRuns m : members) {
            List<RunSummary> base = m.runs().base();
            List<RunSummary> runs = m.runs().variants().get(variant);
            Map<String, Double> outcomes = new LinkedHashMap<>();
            BusinessCaseRow uk = BusinessCase.of(base, runs).stream()
                    .filter(r -> r.perspective() == BusinessCaseRow.Perspective.UK).findFirst().orElseThrow();
            outcomes.put(EnsembleMemberRow.NET_BENEFIT, uk.netBenefit().mean());
            outcomes.put(EnsembleMemberRow.PAYS_BACK, paysBack(uk) ? 1.0 : 0.0);
            for (ComparisonRow r : Comparison.of(base, runs)) {
                outcomes.put(r.metric() + EnsembleMemberRow.CHANGE, r.difference().mean());
            }
            out.add(new EnsembleMemberRow(variant, m.member(), m.parameters(), outcomes));
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
        return new WhatIfRuns(base, variants);
    }

    /** Whether a member's row pays back: a positive net benefit and any one-off investment repaid in time. */
    static boolean paysBack(BusinessCaseRow r) {
        return r.netBenefit().mean() > 0 && (r.investmentOneOffGbp() <= 0 || r.paybackMonths() != null);
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
