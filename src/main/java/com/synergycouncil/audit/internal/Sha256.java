package com.synergycouncil.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex of UTF-8 text, and the chain's entry hash. */
public final class Sha256 {

  /** The previous hash of the first entry. */
  public static final String ZERO = "0".repeat(64);

  private Sha256() {
  }

  public static String hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** {@code SHA-256(seq|kind|ref|contentSha256|previousHash)}. */
  public static String entryHash(long seq, String kind, String ref, String contentSha256, String previousHash) {
    return hex(seq + "|" + kind + "|" + ref + "|" + contentSha256 + "|" + previousHash);
  }

  public static boolean isHex(String value) {
    return value != null && value.matches("[0-9a-f]{64}");
  }
}
