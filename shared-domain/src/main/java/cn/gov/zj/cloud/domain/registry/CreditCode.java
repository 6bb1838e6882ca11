package cn.gov.zj.cloud.domain.registry;

import java.util.Objects;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015) of a using unit (Art. 3, Art. 4): 18
 * characters whose last one is a check character over the first 17.
 */
public record CreditCode(String value) {

  /** The 31 characters of the code, in the order of their numeric values. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  public CreditCode {
    Objects.requireNonNull(value, "credit code");
    if (!isValid(value)) {
      throw new IllegalArgumentException("invalid unified social credit code: " + value);
    }
  }

  /** Parses user input: surrounding blanks are dropped and letters upper-cased. */
  public static CreditCode parse(String text) {
    return new CreditCode(normalize(text));
  }

  public static String normalize(String text) {
    return text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
  }

  /** True for 18 characters of the code alphabet whose check character matches. */
  public static boolean isValid(String text) {
    if (text == null || text.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return checkCharacter(text.substring(0, 17)) == text.charAt(17);
  }

  /** The check character for the first 17 characters (GB 32100-2015, modulus 31). */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("the check covers exactly 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return ALPHABET.charAt(check);
  }

  @Override
  public String toString() {
    return value;
  }
}
