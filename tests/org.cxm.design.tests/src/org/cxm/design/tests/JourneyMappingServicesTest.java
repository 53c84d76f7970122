package org.cxm.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxm.design.services.JourneyMappingServices;
import org.cxm.model.Channel;
import org.cxm.model.CxModel;
import org.cxm.model.CxmFactory;
import org.cxm.model.Journey;
import org.cxm.model.Kpi;
import org.cxm.model.Persona;
import org.cxm.model.ServiceAction;
import org.cxm.model.Stage;
import org.cxm.model.Touchpoint;
import org.cxm.model.validation.ModelValidation;
import org.cxm.model.validation.ValidationRule;
import org.cxm.tests.support.ExampleModels;
import org.cxm.tests.support.ModelFixture;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The services behind the "Journey Mapping" viewpoint, checked on the example models and on the test fixture for
 * what a modeller sees: the order of the emotion curve, colours by channel, emotion and KPI status, labels, the
 * channel matrix, and validation markers that carry the model validator's own messages.
 */
class JourneyMappingServicesTest {

    private static CxModel bank;

    private static CxModel shop;

    private final JourneyMappingServices services = new JourneyMappingServices();

    private final ModelFixture fixture = new ModelFixture();

    @BeforeAll
    static void loadExamples() throws Exception {
        bank = ExampleModels.load(ExampleModels.RETAIL_BANK);
        shop = ExampleModels.load(ExampleModels.ONLINE_SHOP);
    }

    @Test
    void touchpointsComeStageByStageInTheOrderTheCustomerMeetsThem() {
        List<Touchpoint> touchpoints = services.touchpointsInOrder(bankElement("bank.cur", Journey.class));

        assertEquals(23, touchpoints.size());
        assertSame(bankElement("bank.cur.tp.tv-ad", Touchpoint.class), touchpoints.get(0));
        assertSame(bankElement("bank.cur.tp.compare-tiers", Touchpoint.class), touchpoints.get(4));
        assertSame(bankElement("bank.cur.tp.forum-answer", Touchpoint.class), touchpoints.get(22));
    }

    @Test
    void theNextTouchpointIsTheFollowingOneOfTheSameStage() {
        assertSame(bankElement("bank.cur.tp.reviews", Touchpoint.class),
                services.nextTouchpoint(bankElement("bank.cur.tp.tv-ad", Touchpoint.class)));
    }

    @Test
    void afterTheLastTouchpointOfAStageComesTheFirstOneOfTheNextStage() {
        assertSame(bankElement("bank.cur.tp.compare-tiers", Touchpoint.class),
                services.nextTouchpoint(bankElement("bank.cur.tp.landing-page", Touchpoint.class)));
    }

    @Test
    void emptyStagesDoNotBreakTheEmotionCurve() {
        fixture.stage(3).getTouchpoints().clear();

        assertSame(fixture.stage(4).getTouchpoints().get(0),
                services.nextTouchpoint(fixture.stage(2).getTouchpoints().get(0)));
    }

    @Test
    void theLastTouchpointOfTheJourneyHasNoNextOne() {
        assertNull(services.nextTouchpoint(bankElement("bank.cur.tp.forum-answer", Touchpoint.class)));
    }

    @Test
    void aTouchpointOutsideAJourneyHasNoNextOne() {
        assertNull(services.nextTouchpoint(fixture.touchpoint("Not placed yet")));
    }

    @Test
    void touchpointLabelShowsPositionMomentOfTruthAndChannel() {
        assertEquals("7. \u2605 Call to ask about the switch guarantee\nPhone banking (offline)",
                services.touchpointLabel(bankElement("bank.cur.tp.switch-call", Touchpoint.class)));
        assertEquals("1. See the 'Banking that fits in your pocket' campaign\nTV and outdoor advertising (offline)",
                services.touchpointLabel(bankElement("bank.cur.tp.tv-ad", Touchpoint.class)));
    }

    @Test
    void aTouchpointWithoutChannelSaysSo() {
        fixture.checkout.setChannel(null);

        assertEquals("no channel", services.channelLabel(fixture.checkout));
        assertEquals("NONE", services.channelKind(fixture.checkout));
        assertTrue(services.touchpointLabel(fixture.checkout).endsWith("\nno channel"));
    }

