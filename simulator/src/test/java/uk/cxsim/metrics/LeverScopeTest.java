package uk.cxsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.cxsim.TestScenarios;
import uk.cxsim.model.params.ScenarioParams;
import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.BusinessCaseSection.Row;

/** Whose books a what-if's change sits on, read from what it changes; and the payer the business case reads. */
class LeverScopeTest {
    private static final ScenarioParams BASE = TestScenarios.small();

    @Test
    void oneSuppliersLeverSitsOnThatSuppliersBooks() {
        assertEquals(new LeverScope("supplier", "Old Bank"), LeverScope.of(BASE,
                TestScenarios.small("sectors.Banking.suppliers.Old Bank.crm.context=1")));
    }

    @Test
    void aSectorsLeverSitsOnTheSectorsBooks() {
        assertEquals(new LeverScope("sector", "Banking"), LeverScope.of(BASE,
                TestScenarios.small("sectors.Banking.allSuppliers.crm.context=1")));
    }

    @Test
    void everySuppliersOrTheMarketsChangeSitsOnTheUksBooks() {
        assertEquals(LeverScope.UK, LeverScope.of(BASE, TestScenarios.small("levers.allSuppliers.crm.context=1")));
        assertEquals(LeverScope.UK, LeverScope.of(BASE, TestScenarios.small("people.toleranceMean=9")));
        assertEquals(LeverScope.UK, LeverScope.of(BASE, TestScenarios.small(
                "sectors.Banking.suppliers.Old Bank.crm.context=1", "people.toleranceMean=9")));
    }

    /**
     * A lever one supplier pulls without stating an investment is read on that supplier's books, not the UK's; the
     * supplier that invests alone still pays whatever the scope.
     */
    @Test
    void thePayerIsTheSupplierThatInvestsElseTheBooksTheChangeSitsOn() {
        Row oldBank = row("supplier", "Old Bank", 0);
        Row newBank = row("supplier", "New Bank", 0);
        Row banking = row("sector", "Banking", 0);
        Row uk = row("uk", "UK", 0);
        List<Row> rows = List.of(oldBank, newBank, banking, uk);
        assertEquals(oldBank, section(new BusinessCaseSection.Books("supplier", "Old Bank"), rows).payer());
        assertEquals(banking, section(new BusinessCaseSection.Books("sector", "Banking"), rows).payer());
        assertEquals(uk, section(new BusinessCaseSection.Books("uk", ""), rows).payer());
        assertEquals(uk, section(null, rows).payer(), "a file written before the books were kept");
        Row paying = row("supplier", "New Bank", 50_000);
        assertEquals(paying, section(new BusinessCaseSection.Books("sector", "Banking"),
                List.of(oldBank, paying, banking, uk)).payer());
    }

    private static BusinessCaseSection section(BusinessCaseSection.Books books, List<Row> rows) {
        return new BusinessCaseSection(3, 12, 0.08, 0.7, 20, 20, 365, 1, books, rows);
    }

    private static Row row(String perspective, String name, double oneOff) {
        return new Row(perspective, name, "supplier".equals(perspective) ? "Banking" : null, 0, 0, 0, 0, 0, 0, 0,
                -oneOff, 0, new double[]{-1, 1}, 0, new double[]{-1, 1}, null, null, null, List.of(), 0,
                new double[]{0, 0}, new double[]{0}, new double[]{0}, Map.of());
    }
}
