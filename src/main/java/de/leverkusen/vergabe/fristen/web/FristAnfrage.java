package de.leverkusen.vergabe.fristen.web;

/**
 * Body of {@code POST /api/fristen/berechnen}. Enum and date fields arrive as text so that a wrong value is
 * answered with a message naming the field instead of a parser message.
 */
public record FristAnfrage(String verfahrensart, String ereignis, String datum, Boolean elektronisch, Boolean dringlich,
                           String vorgeschlagenesEnde) {
}
