package dev.frontera.server.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.data.query.AnswerDocument;
import dev.frontera.movements.Movements;
import dev.frontera.movements.context.ContextQuery;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.Position;
import dev.frontera.movements.news.CaravanReport;
import dev.frontera.movements.news.DistanceClaim;
import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.MovementStatus;
import dev.frontera.movements.sightings.NewMovement;
import dev.frontera.movements.sightings.NewSighting;
import dev.frontera.movements.sightings.Sighting;
import dev.frontera.movements.sightings.SizeEstimate;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/v1/movements}: caravans and groups en route, what is computed about each (track,
 * pace, distances, arrival window) and the official figures around it; admin writes behind
 * {@link AdminGate}. Each write is one transaction of the movement store: a rejected input
 * leaves nothing behind.
 */
final class MovementEndpoints {
    private static final Set<String> MOVEMENT_FIELDS =
            Set.of("name", "firstReported", "origin", "nationalities", "status");
    private static final Set<String> SIGHTING_FIELDS =
            Set.of("date", "place", "latitude", "longitude", "size", "sourceUrl", "quote");
    private static final Set<String> SIZE_FIELDS = Set.of("low", "high", "qualifier", "givenBy");
    private static final Set<String> STATUS_FIELDS = Set.of("status", "reason");
    private static final Set<String> PROPOSAL_FIELDS = Set.of("text", "published", "sourceUrl", "name");

    private final Movements movements;
    private final MovementRecords records;
    private final OfficialRecord official;
    private final AdminGate gate;
    private final RequestLimits limits;

    MovementEndpoints(
            Movements movements,
            MovementRecords records,
            OfficialRecord official,
            AdminGate gate,
            RequestLimits limits) {
        this.movements = requireNonNull(movements, "movements is null");
        this.records = requireNonNull(records, "records is null");
        this.official = requireNonNull(official, "official is null");
        this.gate = requireNonNull(gate, "gate is null");
        this.limits = requireNonNull(limits, "limits is null");
    }

    /** {@code GET /api/v1/movements}: every movement with its latest position and distance to the border. */
    void list(Context context) {
        RequestParameters.only(context, Set.of());
        limits.takeQuery(context);
        ArrayNode items = MovementJson.MAPPER.createArrayNode();
        for (Movement movement : records.list()) {
            List<Sighting> sightings = records.sightings(movement.id());
            ObjectNode item = MovementJson.movement(movement);
            item.put("sightings", sightings.size());
            item.set("lastPosition", lastPosition(movement, sightings));
            GeoPoint last = movements.lastPosition(movement, sightings);
            item.set(
                    "toBorder",
                    MovementJson.distance(movements.distancesFrom(last).border().distance()));
            items.add(item);
        }
        ObjectNode body = MovementJson.MAPPER.createObjectNode();
        body.set("movements", items);
        body.put("writable", records.writable() && gate.configured());
        send(context, 200, body);
    }

    /** {@code GET /api/v1/admin}: 200 when the request carries the admin token (how the page signs in), else 401 or 403. */
    void admin(Context context) {
        RequestParameters.only(context, Set.of());
        gate.require(context);
        ObjectNode body = MovementJson.MAPPER.createObjectNode();
        body.put("admin", true);
        body.put("writable", records.writable());
        send(context, 200, body);
    }

    /** {@code GET /api/v1/movements/{id}}: the movement and everything computed about it. */
    void show(Context context) {
        RequestParameters.only(context, Set.of());
        limits.takeQuery(context);
        Movement movement = records.get(context.pathParam("id"));
        List<Sighting> sightings = records.sightings(movement.id());
        ObjectNode body = MovementJson.movement(movement);
        ArrayNode list = body.putArray("sightings");
        sightings.forEach(sighting -> list.add(MovementJson.sighting(sighting)));
        ArrayNode track = body.putArray("track");
        for (Position position : movements.positions(movement, sightings)) {
            track.add(MovementJson.position(position.date(), position.point()));
        }
        body.set("lastPosition", lastPosition(movement, sightings));
        body.set(
                "pace",
                movements.pace(movement, sightings).map(MovementJson::pace).orElse(null));
        body.set(
                "distances",
                MovementJson.distances(movements.distancesFrom(movements.lastPosition(movement, sightings))));
        body.set("likelyCrossing", MovementJson.port(movements.likelyCrossing(movement, sightings)));
        movements
                .arrivalWindow(movement, sightings)
                .ifPresentOrElse(
                        window -> body.set("arrival", MovementJson.arrival(window)),
                        () -> body.putNull("arrival")
                                .put(
                                        "arrivalNote",
                                        "no arrival window yet: it needs positions on two different days with some progress"));
        body.set("history", MovementJson.history(records.history(movement.id())));
        body.set("context", context(movement, sightings));
        send(context, 200, body);
    }

