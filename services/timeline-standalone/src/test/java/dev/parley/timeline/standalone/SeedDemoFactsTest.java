package dev.parley.timeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.timeline.testkit.ParleyInfrastructureInitializer;
import dev.parley.timeline.testkit.TestApiKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The demo data set, fact by fact. The standalone app records {@code demo/seed-tracks.ndjson} on
 * its first start; once the projections have caught up, each test reads one fact of the two seed
 * articles back through {@code GET /api/v1/tracks/{trackId}} and says, in the article's words,
 * what it expects. docs/demo-data.md maps every sentence of the articles to its line.
 *
 * <p>Track views hold some developments without their provenance (participants, agenda items,
 * sticking points, documents); for those the confidence and attribution are checked on the line
 * of the data set that recorded them.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.standalone.demo-data=true")
@ContextConfiguration(initializers = ParleyInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedDemoFactsTest {

    private static final String DEMO = "demo/seed-tracks.ndjson";
    private static final String US_SUMMIT = "us-gaza-summit";
    private static final String PARIS = "paris-ministerial-gaza";
    private static final String SHARM = "sharm-el-sheikh-talks";
    private static final String UN_CONFERENCE = "un-two-state-conference";

    private static final String ARTICLE_000 = "Seed article 000";
    private static final String ARTICLE_003 = "Seed article 003 (with Reuters)";
    private static final String FRENCH_SOURCE = "a French diplomatic source told Reuters";

    /** Article 000 is undated: its developments are placed in October 2025, approximately. */
    private static final String OCTOBER_2025 = "2025-10-01T00:00:00Z";
    /** Monday: the Sharm el-Sheikh negotiations "began earlier in the week". */
    private static final String MONDAY = "2025-10-06T00:00:00Z";
    /** "On Wednesday" Hamas handed over the lists. */
    private static final String WEDNESDAY = "2025-10-08T00:00:00Z";
    /** "Thursday's discussions" in Paris. */
    private static final String THURSDAY = "2025-10-09T00:00:00Z";

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> lines = new ArrayList<>();
    private final Map<String, JsonNode> tracks = new HashMap<>();

    @BeforeAll
    void theDemoIsRecordedAndProjected() throws IOException {
        var text = new ClassPathResource(DEMO).getContentAsString(StandardCharsets.UTF_8);
        for (var line : text.lines().filter(candidate -> !candidate.isBlank()).toList()) {
            lines.add(json.readTree(line));
        }
        var expectedVersions = lines.stream()
                .collect(Collectors.groupingBy(line -> line.get("trackId").asText(), Collectors.counting()));
        await("the projections of the seed tracks to catch up with " + DEMO)
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> expectedVersions.forEach((trackId, count) -> {
                    var track = fetch(trackId);
                    assertThat(track).as("track %s is projected", trackId).isNotNull();
                    assertThat(track.path("version").asLong())
                            .as("version of %s: one event per line of %s", trackId, DEMO).isEqualTo(count);
                    tracks.put(trackId, track);
                }));
    }

    // ------------------------------------------------------------------ the data set as a whole

    @Test
    void everyLineOfTheDataSetIsCoveredByAFactBelow() {
        var perTrackAndType = lines.stream().collect(Collectors.groupingBy(line -> line.get("trackId").asText(),
                TreeMap::new, Collectors.groupingBy(line -> line.get("type").asText(), TreeMap::new, Collectors.counting())));

        assertThat(perTrackAndType)
                .as("the lines of %s, counted by track and type; a new line needs a fact tested here", DEMO)
                .isEqualTo(Map.of(
                        UN_CONFERENCE, Map.of("track-announced", 1L, "session-convened", 1L, "talks-concluded", 1L),
                        SHARM, Map.ofEntries(
                                Map.entry("track-announced", 1L),
                                Map.entry("session-convened", 1L),
                                Map.entry("participant-joined", 6L),
                                Map.entry("envoy-dispatched", 1L),
                                Map.entry("agenda-item-added", 2L),
                                Map.entry("document-circulated", 1L),
                                Map.entry("plan-endorsed", 1L),
                                Map.entry("commitment-made", 1L),
                                Map.entry("sticking-point-raised", 1L),
                                Map.entry("position-stated", 5L),
                                Map.entry("hostage-list-exchanged", 1L),
                                Map.entry("assessment-reported", 2L)),
                        PARIS, Map.of(
                                "track-announced", 1L,
                                "meeting-scheduled", 1L,
                                "session-convened", 1L,
                                "participant-joined", 13L,
                                "document-circulated", 2L,
                                "agenda-item-added", 5L,
                                "position-stated", 1L,
                                "tracks-linked", 2L),
                        US_SUMMIT, Map.of(
                                "track-announced", 1L,
                                "participant-joined", 6L,
                                "agenda-item-added", 5L,
                                "sticking-point-raised", 4L,
                                "position-stated", 5L,
                                "assessment-reported", 1L,
                                "truce-status-changed", 1L)));
        assertThat(lines).as("lines in %s", DEMO).hasSize(75);
    }

    @Test
    void everyLineNamesItsSeedArticleAndInventsNoUrlOrPublicationDate() {
        for (var line : lines) {
            var sources = elements(line.path("sources"));
            assertThat(sources).as("sources of %s", line).hasSize(1);
            var source = sources.get(0);
            var expectedPublisher = line.get("trackId").asText().equals(US_SUMMIT) ? ARTICLE_000 : ARTICLE_003;
            assertThat(source.path("publisher").asText()).as("publisher of %s", line).isEqualTo(expectedPublisher);
            assertThat(source.has("url")).as("the seeds have no URL: %s", line).isFalse();
            assertThat(source.has("publishedAt")).as("the seeds have no dateline: %s", line).isFalse();
            assertThat(line.path("summary").asText()).as("summary of %s", line).isNotBlank();
            assertThat(line.path("confidence").asText()).as("confidence of %s", line)
                    .isIn("confirmed", "reported", "unconfirmed");
        }
    }

    @Test
    void articleZeroIsUndatedSoItsDevelopmentsArePlacedApproximatelyInOctober2025() {
        var summitLines = lines.stream().filter(line -> line.get("trackId").asText().equals(US_SUMMIT)).toList();

        assertThat(summitLines).as("the US summit lines").isNotEmpty().allSatisfy(line -> {
            assertThat(line.path("occurredAt").asText()).as("occurredAt of %s", line).isEqualTo("2025-10-01");
            assertThat(line.path("occurredAtPrecision").asText()).as("precision of %s", line).isEqualTo("approximate");
            assertThat(line.path("summary").asText()).as("summary of %s", line).contains("approximate");
        });
        assertThat(track(US_SUMMIT).path("lastOccurredAt").asText()).isEqualTo(OCTOBER_2025);
    }

    // ------------------------------------------------------------------ article 000: the US-hosted summit

    @Test
    void theUnitedStatesPlansAHighLevelSummitOnGazaWithNoDate() {
        var summit = track(US_SUMMIT);
        var announced = line(US_SUMMIT, "track-announced", line -> true);

        assertThat(summit.path("name").asText()).isEqualTo("US-hosted high-level summit on Gaza");
        assertThat(summit.path("kind").asText()).as("\"a high-level summit on Gaza\"").isEqualTo("summit");
        assertThat(summit.path("host").path("id").asText())
                .as("\"The United States is planning to host a high-level summit\"").isEqualTo("united-states");
        assertThat(summit.path("purpose").asText())
                .as("\"post-war reconstruction and humanitarian assistance\", \"the next phase of the fragile truce\"")
                .contains("post-war reconstruction", "humanitarian assistance", "next phase of the fragile truce");
        assertThat(absent(summit, "expectedAt")).as("\"no official date has been announced\"").isTrue();
        assertThat(absent(summit, "venue")).as("the article names no venue").isTrue();
        assertThat(summit.path("status").asText()).as("still only planned").isEqualTo("announced");
        assertThat(absent(summit, "schedule")).as("no meeting has been scheduled").isTrue();
        assertThat(elements(summit.path("sessions"))).as("no session has met").isEmpty();
        assertThat(announced.path("confidence").asText()).as("\"according to officials familiar with the matter\"")
                .isEqualTo("reported");
        assertThat(announced.at("/sources/0/attribution").asText()).isEqualTo("officials familiar with the matter");
    }

    @Test
    void theSummitBringsTogetherArabStatesWesternAlliesAndMediators() {
        var participants = track(US_SUMMIT).path("participants");

        assertThat(elements(participants)).as("host plus the invited stakeholders").hasSize(6);
        participant(US_SUMMIT, "united-states", "host");
        for (var arabState : List.of("egypt", "qatar", "gulf-countries")) {
            assertThat(participant(US_SUMMIT, arabState, "party").path("active").asBoolean())
                    .as("\"Arab states, particularly Egypt, Qatar and Gulf countries, are expected to play a central role\"")
                    .isTrue();
        }
        assertThat(participant(US_SUMMIT, "western-allies", "party").at("/actor/name").asText())
                .as("\"including Arab states, Western allies\"").isEqualTo("Western allies");
        assertThat(participant(US_SUMMIT, "mediation-representatives", "mediator").at("/actor/name").asText())
                .as("\"representatives involved in mediation efforts\"")
                .isEqualTo("Representatives involved in mediation efforts");
        assertThat(line(US_SUMMIT, "participant-joined", actorIs("western-allies")).at("/sources/0/attribution").asText())
                .as("\"US officials said the summit would bring together\"").isEqualTo("US officials");
    }

    @Test
    void theAgendaCentresOnReconstructionAidSecurityGovernanceAndTheTrucesNextPhase() {
        var agenda = track(US_SUMMIT).path("agenda");

        assertThat(texts(agenda, "/topic"))
                .as("\"rebuilding Gaza's devastated infrastructure, ensuring the delivery of humanitarian aid, and shaping "
                        + "security and governance arrangements\"; \"extending the current truce and shaping its next phase\"")
                .containsExactlyInAnyOrder("reconstruction", "humanitarian-aid", "security", "governance", "truce-next-phase");
        assertThat(agendaItem(US_SUMMIT, "truce-next-phase").path("title").asText())
                .isEqualTo("Extending the current truce and shaping its next phase");
        assertThat(elements(agenda)).as("nothing on the agenda is settled yet")
                .allSatisfy(item -> assertThat(item.path("open").asBoolean()).isTrue());
    }

    @Test
    void deepDisagreementsOverSecurityGovernanceHamasAndHostagesRemain() {
        var points = track(US_SUMMIT).path("stickingPoints");

        assertThat(texts(points, "/issueId"))
                .as("\"deep disagreements remain over Israel's security demands, Hamas's future role in Gaza, and the "
                        + "release of remaining hostages\"; \"security, governance in Gaza, and the future of Hamas\"")
                .containsExactlyInAnyOrder("security", "governance-in-gaza", "future-of-hamas", "remaining-hostages");
        assertThat(texts(points, "/status")).as("none narrowed or resolved").containsOnly("raised");
        assertThat(stickingPoint(US_SUMMIT, "security").path("description").asText())
                .isEqualTo("Israel's security demands");
        assertThat(stickingPoint(US_SUMMIT, "future-of-hamas").path("description").asText())
                .isEqualTo("Hamas's future role in Gaza");
    }

    @Test
    void israeliLeadersInsistHamasCannotRearmOrGovernGaza() {
        var position = position(US_SUMMIT, "israel", "future-of-hamas");

        assertThat(position.path("stance").asText()).as("\"any post-war plan must ensure\"").isEqualTo("condition");
        assertThat(position.path("statement").asText())
                .as("\"any post-war plan must ensure Hamas cannot rearm or govern Gaza\"")
                .isEqualTo("Any post-war plan must ensure Hamas cannot rearm or govern Gaza");
        assertThat(confidence(position)).as("\"Israeli leaders have reiterated\": on record").isEqualTo("confirmed");
        assertThat(attribution(position)).isEqualTo("Israeli leaders");
        assertThat(precision(position)).isEqualTo("approximate");
        assertThat(occurredAt(position)).isEqualTo(OCTOBER_2025);
    }

    @Test
    void palestinianOfficialsCallForSelfGovernanceAndEventualStatehood() {
        var position = position(US_SUMMIT, "palestinian-officials", "governance-in-gaza");

        assertThat(position.path("stance").asText()).as("\"have called for\"").isEqualTo("demand");
        assertThat(position.path("statement").asText())
                .as("\"a political process that leads to Palestinian self-governance and eventual statehood\"")
                .contains("Palestinian self-governance and eventual statehood");
        assertThat(position.at("/actor/country").asText()).isEqualTo("PS");
        assertThat(confidence(position)).as("\"Palestinian officials have called for\": on record").isEqualTo("confirmed");
    }

    @Test
    void washingtonPushesForACoordinatedReconstructionFrameworkAndAssurancesOnMaterials() {
        var framework = position(US_SUMMIT, "united-states", "reconstruction-framework");
        var materials = position(US_SUMMIT, "united-states", "reconstruction-materials");

        assertThat(framework.path("stance").asText()).as("\"Washington is pushing for\"").isEqualTo("proposal");
        assertThat(framework.path("statement").asText())
                .as("\"a coordinated international framework to fund and oversee rebuilding efforts\"")
                .contains("coordinated international framework to fund and oversee rebuilding efforts");
        assertThat(materials.path("stance").asText()).as("\"seeking assurances\"").isEqualTo("demand");
        assertThat(materials.path("statement").asText())
                .as("\"reconstruction materials will not be diverted for military use\"")
                .contains("not be diverted for military use");
        assertThat(elements(track(US_SUMMIT).path("commitments")))
                .as("a push is not a pledge: nothing has been committed yet").isEmpty();
    }

    @Test
    void usOfficialsStressTheNeedToExtendThePauseIntoADurableArrangement() {
        var position = position(US_SUMMIT, "united-states", "truce-extension");

        assertThat(position.path("statement").asText())
                .as("\"the need to extend the pause in fighting and convert it into a more durable arrangement\"")
                .contains("the pause in fighting", "more durable arrangement");
        assertThat(attribution(position)).as("\"US officials have stressed\"").isEqualTo("US officials");
        assertThat(confidence(position)).isEqualTo("reported");
        assertThat(elements(track(US_SUMMIT).path("positions"))).as("the summit's five stated positions").hasSize(5);
    }

    @Test
    void officialsCautionThatImmediateBreakthroughsAreUnlikely() {
        var summit = track(US_SUMMIT);
        var mood = summit.path("latestMood");

        assertThat(elements(summit.path("moods"))).hasSize(1);
        assertThat(mood.path("mood").asText()).as("\"US officials cautioning that immediate breakthroughs are unlikely\"")
                .isEqualTo("cautious");
        assertThat(mood.at("/assessedBy/id").asText()).isEqualTo("united-states");
        assertThat(mood.path("expectation").asText())
                .as("\"unlikely to yield immediate breakthroughs but ... essential to preventing a return to full-scale conflict\"")
                .contains("breakthroughs are unlikely", "full-scale conflict");
        assertThat(attribution(mood)).isEqualTo("US officials");
        assertThat(confidence(mood)).isEqualTo("reported");
    }

    @Test
    void theCurrentTruceIsATemporaryPauseToBeTurnedIntoADurableCeasefire() {
        var summit = track(US_SUMMIT);
        var truce = elements(summit.path("truce"));

        assertThat(summit.path("truceStatus").asText())
                .as("\"turning a temporary pause in fighting into a more durable ceasefire\": still a pause")
                .isEqualTo("temporary-pause");
        assertThat(truce).hasSize(1);
        assertThat(truce.get(0).path("note").asText())
                .as("\"temporarily halted large-scale hostilities and enabled limited aid flows and prisoner exchanges\"")
                .contains("temporarily halted large-scale hostilities", "more durable ceasefire");
        assertThat(precision(truce.get(0))).as("the article does not say when the truce began").isEqualTo("approximate");
    }

    // ------------------------------------------------------------------ article 003: the UN two-state conference

    @Test
    void theParisSessionBuildsOnTheRecentUnConferenceAdvocatingTwoStates() {
        var conference = track(UN_CONFERENCE);

        assertThat(conference.path("kind").asText()).as("\"the recent United Nations conference\"").isEqualTo("conference");
        assertThat(conference.at("/host/id").asText()).isEqualTo("united-nations");
        assertThat(conference.path("status").asText()).as("\"recent\": it has been held").isEqualTo("concluded");
        assertThat(elements(conference.path("sessions"))).hasSize(1);
        assertThat(conference.path("ending").asText())
                .as("\"advocating a two-state solution – ... an independent Palestinian state living peacefully alongside Israel\"")
                .contains("two-state solution", "independent Palestinian state living peacefully alongside Israel");
        assertThat(lines.stream().filter(line -> line.get("trackId").asText().equals(UN_CONFERENCE)))
                .as("the article gives the conference no date")
                .allSatisfy(line -> assertThat(line.path("occurredAtPrecision").asText()).isEqualTo("approximate"));

        var link = link(PARIS, "builds-on");
        assertThat(link.path("linkedTrackId").asText())
                .as("\"The session is also expected to build on the recent United Nations conference\"")
                .isEqualTo(UN_CONFERENCE);
        assertThat(confidence(link)).as("\"is also expected to\"").isEqualTo("reported");
    }

    // ------------------------------------------------------------------ article 003: the Paris ministerial meeting

    @Test
    void parisHostsAMinisterialMeetingOnGazasPostWarFuture() {
        var paris = track(PARIS);

        assertThat(paris.path("kind").asText()).as("\"a ministerial meeting\"").isEqualTo("ministerial-meeting");
        assertThat(paris.at("/host/id").asText()).as("\"the French-hosted negotiations\"").isEqualTo("france");
        assertThat(paris.at("/venue/name").asText()).isEqualTo("Paris");
        assertThat(paris.at("/venue/country").asText()).isEqualTo("FR");
        assertThat(paris.path("format").asText()).as("\"bringing together European, Arab and other international partners\"")
                .contains("European, Arab and other international partners");
        assertThat(paris.path("purpose").asText())
                .as("\"to discuss Gaza's post-war future\", \"to coordinate international backing for Washington's plan\"")
                .contains("Gaza's post-war future", "Washington's plan");
        participant(PARIS, "france", "host");
    }

    @Test
    void theMeetingIsSetForThursdayAndDiplomatsAreGathering() {
        var paris = track(PARIS);
        var schedule = paris.path("schedule");
        var sessions = elements(paris.path("sessions"));
        var convened = line(PARIS, "session-convened", line -> true);

        assertThat(schedule.at("/scheduledFor/at").asText()).as("\"Thursday's discussions\"").isEqualTo(THURSDAY);
        assertThat(schedule.at("/scheduledFor/precision").asText()).isEqualTo("day");
        assertThat(schedule.at("/venue/name").asText()).isEqualTo("Paris");
        assertThat(attribution(schedule)).isEqualTo(FRENCH_SOURCE);
        assertThat(paris.path("status").asText()).as("\"top international diplomats are gathering in Paris\"")
                .isEqualTo("in-session");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).path("convenedAt").asText()).isEqualTo(THURSDAY);
        assertThat(convened.path("confidence").asText())
                .as("the article implies the session opened but does not report it").isEqualTo("unconfirmed");
        assertThat(paris.path("lastOccurredAt").asText()).isEqualTo(THURSDAY);
    }

    @Test
    void rubioJoinsTheParisMeetingForTheUnitedStates() {
        var rubio = participant(PARIS, "united-states", "party");
        var representatives = elements(rubio.path("representatives"));

        assertThat(representatives).hasSize(1);
        assertThat(representatives.get(0).path("name").asText())
                .as("\"US Secretary of State Marco Rubio ... gathering in Paris\"").isEqualTo("Marco Rubio");
        assertThat(representatives.get(0).path("title").asText()).isEqualTo("US Secretary of State");
    }

    @Test
    void theElevenNamedCountriesAttendTheParisMeeting() {
        var attending = Map.ofEntries(
                Map.entry("united-kingdom", "GB"), Map.entry("germany", "DE"), Map.entry("italy", "IT"),
                Map.entry("spain", "ES"), Map.entry("jordan", "JO"), Map.entry("qatar", "QA"),
                Map.entry("saudi-arabia", "SA"), Map.entry("united-arab-emirates", "AE"), Map.entry("indonesia", "ID"),
                Map.entry("turkey", "TR"), Map.entry("canada", "CA"));

        attending.forEach((id, country) -> assertThat(participant(PARIS, id, "party").at("/actor/country").asText())
                .as("\"Countries attending include the UK, Germany, Italy, Spain, Jordan, Qatar, Saudi Arabia, the United "
                        + "Arab Emirates, Indonesia, Turkey and Canada\": %s", id)
                .isEqualTo(country));
        assertThat(elements(track(PARIS).path("participants")))
                .as("the eleven, the United States and France as host").hasSize(13);
    }

    @Test
    void theParisMeetingReportedlyCoordinatesAroundTrumpsPlan() {
        var plan = document(PARIS, "trump-gaza-plan");
        var circulated = line(PARIS, "document-circulated", line -> line.path("documentId").asText().equals("trump-gaza-plan"));

        assertThat(plan.path("kind").asText()).isEqualTo("plan");
        assertThat(plan.path("title").asText()).isEqualTo("US President Donald Trump's plan for Gaza");
        assertThat(plan.at("/circulatedBy/id").asText()).as("\"Washington's plan on Gaza\"").isEqualTo("united-states");
        assertThat(circulated.path("content").asText())
                .as("\"sets out a framework for the enclave's reconstruction and governance once fighting ends\"")
                .contains("reconstruction and governance once fighting ends");
        assertThat(circulated.path("confidence").asText()).as("\"The Paris meeting reportedly aims\"").isEqualTo("reported");
        assertThat(circulated.at("/sources/0/attribution").asText()).isEqualTo("reportedly");
        assertThat(elements(plan.path("responses")))
                .as("the meeting \"aims to coordinate\" backing: no one has endorsed the plan in Paris yet").isEmpty();
    }

    @Test
    void aNoteReportedlyCirculatedToDelegatesSeeksJointActions() {
        var note = document(PARIS, "joint-actions-note");
        var circulated = line(PARIS, "document-circulated", line -> line.path("documentId").asText().equals("joint-actions-note"));

        assertThat(note.path("kind").asText()).as("\"A note reportedly circulated to delegates\"").isEqualTo("note");
        assertThat(note.path("title").asText()).contains("joint actions");
        assertThat(absent(note, "circulatedBy")).as("the article does not say who circulated it").isTrue();
        assertThat(circulated.path("content").asText())
                .as("\"from humanitarian aid and reconstruction to strengthening the Palestinian Authority and security forces\"")
                .contains("humanitarian aid and reconstruction", "strengthening the Palestinian Authority and security forces");
        assertThat(circulated.path("confidence").asText()).isEqualTo("reported");
        assertThat(circulated.at("/sources/0/attribution").asText()).isEqualTo("reportedly");
        assertThat(elements(track(PARIS).path("documents"))).hasSize(2);
    }

    @Test
    void theNotesJointActionsAreOnTheParisAgenda() {
        assertThat(agendaItem(PARIS, "humanitarian-aid").path("topic").asText()).as("\"humanitarian aid\"")
                .isEqualTo("humanitarian-aid");
        assertThat(agendaItem(PARIS, "reconstruction").path("topic").asText()).as("\"reconstruction\"")
                .isEqualTo("reconstruction");
        assertThat(agendaItem(PARIS, "palestinian-authority").path("topic").asText())
                .as("\"strengthening the Palestinian Authority\"").isEqualTo("governance");
        assertThat(agendaItem(PARIS, "security-forces").path("topic").asText()).as("\"and security forces\"")
                .isEqualTo("security");
        assertThat(lines.stream().filter(line -> line.get("trackId").asText().equals(PARIS)
                        && line.get("type").asText().equals("agenda-item-added")
                        && !line.get("itemId").asText().equals("hamas-disarmament")))
                .as("known only from the note that \"reportedly\" circulated")
                .allSatisfy(line -> assertThat(line.at("/sources/0/attribution").asText()).isEqualTo("reportedly"));
    }

    @Test
    void thursdaysDiscussionsTouchOnHamasDisarmament() {
        var item = agendaItem(PARIS, "hamas-disarmament");
        var added = line(PARIS, "agenda-item-added", line -> line.path("itemId").asText().equals("hamas-disarmament"));

        assertThat(item.path("topic").asText())
                .as("\"Thursday's discussions would also touch on the issue of Hamas' disarmament\"").isEqualTo("disarmament");
        assertThat(added.at("/sources/0/attribution").asText()).isEqualTo(FRENCH_SOURCE);
        assertThat(elements(track(PARIS).path("agenda"))).hasSize(5);
    }

    @Test
    void franceWantsTheMeetingToProduceTangibleCommitments() {
        var demand = position(PARIS, "france", "gaza-rebuilding-commitments");

        assertThat(demand.path("stance").asText()).as("\"France wanted to ensure\"").isEqualTo("demand");
        assertThat(demand.path("quote").asText())
                .as("\"tangible commitments\" to Gaza's rebuilding and political stability").isEqualTo("tangible commitments");
        assertThat(demand.path("statement").asText()).contains("Gaza's rebuilding and political stability");
        assertThat(confidence(demand)).as("an unnamed diplomatic source").isEqualTo("reported");
        assertThat(attribution(demand)).as("\"A French diplomatic source told the Reuters news agency\"")
                .contains("French diplomatic source");
        assertThat(elements(track(PARIS).path("positions"))).hasSize(1);
    }

    @Test
    void theParisDriveRunsInParallelToTheNegotiationsInEgypt() {
        var link = link(PARIS, "parallel-to");

        assertThat(link.path("linkedTrackId").asText())
                .as("\"a diplomatic drive running in parallel to ongoing negotiations in Egypt\"").isEqualTo(SHARM);
        assertThat(occurredAt(link)).isEqualTo(MONDAY);
        assertThat(precision(link)).isEqualTo("week");
        assertThat(elements(track(PARIS).path("links"))).hasSize(2);
    }

    // ------------------------------------------------------------------ article 003: the Sharm el-Sheikh talks

    @Test
    void indirectTalksBeganEarlierInTheWeekInTheEgyptianResort() {
        var sharm = track(SHARM);
        var sessions = elements(sharm.path("sessions"));
        var convened = line(SHARM, "session-convened", line -> true);

        assertThat(sharm.path("name").asText()).isEqualTo("Sharm el-Sheikh indirect talks");
        assertThat(sharm.path("kind").asText()).as("\"indirect talks between Israel and Hamas\"").isEqualTo("indirect-talks");
        assertThat(sharm.at("/venue/name").asText()).as("\"the Egyptian resort of Sharm el-Sheikh\"").isEqualTo("Sharm el-Sheikh");
        assertThat(sharm.at("/venue/country").asText()).isEqualTo("EG");
        assertThat(sharm.at("/host/id").asText()).isEqualTo("egypt");
        assertThat(sharm.path("status").asText()).as("\"ongoing negotiations in Egypt\"").isEqualTo("in-session");
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).path("convenedAt").asText()).as("\"negotiations began earlier in the week\"")
                .isEqualTo(MONDAY);
        assertThat(convened.path("occurredAtPrecision").asText()).isEqualTo("week");
    }

    @Test
    void israelAndHamasAreThePartiesWithDermerForIsrael() {
        var israel = participant(SHARM, "israel", "party");
        var hamas = participant(SHARM, "hamas", "party");

        assertThat(texts(israel.path("representatives"), "/name"))
                .as("\"Israeli Strategic Affairs Minister Ron Dermer ... are also participating\"").containsExactly("Ron Dermer");
        assertThat(texts(israel.path("representatives"), "/title")).containsExactly("Strategic Affairs Minister");
        assertThat(hamas.at("/actor/kind").asText()).isEqualTo("armed-group");
        assertThat(elements(track(SHARM).path("participants"))).hasSize(6);
    }

    @Test
    void egyptHostsTheTalksByInferenceFromTheVenue() {
        participant(SHARM, "egypt", "host");
        var joined = line(SHARM, "participant-joined", actorIs("egypt"));

        assertThat(joined.path("confidence").asText())
                .as("\"talks taking place in the Egyptian resort\": the article never calls Egypt the host")
                .isEqualTo("unconfirmed");
    }

    @Test
    void qatarsPrimeMinisterAndTurkeysIntelligenceChiefTakePart() {
        var qatar = participant(SHARM, "qatar", "mediator");
        var turkey = participant(SHARM, "turkey", "mediator");

        assertThat(texts(qatar.path("representatives"), "/name"))
                .as("\"Qatari Prime Minister Sheikh Mohammed bin Abdulrahman al-Thani\"")
                .containsExactly("Sheikh Mohammed bin Abdulrahman al-Thani");
        assertThat(texts(qatar.path("representatives"), "/title")).containsExactly("Prime Minister");
        assertThat(texts(turkey.path("representatives"), "/name"))
                .as("\"Turkish intelligence chief Ibrahim Kalin – an indication of Turkey's growing mediation role\"")
                .containsExactly("Ibrahim Kalin");
        assertThat(line(SHARM, "participant-joined", actorIs("turkey")).path("summary").asText())
                .contains("Trump personally asked President Recep Tayyip Erdogan");
    }

    @Test
    void witkoffAndKushnerAreEnvoysSentByTheUnitedStates() {
        var envoys = elements(track(SHARM).path("envoys"));

        assertThat(envoys).hasSize(1);
        var dispatch = envoys.get(0);
        assertThat(dispatch.at("/sentBy/id").asText())
                .as("\"US President Donald Trump has dispatched his envoy Steve Witkoff and son-in-law Jared Kushner\"")
                .isEqualTo("united-states");
        assertThat(texts(dispatch.path("envoys"), "/name")).containsExactly("Steve Witkoff", "Jared Kushner");
        assertThat(occurredAt(dispatch)).isEqualTo(WEDNESDAY);
        assertThat(precision(dispatch)).as("\"This comes as\": that week, not a stated day").isEqualTo("week");
        assertThat(texts(participant(SHARM, "united-states", "mediator").path("representatives"), "/name"))
                .as("\"to join the Sharm el-Sheikh talks\"").containsExactly("Steve Witkoff", "Jared Kushner");
    }

    @Test
    void onWednesdayHamasHandedOverListsOfHostagesAndPrisoners() {
        var sharm = track(SHARM);
        var exchanges = elements(sharm.path("exchanges"));

        assertThat(exchanges).hasSize(1);
        var exchange = exchanges.get(0);
        assertThat(exchange.at("/from/id").asText())
                .as("\"On Wednesday, Hamas handed over lists of hostages and Palestinian prisoners\"").isEqualTo("hamas");
        assertThat(texts(exchange.path("lists"), "/kind")).as("\"lists of hostages and Palestinian prisoners\"")
                .containsExactly("hostages", "prisoners");
        assertThat(elements(exchange.path("lists"))).as("the article gives no counts")
                .allSatisfy(list -> assertThat(list.has("count")).isFalse());
        assertThat(occurredAt(exchange)).as("\"On Wednesday\"").isEqualTo(WEDNESDAY);
        assertThat(precision(exchange)).isEqualTo("day");
        assertThat(absent(exchange, "to")).as("the article does not say to whom").isTrue();
        assertThat(confidence(exchange)).isEqualTo("reported");
        assertThat(sharm.path("lastOccurredAt").asText()).isEqualTo(WEDNESDAY);
    }

    @Test
    void hamasDescribesTheMoodAsOptimistic() {
        var mood = track(SHARM).path("latestMood");

        assertThat(mood.path("mood").asText()).as("describing the mood as \"optimistic\"").isEqualTo("optimistic");
        assertThat(mood.at("/assessedBy/id").asText()).isEqualTo("hamas");
        assertThat(mood.path("expectation").asText())
                .as("\"the most upbeat assessment yet since negotiations began earlier in the week\"")
                .contains("most upbeat assessment yet");
        assertThat(occurredAt(mood)).isEqualTo(WEDNESDAY);
        assertThat(precision(mood)).isEqualTo("day");
        assertThat(confidence(mood)).as("Hamas's own word, quoted").isEqualTo("confirmed");
    }

    @Test
    void negotiatorsHaveReportedlyBeenMakingCautiousProgress() {
        var moods = elements(track(SHARM).path("moods"));

        assertThat(moods).hasSize(2);
        var earlier = moods.get(0);
        assertThat(earlier.path("mood").asText())
                .as("\"negotiators in Egypt have reportedly been making cautious progress\"").isEqualTo("cautious");
        assertThat(absent(earlier, "assessedBy")).as("no one is named as assessing it").isTrue();
        assertThat(attribution(earlier)).isEqualTo("reportedly");
        assertThat(occurredAt(earlier)).isEqualTo(MONDAY);
    }

    @Test
    void hamasDisarmamentIsTheStickingPoint() {
        var points = elements(track(SHARM).path("stickingPoints"));
        var raised = line(SHARM, "sticking-point-raised", line -> true);

        assertThat(points).hasSize(1);
        assertThat(points.get(0).path("issueId").asText())
                .as("\"Hamas' disarmament – a sticking point in the parallel talks\"").isEqualTo("hamas-disarmament");
        assertThat(points.get(0).path("status").asText()).as("\"significant hurdles remain\"").isEqualTo("raised");
        assertThat(raised.at("/sources/0/attribution").asText()).isEqualTo(FRENCH_SOURCE);
    }

    @Test
    void israelInsistsHamasMustDisarmBeforeAnyPoliticalTransition() {
        var position = position(SHARM, "israel", "hamas-disarmament");

        assertThat(position.path("stance").asText()).isEqualTo("condition");
        assertThat(position.path("statement").asText())
                .as("\"Israel insists Hamas must disarm before any political transition\"")
                .isEqualTo("Hamas must disarm before any political transition");
        assertThat(confidence(position)).isEqualTo("confirmed");
    }

    @Test
    void hamasRefusesToRelinquishWeaponsUntilAPalestinianStateIsEstablished() {
        var position = position(SHARM, "hamas", "hamas-disarmament");

        assertThat(position.path("stance").asText()).isEqualTo("refusal");
        assertThat(position.path("statement").asText())
                .as("\"Hamas refuses to relinquish weapons until a Palestinian state is established\"")
                .contains("relinquish weapons until a Palestinian state is established");
        assertThat(confidence(position)).isEqualTo("confirmed");
    }

    @Test
    void hamasDemandsAPermanentCeasefireFullWithdrawalAndATechnocraticReconstruction() {
        var ceasefire = position(SHARM, "hamas", "permanent-ceasefire");
        var withdrawal = position(SHARM, "hamas", "israeli-withdrawal");
        var reconstruction = position(SHARM, "hamas", "reconstruction-leadership");

        assertThat(List.of(ceasefire, withdrawal, reconstruction)).as("\"The group continues to demand\"")
                .allSatisfy(position -> assertThat(position.path("stance").asText()).isEqualTo("demand"));
        assertThat(ceasefire.path("statement").asText()).as("\"a permanent ceasefire\"").isEqualTo("A permanent ceasefire");
        assertThat(withdrawal.path("statement").asText()).as("\"a full Israeli withdrawal from Gaza\"")
                .isEqualTo("A full Israeli withdrawal from Gaza");
        assertThat(reconstruction.path("quote").asText())
                .as("\"a reconstruction plan led by a Palestinian 'national technocratic body'\"")
                .isEqualTo("national technocratic body");
        assertThat(elements(track(SHARM).path("positions"))).hasSize(5);
    }

    @Test
    void negotiatorsSeekAPathTowardImplementingTrumpsPlanWhichNetanyahuBacks() {
        var plan = document(SHARM, "trump-gaza-plan");
        var endorsed = line(SHARM, "plan-endorsed", line -> true);

        assertThat(plan.path("kind").asText())
                .as("\"seeking a path toward implementing Trump's Gaza plan\"").isEqualTo("plan");
        assertThat(plan.at("/circulatedBy/id").asText()).isEqualTo("united-states");
        var responses = elements(plan.path("responses"));
        assertThat(responses).as("\"Trump's Gaza plan wins Netanyahu backing\"").hasSize(1);
        assertThat(responses.get(0).at("/actor/id").asText()).isEqualTo("israel");
        assertThat(responses.get(0).path("response").asText()).isEqualTo("endorsed");
        assertThat(endorsed.path("occurredAtPrecision").asText())
                .as("a related headline inside the article, with no date").isEqualTo("approximate");
        assertThat(endorsed.at("/sources/0/attribution").asText()).contains("headline");
    }

    @Test
    void hamasAgreesToFreeHostagesAsARelatedHeadlineSays() {
        var commitments = elements(track(SHARM).path("commitments"));

        assertThat(commitments).hasSize(1);
        var pledge = commitments.get(0);
        assertThat(pledge.at("/actor/id").asText()).isEqualTo("hamas");
        assertThat(pledge.path("description").asText())
                .as("\"Gazans hail Trump ceasefire call as Hamas agrees to free hostages\"").contains("free hostages");
        assertThat(precision(pledge)).isEqualTo("approximate");
        assertThat(attribution(pledge)).contains("headline");
    }

    @Test
    void theCeasefireAndTheExchangeAreOnTheSharmAgenda() {
        assertThat(agendaItem(SHARM, "ceasefire").path("topic").asText())
                .as("\"parallel ceasefire talks continue in Egypt\"").isEqualTo("truce");
        assertThat(agendaItem(SHARM, "hostage-prisoner-exchange").path("topic").asText())
                .as("lists of hostages and Palestinian prisoners \"to be exchanged\"").isEqualTo("hostages-and-prisoners");
        assertThat(elements(track(SHARM).path("agenda"))).hasSize(2);
    }

    // ------------------------------------------------------------------ helpers

    private JsonNode fetch(String trackId) {
        return TestApiKeys.editor(port).get().uri("/api/v1/tracks/{trackId}", trackId)
                .exchange((request, response) -> response.getStatusCode().is2xxSuccessful()
                        ? json.readTree(response.getBody()) : null);
    }

    private JsonNode track(String trackId) {
        var track = tracks.get(trackId);
        assertThat(track).as("track %s as projected", trackId).isNotNull();
        return track;
    }

    /** The one line of the data set of this track and type that {@code which} picks. */
    private JsonNode line(String trackId, String type, Predicate<JsonNode> which) {
        var matches = lines.stream()
                .filter(line -> line.get("trackId").asText().equals(trackId) && line.get("type").asText().equals(type))
                .filter(which)
                .toList();
        assertThat(matches).as("one %s line on %s", type, trackId).hasSize(1);
        return matches.get(0);
    }

    private static Predicate<JsonNode> actorIs(String actorId) {
        return node -> node.at("/actor/id").asText().equals(actorId);
    }

    private JsonNode participant(String trackId, String actorId, String role) {
        return only(track(trackId).path("participants"), actorId + " as " + role + " on " + trackId,
                participant -> participant.at("/actor/id").asText().equals(actorId)
                        && participant.path("role").asText().equals(role));
    }

    private JsonNode position(String trackId, String actorId, String issueId) {
        return only(track(trackId).path("positions"), actorId + "'s position on " + issueId,
                position -> position.at("/actor/id").asText().equals(actorId)
                        && position.path("issueId").asText().equals(issueId));
    }

    private JsonNode agendaItem(String trackId, String itemId) {
        return only(track(trackId).path("agenda"), "agenda item " + itemId + " on " + trackId,
                item -> item.path("itemId").asText().equals(itemId));
    }

    private JsonNode stickingPoint(String trackId, String issueId) {
        return only(track(trackId).path("stickingPoints"), "sticking point " + issueId + " on " + trackId,
                point -> point.path("issueId").asText().equals(issueId));
    }

    private JsonNode document(String trackId, String documentId) {
        return only(track(trackId).path("documents"), "document " + documentId + " on " + trackId,
                document -> document.path("documentId").asText().equals(documentId));
    }

    private JsonNode link(String trackId, String relation) {
        return only(track(trackId).path("links"), relation + " link of " + trackId,
                link -> link.path("relation").asText().equals(relation));
    }

    private static JsonNode only(JsonNode array, String what, Predicate<JsonNode> which) {
        var matches = elements(array).stream().filter(which).toList();
        assertThat(matches).as("exactly one %s", what).hasSize(1);
        return matches.get(0);
    }

    private static List<JsonNode> elements(JsonNode array) {
        var elements = new ArrayList<JsonNode>();
        array.forEach(elements::add);
        return elements;
    }

    private static List<String> texts(JsonNode array, String pointer) {
        return elements(array).stream().map(node -> node.at(pointer).asText()).toList();
    }

    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    private static String occurredAt(JsonNode event) {
        return event.at("/metadata/occurredAt").asText();
    }

    private static String precision(JsonNode event) {
        return event.at("/metadata/occurredAtPrecision").asText();
    }

    private static String confidence(JsonNode event) {
        return event.at("/metadata/confidence").asText();
    }

    private static String attribution(JsonNode event) {
        return event.at("/metadata/sources/0/attribution").asText();
    }
}