    @Test
    void channelLabelNamesTheChannelAndWhetherItIsOnline() {
        assertEquals("Website (online)",
                services.channelLabel(bankElement("bank.cur.tp.landing-page", Touchpoint.class)));
    }

    @ParameterizedTest
    @CsvSource({ "bank.cur.tp.landing-page, WEB", "bank.cur.tp.branch-visit, STORE", "bank.cur.tp.switch-call, PHONE",
            "bank.cur.tp.watch-pay, CONNECTED_DEVICE", "bank.cur.tp.card-by-post, OTHER" })
    void channelKindSelectsTheColourOfTheTouchpoint(String touchpoint, String kind) {
        assertEquals(kind, services.channelKind(bankElement(touchpoint, Touchpoint.class)));
    }

    @Test
    void physicalChannelsAreOfflineAndDigitalOnesOnline() {
        Touchpoint advert = bankElement("bank.cur.tp.tv-ad", Touchpoint.class);
        Touchpoint website = bankElement("bank.cur.tp.landing-page", Touchpoint.class);

        assertTrue(services.isOffline(advert));
        assertFalse(services.isOnline(advert));
        assertTrue(services.isOnline(website));
        assertFalse(services.isOffline(website));
    }

    @Test
    void aTouchpointWithoutChannelIsNeitherOnlineNorOfflineSoNoFilterHidesIt() {
        fixture.checkout.setChannel(null);

        assertFalse(services.isOffline(fixture.checkout));
        assertFalse(services.isOnline(fixture.checkout));
    }

    @ParameterizedTest
    @CsvSource({ "-5, negative", "-1, negative", "0, neutral", "1, positive", "5, positive" })
    void emotionBandColoursTheEmotionCurve(int emotion, String band) {
        fixture.checkout.setEmotion(emotion);

        assertEquals(band, services.emotionBand(fixture.checkout));
    }

    @Test
    void emotionLabelShowsTheSignedScoreAndTheFeeling() {
        assertEquals("-1 confused", services.emotionLabel(bankElement("bank.cur.tp.landing-page", Touchpoint.class)));
        assertEquals("+1 curious", services.emotionLabel(bankElement("bank.cur.tp.tv-ad", Touchpoint.class)));
        assertEquals("0 sceptical", services.emotionLabel(bankElement("bank.cur.tp.reviews", Touchpoint.class)));
    }

    @Test
    void emotionLabelWithoutFeelingIsJustTheScore() {
        fixture.checkout.setEmotion(-3);

        assertEquals("-3", services.emotionLabel(fixture.checkout));
    }

    @ParameterizedTest
    @CsvSource({ "bank.cur.tp.tv-ad, falling", "bank.cur.tp.reviews, rising", "bank.cur.tp.landing-page, steady",
            "bank.cur.tp.forum-answer, none" })
    void emotionTrendColoursTheCurveTowardsTheNextTouchpoint(String touchpoint, String trend) {
        assertEquals(trend, services.emotionTrend(bankElement(touchpoint, Touchpoint.class)));
    }

    @Test
    void customerActionLabelShowsWhatTheCustomerDoes() {
        assertEquals("1. See the 'Banking that fits in your pocket' campaign\n"
                + "Notices a poster at the tram stop and a TV spot",
                services.customerActionLabel(bankElement("bank.cur.tp.tv-ad", Touchpoint.class)));
        assertEquals("3. \u2605 purchase on the web", services.customerActionLabel(fixture.checkout));
    }

    @Test
    void serviceActionLabelNamesTheSystemUsed() {
        assertEquals("Community manager answers comments and DMs\n[Sprout Social]", services.serviceActionLabel(
                shopElement("shop.ods.tp.reel.fs.reply-comments", ServiceAction.class)));
        assertEquals("Catalogue with prices, phone number and QR codes", services.serviceActionLabel(
                shopElement("shop.ods.tp.catalogue.fs.catalogue-qr", ServiceAction.class)));
    }