    /** {@code POST /api/v1/movements}: records a new movement. */
    void create(Context context) {
        gate.require(context);
        RequestParameters.only(context, Set.of());
        limits.takeQuery(context);
        JsonBody body = JsonBody.read(context, limits, MOVEMENT_FIELDS);
        NewMovement entry = new NewMovement(
                body.text("name"),
                body.date("firstReported"),
                body.text("origin"),
                body.texts("nationalities"),
                body.optionalText("status").map(MovementStatus::parse).orElse(MovementStatus.MOVING));
        Movement movement = records.writer().addMovement(entry);
        context.header("Location", "/api/v1/movements/" + movement.id());
        send(context, 201, MovementJson.movement(movement));
    }

    /** {@code DELETE /api/v1/movements/{id}}: removes the movement with its sightings and history. */
    void delete(Context context) {
        gate.require(context);
        RequestParameters.only(context, Set.of());
        limits.takeQuery(context);
        records.writer().deleteMovement(context.pathParam("id"));
        context.header("Cache-Control", "no-store");
        context.status(204);
    }

    /** {@code POST /api/v1/movements/{id}/sightings}: records a sighting after checking place, date, size, pace. */
    void sight(Context context) {
        gate.require(context);
        RequestParameters.only(context, Set.of());
        limits.takeQuery(context);
        String id = context.pathParam("id");
        records.get(id);
        NewSighting entry = sighting(JsonBody.read(context, limits, SIGHTING_FIELDS));
        Sighting sighting = records.writer().addSighting(id, entry);
        send(context, 201, MovementJson.sighting(sighting));
    }

    /** {@code POST /api/v1/movements/{id}/status}: a new status, with why; the old one stays in the history. */
    void status(Context context) {
        gate.require(context);
        RequestParameters.only(context, Set.of());
        limits.takeQuery(context);
        String id = context.pathParam("id");
        records.get(id);
        JsonBody body = JsonBody.read(context, limits, STATUS_FIELDS);
        MovementStatus status = MovementStatus.parse(body.text("status"));
        Movement movement = records.writer().changeStatus(id, status, body.text("reason"));
        send(context, 200, MovementJson.movement(movement));
    }

    /** {@code PUT /api/v1/movements/{id}/sightings/{sid}}: a correction with its reason; the old version stays in the history. */
    void correct(Context context) {
        gate.require(context);
        RequestParameters.only(context, Set.of());
        limits.takeQuery(context);
        long sightingId = sightingId(context.pathParam("sid"));
        String movementId = context.pathParam("id");
        if (records.sightings(movementId).stream().noneMatch(sighting -> sighting.id() == sightingId)) {
            throw new FronteraException(
                    ErrorCode.NOT_FOUND, "movement '%s' has no sighting %d".formatted(movementId, sightingId));
        }
        Set<String> fields = new java.util.HashSet<>(SIGHTING_FIELDS);
        fields.add("reason");
        JsonBody body = JsonBody.read(context, limits, fields);
        String reason = body.text("reason");
        Sighting corrected = records.writer().correctSighting(sightingId, sighting(body), reason);
        send(context, 200, MovementJson.sighting(corrected));
    }

    /**
     * {@code POST /api/v1/movements/proposals}: the movement and sighting an article reports, and
     * its distance claims checked. Stores nothing, so it needs no token; it reads a text as
     * {@code /check} does, under the same limits (rate, text length, claims, work at once).
     */
    void propose(Context context) {
        RequestParameters.only(context, Set.of());
        limits.takeCheck(context);
        JsonBody body = JsonBody.read(context, limits, PROPOSAL_FIELDS);
        String text = RequestLimits.text(body.text("text"));
        LocalDate published = body.date("published");
        String source = body.optionalText("sourceUrl").orElse("");
        Optional<String> givenName = body.optionalText("name").filter(n -> !n.isBlank());
        record Found(Optional<CaravanReport> report, List<DistanceClaim> claims) {}
        Found found = limits.work(
                () -> new Found(movements.caravanReport(text, published), movements.distanceClaims(text, published)));
        if (found.claims().size() > RequestLimits.MAX_CLAIMS) {
            throw new FronteraException(
                    ErrorCode.TOO_LARGE,
                    ("the text holds more than %d distance claims; send it in" + " parts")
                            .formatted(RequestLimits.MAX_CLAIMS));
        }
        ObjectNode answer = MovementJson.MAPPER.createObjectNode();
        answer.put("stored", false);
        if (found.report().isPresent()) {
            CaravanReport report = found.report().get();
            String name = givenName.orElseGet(() -> defaultName(report));
            answer.set(
                    "movement",
                    report.proposedMovement(name)
                            .map(m -> MovementJson.proposed(m, report.nationalities(), report.othersMentioned()))
                            .orElse(null));
            answer.set(
                    "sighting",
                    report.proposedSighting(source).map(MovementJson::proposed).orElse(null));
            ArrayNode quotes = answer.putArray("quotes");
            report.quotes().stream().limit(RequestLimits.MAX_CLAIMS).forEach(quotes::add);
        } else {
            answer.putNull("movement");
            answer.putNull("sighting");
            answer.putArray("quotes");
        }
        ArrayNode claims = answer.putArray("distanceClaims");
        for (DistanceClaim claim : found.claims()) {
            claims.add(MovementJson.distanceClaim(claim));
        }
        send(context, 200, answer);
    }

