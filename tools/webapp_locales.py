#!/usr/bin/env python3
"""Writes the German translations of Tasklist, Cockpit, Admin and Welcome (locales/de.json) into
src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/, where they override the webjar's files.

Base: the de.json that camunda-webapp-webjar 7.24 itself ships (complete for every key of en.json, but with
dates as DD/MM/YYYY and a few labels left English). This script keeps every key of it and changes only what
ABWEICHUNGEN lists, so a new Camunda version is taken over by running it again (it fails on a key that
en.json no longer has). Usage: python3 tools/webapp_locales.py [path/to/camunda-webapp-webjar.jar]
"""
import json
import pathlib
import sys
import zipfile

VERSION = "7.24.0"
APPS = ["tasklist", "cockpit", "admin", "welcome"]
ZIEL = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/META-INF/resources/webjars/camunda/app"

# dates as people in German offices write them (DIN 5008: TT.MM.JJJJ), weeks from Monday (ISO 8601)
DATUM = {
    "longDateFormat": {
        "LT": "HH:mm",
        "L": "DD.MM.YYYY",
        "LL": "D. MMMM YYYY",
        "LLL": "D. MMMM YYYY, HH:mm [Uhr]",
        "LLLL": "dddd, D. MMMM YYYY, HH:mm [Uhr]",
    },
    "calendar": {
        "lastDay": "[gestern um] LT [Uhr]",
        "sameDay": "[heute um] LT [Uhr]",
        "nextDay": "[morgen um] LT [Uhr]",
        "lastWeek": "[letzten] dddd [um] LT [Uhr]",
        "nextWeek": "dddd [um] LT [Uhr]",
        "sameElse": "L",
    },
    "weekdaysShort": ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."],
    "weekdaysMin": ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
    "week": {"dow": 1, "doy": 4},
}

# labels the shipped de.json leaves English or gets wrong, for all apps (only keys an app has are changed)
LABELS = {
    "CASE_VARIABLE": "Fallvariable",
    "TASK_VARIABLE": "Aufgabenvariable",
    "DOWNLOAD": "Herunterladen",
    # shown also right after the user completed the task: "gelöscht" (the shipped text) says something else
    "TASK_HAS_BEEN_REMOVED": "Diese Aufgabe ist nicht mehr offen (erledigt oder zurückgezogen).",
    "NO_TASK_FORM": "",
}


def lesen(jar, app, sprache):
    with zipfile.ZipFile(jar) as z:
        roh = z.read(f"META-INF/resources/webjars/camunda/app/{app}/locales/{sprache}.json")
    return json.loads(roh.decode("utf-8-sig"))


def main():
    jar = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path.home() / (
        f".m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/{VERSION}/camunda-webapp-webjar-{VERSION}.jar")
    for app in APPS:
        en, de = lesen(jar, app, "en"), lesen(jar, app, "de")
        fehlend = sorted(set(en["labels"]) - set(de["labels"]))
        if fehlend:
            sys.exit(f"{app}: de.json des Webjars hat keine Übersetzung für {fehlend[:10]} ...")
        if "dateLocales" in de:
            for schluessel, wert in DATUM.items():
                if isinstance(wert, dict):
                    de["dateLocales"].setdefault(schluessel, {}).update(wert)
                else:
                    de["dateLocales"][schluessel] = wert
        for schluessel, text in LABELS.items():
            if schluessel in de["labels"]:
                de["labels"][schluessel] = text
        ziel = ZIEL / app / "locales" / "de.json"
        ziel.parent.mkdir(parents=True, exist_ok=True)
        ziel.write_text(json.dumps(de, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
        print(f"{ziel.relative_to(ZIEL.parents[5])}: {len(de['labels'])} Texte")


if __name__ == "__main__":
    main()
