package de.leverkusen.vergabe.aktenabgabe;

/** Text that users typed, made fit for XML 1.0: control characters other than tab and line breaks are not allowed there. */
final class XmlText {

    private XmlText() {
    }

    static String bereinigt(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean erlaubt = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            b.appendCodePoint(erlaubt ? c : 0xFFFD);
        });
        return b.toString();
    }
}
