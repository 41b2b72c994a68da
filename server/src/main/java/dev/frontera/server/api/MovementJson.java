package dev.frontera.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.movements.gazetteer.Place;
import dev.frontera.movements.gazetteer.PortOfEntry;
import dev.frontera.movements.geography.Distance;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.Pace;
import dev.frontera.movements.routes.ArrivalWindow;
import dev.frontera.movements.routes.BorderDistances;
import dev.frontera.movements.routes.RoadEstimate;
import dev.frontera.movements.sightings.HistoryEntry;
import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.NewMovement;
import dev.frontera.movements.sightings.NewSighting;
import dev.frontera.movements.sightings.Sighting;
import dev.frontera.movements.sightings.SizeEstimate;
import java.util.List;

/** Movements, sightings and what is computed about them, as the API's JSON objects. */
final class MovementJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private MovementJson() {}

    static ObjectNode movement(Movement movement) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", movement.id());
        node.put("name", movement.name());
        node.put("firstReported", movement.firstReported().toString());
        node.set("origin", place(movement.origin()));
        ArrayNode nationalities = node.putArray("nationalities");
        for (String slug : movement.nationalities()) {
            nationalities
                    .addObject()
                    .put("slug", slug)
                    .put("name", Vocabulary.standard().displayName(Dimension.CITIZENSHIP, slug));
        }
        node.put("status", movement.status().slug());
        return node;
    }

    static ObjectNode place(Place place) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", place.id());
        node.put("name", place.name());
        node.put("englishName", place.englishName());
        node.put("label", place.label());
        node.put("country", place.country());
        point(node, place.point());
        return node;
    }

    static ObjectNode sighting(Sighting sighting) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", sighting.id());
        node.put("movementId", sighting.movementId());
        node.put("date", sighting.date().toString());
        node.put("place", sighting.placeName());
        point(node, sighting.point());
        node.set("size", sighting.size().map(MovementJson::size).orElse(null));
        node.put("sourceUrl", sighting.sourceUrl());
        node.put("quote", sighting.quote());
        return node;
    }

    static ObjectNode size(SizeEstimate size) {
        return MAPPER.createObjectNode()
                .put("low", size.low())
                .put("high", size.high())
                .put("qualifier", size.qualifier())
                .put("givenBy", size.givenBy())
                .put("label", size.label());
    }

    static ObjectNode position(java.time.LocalDate date, GeoPoint point) {
        ObjectNode node = MAPPER.createObjectNode().put("date", date.toString());
        point(node, point);
        return node;
    }

    static ObjectNode distance(Distance distance) {
        return MAPPER.createObjectNode()
                .put("kilometres", round(distance.kilometres()))
                .put("miles", round(distance.miles()))
                .put("label", distance.label());
    }

    static ObjectNode port(PortOfEntry port) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("slug", port.slug());
        node.put("name", port.name());
        node.put("label", port.label());
        node.put("state", port.state());
        node.put("sector", port.sector());
        node.put("sectorName", Vocabulary.standard().displayName(Dimension.AREA, port.sector()));
        node.put("fieldOffice", port.fieldOffice());
        point(node, port.point());
        return node;
    }

    static ObjectNode distances(BorderDistances distances) {
        ObjectNode node = MAPPER.createObjectNode();
        ObjectNode border = node.putObject("border");
        border.setAll(distance(distances.border().distance()));
        border.put("method", "great circle to the nearest point of the US-Mexico boundary line");
        point(border.putObject("nearestPoint"), distances.border().point());
        ObjectNode port = node.putObject("nearestPort");
        port.setAll(distance(distances.toNearestPort()));
        port.put("method", "great circle");
        port.set("port", port(distances.nearestPort()));
        node.set("road", road(distances.likelyCrossing()));
        return node;
    }

    static ObjectNode road(RoadEstimate estimate) {
        ObjectNode node = distance(estimate.distance());
        node.set("crossing", port(estimate.crossing()));
        ArrayNode via = node.putArray("via");
        estimate.via().forEach(via::add);
        node.put("method", estimate.method());
        return node;
    }

    static ObjectNode pace(Pace pace) {
        return MAPPER.createObjectNode()
                .put("kilometresPerDay", round(pace.kilometresPerDay()))
                .put("milesPerDay", round(pace.milesPerDay()))
                .put("slowestKilometresPerDay", round(pace.slowestKilometresPerDay()))
                .put("fastestKilometresPerDay", round(pace.fastestKilometresPerDay()))
                .put("standardDeviation", round(pace.standardDeviation()))
                .put("legs", pace.legs())
                .put("days", pace.days())
                .put("label", pace.label());
    }

    static ObjectNode arrival(ArrivalWindow window) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("crossing", port(window.crossing()));
        node.put("sector", window.sector());
        node.set("remaining", distance(window.remaining()));
        node.put("earliest", window.earliest().toString());
        node.put("expected", window.expected().toString());
        node.put("latest", window.latest().map(Object::toString).orElse(null));
        node.put("method", window.method());
        return node;
    }

    static ArrayNode history(List<HistoryEntry> entries) {
        ArrayNode array = MAPPER.createArrayNode();
        for (HistoryEntry entry : entries) {
            array.addObject()
                    .put("id", entry.id())
                    .put("recordedAt", entry.recordedAt().toString())
                    .put("action", entry.action())
                    .put("detail", entry.detail());
        }
        return array;
    }

    /** A proposed movement, as the person would confirm it (nothing stored). */
    static ObjectNode proposed(NewMovement movement, List<String> nationalities, boolean othersMentioned) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", movement.name());
        node.put("firstReported", movement.firstReported().toString());
        node.put("origin", movement.origin());
        ArrayNode names = node.putArray("nationalities");
        nationalities.forEach(names::add);
        node.put("othersMentioned", othersMentioned);
        node.put("status", movement.status().slug());
        return node;
    }

    static ObjectNode proposed(NewSighting sighting) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("date", sighting.date().toString());
        node.put("place", sighting.place());
        node.set("size", sighting.size().map(MovementJson::size).orElse(null));
        node.put("sourceUrl", sighting.sourceUrl());
        node.put("quote", sighting.quote());
        return node;
    }

    static ObjectNode distanceClaim(dev.frontera.movements.news.DistanceClaim claim) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("quote", claim.quote());
        node.put("claimedText", claim.claimedText());
        node.put("qualifier", claim.qualifier());
        node.set("claimed", distance(claim.claimed()));
        node.put("verdict", claim.verdict().slug());
        node.put("subject", claim.subject().orElse(null));
        node.set(
                "straightLine", claim.straightLine().map(MovementJson::distance).orElse(null));
        node.set("road", claim.road().map(MovementJson::distance).orElse(null));
        node.put("explanation", claim.explanation());
        return node;
    }

    private static void point(ObjectNode node, GeoPoint point) {
        node.put("latitude", point.latitude());
        node.put("longitude", point.longitude());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
