package cn.gov.zj.cloud.launcher.mail;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EncodedWordsTest {

  @Test
  @DisplayName("B and Q encoded-words in UTF-8 and GB18030")
  void decodesBothEncodings() {
    assertEquals("审核通过", EncodedWords.decode("=?UTF-8?B?5a6h5qC46YCa6L+H?="));
    assertEquals("审核 通过", EncodedWords.decode("=?utf-8?q?=E5=AE=A1=E6=A0=B8_=E9=80=9A=E8=BF=87?="));
    assertEquals("审批", EncodedWords.decode("=?GB18030?B?yfPF+g==?="));
  }

  @Test
  @DisplayName("adjacent words join, also when a character is split between them")
  void joinsAdjacentWords() {
    // 审 is E5 AE A1: the first word ends after E5 AE.
    assertEquals("审核", EncodedWords.decode("=?UTF-8?Q?=E5=AE?= =?UTF-8?Q?=A1=E6=A0=B8?="));
    assertEquals(
        "[提醒] 第 3 天", EncodedWords.decode("[=?UTF-8?B?5o+Q6YaS?=] =?UTF-8?Q?=E7=AC=AC?= 3 天"));
  }

  @Test
  @DisplayName("plain text, unknown charsets and broken Base64 stay as they are")
  void keepsWhatItCannotDecode() {
    assertEquals("plain subject", EncodedWords.decode("plain subject"));
    assertEquals("=?x-unknown?B?YQ==?=", EncodedWords.decode("=?x-unknown?B?YQ==?="));
    assertEquals("=?UTF-8?B?Y?=", EncodedWords.decode("=?UTF-8?B?Y?="));
  }

  @Test
  @DisplayName("the Subject header is found in any case and unfolded; raw UTF-8 is read as such")
  void readsTheSubjectHeader() {
    String message =
        "From: a@hz.example\r\nsubject: =?UTF-8?B?5Y+X55CG?=\r\n =?UTF-8?B?5o+Q6YaS?=\r\n\r\n"
            + "Subject: not a header\r\n";
    assertEquals("受理提醒", MessageHeaders.subject(message.getBytes(UTF_8)));
    assertEquals("原始 UTF-8", MessageHeaders.subject("Subject: 原始 UTF-8\r\n\r\n".getBytes(UTF_8)));
    assertEquals(
        "", MessageHeaders.subject("From: a@hz.example\r\n\r\nSubject: x\r\n".getBytes(UTF_8)));
  }
}
