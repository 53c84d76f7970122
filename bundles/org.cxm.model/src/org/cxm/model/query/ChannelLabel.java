package org.cxm.model.query;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxm.model.Channel;
import org.cxm.model.ChannelKind;
import org.cxm.model.CxModel;
import org.eclipse.emf.ecore.EObject;

/**
 * What a customer timeline shows as an interaction's channel, the same in {@code cxm history} and in the
 * workbench, so that one channel never appears under two names. The modelled channel a classification rule
 * gave the interaction wins; without one, the channel the source system recorded ("phone" on a call) is
 * shown under the name of the model's one channel of that kind; with neither, "unclassified". A channel is
 * never guessed from the kind of record: an invoice is not an e-mail because invoices often are, and a rep
 * who reads "Email" says "we e-mailed it to you".
 *
 * @param name the channel's name as a rep reads it
 * @param kind the channel's kind, for its icon; {@code null} when not known
 */
public record ChannelLabel(String name, ChannelKind kind) {

    /** Shown where no classification rule and no source said how the customer was in touch. */
    public static final String UNCLASSIFIED = "unclassified";

    /** Words sources use for a channel kind, beside the kinds' own names ("mobileApp", "email", ...). */
    private static final Map<String, ChannelKind> SYNONYMS = Map.of("mail", ChannelKind.EMAIL, "call",
            ChannelKind.PHONE, "telephone", ChannelKind.PHONE, "website", ChannelKind.WEB, "livechat",
            ChannelKind.CHAT, "app", ChannelKind.MOBILE_APP, "text", ChannelKind.SMS);

    /**
     * The label of an interaction classified to channel {@code channelElementId} (or {@code null}) whose
     * source recorded {@code sourceChannel} (or {@code null}), named from {@code model} (or {@code null}).
     */
    public static ChannelLabel of(CxModel model, String channelElementId, String sourceChannel) {
        if (channelElementId != null && element(model, channelElementId) instanceof Channel channel) {
            return new ChannelLabel(nameOf(channel), channel.getKind());
        }
        if (sourceChannel != null && !sourceChannel.isBlank()) {
            return ofSource(model, sourceChannel.strip());
        }
        // Classified, but to a channel no model at hand names: its id is still the truth.
        return new ChannelLabel(channelElementId != null ? channelElementId : UNCLASSIFIED, null);
    }

    /** Whether no rule and no source gave the interaction a channel. */
    public boolean unclassified() {
        return kind == null && UNCLASSIFIED.equals(name);
    }

    private static ChannelLabel ofSource(CxModel model, String sourceChannel) {
        ChannelKind kind = kindOf(sourceChannel);
        if (kind == null) {
            return new ChannelLabel(sourceChannel, null);
        }
        List<Channel> ofKind = model == null ? List.of()
                : model.getChannels().stream().filter(channel -> channel.getKind() == kind).toList();
        return new ChannelLabel(ofKind.size() == 1 ? nameOf(ofKind.get(0)) : readable(kind), kind);
    }

    /** The kind a source's channel text names ("E-mail", "phone", "mobile_app"), or {@code null}. */
    static ChannelKind kindOf(String sourceChannel) {
        String word = sourceChannel.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (ChannelKind kind : ChannelKind.values()) {
            if (kind.getLiteral().toLowerCase(Locale.ROOT).equals(word)) {
                return kind;
            }
        }
        return SYNONYMS.get(word);
    }

    /** "Mobile app" for MOBILE_APP, "SMS" for SMS: a kind named in words, for models without that channel. */
    static String readable(ChannelKind kind) {
        if (kind == ChannelKind.SMS) {
            return "SMS";
        }
        String words = kind.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String nameOf(Channel channel) {
        String name = channel.getName();
        return name != null && !name.isBlank() ? name : readable(channel.getKind());
    }

    private static EObject element(CxModel model, String id) {
        return model == null || model.eResource() == null ? null : model.eResource().getEObject(id);
    }
}
