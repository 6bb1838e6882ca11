/**
 * Spreadsheets in and out, for any list of the portal: {@link
 * cn.gov.zj.cloud.privateportal.sheet.SheetWriter} writes a list as one XLSX sheet (every list's
 * export), {@link cn.gov.zj.cloud.privateportal.sheet.SheetReader} reads an uploaded XLSX or CSV
 * file into rows of text within fixed limits (size, rows, POI's zip-bomb guard), so that a broken
 * or hostile file is bad input (400), never a failure. Holds no domain rule; the registry's import
 * (Art. 3) says what the columns mean.
 */
package cn.gov.zj.cloud.privateportal.sheet;
