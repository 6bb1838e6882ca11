package cn.gov.zj.cloud.privateportal.registry.web;

import cn.gov.zj.cloud.domain.i18n.Messages;
import cn.gov.zj.cloud.domain.validation.InvalidInputException;
import cn.gov.zj.cloud.domain.validation.Violations;
import cn.gov.zj.cloud.privateportal.registry.ImportKind;
import cn.gov.zj.cloud.privateportal.registry.ImportPreview;
import cn.gov.zj.cloud.privateportal.registry.RegistryImport;
import cn.gov.zj.cloud.privateportal.sheet.SheetReader;
import cn.gov.zj.cloud.privateportal.web.FacesFeedback;
import cn.gov.zj.cloud.privateportal.web.PortalPage;
import cn.gov.zj.cloud.privateportal.web.SheetDownload;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.model.StreamedContent;

/**
 * Art. 3, Art. 25: the tenant administrator imports units or systems from a file: a check that
 * names every bad row and cell, then a confirmed import that stores all rows or none.
 */
@Named
@ViewScoped
public class UnitsImport implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RegistryImport imports;
  @Inject private PortalPage page;

  private ImportKind kind = ImportKind.UNITS;
  private transient Part file;
  private byte[] content;
  private ImportPreview preview;

  /** Art. 3: reads the chosen file and shows what it would store; stores nothing. */
  public void check() {
    preview = null;
    content = null;
    RegistryFeedback.attempt(
        "import-form",
        () -> {
          Violations violations = new Violations();
          byte[] read = read(violations);
          violations.throwIfAny();
          preview = imports.preview(kind, read);
          content = preview.valid() ? read : null;
        });
  }

  /** Art. 3: stores every row of the checked file; shows the cells again if it went bad since. */
  public void confirm() {
    if (content == null) {
      return;
    }
    RegistryFeedback.attempt(
        "import-form",
        () -> {
          try {
            int created = imports.confirm(kind, content);
            FacesFeedback.info("registry.import.done", created);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .redirect(page.path(kind == ImportKind.UNITS ? "units" : "systems"));
          } catch (InvalidInputException e) {
            preview = imports.preview(kind, content);
            content = null;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private byte[] read(Violations violations) {
    if (file == null) {
      violations.add("file", "validation.required");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      return SheetReader.bytes(in, violations);
    } catch (IOException e) {
      violations.add("file", "registry.import.file.unreadable");
      return null;
    }
  }

  /** The empty template of the chosen kind, headed in the page's language. */
  public StreamedContent getTemplate() {
    return SheetDownload.of(
        kind.path() + "-template.xlsx",
        RegistryImport.template(
            kind, Messages.supported(FacesContext.getCurrentInstance().getViewRoot().getLocale())));
  }

  /** The message of a bad cell in the page's language. */
  public String message(ImportPreview.CellError error) {
    return FacesFeedback.domain(error.messageKey(), error.arguments().toArray());
  }

  /** The header of a bad cell's column ("file" for the whole file). */
  public String column(ImportPreview.CellError error) {
    return error.row() == 0 ? "" : FacesFeedback.domain(kind.headerKey(error.field()));
  }

  public ImportKind[] getKinds() {
    return ImportKind.values();
  }

  public boolean isConfirmable() {
    return content != null && preview != null && preview.valid();
  }

  public ImportKind getKind() {
    return kind;
  }

  public void setKind(ImportKind kind) {
    if (kind != null && kind != this.kind) {
      this.kind = kind;
      preview = null;
      content = null;
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ImportPreview getPreview() {
    return preview;
  }
}
