package org.cxm.sync.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content hashes the store keeps to skip records and customers that did not change: SHA-256, 32 hex digits. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(CharSequence content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
