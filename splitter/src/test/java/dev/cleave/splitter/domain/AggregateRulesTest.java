package dev.cleave.splitter.domain;

import dev.cleave.model.Constraints;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.SplitOptions;
import dev.cleave.splitter.Splitter;
import dev.cleave.splitter.WhatIf;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity and what it owns, read from the mapping, stay in one service: the parts of its aggregate, its lookups
 * and its values. Each fixture is a music catalogue whose album side and track side are dense enough to be two
 * services if nothing but the references counted.
 */
class AggregateRulesTest {

    /**
     * Albums (controller, service, repository, DTO) own their tracks ({@code @OneToMany}); tracks have a rich web
     * side of their own (controller, validator, formatter, DTO) and no data access of their own; a genre is a lookup
     * of the track; artists are a separate capability.
     */
    static Graphs catalogue(String... trackAnnotations) {
        Graphs g = new Graphs().capability("Artist", "artists")
                .node("AlbumController", Stereotype.CONTROLLER).node("AlbumService", Stereotype.SERVICE)
                .node("AlbumRepository", Stereotype.REPOSITORY, new TableUse("albums", TableAccess.WRITES),
                        new TableUse("genres", TableAccess.READS))
                .node("AlbumDto", Stereotype.DTO)
                .entity("Album", "albums", "OneToMany", "ManyToOne")
                .entity("Track", "tracks", trackAnnotations)
                .entity("Genre", "genres")
                .node("TrackController", Stereotype.CONTROLLER).node("TrackValidator", null)
                .node("TrackFormatter", Stereotype.COMPONENT).node("TrackDto", Stereotype.DTO)
                .node("GenreFormatter", Stereotype.COMPONENT);
        g.edge("AlbumController", "AlbumService", EdgeKind.CALL, 4).edge("AlbumController", "AlbumDto", EdgeKind.NEW, 2)
                .edge("AlbumService", "AlbumRepository", EdgeKind.CALL, 4)
                .edge("AlbumService", "Album", EdgeKind.CALL, 6).edge("AlbumService", "AlbumDto", EdgeKind.CALL, 2)
                .edge("AlbumRepository", "Album", EdgeKind.TYPE_USE, 3)
                .edge("AlbumService", "ArtistService", EdgeKind.CALL, 1).edge("AlbumDto", "Album", EdgeKind.CALL, 4)
                .field("Album", "Track");
        for (String c : new String[] {"TrackController", "TrackValidator", "TrackFormatter", "TrackDto"}) {
            g.edge(c, "Track", EdgeKind.CALL, 6).edge(c, "Track", EdgeKind.TYPE_USE, 3);
        }
        g.edge("TrackController", "TrackValidator", EdgeKind.NEW, 2)
                .edge("TrackController", "TrackDto", EdgeKind.NEW, 3)
                .edge("TrackController", "TrackFormatter", EdgeKind.CALL, 2)
                .edge("TrackController", "AlbumRepository", EdgeKind.CALL, 1)
                .edge("TrackController", "Genre", EdgeKind.TYPE_USE, 2)
                .edge("TrackFormatter", "TrackDto", EdgeKind.CALL, 3)
                .edge("TrackValidator", "TrackDto", EdgeKind.CALL, 2)
                .field("Track", "Genre").edge("GenreFormatter", "Genre", EdgeKind.CALL, 3)
                .edge("GenreFormatter", "AlbumRepository", EdgeKind.CALL, 1);
        return g;
    }

    static Plan split(Graphs g) {
        return Splitter.split(g.build(), SplitOptions.defaults());
    }

    @Test
    void anAggregateIsNotCutFromItsPartsAndItsLookups() {
        Plan plan = split(catalogue("ManyToOne"));
        assertThat(plan.serviceOf("d.Track")).isEqualTo(plan.serviceOf("d.Album"));
        assertThat(plan.serviceOf("d.Genre")).isEqualTo(plan.serviceOf("d.Album"));
        assertThat(plan.serviceOf("d.TrackController")).isEqualTo(plan.serviceOf("d.Album"));
        assertThat(plan.serviceOf("d.Artist")).isNotEqualTo(plan.serviceOf("d.Album"));
    }

    @Test
    void theExplanationSaysWhichEntityAClassBelongsWith() {
        var graph = catalogue("ManyToOne").build();
        WhatIf whatIf = new WhatIf(graph, Splitter.split(graph, SplitOptions.defaults()),
                SplitOptions.DEFAULT_EDGE_WEIGHTS);
        assertThat(whatIf.explain("d.Track").reasons()).containsExactly(
                "part of the aggregate of Album (Album maps a collection of it): kept with it",
                "owns Genre (its aggregate's parts, lookups and values): they belong with it");
        assertThat(whatIf.explain("d.Genre").reasons()).containsExactly("a lookup of Track (the only entity that"
                + " refers to it; no entry point of its own): kept with it");
        whatIf.move(java.util.List.of("d.Genre"), "artist");
        assertThat(whatIf.explain("d.Genre").reasons()).containsExactly("a lookup of Track (the only entity that"
                + " refers to it; no entry point of its own): kept with it unless you separate them (Track is in"
                + " album)");
    }

    @Test
    void theUserCanPinTheRootAndAPartApart() {
        Plan plan = Splitter.split(catalogue("ManyToOne").build(), SplitOptions.defaults().withConstraints(
                new Constraints(Map.of("d.Album", "albums", "d.Track", "tracks"), List.of(), List.of(), 0)));
        assertThat(plan.service("albums").classes()).contains("d.Album").doesNotContain("d.Track");
        assertThat(plan.service("tracks").classes()).contains("d.Track");
    }

