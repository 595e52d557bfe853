package uk.cxsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.cxsim.results.BusinessCaseSection;
import uk.cxsim.results.BusinessCaseSection.Row;

/** Which supplier a board sees for a lever every supplier pulls: only one whose result is told from the noise. */
class BusinessCaseRowsTest {

    @Test
    void aSupplierWhoseIntervalSpansZeroIsNeverShownHoweverLargeItsEstimate() {
        Row noisy = supplier("Harbour Bank", "Banking", 65e6, -812e6, 942e6, 0);
        Row clear = supplier("Old Bank", "Banking", -30e6, -50e6, -10e6, 0);
        List<String> shown = names(List.of(noisy, clear, sector("Banking"), uk()));
        assertEquals(List.of("Old Bank", "Banking", "UK"), shown);
    }

    @Test
    void withNoSupplierToldFromNoiseOnlyTheUkIsShown() {
        Row a = supplier("Harbour Bank", "Banking", 65e6, -812e6, 942e6, 0);
        Row b = supplier("Old Bank", "Banking", 20e6, -5e6, 45e6, 0);
        assertEquals(List.of("UK"), names(List.of(a, b, sector("Banking"), uk())));
    }

    @Test
    void theSupplierThatPaysAloneIsShownWhateverItsInterval() {
        Row payer = supplier("Old Bank", "Banking", 1e6, -40e6, 42e6, 50_000);
        Row clear = supplier("New Bank", "Banking", -30e6, -50e6, -10e6, 0);
        assertEquals(List.of("Old Bank", "Banking", "UK"), names(List.of(payer, clear, sector("Banking"), uk())));
    }

    private static List<String> names(List<Row> rows) {
        return BusinessCaseRows.perspectives(new BusinessCaseSection(3, 12, 0.08, 0.7, 20, 20, 365, 1, null, rows))
                .stream().map(Row::name).toList();
    }

    private static Row supplier(String name, String sector, double net, double low, double high, double oneOff) {
        return row("supplier", name, sector, net, low, high, oneOff);
    }

    private static Row sector(String name) {
        return row("sector", name, null, 0, -1, 1, 0);
    }

    private static Row uk() {
        return row("uk", "UK", null, 0, -1, 1, 0);
    }

    private static Row row(String perspective, String name, String sector, double net, double low, double high,
                           double oneOff) {
        return new Row(perspective, name, sector, 0, 0, 0, 0, 0, 0, 0, -oneOff, net, new double[]{low, high}, net,
                new double[]{low, high}, null, null, null, List.of(), 0, new double[]{0, 0}, new double[]{net},
                new double[]{net}, Map.of());
    }
}
