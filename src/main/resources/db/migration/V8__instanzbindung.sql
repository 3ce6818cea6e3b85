-- Which procedure, offer, scoring sheet or evaluator an engine instance works on is bound by the domain when the
-- engine creates the instance (or the multi-instance execution), never read back from a process variable that a task,
-- a form or a REST call could set (see docs/bedrohungsmodell.md).
create table instanzbindung (
    ausfuehrung_id    varchar(64) primary key,
    prozessinstanz_id varchar(64) not null,
    vergabe_id        bigint      not null references vergabe (id),
    angebot_id        bigint,
    bewertungsbogen_id bigint,
    bewerter          varchar(64)
);
create index instanzbindung_prozessinstanz on instanzbindung (prozessinstanz_id);
