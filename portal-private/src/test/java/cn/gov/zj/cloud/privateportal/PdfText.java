package cn.gov.zj.cloud.privateportal;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Reads a report's PDF back as text with PDFBox, in the container (Art. 15, Art. 17 reports). */
public final class PdfText {

  private PdfText() {}

  /** The portal's WAR with PDFBox (and this class) added, for the tests reading PDFs. */
  public static WebArchive portal() {
    WebArchive war = Deployments.portal().addClass(PdfText.class);
    for (Class<?> library :
        List.of(
            Loader.class,
            org.apache.fontbox.FontBoxFont.class,
            org.apache.pdfbox.io.RandomAccessRead.class,
            org.apache.commons.logging.Log.class)) {
      war.addAsLibrary(
          new File(library.getProtectionDomain().getCodeSource().getLocation().getPath()));
    }
    return war;
  }

  /** The text PDFBox extracts from {@code pdf}. */
  public static String of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
