package cn.gov.zj.cloud.domain.interconnect;

/**
 * Art. 24: one whitelisted field of a message type, with the most characters it may carry; {@code
 * optional} fields may be absent.
 */
public record Field(String name, int maxLength, boolean optional) {

  public Field {
    if (name == null || !name.matches("[a-z][a-zA-Z0-9]{0,39}")) {
      throw new IllegalArgumentException("not a field name: " + name);
    }
    if (maxLength < 1) {
      throw new IllegalArgumentException("a field carries at least one character");
    }
  }

  static Field required(String name, int maxLength) {
    return new Field(name, maxLength, false);
  }

  static Field optional(String name, int maxLength) {
    return new Field(name, maxLength, true);
  }
}
