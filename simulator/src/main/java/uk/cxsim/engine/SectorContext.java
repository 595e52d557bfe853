package uk.cxsim.engine;

import java.io.Serializable;

import uk.cxsim.metrics.SupplierTally;
import uk.cxsim.model.CxModel;
import uk.cxsim.model.Population;
import uk.cxsim.model.RelationshipBook;
import uk.cxsim.model.SocialNetwork;
import uk.cxsim.model.SplitMixRandom;
import uk.cxsim.model.SupplierState;
import uk.cxsim.model.params.BehaviourParams;
import uk.cxsim.model.params.PeopleParams;
import uk.cxsim.model.params.SectorParams;

/**
 * What every part of one sector's simulation shares: the sector's parameters, the people, their relationships
 * in this sector, the sector's suppliers and the tally they count into. A sector's parts touch nothing of another
 * sector's, which is what lets sectors run in parallel.
 */
final class SectorContext implements Serializable {
    final CxModel model;
    final int sector;
    final SectorParams params;
    final BehaviourParams behaviour;
    final PeopleParams people;
    final Population population;
    final RelationshipBook book;
    final SocialNetwork network;
    /** The sector's suppliers, by sector-local index. */
    final SupplierState[] suppliers;
    final SupplierTally tally;

    SectorContext(CxModel model, int sector, SupplierTally tally) {
        this.model = model;
        this.sector = sector;
        this.params = model.params.sectors().get(sector);
        this.behaviour = model.params.behaviour();
        this.people = model.params.people();
        this.population = model.population;
        this.book = model.books[sector];
        this.network = model.network;
        this.tally = tally;
        int n = model.suppliersIn(sector);
        suppliers = new SupplierState[n];
        for (int j = 0; j < n; j++) {
            suppliers[j] = model.supplier(sector, j);
        }
    }

    /** The model-wide index of the sector's supplier {@code local}, as the tally counts it. */
    int global(int local) {
        return model.firstSupplier[sector] + local;
    }

    /** The sector's own random stream of this kind (create each kind once per sector). */
    SplitMixRandom stream(RandomStreams.Stream kind) {
        return RandomStreams.stream(model.params.seed(), model.replication, sector, kind);
    }

    /** The sector's draws of this kind keyed by the event they are for (create each kind once per sector). */
    KeyedDraws keyed(RandomStreams.Stream kind) {
        return new KeyedDraws(model.params.seed(), model.replication, sector, kind);
    }
}
