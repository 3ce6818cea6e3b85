-- A tie at the top that the published tie rule leaves open is decided by lot (§ 127 GWB, published tie rule),
-- recorded by two members of the Vergabestelle: the tied offers, the drawn one, the day and who drew and countersigned.
alter table vergabe add column gleichauf_angebote varchar(400);
alter table vergabe add column los_angebot_id bigint;
alter table vergabe add column los_datum date;
alter table vergabe add column los_gezogen_von varchar(64);
alter table vergabe add column los_gegengezeichnet_von varchar(64);