    @Test
    void aBidirectionalAssociationMakesTheManySideAPartEvenWithItsOwnRepository() {
        Graphs g = catalogue("ManyToOne").field("Track", "Album")
                .node("TrackRepository", Stereotype.REPOSITORY, new TableUse("tracks", TableAccess.WRITES))
                .edge("TrackController", "TrackRepository", EdgeKind.CALL, 3)
                .edge("TrackRepository", "Track", EdgeKind.TYPE_USE, 3);
        Plan plan = split(g);
        assertThat(plan.serviceOf("d.Track")).isEqualTo(plan.serviceOf("d.Album"));
        assertThat(plan.serviceOf("d.TrackRepository")).isEqualTo(plan.serviceOf("d.Album"));
    }

    @Test
    void anEntityWithAnEntryPointOfItsOwnIsNoLookupOfTheEntityThatRefersToIt() {
        Plan plan = split(new Graphs().capability("Customer", "customers").capability("Rental", "rentals")
                .entity("Loan", "loans", "ManyToOne").field("Loan", "Customer")
                .edge("RentalService", "Loan", EdgeKind.CALL, 5).edge("RentalController", "Loan", EdgeKind.TYPE_USE, 2)
                .edge("RentalRepository", "Loan", EdgeKind.TYPE_USE, 1));
        assertThat(plan.serviceOf("d.Customer")).isNotEqualTo(plan.serviceOf("d.Loan"));
    }

    @Test
    void aValueEnumGoesWithTheOnlyEntityThatHoldsItWhoeverUsesItMost() {
        Graphs g = new Graphs().capability("Customer", "customers").capability("Rental", "rentals")
                .node("Level", TypeKind.ENUM, null, List.of()).field("Customer", "Level")
                .edge("RentalService", "Level", EdgeKind.CALL, 6)
                .edge("RentalController", "Level", EdgeKind.TYPE_USE, 4).edge("RentalDto", "Level", EdgeKind.FIELD, 2)
                .edge("RentalService", "CustomerService", EdgeKind.CALL, 1);
        assertThat(split(g).serviceOf("d.Level").name()).isEqualTo("customer");
    }

    @Test
    void aDaoNamedAfterAnEntityWhoseTableItReadsGoesWithThatEntity() {
        Graphs g = new Graphs().capability("Booking", "booking").capability("Trip", "trip")
                .node("BookingReportDao", Stereotype.REPOSITORY, new TableUse("booking", TableAccess.READS),
                        new TableUse("trip", TableAccess.READS), new TableUse("trip_stop", TableAccess.READS))
                .entity("TripStop", "trip_stop", "ManyToOne").field("TripStop", "Trip")
                .edge("TripService", "TripStop", EdgeKind.CALL, 3)
                .edge("TripRepository", "BookingReportDao", EdgeKind.CALL, 1);
        assertThat(split(g).serviceOf("d.BookingReportDao").name()).isEqualTo("booking");
    }

    /**
     * A cargo embeds its delivery, which embeds the next expected activity and holds a transport status: values of a
     * value belong to the entity that embeds it, although the handling side uses them most.
     */
    @Test
    void theValuesOfAnEmbeddedValueStayWithTheEntityThatEmbedsIt() {
        Graphs g = new Graphs().capability("Cargo", "cargo").capability("Handling", "handling_event")
                .capability("Voyage", "voyage")
                .node("Delivery", TypeKind.CLASS, Stereotype.EMBEDDABLE, List.of("Embedded", "Enumerated"))
                .node("HandlingActivity", TypeKind.CLASS, Stereotype.EMBEDDABLE, List.of())
                .node("TransportStatus", TypeKind.ENUM, null, List.of())
                .field("Cargo", "Delivery").field("Delivery", "HandlingActivity").field("Delivery", "TransportStatus")
                .edge("CargoService", "Delivery", EdgeKind.CALL, 2);
        for (String c : new String[] {"HandlingService", "HandlingDto"}) {
            g.edge(c, "HandlingActivity", EdgeKind.CALL, 3).edge(c, "TransportStatus", EdgeKind.TYPE_USE, 2);
        }
        Plan plan = split(g.edge("HandlingService", "CargoService", EdgeKind.CALL, 1)
                .edge("HandlingService", "VoyageService", EdgeKind.CALL, 1));
        assertThat(plan.serviceOf("d.Delivery").name()).isEqualTo("cargo");
        assertThat(plan.serviceOf("d.HandlingActivity").name()).isEqualTo("cargo");
        assertThat(plan.serviceOf("d.TransportStatus").name()).isEqualTo("cargo");
        assertThat(plan.serviceOf("d.HandlingService").name()).isEqualTo("handling");
    }

    /**
     * A permit type held by the permits, the fee rates and the zoning districts is a value of three aggregates, no
     * one entity's: it is shared, although it is named after the permits.
     */
    @Test
    void aValueHeldByEntitiesOfSeveralCapabilitiesIsShared() {
        Graphs g = new Graphs().capability("Permit", "permit").capability("FeeRate", "fee_rate")
                .capability("Zoning", "zoning")
                .node("PermitType", TypeKind.ENUM, null, List.of())
                .field("Permit", "PermitType").field("FeeRate", "PermitType").field("Zoning", "PermitType")
                .edge("FeeRateService", "PermitType", EdgeKind.CALL, 2)
                .edge("ZoningService", "PermitType", EdgeKind.CALL, 2)
                .edge("PermitService", "PermitType", EdgeKind.CALL, 2)
                .edge("PermitService", "FeeRateService", EdgeKind.CALL, 1);
        Plan plan = split(g);
        assertThat(plan.shared()).contains("d.PermitType");
        assertThat(new WhatIf(g.build(), plan, SplitOptions.DEFAULT_EDGE_WEIGHTS).explain("d.PermitType").reasons())
                .isNotEmpty();
    }
}
