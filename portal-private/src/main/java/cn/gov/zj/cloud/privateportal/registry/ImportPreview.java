package cn.gov.zj.cloud.privateportal.registry;

import cn.gov.zj.cloud.domain.validation.FieldError;
import java.util.List;

/**
 * Art. 3: what an import file would store: the number of its data rows and every bad cell, named by
 * row and column. Nothing is stored while any is bad.
 */
public record ImportPreview(ImportKind kind, int rows, List<CellError> errors) {

  public ImportPreview {
    errors = List.copyOf(errors);
  }

  /** One bad cell: its row as the spreadsheet numbers it, its column letter and field. */
  public record CellError(
      int row, String column, String field, String messageKey, List<Object> arguments) {

    public CellError {
      arguments = List.copyOf(arguments);
    }

    /** The cell as a spreadsheet names it ({@code B3}); {@code file} for the whole file. */
    public String cell() {
      return row == 0 ? "file" : column + row;
    }

    FieldError toFieldError() {
      return new FieldError(cell(), messageKey, arguments);
    }
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /** The errors as the REST problem names them: field = the cell. */
  public List<FieldError> fieldErrors() {
    return errors.stream().map(CellError::toFieldError).toList();
  }
}
