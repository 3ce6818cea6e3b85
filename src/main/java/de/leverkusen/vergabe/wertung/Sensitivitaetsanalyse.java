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
        Bruch[] a = new Bruch[lage.n];
        for (int i = 0; i < lage.n; i++) {
            a[i] = lage.gewichtetePunkte(i, k);
        }
        Bruch runter = schwelle(a, -1, NACH_UNTEN);
        Bruch hoch = schwelle(a, 1, NACH_OBEN);
        String zRunter = runter == null ? null : neuerSieger(a, -1, runter, NACH_UNTEN);
        String zHoch = hoch == null ? null : neuerSieger(a, 1, hoch, NACH_OBEN);
        BigDecimal fRunter = runter == null ? null : Bruch.EINS.minus(runter).gerundet(6);
        BigDecimal fHoch = hoch == null ? null : Bruch.EINS.plus(hoch).gerundet(6);
        boolean runterNaeher = runter != null && (hoch == null || runter.compareTo(hoch) < 0);
        return new Gewichtsschwelle(id, runterNaeher ? fRunter : fHoch, runterNaeher ? zRunter : zHoch,
                fRunter, zRunter, fHoch, zHoch, exakt());
    }

    private String neuerSieger(Bruch[] a, int s, Bruch t, Bruch bis) {
        Bruch jenseits = exakt() ? Bruch.min(t.plus(DELTA), bis) : t;
        int neu = siegerBei(a, s, jenseits);
        return neu < 0 ? null : lage.angebot[neu].bieter();
    }

    /** Smallest t in [0, bis] at (or just beyond) which the winner is no longer the current one; null if none. */
    private Bruch schwelle(Bruch[] a, int s, Bruch bis) {
        return exakt() ? exakteSchwelle(a, s, bis) : gesuchteSchwelle(a, s, bis);
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

    private Bruch gesuchteSchwelle(Bruch[] a, int s, Bruch bis) {
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
                return hi;
            }
            vorher = t;
        }
        return null;
    }

    /**
     * Every offer's key figure (scaled by a positive factor common to all offers) is Y_i(t) = u_i + v_i t; a rival j
     * is not behind the winner w from the root of Y_j - Y_w on (or, if the two are identical, from the root of the
     * first tie-rule key that moves).
     */
    private Bruch exakteSchwelle(Bruch[] a, int s, Bruch bis) {
        int n = lage.n;
        Bruch[] u = new Bruch[n];
        Bruch[] v = new Bruch[n];
        Bruch sign = Bruch.von(s);
        Wertungsparameter p = lage.p;
        switch (p.methode()) {
            case EINFACHE_RICHTWERTMETHODE -> {
                for (int i = 0; i < n; i++) {
                    u[i] = lage.leistung[i].durch(lage.preis[i]);
                    v[i] = sign.mal(a[i]).durch(lage.preis[i]);
                }
            }
            case REFERENZWERTMETHODE -> {
                Bruch gL = Bruch.von(p.gewichtLeistung()).durch(Bruch.von(p.referenzLeistung()));
                Bruch gPref = Bruch.von(p.gewichtPreis()).mal(Bruch.von(p.referenzPreis()));
                for (int i = 0; i < n; i++) {
                    u[i] = gL.mal(lage.leistung[i]).plus(gPref.durch(lage.preis[i]));
                    v[i] = sign.mal(gL).mal(a[i]);
                }
            }
            case MITTELWERTMETHODE -> {
                // Z_i(t) x M(t) = gL L_i(t) + gP MP M(t) / P_i with M(t) = M0 + s t Ma, the mean of L(t)
                Bruch gL = Bruch.von(p.gewichtLeistung());
                Bruch gP = Bruch.von(p.gewichtPreis());
                Bruch m0 = Wertungsrechner.Lage.mittelwert(lage.leistung);
                Bruch ma = Wertungsrechner.Lage.mittelwert(a);
                Bruch mp = Wertungsrechner.Lage.mittelwert(lage.preis);
                for (int i = 0; i < n; i++) {
                    Bruch preisTeil = gP.mal(mp).durch(lage.preis[i]);
                    u[i] = gL.mal(lage.leistung[i]).plus(preisTeil.mal(m0));
                    v[i] = sign.mal(gL.mal(a[i]).plus(preisTeil.mal(ma)));
                }
            }
            default -> throw new IllegalStateException("keine geschlossene Lösung für " + p.methode());
        }
        int w = sieger;
        Bruch beste = null;
        for (int j = 0; j < n; j++) {
            if (j == w) {
                continue;
            }
            Bruch r = nichtMehrDahinter(u[j].minus(u[w]), v[j].minus(v[w]), j, w, a, s);
            if (r != null && r.compareTo(bis) <= 0 && (beste == null || r.compareTo(beste) < 0)) {
                // a root exactly at the end of the range counts only if the tie there really changes the winner
                if (r.compareTo(bis) < 0 || siegerBei(a, s, bis) != w) {
                    beste = r;
                }
            }
        }
        return beste;
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
