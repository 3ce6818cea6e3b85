-- The procedure's stage is the authority on what may happen next (Vergabe.Status, now with every stage of the
-- open procedure); the results the law depends on are recorded here, not read from process variables:
-- the winner of the ranking, the earliest award date after the § 134 GWB standstill and a pending review.
alter table vergabe add column bestbieter_angebot_id bigint;
alter table vergabe add column fruehester_zuschlag date;
alter table vergabe add column nachpruefung_anhaengig boolean default false not null;
