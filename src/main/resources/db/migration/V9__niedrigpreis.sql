-- Abnormally low offers (§ 60 VgV): why an offer was flagged after the opening, the clarification requested from the
-- bidder in text form with its deadline, the answer, and the decision with reasons (accepted, or excluded under § 60 (3)).
alter table angebot add column niedrigpreis_befund varchar(1000);
alter table angebot add column aufklaerung_fragen varchar(4000);
alter table angebot add column aufklaerung_frist date;
alter table angebot add column aufklaerung_antwort varchar(4000);
alter table angebot add column niedrigpreis_entscheidung varchar(20);
alter table angebot add column niedrigpreis_begruendung varchar(4000);
