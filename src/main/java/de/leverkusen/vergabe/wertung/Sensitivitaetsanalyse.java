package de.leverkusen.vergabe.wertung;

import de.leverkusen.vergabe.wertung.Wertungsergebnis.Gewichtsschwelle;
import de.leverkusen.vergabe.wertung.Wertungsergebnis.Preisschwelle;
import de.leverkusen.vergabe.wertung.Wertungsergebnis.Sensitivitaet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How far the published weights and the runner-up's price may move before another offer wins.
 *
 * <p><b>Weights.</b> Weight w_k becomes f x w_k, the other weights stay; with t = |f - 1| every L_i moves linearly:
 * L_i(t) = L_i + s t a_i (a_i = w_k x points of offer i, s = +1 above 1, -1 below). The winner W keeps winning as long
 * as it beats every other offer pairwise. For the simple benchmark, reference and mean methods the pairwise
 * difference of the key figures (for the mean method multiplied by the positive common mean) is linear in t, so the
 * threshold is the smallest root over all rivals, exact. For the median method (the median switches between offers)
 * and the extended method (the decision group changes) the winner is evaluated exactly on a grid of 0.01 from f = 1
 * outwards and the first change is bisected 40 times between two grid points (to about 1e-14); a change that reverts
 * within one grid step would be missed. The price-only method does not depend on weights.
 *
 * <p><b>Price.</b> Lowering one's own price never makes an offer worse under any of the methods, so the runner-up's
 * highest winning price is found by bisection over whole cents, each step a full exact evaluation (medians and means
 * recomputed with the new price).
 */
final class Sensitivitaetsanalyse {

    private static final Bruch SCHRITT = Bruch.von(1, 100);
    private static final int BISEKTIONEN = 40;
    /** evaluate "just beyond" an exact threshold to name the new winner */
    private static final Bruch DELTA = Bruch.von(BigInteger.ONE, BigInteger.TEN.pow(12));
    private static final Bruch NACH_UNTEN = Bruch.EINS;
    private static final Bruch NACH_OBEN = Bruch.von(2);

    private final Wertungsrechner.Lage lage;
    private final int sieger;
    private final Integer[] reihenfolge;

    Sensitivitaetsanalyse(Wertungsrechner.Lage lage, int sieger, Integer[] reihenfolge) {
        this.lage = lage;
        this.sieger = sieger;
        this.reihenfolge = reihenfolge;
    }

    Sensitivitaet analysieren() {
        if (sieger < 0 || lage.n < 2) {
            return new Sensitivitaet(List.of(), null);
        }
        List<Gewichtsschwelle> gewichte = new ArrayList<>();
        for (int k = 0; k < lage.bKriterien.size(); k++) {
            gewichte.add(gewicht(k));
        }
        return new Sensitivitaet(gewichte, preisschwelle());
    }

    private boolean exakt() {
        return switch (lage.p.methode()) {
            case EINFACHE_RICHTWERTMETHODE, REFERENZWERTMETHODE, MITTELWERTMETHODE, NUR_PREIS -> true;
            case MEDIANMETHODE, ERWEITERTE_RICHTWERTMETHODE -> false;
        };
    }

    Gewichtsschwelle gewicht(int k) {
        String id = lage.bKriterien.get(k).id();
        if (lage.p.methode() == Wertungsmethode.NUR_PREIS) {
            return new Gewichtsschwelle(id, null, null, null, null, null, null, true);
        }
        Schwelle runter = exakt() ? exakteSchwelle(k, -1, NACH_UNTEN) : gesuchteSchwelle(k, -1, NACH_UNTEN);
        Schwelle hoch = exakt() ? exakteSchwelle(k, 1, NACH_OBEN) : gesuchteSchwelle(k, 1, NACH_OBEN);
        BigDecimal fRunter = runter == null ? null : Bruch.EINS.minus(runter.t()).gerundet(6);
        BigDecimal fHoch = hoch == null ? null : Bruch.EINS.plus(hoch.t()).gerundet(6);
        String zRunter = runter == null ? null : runter.bieter();
        String zHoch = hoch == null ? null : hoch.bieter();
        boolean runterNaeher = runter != null && (hoch == null || runter.t().compareTo(hoch.t()) < 0);
        return new Gewichtsschwelle(id, runterNaeher ? fRunter : fHoch, runterNaeher ? zRunter : zHoch,
                fRunter, zRunter, fHoch, zHoch, exakt());
    }

