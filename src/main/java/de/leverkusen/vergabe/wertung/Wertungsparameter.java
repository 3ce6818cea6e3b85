package de.leverkusen.vergabe.wertung;

import de.leverkusen.vergabe.verfahren.Eingabefehler;
import java.math.BigDecimal;

/**
 * The published method and its parameters. Only the parameters the method needs are required; {@link #geprueft()}
 * refuses anything else with the field named as in the calculator API.
 */
public record Wertungsparameter(Wertungsmethode methode, BigDecimal schwankungsbreite,
                                Entscheidungskriterium entscheidungskriterium, BigDecimal gewichtLeistung,
                                BigDecimal gewichtPreis, BigDecimal referenzLeistung, BigDecimal referenzPreis,
                                Gleichstandsregel gleichstandsregel) {

    /** UfAB caps the band of the extended benchmark method at 10 %. */
    public static final BigDecimal MAX_SCHWANKUNGSBREITE = new BigDecimal("0.10");

    public static Wertungsparameter einfacheRichtwertmethode() {
        return new Wertungsparameter(Wertungsmethode.EINFACHE_RICHTWERTMETHODE, null, null, null, null, null, null, null);
    }

    public static Wertungsparameter gewichtet(Wertungsmethode methode, String gL, String gP) {
        return new Wertungsparameter(methode, null, null, new BigDecimal(gL), new BigDecimal(gP), null, null, null);
    }

    public Wertungsparameter mitGleichstandsregel(Gleichstandsregel regel) {
        return new Wertungsparameter(methode, schwankungsbreite, entscheidungskriterium, gewichtLeistung, gewichtPreis,
                referenzLeistung, referenzPreis, regel);
    }

    /** The same parameters with the default tie rule filled in; throws {@link Eingabefehler} on invalid values. */
    public Wertungsparameter geprueft() {
        if (methode == null) {
            throw new Eingabefehler("methode", "Pflichtfeld fehlt");
        }
        if (methode == Wertungsmethode.ERWEITERTE_RICHTWERTMETHODE) {
            if (schwankungsbreite == null) {
                throw new Eingabefehler("parameter.schwankungsbreite", "Pflichtfeld der erweiterten Richtwertmethode fehlt");
            }
            if (schwankungsbreite.signum() <= 0 || schwankungsbreite.compareTo(MAX_SCHWANKUNGSBREITE) > 0) {
                throw new Eingabefehler("parameter.schwankungsbreite", "muss größer als 0 und höchstens 0.10 sein, erhalten: "
                        + schwankungsbreite.toPlainString());
            }
            if (entscheidungskriterium == null) {
                throw new Eingabefehler("parameter.entscheidungskriterium", "Pflichtfeld (LEISTUNG oder PREIS) fehlt");
            }
        }
        if (methode.gewichtet()) {
            if (gewichtLeistung == null || gewichtPreis == null) {
                throw new Eingabefehler(gewichtLeistung == null ? "parameter.gewichtLeistung" : "parameter.gewichtPreis",
                        "Pflichtfeld der " + methode + " fehlt");
            }
            if (gewichtLeistung.signum() < 0 || gewichtPreis.signum() < 0
                    || gewichtLeistung.add(gewichtPreis).compareTo(BigDecimal.ONE) != 0) {
                throw new Eingabefehler("parameter.gewichtLeistung", "gewichtLeistung + gewichtPreis muss genau 1 ergeben "
                        + "(beide >= 0), erhalten: " + gewichtLeistung.toPlainString() + " + " + gewichtPreis.toPlainString());
            }
        }
        if (methode == Wertungsmethode.REFERENZWERTMETHODE) {
            if (referenzLeistung == null || referenzLeistung.signum() <= 0) {
                throw new Eingabefehler("parameter.referenzLeistung", "Pflichtfeld, muss größer als 0 sein");
            }
            if (referenzPreis == null || referenzPreis.signum() <= 0) {
                throw new Eingabefehler("parameter.referenzPreis", "Pflichtfeld, muss größer als 0 sein");
            }
        }
        return gleichstandsregel != null ? this : mitGleichstandsregel(Gleichstandsregel.LEISTUNG_DANN_PREIS);
    }
}
