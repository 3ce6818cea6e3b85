-- Restricted and negotiated procedure (issue 17): what the notice publishes about the participation stage, set at the
-- start; offer deadline and presentation window come only with the invitation to tender, so they may be empty until then.
alter table vergabe alter column angebotsfrist drop not null;
alter table vergabe alter column praesentation_von drop not null;
alter table vergabe alter column praesentation_bis drop not null;
alter table vergabe add column bekanntmachung_am date;
alter table vergabe add column dringlich boolean;
alter table vergabe add column elektronisch boolean;
alter table vergabe add column teilnahmefrist timestamp with time zone;
alter table vergabe add column mindestzahl_bewerber integer;
alter table vergabe add column hoechstzahl_bewerber integer;
alter table vergabe add column auswahlkriterien varchar(4000);
alter table vergabe add column vorbehalt_zuschlag_erstangebote boolean;
alter table vergabe add column vorbehalt_reduzierung boolean;
alter table vergabe add column teilnahme_erst_oeffner varchar(64);
alter table vergabe add column teilnahme_zweit_oeffner varchar(64);
alter table vergabe add column teilnahme_geoeffnet_am timestamp with time zone;
alter table vergabe add column aufforderung_am timestamp with time zone;
