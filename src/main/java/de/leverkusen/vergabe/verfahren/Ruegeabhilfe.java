package de.leverkusen.vergabe.verfahren;

/** Answer to a complaint (form ruege-beantworten): remedied or not. */
public enum Ruegeabhilfe {
    KEINE_ABHILFE, ABHILFE
}
