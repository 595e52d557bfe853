package uk.cxsim.behaviour;

import uk.cxsim.model.LeaveReason;

/**
 * Reasons to leave that have nothing to do with service, as competing hazards per relationship per year:
 * product dissatisfaction, competitor offers, natural switching and stopping using the sector.
 */
public final class BackgroundHazards {
    private BackgroundHazards() {
    }

    /**
     * Fills {@code rates} (LeaveReason order) for one relationship and returns their total.
     *
     * @param productPerYear    the sector's product-dissatisfaction hazard at quality 0
     * @param productQuality    the supplier's product quality
     * @param offerPerYear      the sector's competitor-offer hazard for an average customer
     * @param offerPressure     the competitors' campaign intensity against this supplier (1 = average)
     * @param priceSensitivity  the customer's price sensitivity (1 = average)
     * @param naturalPerYear    the switching hazard of a natural switcher, 0 for others
     * @param stopPerYear       the sector's stop-using hazard
     */
    public static double rates(double[] rates, double productPerYear, double productQuality, double offerPerYear,
                               double offerPressure, double priceSensitivity, double naturalPerYear,
                               double stopPerYear) {
        java.util.Arrays.fill(rates, 0);
        rates[LeaveReason.PRODUCT.ordinal()] = productPerYear * Math.exp(-productQuality);
        rates[LeaveReason.COMPETITOR_OFFER.ordinal()] = offerPerYear * offerPressure * priceSensitivity;
        rates[LeaveReason.NATURAL_SWITCHER.ordinal()] = naturalPerYear;
        rates[LeaveReason.STOPPED_USING.ordinal()] = stopPerYear;
        double total = 0;
        for (double r : rates) {
            total += r;
        }
        return total;
    }
}