    /** t = |f - 1| of the threshold and who wins just beyond it (null: lots). */
    private record Schwelle(Bruch t, String bieter) {
    }

    private Bruch[] gewichtetePunkte(int k) {
        Bruch[] a = new Bruch[lage.n];
        for (int i = 0; i < lage.n; i++) {
            a[i] = lage.gewichtetePunkte(i, k);
        }
        return a;
    }

    private String bieter(int i) {
        return i < 0 ? null : lage.angebot[i].bieter();
    }

    int siegerBei(Bruch[] a, int s, Bruch t) {
        Bruch[] l = new Bruch[lage.n];
        Bruch st = s < 0 ? t.negiert() : t;
        for (int i = 0; i < lage.n; i++) {
            l[i] = lage.leistung[i].plus(st.mal(a[i]));
        }
        try {
            return lage.auswerten(l, lage.preis).sieger();
        } catch (ArithmeticException e) {
            return -1; // key figure undefined (median/mean of L is 0): no winner
        }
    }

    private Schwelle gesuchteSchwelle(int k, int s, Bruch bis) {
        Bruch[] a = gewichtetePunkte(k);
        Bruch vorher = Bruch.NULL;
        for (Bruch t = SCHRITT; t.compareTo(bis) <= 0; t = t.plus(SCHRITT)) {
            if (siegerBei(a, s, t) != sieger) {
                Bruch lo = vorher;
                Bruch hi = t;
                for (int b = 0; b < BISEKTIONEN; b++) {
                    Bruch mitte = lo.plus(hi).durch(Bruch.von(2));
                    if (siegerBei(a, s, mitte) != sieger) {
                        hi = mitte;
                    } else {
                        lo = mitte;
                    }
                }
                return new Schwelle(hi, bieter(siegerBei(a, s, hi)));
            }
            vorher = t;
        }
        return null;
    }

