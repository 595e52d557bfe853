package uk.cxsim.model;

import java.io.Serializable;

import uk.cxsim.model.params.SupplierParams;

/** What changes about a supplier during a run: its customers, their stages, and its reputation. */
public final class SupplierState implements Serializable {
    public final SupplierParams params;
    /** Index among all suppliers of the scenario. */
    public final int globalIndex;
    /** Index within its sector (what a RelationshipBook stores). */
    public final int localIndex;
    public final int sector;
    /** Relationships held now, by LoyaltyStage. */
    public final int[] byStage = new int[LoyaltyStage.COUNT];
    /** Relationships held now that were won from a rival in the sector. */
    public int fromRivals;
    /** Customers held when the run started; staffing is sized on this. */
    public int startingCustomers;
    /** Net mentions per customer-year, exponentially weighted. */
    public double reputation;
    /** Miseries per contact, exponentially weighted: the service a market observer expects. */
    public double miseryRate;
    /** Negative mentions accumulated since the last reputation update. */
    public double negativeMentions;
    /** Contacts and miseries since the last reputation update. */
    public long contactsToday;
    public long miseriesToday;

    public SupplierState(SupplierParams params, int globalIndex, int localIndex, int sector) {
        this.params = params;
        this.globalIndex = globalIndex;
        this.localIndex = localIndex;
        this.sector = sector;
        this.reputation = params.reputation();
    }

    public int customers() {
        int n = 0;
        for (int c : byStage) {
            n += c;
        }
        return n;
    }
}
