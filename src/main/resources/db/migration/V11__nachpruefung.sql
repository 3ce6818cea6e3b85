-- Review from service (§ 169 GWB) in any stage, the immediate appeal (§§ 171-173 GWB): the dates the award bar
-- depends on are kept with the procedure, not in process variables.
alter table vergabe add column nachpruefung_zugestellt_am date;
alter table vergabe add column kammerentscheidung_zugestellt_am date;
alter table vergabe add column beschwerdefrist_letzter_tag date;
alter table vergabe add column beschwerde_eingelegt_am date;
alter table vergabe add column aufschiebende_wirkung_bis date;
alter table vergabe add column beschwerde_anhaengig boolean default false not null;
alter table vergabe add column beschwerde_stattgegeben boolean default false not null;
