package de.leverkusen.vergabe.wertung;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact rational number (fraction in lowest terms, positive denominator). Rankings are decided on these values;
 * {@link #gerundet(int)} is for display only.
 */
public final class Bruch implements Comparable<Bruch> {

    public static final Bruch NULL = new Bruch(BigInteger.ZERO, BigInteger.ONE);
    public static final Bruch EINS = new Bruch(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger zaehler;
    private final BigInteger nenner;

    private Bruch(BigInteger zaehler, BigInteger nenner) {
        this.zaehler = zaehler;
        this.nenner = nenner;
    }

    public static Bruch von(BigInteger zaehler, BigInteger nenner) {
        if (nenner.signum() == 0) {
            throw new ArithmeticException("Division durch 0");
        }
        if (nenner.signum() < 0) {
            zaehler = zaehler.negate();
            nenner = nenner.negate();
        }
        BigInteger ggt = zaehler.gcd(nenner);
        if (!ggt.equals(BigInteger.ONE) && ggt.signum() != 0) {
            zaehler = zaehler.divide(ggt);
            nenner = nenner.divide(ggt);
        }
        return new Bruch(zaehler, zaehler.signum() == 0 ? BigInteger.ONE : nenner);
    }

    public static Bruch von(long zaehler, long nenner) {
        return von(BigInteger.valueOf(zaehler), BigInteger.valueOf(nenner));
    }

    public static Bruch von(long ganz) {
        return new Bruch(BigInteger.valueOf(ganz), BigInteger.ONE);
    }

    public static Bruch von(BigDecimal wert) {
        return wert.scale() <= 0
                ? new Bruch(wert.toBigIntegerExact(), BigInteger.ONE)
                : von(wert.unscaledValue(), BigInteger.TEN.pow(wert.scale()));
    }

    public Bruch plus(Bruch o) {
        if (nenner.equals(o.nenner)) {
            return von(zaehler.add(o.zaehler), nenner);
        }
        return von(zaehler.multiply(o.nenner).add(o.zaehler.multiply(nenner)), nenner.multiply(o.nenner));
    }

    public Bruch minus(Bruch o) {
        return plus(o.negiert());
    }

    public Bruch mal(Bruch o) {
        return von(zaehler.multiply(o.zaehler), nenner.multiply(o.nenner));
    }

    public Bruch durch(Bruch o) {
        return von(zaehler.multiply(o.nenner), nenner.multiply(o.zaehler));
    }

    public Bruch negiert() {
        return new Bruch(zaehler.negate(), nenner);
    }

    public int signum() {
        return zaehler.signum();
    }

    public BigDecimal gerundet(int stellen) {
        return new BigDecimal(zaehler).divide(new BigDecimal(nenner), stellen, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Bruch o) {
        return zaehler.multiply(o.nenner).compareTo(o.zaehler.multiply(nenner));
    }

    public static Bruch max(Bruch a, Bruch b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static Bruch min(Bruch a, Bruch b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bruch b && zaehler.equals(b.zaehler) && nenner.equals(b.nenner);
    }

    @Override
    public int hashCode() {
        return zaehler.hashCode() * 31 + nenner.hashCode();
    }

    @Override
    public String toString() {
        return nenner.equals(BigInteger.ONE) ? zaehler.toString() : zaehler + "/" + nenner;
    }
}
