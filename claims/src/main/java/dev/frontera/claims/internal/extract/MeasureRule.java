package dev.frontera.claims.internal.extract;

import dev.frontera.core.query.Measure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a sentence counts from its wording. Things the record does not hold (got-aways,
 * releases, deaths) come first; then the agency or place named (Border Patrol, ports of entry,
 * Title 42); then the generic verbs nearest the number: "apprehended", "arrests", "detained",
 * "caught" read as Border Patrol, "encounters", "crossings", "entering" as all encounters.
 */
public final class MeasureRule {
    private static final int NEAR = 90;
    private static final Pattern GOT_AWAYS =
            Pattern.compile("(?i)\\bgot[- ]?aways?\\b|\\bevad(?:ed|ing) (?:capture|apprehension|agents|detection)"
                    + "|\\bescaped (?:detection|capture)|\\bevasions?\\b|\\bundetected\\b");
    private static final Pattern NOT_HELD = Pattern.compile(
            "(?i)\\b(?:(?:were|was|been|being|are|get|got)\\s+released|releases? (?:from|into)|paroled|parole|deported|deportations?"
                    + "|removals|removed|deaths|died|bodies|killed|asylum (?:claims|applications|cases)|in custody|detention beds"
                    + "|court|backlog|unique|different people|pounds|fentanyl|seizures?|seized|visas?(?![- ]free)|refugees admitted"
                    // How many had been caught before (recidivism) is not in the monthly counts.
                    + "|repeat (?:crossers|crossings|offenders|encounters)|recidivism|re-?encounter(?:s|ed)?"
                    + "|\\bbeen\\s+(?:caught|apprehended|encountered|arrested|stopped)\\s+(?:at\\s+least\\s+)?(?:once\\s+)?"
                    + "(?:before|previously)|(?:caught|apprehended|encountered|arrested|stopped)\\s+(?:more than once"
                    + "|multiple times|(?:two|three|several) or more times)"
                    // The buses states send migrants on are counted by the states, not by CBP.
                    + "|bus+ed|bus+ing|relocated"
                    // Appointments made through the CBP One app are slots booked, not encounters.
                    + "|(?:scheduling|scheduled|booking|booked|making|made|securing|secured|getting|got)\\s+(?:an?\\s+)?appointments?"
                    // Children in shelters are counted by Health and Human Services, not by CBP.
                    + "|shelters?|shelter system|HHS|ORR|Office of Refugee Resettlement|Health and Human Services"
                    // Releases into the country, a state's own arrests, and what the writer says CBP does not count.
                    + "|(?:has|have|had)\\s+released|into the interior|DPS|Department of Public Safety|state troopers"
                    + "|(?:does not|doesn't|do not|don't|did not|didn't)\\s+(?:track|count|record|publish)|not tracked)\\b");
    private static final String COUNTED =
            "(?:apprehen\\w*|arrest\\w*|detain(?:ed|ing)?|caught|stopped|captured|encounter\\w*)";
    private static final Pattern BREAK_THEN_COUNTED = Pattern.compile("(?i)[:;][^:;]*\\b" + COUNTED + "\\b");
    private static final Pattern OR_COUNTED_AFTER = Pattern.compile("(?i)^\\s+(?:or|and/or)\\s+" + COUNTED + "\\b");
    private static final Pattern OR_COUNTED_BEFORE = Pattern.compile("(?i)\\b" + COUNTED + "\\s+(?:or|and/or)\\s+$");
    // "... more than 1.08 million times": a count of uses follows in the clause.
    private static final String TIMES_AFTER = "(?=(?:[^.;]|\\.\\d){0,40}?\\btimes\\b)";
    private static final Pattern EXPULSIONS =
            Pattern.compile("(?i)\\bexpelled\\b|\\bexpulsions?\\b|\\bunder title 42\\b"
                    // "Title 42 was used more than a million times": each use is an expulsion.
                    + "|\\b(?:used|invoked|applied)\\s+title 42\\b" + TIMES_AFTER
                    + "|\\btitle 42\\s+(?:was|has been|had been|is)\\s+(?:used|invoked|applied)\\b" + TIMES_AFTER);
    private static final Pattern PORTS = Pattern.compile(
            "(?i)\\bports? of entry\\b|\\bat (?:the )?ports\\b|\\bofficial (?:border )?crossings\\b"
                    + "|\\binadmissibles?\\b|\\bturned away\\b|\\bfield operations\\b|\\bOFO\\b|\\bCBP One\\b"
                    // "Port encounters peaked", "Ports accounted for about 28%": the ports' own count.
                    + "|\\bport (?:encounters|arrivals|apprehensions)\\b"
                    + "|\\bports (?:alone )?(?:accounted for|made up|represented|recorded|saw|logged|handled|processed)\\b");
    private static final Pattern BORDER_PATROL = Pattern.compile("(?i)(?<!customs and )\\bborder patrol\\b"
            + "|\\bbetween\\s+(?:the\\s+)?(?:[\\w.’'-]+\\s+){0,3}?ports\\b"
            + "|\\bbetween official crossings\\b|\\bUSBP\\b");
    private static final Pattern CBP_ENCOUNTERS =
            Pattern.compile("(?i)\\bCBP\\b|\\bCustoms and Border Protection\\b" + "|\\bincluding (?:at )?ports\\b");
    // "CBP apprehended", "CBP's apprehensions": apprehensions are the Border Patrol's count, whoever reports them.
    private static final Pattern APPREHENSIONS_AFTER = Pattern.compile("(?i)^(?:['’]s)?\\s+(?:\\w+\\s+)?apprehen");
    // "Between ports of entry" is the Border Patrol's ground; "including ports of entry" and "counting people stopped
    // at ports of entry" are every encounter (but "including 30,000 at ports of entry" is a part at the ports).
    private static final Pattern NOT_THE_PORTS =
            Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?(?:[\\w.’'-]+\\s+){0,3}$"
                    + "|\\b(?:including|counting)\\s+(?:[\\p{L}’'-]+\\s+){0,3}$");
    private static final Pattern SOURCE_AFTER =
            Pattern.compile("(?i)^[)\\]]?\\s*(?:[(\\[]CBP[)\\]]\\s*)?(?:'s\\s+|’s\\s+)?(?:data|figures|statistics"
                    + "|numbers|said|says|stated|reported|released|releases|announced|(?:authorities|officials?)\\s+(?:said|say|stated|reported"
                    + "|announced)|report|spokes\\w+|commissioner|acting|chief)\\b");
    private static final Pattern SOURCE_BEFORE =
            Pattern.compile("(?i)\\b(?:according to|by|from|told|per)\\s+(?:the\\s+|U\\.S\\.\\s+)*$");
    // ", and the Border Patrol apprehended roughly 7,400 of them": a clause with a subject of its own (the words
    // between a figure and a scope after it end there).
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|\\s[—–]\\s|\\b(?:while|whereas|even as|but)\\b|\\n|,\\s+and\\s+(?:the\\s+)?(?:$|(?=\\p{Lu}))");
    private static final Map<Measure, Pattern> SCOPES = scopes();
    private static final Pattern APPREHENDED =
            Pattern.compile("(?i)\\b(?:apprehen\\w*|arrest\\w*|detain(?:ed|ing)?|detentions"
                    + "|caught|catch\\w*|stopped|captured)\\b");
    private static final Pattern ENCOUNTERED =
            Pattern.compile("(?i)\\b(?:encounter\\w*|cross(?:ed|ing|ings|ers)?|enter(?:ed|ing)?"
                    + "|entries|arriv\\w*|processed|came|coming|illegal immigration)\\b");
    // Words for people name no measure of their own: they count only when the sentence has no verb that does.
    private static final Pattern PEOPLE = Pattern.compile("(?i)\\b(?:migrants|people|persons|individuals)\\b");

    private static Map<Measure, Pattern> scopes() {
        Map<Measure, Pattern> scopes = new LinkedHashMap<>();
        scopes.put(Measure.EXPULSIONS, EXPULSIONS);
        scopes.put(Measure.OFO_ENCOUNTERS, PORTS);
        scopes.put(Measure.USBP_ENCOUNTERS, BORDER_PATROL);
        scopes.put(Measure.ENCOUNTERS, CBP_ENCOUNTERS);
        return scopes;
    }

    /** The measure for the number or record phrase at {@code anchor}. */
    public MeasureWording find(String sentence, int anchor) {
        Optional<String> words = near(GOT_AWAYS, sentence, anchor);
        if (words.isPresent()) {
            return MeasureWording.unsupported("got-aways", words.get());
        }
        words = nearest(NOT_HELD, sentence, anchor, (text, m) -> notCounting(text, m) && !otherClause(text, m, anchor))
                .filter(hit -> hit.distance <= NEAR)
                .map(Hit::words);
        if (words.isPresent()) {
            return MeasureWording.unsupported("other", words.get());
        }
        // The scope named nearest the number wins: "CBP recorded 269,735 encounters, with Border Patrol accounting for
        // 218,763".
        Optional<Scope> scope = nearestScope(sentence, anchor);
        if (scope.isPresent()) {
            return MeasureWording.of(scope.get().measure, true, scope.get().hit.words);
        }
        Optional<Hit> apprehended = nearest(APPREHENDED, sentence, anchor);
        Optional<Hit> encountered = nearest(ENCOUNTERED, sentence, anchor);
        if (encountered.isEmpty() && apprehended.isEmpty()) {
            encountered = nearest(PEOPLE, sentence, anchor);
        }
        if (apprehended.isPresent()
                && (encountered.isEmpty() || apprehended.get().distance <= encountered.get().distance + 40)) {
            return MeasureWording.of(Measure.USBP_ENCOUNTERS, false, apprehended.get().words);
        }
        return MeasureWording.of(
                Measure.ENCOUNTERS, false, encountered.map(Hit::words).orElse(""));
    }

    /**
     * The agency or place a sentence names as what it counts ("Border Patrol", "at ports of
     * entry"), wherever it stands: what a following sentence's figures may take over.
     */
    public Optional<MeasureWording> stated(String sentence) {
        return nearestScope(sentence, 0, Integer.MAX_VALUE)
                .map(scope -> MeasureWording.of(scope.measure, true, scope.hit.words));
    }

    private static Optional<Scope> nearestScope(String sentence, int anchor) {
        return nearestScope(sentence, anchor, NEAR);
    }

    private static Optional<Scope> nearestScope(String sentence, int anchor, int reach) {
        Scope best = null;
        for (Map.Entry<Measure, Pattern> entry : SCOPES.entrySet()) {
            Matcher matcher = entry.getValue().matcher(sentence);
            while (matcher.find()) {
                if (entry.getKey() == Measure.OFO_ENCOUNTERS && notThePorts(sentence, matcher)) {
                    continue;
                }
                if (entry.getKey() == Measure.ENCOUNTERS && isSource(sentence, matcher)) {
                    continue;
                }
                Measure measure = entry.getKey() == Measure.ENCOUNTERS
                                && APPREHENSIONS_AFTER
                                        .matcher(sentence.substring(
                                                matcher.end(), Math.min(sentence.length(), matcher.end() + 30)))
                                        .find()
                        ? Measure.USBP_ENCOUNTERS
                        : entry.getKey();
                int distance =
                        matcher.start() > anchor ? matcher.start() - anchor : Math.max(0, anchor - matcher.end());
                if (distance <= reach
                        && (reach > NEAR || !acrossClause(sentence, anchor, matcher.start()))
                        && (best == null || distance < best.hit.distance)) {
                    best = new Scope(measure, new Hit(matcher.group(), distance));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The one component a sentence names anywhere ("Border Patrol agents expelled", "at ports of entry"):
     * {@code USBP_ENCOUNTERS} or {@code OFO_ENCOUNTERS}, empty when it names neither or both.
     */
    public static Optional<Measure> componentNamed(String sentence) {
        boolean patrol = BORDER_PATROL.matcher(sentence).find();
        Matcher ports = PORTS.matcher(sentence);
        boolean atPorts = false;
        while (!atPorts && ports.find()) {
            atPorts = !notThePorts(sentence, ports);
        }
        if (patrol == atPorts) {
            return Optional.empty();
        }
        return Optional.of(patrol ? Measure.USBP_ENCOUNTERS : Measure.OFO_ENCOUNTERS);
    }

    /** Whether the words for ports name something else: ground between them, or a total including them. */
    private static boolean notThePorts(String sentence, Matcher ports) {
        return NOT_THE_PORTS
                .matcher(sentence.substring(Math.max(0, ports.start() - 45), ports.start()))
                .find();
    }

    /** "CBP said", "according to CBP", "CBP data": the agency as the source of the figure, not its scope. */
    private static boolean isSource(String sentence, Matcher matcher) {
        String after = sentence.substring(matcher.end(), Math.min(sentence.length(), matcher.end() + 30));
        String before = sentence.substring(Math.max(0, matcher.start() - 20), matcher.start());
        return SOURCE_AFTER.matcher(after).find()
                || SOURCE_BEFORE.matcher(before).find();
    }

    /** A scope named in another clause ("...; the rest presented themselves at ports of entry") does not apply. */
    private static boolean acrossClause(String sentence, int anchor, int position) {
        String between = sentence.substring(Math.min(anchor, position), Math.max(anchor, position));
        return CLAUSE_BREAK.matcher(between).find();
    }

    private static Optional<String> near(Pattern pattern, String sentence, int anchor) {
        return nearest(pattern, sentence, anchor)
                .filter(hit -> hit.distance <= NEAR)
                .map(Hit::words);
    }

    /**
     * "Deported or detained": a word for what the record does not hold, put as one choice beside a
     * word for what it counts, is a loose name for the count, not another measure.
     */
    /**
     * "The rise of routine deportation did the rest: apprehensions fell below 330,000": the figure's own clause, after
     * a colon or semicolon, names what it counts.
     */
    private static boolean otherClause(String sentence, Matcher matcher, int anchor) {
        return matcher.end() <= anchor
                && BREAK_THEN_COUNTED
                        .matcher(sentence.substring(matcher.end(), anchor))
                        .find();
    }

    private static boolean notCounting(String sentence, Matcher matcher) {
        String before = sentence.substring(Math.max(0, matcher.start() - 60), matcher.start());
        return !OR_COUNTED_AFTER.matcher(sentence.substring(matcher.end())).find()
                && !OR_COUNTED_BEFORE
                        .matcher(sentence.substring(Math.max(0, matcher.start() - 30), matcher.start()))
                        .find()
                && !CAUSE_BEFORE.matcher(before).find();
    }

    // "A drop of 38 percent after the administration expanded its parole programs": a cause given for the figure,
    // not what it counts.
    private static final Pattern CAUSE_BEFORE = Pattern.compile(
            "(?i)\\b(?:after|since|because of|due to|amid|following|thanks to)\\s+(?:[\\p{L}'’-]+\\s+){0,5}$");

    private static Optional<Hit> nearest(Pattern pattern, String sentence, int anchor) {
        return nearest(pattern, sentence, anchor, (text, matcher) -> true);
    }

    private static Optional<Hit> nearest(
            Pattern pattern, String sentence, int anchor, BiPredicate<String, Matcher> keep) {
        Matcher matcher = pattern.matcher(sentence);
        Hit best = null;
        while (matcher.find()) {
            if (!keep.test(sentence, matcher)) {
                continue;
            }
            int distance = matcher.start() > anchor ? matcher.start() - anchor : Math.max(0, anchor - matcher.end());
            if (best == null || distance < best.distance) {
                best = new Hit(matcher.group(), distance);
            }
        }
        return Optional.ofNullable(best);
    }

    private record Hit(String words, int distance) {}

    private record Scope(Measure measure, Hit hit) {}
}
