package cn.gov.zj.cloud.privateportal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Art. 3, 15: the CSV of registry imports and usage batches, read as RFC 4180 says. */
class CsvRowsTest {

  @Test
  @DisplayName(
      "Art. 3, 15: quoted fields keep commas, doubled quotes and line breaks; plain fields are"
          + " stripped; blank records are dropped and the others keep their numbers")
  void art15_rfc4180Records() {
    String text = "a, b ,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n,,\nlast,,\"\"";
    List<SheetReader.Row> rows = CsvRows.parse(text, 10);
    assertEquals(List.of(1, 2, 5), rows.stream().map(SheetReader.Row::number).toList());
    assertEquals(List.of("a", "b", "c"), rows.get(0).cells());
    assertEquals(List.of("x,1", "say \"hi\"", "two\nlines"), rows.get(1).cells());
    assertEquals(Arrays.asList("last", null, null), rows.get(2).cells());
  }

  @Test
  @DisplayName("Art. 3, 15: at most the limit of non-blank records is read")
  void art15_limit() {
    assertEquals(2, CsvRows.parse("1\n2\n3\n4\n", 2).size());
  }
}