    private static String defaultName(CaravanReport report) {
        return report.origin().map(o -> "Caravan from " + o.englishName()).orElse("Caravan")
                + report.departed().map(d -> " " + d).orElse("");
    }

    private NewSighting sighting(JsonBody body) {
        LocalDate date = body.date("date");
        Optional<Double> latitude = body.optionalNumber("latitude");
        Optional<Double> longitude = body.optionalNumber("longitude");
        if (latitude.isPresent() != longitude.isPresent()) {
            throw FronteraException.invalid("give both 'latitude' and 'longitude', or neither");
        }
        Optional<GeoPoint> point = latitude.map(lat -> new GeoPoint(lat, longitude.get()));
        String place = point.isPresent() ? body.optionalText("place").orElse("") : body.text("place");
        Optional<SizeEstimate> size = body.optionalObject("size", SIZE_FIELDS).map(MovementEndpoints::size);
        return new NewSighting(
                date,
                place,
                point,
                size,
                body.text("sourceUrl"),
                body.optionalText("quote").orElse(""));
    }

    private static SizeEstimate size(JsonBody size) {
        long low = size.optionalWhole("low")
                .orElseThrow(() -> FronteraException.invalid("field 'size.low' is required when a size is given"));
        long high = size.optionalWhole("high").orElse(low);
        return new SizeEstimate(
                low,
                high,
                size.optionalText("qualifier").orElse(""),
                size.optionalText("givenBy").orElse(""));
    }

    private static long sightingId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw FronteraException.invalid("sighting id must be a whole number, not '%s'", text);
        }
    }

    private ObjectNode lastPosition(Movement movement, List<Sighting> sightings) {
        Optional<Sighting> latest = sightings.stream().reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
        ObjectNode node = MovementJson.position(
                latest.map(Sighting::date).orElse(movement.firstReported()),
                movements.lastPosition(movement, sightings));
        node.put(
                "place",
                latest.map(Sighting::placeName).orElse(movement.origin().label()));
        return node;
    }

    /**
     * The monthly figures around a movement's own months (ending two months after it was last
     * seen, or with the latest published month if that is earlier), each with its sources or why
     * there is none.
     */
    private ArrayNode context(Movement movement, List<Sighting> sightings) {
        ArrayNode array = MovementJson.MAPPER.createArrayNode();
        Optional<YearMonth> latest = official.latestMonth(Optional.empty());
        if (latest.isEmpty()) {
            array.addObject()
                    .put("label", "Official figures")
                    .putNull("answer")
                    .put("notCovered", "the official record holds no month yet: load releases first");
            return array;
        }
        LocalDate lastSeen =
                sightings.stream().map(Sighting::date).max(LocalDate::compareTo).orElse(movement.firstReported());
        YearMonth end = YearMonth.from(lastSeen).plusMonths(2);
        List<ContextQuery> queries =
                movements.contextQueries(movement, sightings, end.isAfter(latest.get()) ? latest.get() : end);
        for (ContextQuery query : queries) {
            ObjectNode item = array.addObject().put("label", query.label());
            try {
                var answer = official.answer(query.query());
                item.set(
                        "answer",
                        MovementJson.MAPPER.valueToTree(
                                ReleaseJson.withTitles(AnswerDocument.tree(answer), answer.releases())));
            } catch (FronteraException e) {
                if (e.code().type() != ErrorCode.Type.USER_ERROR) {
                    throw e;
                }
                item.putNull("answer").put("notCovered", e.getMessage());
            }
        }
        return array;
    }

    private static void send(Context context, int status, ObjectNode body) {
        // Movements change with every write: never served from a cache.
        context.header("Cache-Control", "no-store");
        context.status(status)
                .contentType("application/json")
                .result(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
