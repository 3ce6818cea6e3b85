package de.leverkusen.vergabe.dokumente;

import de.leverkusen.vergabe.wertung.Bruch;
import de.leverkusen.vergabe.wertung.Kriterienkatalog;
import de.leverkusen.vergabe.wertung.Kriterium;
import de.leverkusen.vergabe.wertung.Konsolidierungsrechner;
import de.leverkusen.vergabe.wertung.Wertungsergebnis;
import de.leverkusen.vergabe.wertung.Wertungsrechner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The evaluation matrix of a procedure as .xlsx (Apache POI): sheet "Matrix" with one row per offer and criterion
 * (weight, each evaluator's points or result, min/median/max, consolidated value, flag, deviation with reason),
 * sheet "Begründungen" with every evaluator's justification, sheet "Rangfolge" with L, P, Z, rank or exclusion.
 * Numbers are numeric cells; consolidated means are rounded to 4 decimals only here, for display.
 */
public final class Bewertungsmatrix {

    /** One admitted offer with its sheets and consolidation lines. */
    public record Angebot(String bieter, List<Konsolidierungsrechner.Bogen> boegen, List<Konsolidierungsrechner.Zeile> zeilen) {
    }

    private Bewertungsmatrix() {
    }

    public static byte[] erzeugen(String businessKey, Kriterienkatalog katalog, List<String> bewerter, List<Angebot> angebote,
                                  Wertungsergebnis ergebnis) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle kopf = wb.createCellStyle();
            Font fett = wb.createFont();
            fett.setBold(true);
            kopf.setFont(fett);

            Sheet matrix = wb.createSheet("Matrix");
            int r = 0;
            Row titel = matrix.createRow(r++);
            titel.createCell(0).setCellValue("Bewertungsmatrix " + businessKey + " – " + katalog.titel()
                    + " – Wertungsmethode " + katalog.wertung().methode().text() + ", Skala " + katalog.punkteMin() + "–" + katalog.punkteMax());
            Row k = matrix.createRow(r++);
            String[] spalten = {"Bieter", "Kriterium", "Bezeichnung", "Typ", "Gewicht", "Mindestpunkte"};
            int c = 0;
            for (String s : spalten) {
                zelle(k, c++, s, kopf);
            }
            for (String b : bewerter) {
                zelle(k, c++, b, kopf);
            }
            for (String s : new String[] {"Minimum", "Median", "Maximum", "Mittelwert", "Konsolidiert", "Streuung auffällig",
                    "Abweichung: Begründung"}) {
                zelle(k, c++, s, kopf);
            }
            for (Angebot a : angebote) {
                for (Konsolidierungsrechner.Zeile z : a.zeilen()) {
                    Kriterium kr = z.kriterium();
                    Row row = matrix.createRow(r++);
                    c = 0;
                    row.createCell(c++).setCellValue(a.bieter());
                    row.createCell(c++).setCellValue(kr.id());
                    row.createCell(c++).setCellValue(kr.name());
                    row.createCell(c++).setCellValue(kr.typ().name());
                    if (kr.gewertet()) {
                        row.createCell(c++).setCellValue(kr.gewicht().doubleValue());
                    } else {
                        c++;
                    }
                    if (kr.mindestpunkte() != null) {
                        row.createCell(c).setCellValue(kr.mindestpunkte().doubleValue());
                    }
                    c++;
                    for (String b : bewerter) {
                        Konsolidierungsrechner.Bogen bogen = a.boegen().stream().filter(x -> x.bewerter().equals(b)).findFirst().orElse(null);
                        if (bogen != null) {
                            if (kr.gewertet()) {
                                row.createCell(c).setCellValue(bogen.punkte().get(kr.id()));
                            } else {
                                row.createCell(c).setCellValue(Boolean.TRUE.equals(bogen.erfuellt().get(kr.id())) ? "erfüllt" : "nicht erfüllt");
                            }
                        }
                        c++;
                    }
                    if (kr.gewertet()) {
                        row.createCell(c++).setCellValue(z.min());
                        row.createCell(c++).setCellValue(z.median().doubleValue());
                        row.createCell(c++).setCellValue(z.max());
                        row.createCell(c++).setCellValue(zahl(z.mittelwert()));
                        row.createCell(c++).setCellValue(zahl(z.konsolidiert()));
                    } else {
                        row.createCell(c++).setCellValue(z.erfuelltJa() + " erfüllt");
                        c++;
                        row.createCell(c++).setCellValue(z.erfuelltNein() + " nicht erfüllt");
                        c++;
                        row.createCell(c++).setCellValue(z.erfuellt() ? "erfüllt" : "nicht erfüllt");
                    }
                    row.createCell(c++).setCellValue(z.auffaellig() ? "ja" : "nein");
                    if (z.abweichung() != null) {
                        row.createCell(c).setCellValue(z.abweichung().begruendung());
                    }
                }
            }

            Sheet begruendungen = wb.createSheet("Begründungen");
            r = 0;
            Row kb = begruendungen.createRow(r++);
            c = 0;
            for (String s : new String[] {"Bieter", "Kriterium", "Bewerter", "Punkte / Ergebnis", "Begründung"}) {
                zelle(kb, c++, s, kopf);
            }
            for (Angebot a : angebote) {
                for (Kriterium kr : katalog.kriterien()) {
                    for (Konsolidierungsrechner.Bogen b : a.boegen()) {
                        Row row = begruendungen.createRow(r++);
                        row.createCell(0).setCellValue(a.bieter());
                        row.createCell(1).setCellValue(kr.id());
                        row.createCell(2).setCellValue(b.bewerter());
                        if (kr.gewertet()) {
                            row.createCell(3).setCellValue(b.punkte().get(kr.id()));
                        } else {
                            row.createCell(3).setCellValue(Boolean.TRUE.equals(b.erfuellt().get(kr.id())) ? "erfüllt" : "nicht erfüllt");
                        }
                        row.createCell(4).setCellValue(b.begruendungen().getOrDefault(kr.id(), ""));
                    }
                }
            }

            Sheet rangfolge = wb.createSheet("Rangfolge");
            r = 0;
            Row kr = rangfolge.createRow(r++);
            c = 0;
            for (String s : new String[] {"Rang", "Bieter", "Leistung L", "Preis P", "Kennzahl Z", "Ausgeschlossen", "Grund",
                    "Losentscheid"}) {
                zelle(kr, c++, s, kopf);
            }
            for (Wertungsrechner.Rang rang : ergebnis.rangfolge()) {
                Row row = rangfolge.createRow(r++);
                if (rang.rang() != null) {
                    row.createCell(0).setCellValue(rang.rang());
                }
                row.createCell(1).setCellValue(rang.bieter());
                row.createCell(2).setCellValue(rang.leistung().doubleValue());
                row.createCell(3).setCellValue(rang.preis().doubleValue());
                if (rang.kennzahl() != null) {
                    row.createCell(4).setCellValue(rang.kennzahl().doubleValue());
                }
                row.createCell(5).setCellValue(rang.ausgeschlossen() ? "ja" : "nein");
                if (rang.grund() != null) {
                    row.createCell(6).setCellValue(rang.grund());
                }
                row.createCell(7).setCellValue(rang.losentscheid() ? "ja" : "nein");
            }
            Row zuschlag = rangfolge.createRow(r + 1);
            zuschlag.createCell(0).setCellValue("Zuschlag");
            zuschlag.createCell(1).setCellValue(ergebnis.zuschlag() != null ? ergebnis.zuschlag()
                    : ergebnis.losentscheid() ? "Losentscheid erforderlich" : "kein zuschlagsfähiges Angebot");
            for (Sheet s : List.of(matrix, begruendungen, rangfolge)) {
                s.createFreezePane(0, s == matrix ? 2 : 1);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void zelle(Row row, int spalte, String text, CellStyle stil) {
        row.createCell(spalte).setCellValue(text);
        row.getCell(spalte).setCellStyle(stil);
    }

    private static double zahl(Bruch b) {
        return b.gerundet(4).doubleValue();
    }
}
