-- The procedure identifier (eForms BT-04) of the contract notice, entered at set-up and repeated in the award notice.
-- Procedures set up before this column existed have none: their award notice cannot be generated until it is known.
alter table vergabe add column verfahrenskennung varchar(36);
