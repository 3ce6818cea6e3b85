-- When a procedure ended (closed or cancelled): the application's tables are kept for the retention period from
-- then (vergabe.aufbewahrung.dauer, § 8 Abs. 4 VgV), like the engine's history from the end of the instance.
alter table vergabe add column beendet_am timestamp with time zone;

-- procedures that ended before this version: the last entry of their running record is the end
update vergabe set beendet_am = (select max(v.zeitpunkt) from vermerk v where v.vergabe_id = vergabe.id)
where status in ('ABGESCHLOSSEN', 'AUFGEHOBEN');
