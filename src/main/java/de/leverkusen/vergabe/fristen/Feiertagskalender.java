package de.leverkusen.vergabe.fristen;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days at the authority's seat in the sense of Art. 2 Abs. 2 of Regulation (EEC, Euratom) No 1182/71:
 * every day except Saturdays, Sundays and public holidays. The public holidays of Germany and of one state come
 * from Jollyday, so the calendar follows the law without a hand-kept list (e.g. Corpus Christi and All Saints'
 * Day in North Rhine-Westphalia, Reformation Day in the eastern states).
 */
public final class Feiertagskalender {

    /** Leverkusen lies in North Rhine-Westphalia. */
    public static final String NORDRHEIN_WESTFALEN = "nw";

    private final HolidayManager feiertage;
    private final String bundesland;

    private Feiertagskalender(HolidayManager feiertage, String bundesland) {
        this.feiertage = feiertage;
        this.bundesland = bundesland;
    }

    /**
     * @param bundesland Jollyday's code of the German state (ISO 3166-2 without "DE-", lower case: "nw", "by", "be" ...)
     * @throws IllegalArgumentException for a code Jollyday does not know
     */
    public static Feiertagskalender fuer(String bundesland) {
        HolidayManager feiertage = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
        String code = bundesland == null ? "" : bundesland.trim().toLowerCase(Locale.ROOT);
        Set<String> bekannt = feiertage.getCalendarHierarchy().getChildren().keySet();
        if (!bekannt.contains(code)) {
            throw new IllegalArgumentException("Unbekanntes Bundesland '" + bundesland + "', bekannt sind " + new TreeSet<>(bekannt));
        }
        return new Feiertagskalender(feiertage, code);
    }

    public String bundesland() {
        return bundesland;
    }

    /** A public holiday in Germany as a whole or in this state; observances (e.g. Christmas Eve) do not count. */
    public boolean istFeiertag(LocalDate tag) {
        return feiertage.isHoliday(tag, HolidayType.PUBLIC_HOLIDAY, bundesland);
    }

    public boolean istArbeitstag(LocalDate tag) {
        DayOfWeek wochentag = tag.getDayOfWeek();
        return wochentag != DayOfWeek.SATURDAY && wochentag != DayOfWeek.SUNDAY && !istFeiertag(tag);
    }

    /** The day itself if it is a working day, else the next working day. */
    public LocalDate arbeitstagAbOderNach(LocalDate tag) {
        LocalDate ergebnis = tag;
        while (!istArbeitstag(ergebnis)) {
            ergebnis = ergebnis.plusDays(1);
        }
        return ergebnis;
    }
}