    @ParameterizedTest
    @CsvSource({ "bank.cur.kpi.nps, OFF_TARGET", "bank.cur.kpi.retention, ON_TARGET",
            "bank.cur.kpi.early-churn, OFF_TARGET", "bank.cur.kpi.fee-resolution, ON_TARGET",
            "bank.cur.kpi.page-ctr, NO_DATA" })
    void kpiStatusColoursTheKpiBadges(String kpi, String status) {
        assertEquals(status, services.kpiStatus(bankElement(kpi, Kpi.class)));
    }

    @Test
    void kpiLabelShowsActualValueAgainstTarget() {
        assertEquals("Account-opening NPS\n18 / target 30 points",
                services.kpiLabel(bankElement("bank.cur.kpi.nps", Kpi.class)));
        assertEquals("Current-account page 'Apply now' click-through\nno data / target 4.5 %",
                services.kpiLabel(bankElement("bank.cur.kpi.page-ctr", Kpi.class)));
    }

    @Test
    void kpiLabelWithoutTargetOrUnit() {
        fixture.nps.setTarget(null);
        fixture.nps.setActual(35.0);

        assertEquals("NPS\n35 / no target", services.kpiLabel(fixture.nps));
    }

    @Test
    void owningJourneyIsWhereNewKpisGo() {
        assertSame(fixture.journey, services.owningJourney(fixture.checkout));
        assertSame(fixture.journey, services.owningJourney(fixture.stage(0)));
        assertSame(fixture.journey, services.owningJourney(fixture.journey));
        assertNull(services.owningJourney(fixture.model));
    }

    @Test
    void journeysOfAPersonaAreThoseMappedForIt() {
        Persona maya = bankElement("bank.persona.maya", Persona.class);

        assertEquals(List.of(bankElement("bank.cur", Journey.class), bankElement("bank.fut", Journey.class)),
                services.journeysOf(maya));
        assertEquals(List.of(fixture.journey), services.journeysOf(fixture.persona));
    }

    @Test
    void aPersonaNoJourneyIsMappedForTakesNone() {
        Persona newcomer = CxmFactory.eINSTANCE.createPersona();
        fixture.model.getPersonas().add(newcomer);

        assertEquals(List.of(), services.journeysOf(newcomer));
        assertEquals(List.of(), services.journeysOf(CxmFactory.eINSTANCE.createPersona()));
    }

    @Test
    void personaCardListsGoalsNeedsAndFrustrations() {
        Persona maya = bankElement("bank.persona.maya", Persona.class);

        assertEquals("Goals\n\u2022 Open an account in one sitting from her phone\n"
                + "\u2022 Add the card to Apple Pay the same day\n\u2022 See where her money goes each month",
                services.goalsLabel(maya));
        assertTrue(services.needsLabel(maya).startsWith("Needs\n\u2022 Clear fees before committing\n"));
        assertTrue(services.frustrationsLabel(maya).endsWith("\n\u2022 Fee tables hidden in PDFs"));
    }

    @Test
    void emptyPersonaListsSayNoneYet() {
        assertEquals("Needs: none yet", services.needsLabel(fixture.persona));
        assertEquals("Frustrations: none yet", services.frustrationsLabel(fixture.persona));
    }

    @Test
    void theChannelMatrixHasAColumnPerChannelOfTheModel() {
        List<Channel> channels = services.modelChannels(bankElement("bank.cur", Journey.class));

        assertEquals(bank.getChannels(), channels);
        assertEquals(12, channels.size());
        assertEquals(List.of(), services.modelChannels(CxmFactory.eINSTANCE.createJourney()));
    }

    @Test
    void channelsUsedByAStageComeOnceInOrderOfFirstUse() {
        Stage apply = bankElement("bank.cur.stage.purchase", Stage.class);

        assertEquals(List.of(channel("bank.channel.app"), channel("bank.channel.branch"), channel("bank.channel.email"),
                channel("bank.channel.post")), services.channelsUsed(apply));
    }

