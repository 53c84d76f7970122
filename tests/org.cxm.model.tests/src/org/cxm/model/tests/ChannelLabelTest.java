package org.cxm.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxm.model.ChannelKind;
import org.cxm.model.CxModel;
import org.cxm.model.query.ChannelLabel;
import org.cxm.tests.support.ExampleModels;
import org.junit.jupiter.api.Test;

/** The channel a timeline row shows: the modelled one by name, the source's under the model's name, or none. */
class ChannelLabelTest {

    @Test
    void aClassifiedInteractionShowsItsModelledChannelWithItsKind() throws Exception {
        CxModel shop = ExampleModels.load(ExampleModels.ONLINE_SHOP);

        assertEquals(new ChannelLabel("Customer service line", ChannelKind.PHONE),
                ChannelLabel.of(shop, "shop.channel.phone", "phone"));
        assertEquals(new ChannelLabel("Website", ChannelKind.WEB), ChannelLabel.of(shop, "shop.channel.web", null));
    }

    @Test
    void theSourcesChannelIsNamedAsTheModelNamesThatKind() throws Exception {
        CxModel shop = ExampleModels.load(ExampleModels.ONLINE_SHOP);

        assertEquals(new ChannelLabel("Email", ChannelKind.EMAIL), ChannelLabel.of(shop, null, "E-mail"));
        assertEquals(new ChannelLabel("Customer service line", ChannelKind.PHONE), ChannelLabel.of(shop, null, "call"));
        // Two channels of kind OTHER: which one is not known, so the kind is named.
        assertEquals(new ChannelLabel("Other", ChannelKind.OTHER), ChannelLabel.of(shop, null, "other"));
        assertEquals(new ChannelLabel("Mobile app", ChannelKind.MOBILE_APP), ChannelLabel.of(null, null, "mobile_app"));
        assertEquals(new ChannelLabel("Croydon showroom", null), ChannelLabel.of(shop, null, " Croydon showroom "));
    }

    @Test
    void withoutRuleOrSourceChannelARowIsUnclassifiedNotGuessedFromItsKind() throws Exception {
        CxModel shop = ExampleModels.load(ExampleModels.ONLINE_SHOP);

        ChannelLabel invoice = ChannelLabel.of(shop, null, null);

        assertEquals("unclassified", invoice.name());
        assertTrue(invoice.unclassified());
        assertEquals(new ChannelLabel("shop.channel.web", null), ChannelLabel.of(null, "shop.channel.web", " "),
                "classified, but no model to name it: the id");
    }
}
