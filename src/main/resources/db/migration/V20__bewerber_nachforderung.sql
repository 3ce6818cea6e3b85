-- § 56 Abs. 2 VgV for candidates (issue 17 item 1): the Vergabestelle may request missing company documents of a
-- participation request once, with a deadline; the row records what was requested, until when, by whom, and the
-- outcome (received on a day, not complete, or the deadline passed). An open request keeps the candidate undecided.
alter table teilnahmeantrag add column nachgefordert_unterlagen varchar(4000);
alter table teilnahmeantrag add column nachforderungsfrist date;
alter table teilnahmeantrag add column nachgefordert_von varchar(64);
alter table teilnahmeantrag add column nachgefordert_am timestamp with time zone;
-- EINGEGANGEN, NICHT_VOLLSTAENDIG, FRIST_ABGELAUFEN; null while the request is open (or none was made)
alter table teilnahmeantrag add column nachforderung_ausgang varchar(30);
alter table teilnahmeantrag add column unterlagen_eingegangen_am date;