    /**
     * Every offer's key figure (scaled by a positive factor common to all offers) is Y_i(t) = u_i + s v_i t; a rival j
     * is not behind the winner w from the root of Y_j - Y_w on (or, if the two are identical, from the root of the
     * first tie-rule key that moves). The roots are screened in double precision with a generous error bound; only
     * the rivals whose root may be the smallest are computed exactly, so the result stays exact.
     */
    private Schwelle exakteSchwelle(int k, int s, Bruch bis) {
        int n = lage.n;
        int w = sieger;
        vorbereiten();
        double[] vd = new double[n];
        double ma = 0;
        for (int i = 0; i < n; i++) {
            vd[i] = gewichtD[k] * summeD[i][k] / lage.boegen[i];
            ma += vd[i] / n;
        }
        for (int i = 0; i < n; i++) {
            vd[i] = switch (lage.p.methode()) {
                case EINFACHE_RICHTWERTMETHODE -> vd[i] / preisD[i];
                case REFERENZWERTMETHODE -> gLD * vd[i];
                default -> gLD * vd[i] + gPD * bezugPD / preisD[i] * ma;
            };
        }
        double obergrenze = Double.POSITIVE_INFINITY;
        double[] unten = new double[n];
        boolean[] kandidat = new boolean[n];
        double bisD = bis.gerundet(0).doubleValue();
        for (int j = 0; j < n; j++) {
            if (j == w) {
                continue;
            }
            double dc = uD[j] - uD[w];
            double g = s * (vd[j] - vd[w]);
            double fehlerC = 1e-12 * (Math.abs(uD[j]) + Math.abs(uD[w])) + Double.MIN_NORMAL;
            double fehlerG = 1e-12 * (Math.abs(vd[j]) + Math.abs(vd[w])) + Double.MIN_NORMAL;
            if (g < -fehlerG) {
                continue; // w gains on j in this direction
            }
            if (g <= fehlerG) {
                kandidat[j] = true; // sign unsure: decide exactly
                unten[j] = 0;
                continue;
            }
            double r = Math.max(0, -dc) / g;
            double fehler = (fehlerC + r * fehlerG) / (g - fehlerG) + 1e-12;
            if (r - fehler > bisD) {
                continue;
            }
            kandidat[j] = true;
            unten[j] = r - fehler;
            obergrenze = Math.min(obergrenze, r + fehler);
        }
        Bruch[] a = null;
        Bruch beste = null;
        int besterJ = -1;
        boolean mehrere = false;
        for (int j = 0; j < n; j++) {
            if (!kandidat[j] || unten[j] > obergrenze) {
                continue;
            }
            if (a == null) {
                a = gewichtetePunkte(k);
            }
            Bruch dv = vExakt(j, k, a).minus(vExakt(w, k, a)).mal(Bruch.von(s));
            Bruch r = nichtMehrDahinter(uExakt[j].minus(uExakt[w]), dv, j, w, a, s);
            if (r == null || r.compareTo(bis) > 0) {
                continue;
            }
            // a root exactly at the end of the range counts only if the tie there really changes the winner
            if (r.compareTo(bis) == 0 && siegerBei(a, s, bis) == w) {
                continue;
            }
            int c = beste == null ? -1 : r.compareTo(beste);
            if (c < 0) {
                beste = r;
                besterJ = j;
                mehrere = false;
            } else if (c == 0) {
                mehrere = true;
            }
        }
        if (beste == null) {
            return null;
        }
        // several rivals at the same threshold, a tie at t = 0 or at the end: evaluate who wins just beyond it
        boolean eindeutig = !mehrere && beste.compareTo(bis) < 0 && beste.signum() > 0;
        int neu = eindeutig ? besterJ : siegerBei(a, s, Bruch.min(beste.plus(DELTA), bis));
        return new Schwelle(beste, bieter(neu));
    }

    private Bruch[] uExakt;
    private double[] uD;
    private double[] preisD;
    private double[] gewichtD;
    private double[][] summeD;
    private double gLD;
    private double gPD;
    private double bezugPD;
    private Bruch bezugP;
    private Bruch mittelA;
    private int mittelAFuer = -1;

    /** The k-independent u_i, exact and in double, and double copies of the inputs for screening. */
    private void vorbereiten() {
        if (uExakt != null) {
            return;
        }
        int n = lage.n;
        Wertungsparameter p = lage.p;
        uExakt = new Bruch[n];
        uD = new double[n];
        preisD = new double[n];
        summeD = new double[n][lage.bKriterien.size()];
        gewichtD = lage.bKriterien.stream().mapToDouble(kr -> kr.gewicht().doubleValue()).toArray();
        gLD = p.gewichtLeistung() == null ? 0 : p.gewichtLeistung().doubleValue();
        gPD = p.gewichtPreis() == null ? 0 : p.gewichtPreis().doubleValue();
        Bruch m0 = null;
        if (p.methode() == Wertungsmethode.MITTELWERTMETHODE) {
            bezugP = Wertungsrechner.Lage.mittelwert(lage.preis);
            bezugPD = bezugP.gerundet(20).doubleValue();
            m0 = Wertungsrechner.Lage.mittelwert(lage.leistung);
        }
        for (int i = 0; i < n; i++) {
            preisD[i] = lage.angebot[i].preis().doubleValue();
            for (int k = 0; k < summeD[i].length; k++) {
                summeD[i][k] = lage.punktsumme[i][k].doubleValue();
            }
            uExakt[i] = switch (p.methode()) {
                case EINFACHE_RICHTWERTMETHODE -> lage.leistung[i].durch(lage.preis[i]);
                case REFERENZWERTMETHODE -> Bruch.von(p.gewichtLeistung()).mal(lage.leistung[i])
                        .durch(Bruch.von(p.referenzLeistung()))
                        .plus(Bruch.von(p.gewichtPreis()).mal(Bruch.von(p.referenzPreis())).durch(lage.preis[i]));
                // Z_i(t) x M(t) = gL L_i(t) + gP MP M(t) / P_i with M(t) = M0 + s t Ma, the mean of L(t)
                case MITTELWERTMETHODE -> Bruch.von(p.gewichtLeistung()).mal(lage.leistung[i])
                        .plus(Bruch.von(p.gewichtPreis()).mal(bezugP).mal(m0).durch(lage.preis[i]));
                default -> throw new IllegalStateException("keine geschlossene Lösung für " + p.methode());
            };
            uD[i] = uExakt[i].gerundet(30).doubleValue();
        }
        if (p.methode() == Wertungsmethode.REFERENZWERTMETHODE) {
            gLD = gLD / p.referenzLeistung().doubleValue();
        }
    }

