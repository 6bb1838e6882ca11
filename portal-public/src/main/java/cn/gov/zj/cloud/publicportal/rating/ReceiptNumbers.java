package cn.gov.zj.cloud.publicportal.rating;

import cn.gov.zj.cloud.domain.feedback.ReceiptNumber;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Art. 23: draws the receipt numbers of new ratings inside the transaction that stores them, unique
 * within the tenant (the row scope in force): a number already taken, or drawn twice in the batch,
 * is drawn again. The unique index {@code rating_receipt} settles a race with another transaction:
 * that transaction fails and is tried again with new numbers.
 */
final class ReceiptNumbers {

  private static final int ATTEMPTS = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReceiptNumbers() {}

  /** A fresh number for each row, in the same order. */
  static List<ReceiptNumber> draw(Connection connection, List<RatingRow> rows) throws SQLException {
    List<ReceiptNumber> numbers = new ArrayList<>(rows.size());
    rows.forEach(row -> numbers.add(next(row)));
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Set<String> clashes = taken(connection, numbers);
      Set<String> seen = new HashSet<>();
      boolean clear = true;
      for (int i = 0; i < numbers.size(); i++) {
        String value = numbers.get(i).value();
        if (clashes.contains(value) || !seen.add(value)) {
          numbers.set(i, next(rows.get(i)));
          clear = false;
        }
      }
      if (clear) {
        return numbers;
      }
    }
    throw new IllegalStateException("no free receipt number after " + ATTEMPTS + " draws");
  }

  private static ReceiptNumber next(RatingRow row) {
    return ReceiptNumber.next(row.receiptKind(), row.day(), RANDOM);
  }

  private static Set<String> taken(Connection connection, List<ReceiptNumber> numbers)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select receipt_no from rating where tenant_id = app_tenant()"
                + " and receipt_no = any(?::text[])")) {
      query.setArray(
          1,
          connection.createArrayOf("text", numbers.stream().map(ReceiptNumber::value).toArray()));
      Set<String> taken = new HashSet<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          taken.add(rows.getString(1));
        }
      }
      return taken;
    }
  }
}
