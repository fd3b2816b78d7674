"""Convert the federal FOIA contacts (YAML, one file per agency) into resources/directory/federal-2017.json.

Run once when the source data changes, with any Python that has PyYAML (the app itself reads only the
JSON, so it needs no YAML parser):

    python scripts/convert_federal_directory.py PATH/TO/federal-foia-contacts-2017 resources/directory/federal-2017.json

What it does, and why:
- Each agency file becomes one entry (key = the agency's abbreviation); each of its components becomes an
  entry whose key is ``AGENCY/slug-of-the-component-name`` (stable, so a later update finds it again) and
  whose parent is the agency. An agency with one component, or whose first component is its own
  headquarters, becomes a single entry carrying that office's contacts.
- People's names are left out: the data's ``foia_officer`` and ``public_liaison`` are dropped, and the
  first lines of ``address_lines`` that hold a person's name or title are removed from the address.
- A component with a generic name ("Office of the Inspector General") is qualified with its agency's name
  so every name in the directory is unique and says what it is.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

SOURCE = ("U.S. General Services Administration (18F), FOIA project contacts data "
          "(github.com/18F/foia, contacts/data), CC0 1.0")
AS_OF = "2017-11"

_HEADQUARTERS = re.compile(
    r"^(headquarters|main office|departmental offices|national headquarters|office of the secretary"
    r"|headquarters & privacy office|usps headquarters office|central office foia/privacy act office)$",
    re.IGNORECASE)
# Words that show a line names an office or a place, not a person.
_OFFICE_WORDS = re.compile(
    r"\b(office|division|branch|bureau|center|centre|department|agency|room|suite|stop|floor|building|foia|"
    r"freedom|information|unit|staff|service|services|program|section|administration|headquarters|mail|box|"
    r"street|records|privacy|disclosure|attn|legal|counsel|general|commission|board|team|group|library|"
    r"management|affairs|region|district|operations|national|federal|u\.s\.|united|states|council|"
    r"directorate|command|institute|authority|corporation|foundation|secretary|plaza|avenue|road|drive|"
    r"ms|mc|ste|rm|bldg)\b|\d|/|\(", re.IGNORECASE)
_TITLE_WORDS = re.compile(
    r"\b(officer|manager|specialist|coordinator|liaison|director|chief|contact|lead|analyst|assistant|"
    r"deputy|acting|supervisor|supervisory|paralegal|attorney|counselor|clerk|representative|"
    r"administrator|advisor|adviser|technician|head)\b", re.IGNORECASE)


# Initials are a poor guess for these; their common abbreviations are used instead.
KNOWN_ABBREVIATIONS = {
    "Centers for Disease Control and Prevention": "CDC",
    "Center for Medicare and Medicaid Services": "CMS",
    "Office of Community Oriented Policing Services": "COPS",
    "National Geospatial-Intelligence Agency": "NGA",
    "Internal Revenue Service - Headquarters Office": "IRS",
    "Office of the Secretary and Joint Staff": "OSD/JS",
}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _person_names(office: dict) -> set[str]:
    names = set()
    for key in ("foia_officer", "public_liaison"):
        person = office.get(key)
        if isinstance(person, dict) and person.get("name"):
            names.add(str(person["name"]).lower().replace(", acting", "").strip())
    return names


def _is_person_or_title(line: str, people: set[str]) -> bool:
    lowered = line.lower().strip()
    if any(name and (name in lowered or lowered in name) for name in people):
        return True
    if _TITLE_WORDS.search(line):
        # "FOIA Officer, Legal Division" is a title; "Office of the Chief Counsel" is an office.
        head = line.split(",")[0]
        return bool(_TITLE_WORDS.search(head)) and not re.search(r"\b(office|division|branch|bureau)\b", head, re.I)
    # A short line of capitalised words with no office word is a person's name ("Jill Eggleston").
    words = line.replace(".", ". ").split()
    return 1 < len(words) <= 5 and not _OFFICE_WORDS.search(line) and all(w[:1].isupper() for w in words)


def _address(office: dict, heading: list[str]) -> str:
    raw = office.get("address") or {}
    if not raw:
        return ""
    people = _person_names(office)
    lines = [str(line).strip() for line in raw.get("address_lines") or [] if str(line).strip()]
    # Titles and names come first; drop them until the first line that names an office or a place.
    kept = []
    for line in lines:
        if _is_person_or_title(line, people):
            continue
        kept.append(line)
    out: list[str] = []
    for line in [*heading, *kept]:
        if line.lower() not in (o.lower() for o in out):
            out.append(line)
    if raw.get("street"):
        out.append(str(raw["street"]).strip())
    place = ", ".join(str(raw[k]).strip() for k in ("city", "state") if raw.get(k))
    if raw.get("zip"):
        place = f"{place} {str(raw['zip']).strip()}".strip()
    if place:
        out.append(place)
    return "\n".join(out)


def _number(text: object) -> float | None:
    try:
        value = float(str(text).replace(",", ""))
    except ValueError:
        return None
    return int(value) if value.is_integer() else round(value, 2)


def _stats(raw: object) -> dict[str, dict[str, float]]:
    stats: dict[str, dict[str, float]] = {}
    for year, figures in (raw or {}).items() if isinstance(raw, dict) else ():
        clean = {k: v for k, v in ((k, _number(v)) for k, v in (figures or {}).items()) if v is not None}
        if clean:
            stats[str(year)] = clean
    return dict(sorted(stats.items()))


def _emails(office: dict) -> list[str]:
    found = []
    for email in office.get("emails") or []:
        email = str(email).strip().rstrip(".")
        if "@" in email and email.lower() not in (e.lower() for e in found):
            found.append(email)
    return found


def _phone(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value or "").strip()


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s,&-]+", name.replace("U.S.", "United States")) if w]
    letters = "".join(w[0] for w in words if w[0].isupper())
    return letters if 3 <= len(letters) <= 6 else ""


def _entry(key: str, name: str, office: dict, *, parent: str | None, abbreviation: str,
           heading: list[str]) -> dict:
    return {
        "key": key,
        "name": name,
        "abbreviation": abbreviation,
        "parent": parent,
        "jurisdiction": "US",
        "mailing_address": _address(office, heading),
        "emails": _emails(office),
        "phone": _phone(office.get("phone")),
        "fax": _phone(office.get("fax")),
        "website": str(office.get("website") or "").strip(),
        "portal_url": str(office.get("request_form") or "").strip(),
        "request_time_stats": _stats(office.get("request_time_stats")),
        "source": SOURCE,
        "as_of": AS_OF,
    }


def convert(folder: Path) -> list[dict]:
    agencies = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.yaml"))]
    counts: dict[str, int] = {}
    for agency in agencies:
        for office in agency["departments"]:
            counts[office["name"].lower()] = counts.get(office["name"].lower(), 0) + 1
    entries: list[dict] = []
    for agency in agencies:
        key = str(agency["abbreviation"]).strip()
        name = str(agency["name"]).strip()
        offices = list(agency["departments"])
        own = None
        if len(offices) == 1 or _HEADQUARTERS.match(offices[0]["name"].strip()) or offices[0]["name"] == name:
            own = offices.pop(0)
        office = dict(own or {})
        # Top-level contacts (a few agencies list them) fill what the headquarters office lacks.
        for field in ("address", "emails", "phone", "fax", "website", "request_form"):
            if not office.get(field) and agency.get(field):
                office[field] = agency[field]
        if not office.get("request_time_stats"):
            office["request_time_stats"] = agency.get("request_time_stats")
        entries.append(_entry(key, name, office, parent=None, abbreviation=key, heading=[name]))
        for component in offices:
            cname = str(component["name"]).strip()
            display = cname
            if not component.get("top_level") or counts[cname.lower()] > 1:
                display = f"{cname}, {name}"
            abbreviation = str(component.get("abbreviation") or "").strip()
            match = re.search(r"\(([A-Z][A-Z&]{1,8})\)\s*$", cname)
            abbreviation = abbreviation or KNOWN_ABBREVIATIONS.get(cname, "")
            if not abbreviation and match:
                abbreviation = match.group(1)
            if not abbreviation and component.get("top_level"):
                abbreviation = _initials(cname)
            heading = [cname] if component.get("top_level") else [name, cname]
            entries.append(_entry(f"{key}/{slug(cname)}", display, component, parent=key,
                                  abbreviation=abbreviation, heading=heading))
    return entries


def main(argv: list[str]) -> int:
    folder, target = Path(argv[1]), Path(argv[2])
    entries = convert(folder)
    names = [e["name"].lower() for e in entries]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise SystemExit(f"duplicate names: {sorted(duplicates)}")
    document = {"source": SOURCE, "as_of": AS_OF, "agencies": entries}
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(entries)} entries -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