    /** v_i of criterion k (without the direction's sign), exact. */
    private Bruch vExakt(int i, int k, Bruch[] a) {
        Wertungsparameter p = lage.p;
        return switch (p.methode()) {
            case EINFACHE_RICHTWERTMETHODE -> a[i].durch(lage.preis[i]);
            case REFERENZWERTMETHODE -> Bruch.von(p.gewichtLeistung()).durch(Bruch.von(p.referenzLeistung())).mal(a[i]);
            default -> {
                if (mittelAFuer != k) {
                    mittelA = Wertungsrechner.Lage.mittelwert(a);
                    mittelAFuer = k;
                }
                yield Bruch.von(p.gewichtLeistung()).mal(a[i])
                        .plus(Bruch.von(p.gewichtPreis()).mal(bezugP).mal(mittelA).durch(lage.preis[i]));
            }
        };
    }

    /** Smallest t >= 0 from which j is not behind w, given the difference dc + dv t of their key figures. */
    private Bruch nichtMehrDahinter(Bruch dc, Bruch dv, int j, int w, Bruch[] a, int s) {
        if (dv.signum() > 0) {
            return dc.negiert().durch(dv);
        }
        if (dv.signum() < 0 || dc.signum() < 0) {
            return null;
        }
        // identical key figures over the whole range: the tie rule decides
        Gleichstandsregel regel = lage.p.gleichstandsregel();
        if (regel == Gleichstandsregel.LOS) {
            return Bruch.NULL;
        }
        boolean leistungZuerst = regel == Gleichstandsregel.LEISTUNG_DANN_PREIS;
        for (int schluessel = 0; schluessel < 2; schluessel++) {
            boolean leistung = (schluessel == 0) == leistungZuerst;
            if (leistung) {
                Bruch e0 = lage.leistung[j].minus(lage.leistung[w]);
                Bruch e1 = Bruch.von(s).mal(a[j].minus(a[w]));
                if (e1.signum() > 0) {
                    return e0.negiert().durch(e1);
                }
                if (e0.signum() < 0 || e1.signum() < 0) {
                    return null;
                }
            } else {
                int c = lage.preis[j].compareTo(lage.preis[w]);
                if (c != 0) {
                    return c < 0 ? Bruch.NULL : null;
                }
            }
        }
        return Bruch.NULL;
    }

    private Preisschwelle preisschwelle() {
        int r = reihenfolge[1];
        String bieter = lage.angebot[r].bieter();
        BigInteger lo = BigInteger.ONE;
        BigInteger hi = lage.angebot[r].preis().movePointRight(2).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
        if (!gewinntMit(r, lo)) {
            return new Preisschwelle(bieter, null);
        }
        while (hi.subtract(lo).compareTo(BigInteger.ONE) > 0) {
            BigInteger mitte = lo.add(hi).shiftRight(1);
            if (gewinntMit(r, mitte)) {
                lo = mitte;
            } else {
                hi = mitte;
            }
        }
        return new Preisschwelle(bieter, new BigDecimal(lo, 2));
    }

    private boolean gewinntMit(int r, BigInteger cent) {
        Bruch[] preis = lage.preis.clone();
        preis[r] = Bruch.von(cent, BigInteger.valueOf(100));
        try {
            return lage.auswerten(lage.leistung, preis).sieger() == r;
        } catch (ArithmeticException e) {
            return false;
        }
    }
}