    @Test
    void touchpointsOnAChannelAreThoseOfTheStageOnThatChannel() {
        Stage apply = bankElement("bank.cur.stage.purchase", Stage.class);

        assertEquals(List.of(bankElement("bank.cur.tp.start-application", Touchpoint.class),
                bankElement("bank.cur.tp.id-check", Touchpoint.class),
                bankElement("bank.cur.tp.activate-card", Touchpoint.class)),
                services.touchpointsOn(apply, channel("bank.channel.app")));
        assertEquals(List.of(), services.touchpointsOn(apply, channel("bank.channel.phone")));
    }

    @Test
    void channelMatrixCellCountsAndNamesTheTouchpoints() {
        Stage apply = bankElement("bank.cur.stage.purchase", Stage.class);

        assertEquals("1: Receive the account-opened email",
                services.channelCellLabel(apply, channel("bank.channel.email")));
        assertEquals("3: Start the application in the app, Verify identity with passport and selfie,"
                + " Activate the card and add it to a wallet",
                services.channelCellLabel(apply, channel("bank.channel.app")));
        assertEquals("", services.channelCellLabel(apply, channel("bank.channel.phone")));
    }

    @Test
    void aValidElementPassesTheValidationRule() {
        assertTrue(services.passesCxmRules(fixture.checkout));
        assertEquals("", services.cxmProblems(fixture.checkout));
        assertTrue(services.hasNoCxmWarnings(fixture.checkout));
        assertEquals("", services.cxmWarnings(fixture.checkout));
    }

    @Test
    void aTouchpointWithoutChannelFailsWithTheValidatorsMessage() {
        fixture.checkout.setChannel(null);

        assertFalse(services.passesCxmRules(fixture.checkout));
        assertEquals("Touchpoint \"purchase on the web\" has no channel; choose the channel on which it happens.",
                services.cxmProblems(fixture.checkout));
        assertEquals(validatorMessage(fixture.checkout, ValidationRule.TOUCHPOINT_CHANNEL_MISSING),
                services.cxmProblems(fixture.checkout));
    }

    @Test
    void aJourneyIsNotMarkedForTheProblemsOfItsTouchpoints() {
        fixture.checkout.setChannel(null);

        assertTrue(services.passesCxmRules(fixture.journey));
        assertTrue(services.passesCxmRules(fixture.stage(2)));
    }

    @Test
    void aDuplicateNameIsReportedOnTheDuplicateItself() {
        Touchpoint duplicate = fixture.touchpoint("Purchase on the web");
        fixture.stage(3).getTouchpoints().add(duplicate);

        assertFalse(services.passesCxmRules(duplicate));
        assertTrue(services.cxmProblems(duplicate).contains("has the same name as"), services.cxmProblems(duplicate));
        assertTrue(services.passesCxmRules(fixture.checkout));
        assertTrue(services.passesCxmRules(fixture.journey));
    }

    @Test
    void aMissingOwnerIsOnlyAWarning() {
        fixture.checkout.setOwner(null);

        assertTrue(services.passesCxmRules(fixture.checkout));
        assertFalse(services.hasNoCxmWarnings(fixture.checkout));
        assertEquals(validatorMessage(fixture.checkout, ValidationRule.TOUCHPOINT_OWNER_MISSING),
                services.cxmWarnings(fixture.checkout));
    }

    @Test
    void allProblemsOfAnElementAreReportedTogether() {
        fixture.checkout.setChannel(null);
        fixture.checkout.setEmotion(9);

        String problems = services.cxmProblems(fixture.checkout);

        assertTrue(problems.contains("has no channel"), problems);
        assertTrue(problems.contains("has the emotion score 9"), problems);
    }

    private static String validatorMessage(EObject element, ValidationRule rule) {
        return ModelValidation.problems(ModelValidation.validate(element)).stream()
                .filter(problem -> problem.getCode() == rule.code())
                .map(Diagnostic::getMessage)
                .findFirst()
                .orElseThrow();
    }

    private static Channel channel(String id) {
        return bankElement(id, Channel.class);
    }

    private static <T> T bankElement(String id, Class<T> type) {
        return type.cast(bank.eResource().getEObject(id));
    }

    private static <T> T shopElement(String id, Class<T> type) {
        return type.cast(shop.eResource().getEObject(id));
    }
}
