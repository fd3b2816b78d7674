"""Reference numbers in agency correspondence: request tracking numbers and appeal numbers.

Two ways to find one, both general rather than per agency:

* a **label** in front of it ("Case Number:", "FOIPA Request No.", "Re: FOIA Request", "assigned control
  number", "Appeal No."), followed by a token with enough digits to be a number and not a date, a sum or
  a statute;
* a **distinctive shape** that needs no label: year-office-serial (``2026-ICFO-31417``), office-year-serial
  (``CBP-FO-2026-087765``, ``F-2026-01234``), serial-suffix (``1654321-000``), letters+long serial
  (``COW2026000123456``) and portal shapes (``P012345-020326``).

A number is an appeal number when its label, or the words just before it, speak of an appeal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foiatrack.intake.text import ABBREVIATION_DOT, DATE_PATTERN

# A number, possibly after a short office prefix and a space ("PRR 26-1402").
# A colon may join its parts, as in the Iowa Public Information Board's "26FC:0017".
# ... and a comma may group its figures after a letter prefix, as New York City's FOIL numbers are written: "Request No.
# F31,046" (only a capital letter right before one to three figures, and three figures after with nothing further:
# never an amount, a count of pages or a date, "12,400 pages", "$1,250.00", "December 1, 2026").
_GROUPING_COMMA = (r"(?:(?<=(?-i:[A-Z])\d)|(?<=(?-i:[A-Z])\d\d)|(?<=(?-i:[A-Z])\d\d\d)),"
                   r"(?=\d{3}(?![\d,.]\d|\d))")
# ... or after an office's initials written in mixed case, a capital, a small letter and capitals, as the Defense
# Commissary Agency and the DoD Education Activity write theirs: "FOIA Case: DeCA 26-0147", "DoDEA 2026-0233".
_TOKEN = (r"(?P<token>#?\s?(?:(?-i:[A-Z]{2,6}|[A-Z][a-z][A-Z]{1,4})[ \t](?=\d))?"
          r"[A-Z0-9](?:[A-Z0-9]|[-/.](?=[A-Z0-9])|:(?=\d)|" + _GROUPING_COMMA + r")*)")
_NOUN = r"(?:number|no\.?|num\.?|#|id)"
_LABEL = re.compile(
    r"(?P<label>"
    # The request's number in a clause after it, the office that gave it named: "his request, which BCoPD logged as
    # PIA-26-3318, for ...", "a FOIA request to the City, which it numbered R26-5518, seeking ..." (first: the bare
    # "request" label would otherwise take "which" for the number)
    r"\brequest\b[^.;]{0,60}?,\s*which\s+(?:[\w.&'\u2019-]+\s+){1,3}?(?:logged|numbered|tracked|recorded|entered)"
    r"(?:\s+(?:it|the\s+request))?(?:\s+(?:as|under))?(?:\s+(?:no\.?|number|#))?(?=\s*[A-Z0-9#][^\s,]*\d)|"
    # A request for records and its number after a comma: "your request for public records, No. 26-3319" (an
    # appeal body naming the request it reviews), "Request for Records # 2026-118".
    r"\brequests?\s+for\s+(?:public\s+)?records\s*,?\s*(?:no\.|number\b|#)|"
    # ... or a request named by its law and its number after a comma, under the initials of the office or the law that
    # numbered it: the DOJ Inspector General's "Subject: Freedom of Information Act Request, OIG No. 27-OIG-0227",
    # Georgia's "Re: Georgia Open Records Act Request, ORA No. 2026-0612" (a number word after the initials, so that no
    # other word in capitals is read as the office's: "Request, USDA granted ...")
    r"\brequest\s*,\s*(?-i:[A-Z]{2,6})\s+(?:no\.|number\b|#)|"
    # ... or a request named by what it asks, the law's words for it, and its number after a comma or a colon: South
    # Dakota's "Re: Written Request for Disclosure, DOC-PRR-26-0177" (SDCL 1-27-37), "Request for Inspection: 26-0412",
    # "Request for Access to Public Records, No. 2026-118" (the number in capitals or figures, not a clause after it)
    r"\brequests?\s+for\s+(?:the\s+)?(?:disclosure|inspection|access|copies)(?:\s+(?:of|to)\s+(?:public\s+)?"
    r"(?:records|documents))?(?=\s*[:,]\s*(?:(?:no\.?|number|#)\s*)?(?-i:[A-Z0-9#]))\s*[:,]?\s*(?:no\.?|number|#)?|"
    # A review of a denial by its own name and number: "Re: Petition for Review PR-26-014", "Request for Review No.
    # 2026-041" (Washington's internal review, Illinois's review by the Public Access Counselor)
    r"\b(?:petition|request)\s+for\s+(?:internal\s+|administrative\s+)?review(?:\s*(?:no\.?|number|#))?(?=\s*[:#]?\s*[A-Z0-9])|"
    r"\b(?:(?:foia?(?:/pa)?\b|foipa|foil|pra|cpra|pia|privacy\s+act|public\s+records|open\s+records|your|our|the)"
    r"\s+)?"
    # (the plural only before a number in square brackets: the DOJ Inspector General's "Subject: Freedom of
    # Information/Privacy Act Requests [20-OIG-171]")
    r"(?:(?:administrative\s+)?appeal|requests(?=\s*\[)|request|case|file|control|reference|"
    # the law's name for the records as the label, its number word after: the KBI's "KBI Open Records No. 26-1187"
    r"(?:open|public)\s+records(?=\s*(?:no\.|number\b|#))|"
    # ... and an order on a petition for the records, by its number: Oregon's "Public Records Order No. 26-41" (the
    # Attorney General's or a district attorney's order under ORS 192.411 or 192.415)
    r"records\s+order(?=\s*(?:no\.|number\b|#))|"
    r"(?:in\s+reply\s+)?refer\s+to|ref\.?|"
    r"tracking|log|matter|ticket|dkt\.?|docket(?!ed\b)|rtkl?|pir|pdr|prr|orr|complaint|petition|opinion|"
    r"confirmation|foia?(?:/pa)?\b|foipa|foil|opra|"
    # the abbreviation of "Freedom of Information Request" as the label: the Illinois State Police's "RE: FOIR
    # #26-4318", "FOIR No. 26-0412"
    r"foia?r\b|"
    # the state law's own abbreviation as the label: Maryland's "PIA No. 26-3318", New Mexico's "IPRA No.",
    # California's "PRA 26-3094 - Response to your request"
    # (a whole word: "PIACB 27-06", a compliance board's number, is no "PIA" label before "CB 27-06"), and Rhode
    # Island's "URI APRA No. 2026-211", and Utah's "WCSO GRAMA No. 26-0933"
    r"(?:m?pia|ipra|cora|kora|foaa|c?pra|apra|grama)(?![a-z]))"
    r"(?:\s+(?:request|case|appeal|control|tracking|reference))?"
    # (a comma may set the number word apart from the name: the SEC's "Re: Appeal, No. 27-00058-APPS")
    rf"(?:\s*(?:,\s*(?=(?:no\.|number\b|#)))?{_NOUN})?"
    # ... and the request named by a pronoun between: "The County granted the Request, assigned it No. 2026-1188"
    # (or the office's initials before the number word: "Your request has been assigned OIG No. 27-OIG-0227")
    rf"|\bassigned\s+(?:(?:the|a|an|following|new|your|request|case|appeal|control|tracking|reference|foia|"
    rf"foipa|file|log|it|(?-i:[A-Z]{{2,6}}))\s+){{0,4}}{_NOUN}"
    # The SEC's "Request No. 26-02291-FOIA, designated on appeal as No. 26-00418-APPS"
    r"|\b(?:designated|docketed|numbered|assigned|renumbered)\s+on\s+appeal\s+as\s+(?:no\.?|number|#)"
    # "it is in our system under 27-FI-HQ-00218", "entered into the FOIA tracking system as 2027-00456": the number a
    # system keeps it under
    r"|\b(?:in|into)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:system|database|queue|log)\s+(?:under|as)"
    r"(?:\s+(?:no\.?|number|#))?(?=\s*[A-Z0-9#])"
    # "Your appeal has been docketed as SPR27/0214", "The petition was registered as No. 26-114"
    r"|\b(?:docketed|designated|numbered|registered)\s+as(?:\s+(?:no\.?|number|#))?(?=\s*[A-Z0-9#])"
    r"|\bre\s*:\s*(?:(?:foia(?:/pa)?|foipa|foil|pra|cpra|public\s+records|open\s+records|privacy\s+act)\s+)*"
    r"(?:(?:request|appeal|case)\s*)?(?:no\.?|number|#)?"
    # "Request No.: 26-1", "your request, 26-1187,", "your FOIL request (No. 2026-0311)", a subject line's "Freedom of
    # Information Act Request [27-OIG-043]"
    # ... and in a table, the label's cell beside the number's: "Records Request: | PRR-26-3318"
    # ... or a dash set between spaces, as a subject line puts it: "Re: Access to Public Records Act Request \u2013
    # DEM-APRA-26-0613" (the letter's text folds the en dash to a hyphen)
    r")\s*(?:[:#,]|(?P<dash>[ \t][-\u2013\u2014](?=[ \t])))?\s*(?:\|\s*)?(?:[(\[]\s*(?:no\.?|number|#)?\s*)?"
    r"(?:is\s+|of\s+|as\s+)?" + _TOKEN,
    re.IGNORECASE,
)
_SHAPES = re.compile(
    # ... and with its one-letter suffix whole: USDA's 2026-FNS-05112-F
    r"\b(?:\d{4}-[A-Z]{2,8}-\d{3,8}(?:-[A-Z](?![\w-]))?"  # 2026-ICFO-31417, 2026-HQFO-00981, 2020-ICAP-00440
    # ... and with a one-letter suffix whole too: DOE's HQ-2027-00344-F
    # ... and with a serial after the office's code whole: NYC OpenRecords' FOIL-2026-810-03127 (year, agency, serial)
    r"|[A-Z]{1,8}(?:-[A-Z]{1,8})*-\d{4}-\d{3,8}(?:-\d{3,8})?(?:-[A-Z](?![\w-]))?"  # CBP-FO-2026-087765, F-2026-01234
    r"|\d{6,8}-\d{3}"                           # FBI 1654321-000
    r"|[A-Z]{3}\d{10,14}"                       # USCIS COW2026000123456
    r"|[A-Z]\d{5,8}-\d{6}"                      # portal requests: P012345-020326
    r"|\d{4}\sPAC\s\d{4,6})\b"                   # Illinois Public Access Counselor: 2026 PAC 81234
)
# A request named by the office's initials and a number sign: "Your Public Records Act request - SFSO #26-2291".
_OFFICE_HASHED = re.compile(r"\brequest\b[^.\n#]{0,24}?\b(?-i:[A-Z]{2,6})\s?#\s?" + _TOKEN, re.IGNORECASE)
# A portal's name glued to the word: "NextRequest No. 26-4417", "NextRequest Number 26-4417".
_PORTAL_NUMBERED = re.compile(r"\b(?-i:[A-Z][a-z]+Request)\s*(?:no\.|number\b)\s*:?\s*" + _TOKEN, re.IGNORECASE)
_HASHED = re.compile(r"(?:request|case|file|ticket|appeal|\bPIR|\bPDR|\bPRR)s?\s*#\s?" + _TOKEN, re.IGNORECASE)
# A request's number after the office it went to: "Re: Your request to the Town of Greenwich, FOI-26-077", "your
# records request to the Boston Police Department (R004417-102026)" (an appeal body's letter naming the request).
_REQUEST_TO_OFFICE = re.compile(r"\b(?i:request)\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w.&'-]*|of|and|for|the)[ \t]+){0,7}"
                                r"[A-Z][\w.&'-]*[ \t]*[,(][ \t]*(?:(?i:no\.?|number|#)[ \t]*)?" + _TOKEN)
# The office's own number without a noun for it: "your request (our #26-0415)", "our no. 26-0415".
_OURS = re.compile(r"\bour\s*(?:#|no\.|number\b)\s*:?\s*" + _TOKEN, re.IGNORECASE)
# A docket number is an appeal body's ("OOR Dkt. AP 2026-0412"), and so is a petition's for review of a denial
# ("Public Records Petition No. 26-PRP-047").
# So is an attorney general's or ombudsman's opinion on a denial ("Attorney General Opinion No. 26-IB21",
# "OPEN RECORDS AND MEETINGS OPINION 2026-O-14"), and an order on a petition ("Public Records Order No. 26-41").
_APPEAL_WORDS = re.compile(r"\bappeal|\bdkt\b|\bdocket|request\s+for\s+review|\bcomplaint|\bpetition|\bopinion|"
                           r"\brecords\s+order\b|"
                           r"\bmediation",
                           re.IGNORECASE)
# An appeals office's own series: CBP-AP-2026-041122, 2026-ICAP-00315, 2026-CGAP-00077.
_APPEAL_OFFICE = re.compile(r"(?:^|-)[A-Z]{0,4}AP-|\sPAC\s")
# "The appeal has been assigned OGC Case number 177204": whatever the label, the number is the appeal's.
_ASSIGNED_TO_APPEAL = re.compile(r"\bappeal\s+(?:\w+\s+){0,3}assigned\s+(?:[\w.]+\s+){0,3}$|"
                                 # "Your appeal of ... was logged on October 30, 2026, and has been given tracking
                                 # number 2027-APP-00017": the appeal, the subject of both verbs
                                 r"\byour\s+(?:[\w-]+\s+){0,2}appeal\b[^.;]{0,160}?\b(?:was|has\s+been)\s+"
                                 r"(?:received|logged|docketed)\b[^.;]{0,80}?,?\s+and\s+(?:has\s+been|was)\s+"
                                 r"(?:assigned|given)\s+(?:[\w.]+\s+){0,3}$|"
                                 # "Your request for mediation came in on November 23, 2026, and we have opened it as
                                 # matter PAO-27-0142", "your complaint ... and it has been docketed as case": the
                                 # appeal taken up by "it" and opened under the number
                                 r"\byour\s+(?:[\w-]+\s+){0,2}(?:appeal|request\s+for\s+(?:review|mediation)|"
                                 r"mediation\s+request|complaint|petition)\b[^.;]{0,160}?\b(?:(?:opened|docketed|logged|"
                                 r"entered|registered)\s+it|it\s+(?:has\s+been|was)\s+(?:opened|docketed|logged|entered|"
                                 r"registered))\s+as\s+(?:[\w.]+\s+){0,2}$", re.IGNORECASE)
# The records a request seeks, named by the case they belong to: "asked for the investigative file in its case number
# 26-044187", "the report for case no. 26-3312" (the police's case, not the request's number).
_RECORDS_OF_CASE = re.compile(r"\b(?:files?|reports?|records?|documents?|footage|videos?|recordings?|photographs?|"
                              # ... or the papers of the case by their kind: "the offense report, supplemental reports
                              # and officer statements in case number 2026-611824"
                              r"materials?|statements?|narratives?|logs?|notes|interviews?)"
                              # ... the list of them closed by a comma, the case named with the office's initials:
                              # "the case file, including reports, photographs and 911 recordings, for GBI Case No.
                              # 25-0044-06-22"
                              r",?\s+(?:in|for|of|from|on|about|concerning|regarding|related\s+to|relating\s+to)\s+"
                              r"(?:(?:its|the|their|his|her|this|that|a|police|criminal|agency|department|"
                              r"(?-i:[A-Z]{2,6}))\s+){0,2}$",
                              re.IGNORECASE)
# ... or named in brackets at the end of what the request seeks: "for records of the Department's investigation of the
# burglary at 1750 Pearl Street (Case No. 26-11873)", "the report on the crash on Route 9 (Incident #26-4471)" (no
# sentence's end between; not the request's own number: "your request (Case No. 2026-FOIA-0012)").
# ... the records' kind last in a list of them: "the investigative report, supplemental reports, scene photographs and
# dispatch audio concerning the fatal collision ... (AST case AK26-044183)"
_CASE_OF_RECORDS_DESCRIBED = re.compile(r"\b(?:files?|reports?|records?|documents?|footage|videos?|recordings?|"
                                        r"photographs?|photos|images|materials?|audio|transcripts?|statements?)"
                                        r"\s+(?:of|for|from|on|about|concerning|regarding|"
                                        # (a month's or a title's dot within: "the Oct. 9, 2026 burglary")
                                        r"related\s+to|relating\s+to)\s+(?:[^.;()]|\.(?=\d)|" + ABBREVIATION_DOT
                                        # (an abbreviation in brackets within: "the Report of Investigation (ROI)")
                                        + r"|\((?-i:[A-Z]{2,6})\)){1,200}(?:\(\s*"
                                        # (the office's initials before the word: "(KBI Case No. 2026-OIS-018)"; or
                                        # the police named by their town and initials, or at length: "(Montclair PD
                                        # case 26-044817)", "(Austin Police Department Case No. 26-1187)"; never the
                                        # request's own case: "(Public Records Case No. 26-118)")
                                        r"(?:(?!(?:public|records?|requests?|open|foia|foil|opra|your|our|appeals?|"
                                        r"review)\b)(?-i:[A-Z][A-Za-z'\u2019.-]*)\s+){0,4}"
                                        r"(?:(?:case|incident)\s*(?:no\.?|number|#)?\s*:?\s*)?|"
                                        # ... or set after them with a comma, the office's initials before the word:
                                        # "a copy of the Report of Investigation (ROI) concerning the death of a
                                        # Soldier at Fort Wainwright, Alaska, in February 2025, CID case number
                                        # 0031-2025-CID241"
                                        r",\s*(?:(?-i:[A-Z]{2,6})\s+)?)$",
                                        re.IGNORECASE)
# ... or named by the parties of the proceeding the records belong to, in the sentence that says what the request
# sought: "That request sought the settlement conference notes ... in Secretary of Labor v. Halloway Steel Erectors,
# LLC, OSHRC Docket No. 24-1187", "you requested the transcript of Roe v. City of Eastfield, Case No. 26-0412" (the
# proceeding's docket, not an appeal's or the request's number; the asking and the caption with no sentence's end
# between, the docket right after the caption's comma).
_SOUGHT_CASE_CAPTION = re.compile(r"\b(?:sought|seeks|seeking|requested|requesting|asked\s+for|asking\s+for)\b"
                                  r"(?:[^.;]|" + ABBREVIATION_DOT + r"){1,300}?\s(?:v\.|vs\.?|versus)\s"
                                  r"(?:[^.;\n]|" + ABBREVIATION_DOT + r"|(?<=\bLLC)\.|(?<=\bInc)\.|(?<=\bCorp)\.|"
                                  r"(?<=\bLtd)\.){1,120}?,\s*"
                                  r"(?:(?-i:[A-Z]{2,8})\s+)?$", re.IGNORECASE)
_PHONE = re.compile(r"^\(?\d{3}\)?[-.]\d{3}[-.]\d{4}$")
# The rest of a caption's line after a file's number, naming the requester as a party to a review: "; City of Grand
# Island; Jane Roe, Petitioner", ", John Doe, Appellant, v. Town of Eastfield", " (Complainant: John Doe)".
# ... or on the caption's lines below it: "PUBLIC RECORDS CASE NO. R-26-017 / ABIGAIL ROE, COMPLAINANT / v. / CITY OF
# PEARL CREEK, RESPONDENT" (the party named after a comma, at the end of its line; or, in capitals, set at the right
# margin as a court's caption sets it: "JOSIAH ROE                         COMPLAINANT", its gap closed when read).
_CAPTION_PARTY = re.compile(r"[ \t]*[,;:(][^\n.]{0,120}?\b(?:petitioner|appellant|complainant)s?\b|"
                            r"[ \t]*\n(?:[^.\n]{0,120}\n){0,3}?[^.\n]{1,100}(?:,[ \t]*|[ \t]{3,}|"
                            r"(?-i:(?<=[A-Z])[ \t]+(?=(?:PETITIONER|APPELLANT|COMPLAINANT)S?[ \t]*(?:\n|$))))"
                            r"(?:petitioner|appellant|complainant)s?"
                            r"[ \t]*,?[ \t]*(?:\n|$)|"
                            # ... or a court's two-column caption, the party's role at the head of a line below its
                            # name, the other column's text after it, and "v." below: "HARRIET ROE  Case No.
                            # 2026-00812PQ" / "Requester  Judge Lisa L. Sadler" / "v.  Special Master ..." (Ohio's Court
                            # of Claims; not a form's field: "Requester: Jane Roe")
                            r"[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*(?:requester|requestor|relator|petitioner|appellant|"
                            r"complainant|plaintiff)s?\b(?![ \t]*[:'\u2019])[^\n]*\n(?:[^\n]*\n){0,3}?"
                            r"[ \t]*vs?\.?(?:[ \t]|\n|$)",
                            re.IGNORECASE)

# ... or a review body's file under the subject line of the petition or complaint it decides, the office's initials
# before the label: "Re: Petition of Jane Roe for Disclosure of Records in the Possession of the Department of
# Corrections" / "DOJ File No. 137-006-GA1842-26" (Oregon's Attorney General), "Re: Inspection of Public Records Act
# Complaint – Doña Ana County Detention Center" / "AG File No. OGD-26-0418" (not under "Re: Your public records
# request": a file there is the request's).
# (the subject may run on to a second line, as a PDF's text layer breaks it)
_UNDER_REVIEW_SUBJECT = re.compile(r"^[ \t]*(?:re|subject)[ \t]*:[^\n]*\b(?:petition|complaint)\b[^\n]*\n"
                                   r"(?:[^\n:]*\S[^\n:]*\n)?[ \t]*(?:(?-i:[A-Z]{2,5})[ \t]+)?\Z",
                                   re.IGNORECASE | re.MULTILINE)

# The end of a sentence: its stop and the space after it (not an abbreviation's: "No. ", "U.S. ").
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\bno)(?<!\bNo)(?<!\bNO)[.!?][\"\u201d)]?\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Reference:
    number: str
    is_appeal: bool
    start: int  # offset in the text
    label: str = ""  # the words before it ("FOIA Request No.", "Ref:"); empty for a number standing alone


def normalise(number: str) -> str:
    """The form numbers are compared in: upper case, no spaces or leading '#'."""
    return re.sub(r"[\s#]", "", number).upper().strip(".-/")


# "12000 Government Center Parkway": a street number under a letterhead's office name ("Public Affairs - FOIA").
_STREET = re.compile(r"[ \t]+(?:[A-Z][\w.'-]*[ \t]+){1,4}(?:Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Parkway|Pkwy|"
                     r"Drive|Dr\.|Road|Rd\.|Way|Lane|Ln\.|Place|Plaza|Court|Circle|Highway|Hwy|Square|Terrace|Trail)"
                     r"\b")


# A form's edition, its month and year in brackets below or beside the form's name: the NRC's "NRC FORM 464 Part I
# ... FOIA" over "(10-2025)   NRC-2027-000097", "DOJ-361 FORM (09/2023)" (not a number in brackets with no form named
# above it, nor one of other shape: "FOIA (2026-0147)").
_EDITION = re.compile(r"(?:0?[1-9]|1[0-2])[-/](?:19|20)\d{2}")
_FORM_NAMED = re.compile(r"\bform\b", re.IGNORECASE)


def _forms_edition(text: str, start: int, end: int) -> bool:
    return (bool(_EDITION.fullmatch(text[start:end])) and text[start - 1:start] == "(" and text[end:end + 1] == ")"
            and bool(_FORM_NAMED.search(text[max(0, start - 240):start])))


def _plausible(token: str) -> bool:
    digits = sum(ch.isdigit() for ch in token)
    if digits < 4 or len(token) < 5 or _PHONE.match(token):
        return False
    if re.fullmatch(r"(19|20)\d{2}", token) or DATE_PATTERN.fullmatch(token):
        return False
    if re.fullmatch(r"\d+\.\d+(\(\w+\))*", token):  # a statute section: 552.101, 7927.705
        return False
    # ... and one after the state code's short name, read after a label and a comma: "the Michigan FOIA, MCL
    # 15.235(2)(d)", "under the Act, RCW 42.56.520", "the Open Records Act, KRS 61.872"
    # ... or a hyphenated one: "the request for access, SDCL 1-27-37, was denied"
    if re.fullmatch(r"(?:MCL|RCW|KRS|ORS|NRS|HRS|RSA|SDCL|MCA|CRS|ARS|NDCC|RSMo|OCGA|GS)\s?\d+(?:(?:\.\d+)+|"
                    r"(?:-\d+[A-Z]?){1,3}(?:\.\d+)?)[a-z]?(\(\w+\))*", token, re.IGNORECASE):
        return False
    return not re.fullmatch(r"\d{1,3}(,\d{3})+", token)


# A complimentary close on a line of its own, and a line below it that is nothing but a number with letters and digits
# in hyphened parts ("26-IB53").
_CLOSE_LINE = re.compile(r"(?im)^[ \t]*(?:sincerely|respectfully(?:\s+submitted)?|(?:very\s+)?truly\s+yours|"
                         r"yours\s+(?:truly|faithfully)|(?:best\s+|kind\s+)?regards)[ \t]*,?[ \t]*$")
_FOOT_NUMBER_LINE = re.compile(r"(?m)^[ \t]*(?P<token>[A-Z0-9]+(?:-[A-Z0-9]+)+)[ \t]*$")
_APPEAL_NUMBER_AFTER = re.compile(r"[ \t]*\([ \t]*(?:[\w.]+[ \t]+){0,2}appeal[ \t]+(?:no\.?|number|#)", re.IGNORECASE)
# The word "appeal" and a comma or a colon before a number under a label that names no request, and the request's own
# number set after it in brackets or after a semicolon: FERC's "Re: Freedom of Information Act Appeal, FOIA No.
# FY27-A-0007 (Underlying Request FOIA No. FY26-0412)", "Subject: FOIA Appeal: Case No. 2027-AP-014; Original Request
# No. 2026-0418". The first number is the appeal's.
_APPEAL_WORD_BEFORE = re.compile(r"\bappeal[ \t]*[,:][ \t]*$", re.IGNORECASE)
_REQUEST_NUMBER_AFTER = re.compile(r"[ \t]*\n?[ \t]*[(\[;][ \t]*(?:(?:underlying|original|initial|your|the)[ \t]+)?"
                                   r"(?:(?:foia|foil|foipa|public[ \t]+records|open[ \t]+records)[ \t]+)?request\b"
                                   r"(?![ \t]+for\b)", re.IGNORECASE)


# A subject line naming the requester, one to four capitalised words with no figures, then a number of year and serial
# after the office's prefix in capitals, alone to the line's end.
_NAMED_SUBJECT_NUMBER = re.compile(r"(?m)^[ \t]*(?P<label>(?i:re|subject)[ \t]*:[ \t]*)"
                                   # (no word for the request, the law or an appeal among them: "Re: Open Records
                                   # Request ORR 26-0457" is read by its label)
                                   r"(?![^\n]*\b(?i:requests?|records|information|data|appeal|act|law|foia|foil)\b)"
                                   r"(?:[A-Z][A-Za-z.'\u2019-]*,?[ \t]+){1,4}"
                                   r"(?P<token>[A-Z]{2,5}[ \t](?:19|20)?\d{2}-\d{3,8})[ \t]*$")


# An appeal's number of four figures, which its label names as one: the NSA/CSS Appeal Authority's "Appeal No.: 5318",
# "has been assigned Appeal Number 5318", "Appeal # 4471" (a year is never one: "appeal no. 2026" is none).
_SHORT_APPEAL_LABEL = re.compile(r"\bappeal\s*(?:no\.?|number|#)$", re.IGNORECASE)


def _short_appeal_number(label: str, token: str) -> bool:
    return bool(re.fullmatch(r"\d{4}", token)) and not re.fullmatch(r"(19|20)\d{2}", token) and bool(
        _SHORT_APPEAL_LABEL.search(label.strip()))


# A case number cited as precedent, its year of decision in brackets right after it, as a citation gives it: "OHA Case
# No. FIA-20-0013 (2020)", "Docket No. 19-0412 (Mar. 3, 2021)". A request or appeal of the letter is never cited so.
_CITED_DECISION_YEAR = re.compile(r"[ \t]*\((?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+)?(?:19|20)\d{2}\)")


def find_references(text: str) -> list[Reference]:
    """Every tracking or appeal number in *text*, first occurrence first, each number once."""
    found: dict[str, Reference] = {}
    # Where the case numbers of the records sought stand, so that no number shape reads them back.
    records_cases: set[int] = set()
    position = 0
    while match := _LABEL.search(text, position):
        token = match.group("token").lstrip("# ").rstrip(".-/")
        if not (_plausible(token) or _short_appeal_number(match.group("label"), token)) or _STREET.match(
                text, match.end("token")):
            # "Re: FOIA Control Number 26-FI-HQ-03345": a label read too early ("Re: FOIA" before "Control") must
            # not hide the one that follows.
            position = match.start() + 1
            continue
        position = match.end()
        label = match.group("label")
        if _forms_edition(text, match.start("token"), match.start("token") + len(token)):
            continue  # "NRC FORM 464 Part I ... FOIA" over "(10-2025)": the form's edition, no number
        if re.search(r"refer\s+to", label, re.IGNORECASE) and re.fullmatch(r"[A-Z0-9]{1,6}", token):
            # "In Reply Refer To: 024B2": the office's routing symbol (Veterans Affairs, the Navy), no case number.
            continue
        if match.group("dash") and re.search(r"appeal", label, re.IGNORECASE):
            # "Subject: Acknowledgment of FOIA Appeal - 2026-F-09812": the subject names the appeal of the request
            # whose number follows the dash, not the appeal's own number (a dash reads a request's number only)
            continue
        before = text[max(0, match.start() - 40):match.start()]
        if re.match(r"file\b", label, re.IGNORECASE) and re.search(r"(?:\bA-|\balien\s+)$", before, re.IGNORECASE):
            continue  # "(A-File A214-773-908)", "Alien File No. A087-112-334": the person's immigration file
        if _CITED_DECISION_YEAR.match(text, match.start("token") + len(token)) and re.search(
                r"\b(?:case|docket|decision|opinion|order)\b", label, re.IGNORECASE):
            # "See, e.g., Food & Water Watch, OHA Case No. FIA-20-0013 (2020)": a decision cited, not this one (and
            # no number shape reads it back)
            records_cases.add(match.start("token"))
            continue
        if _in_quoted_request(text, match.start()):
            continue  # "... you requested "the complete file ... for Log No. 2026-0004471."": the records' number
        if _RECORDS_OF_CASE.search(text[max(0, match.start() - 80):match.start()]) and re.match(
                r"(?:the\s+)?(?:case|file|matter|incident)\b", label, re.IGNORECASE):
            continue  # "the investigative file in its case number 26-044187": the records sought, not the request
        if re.match(r"(?:the\s+)?(?:case|docket|matter)\b", label, re.IGNORECASE) and _SOUGHT_CASE_CAPTION.search(
                text[max(0, match.start() - 480):match.start()]):
            records_cases.add(match.start("token"))
            continue  # "... sought the notes in Secretary of Labor v. Halloway, LLC, OSHRC Docket No. 24-1187"
        if re.match(r"(?:the\s+)?(?:case|incident)\b", label, re.IGNORECASE) and _CASE_OF_RECORDS_DESCRIBED.search(
                text[max(0, match.start() - 240):match.start()]):
            # "your request ... for records of the Department's investigation of the October 9, 2026 burglary at 1750
            # Pearl Street (Case No. 26-11873)": the case the records sought belong to, named in brackets after them
            records_cases.add(match.start("token"))
            continue
        # "Re: U APPEAL 27-08": a file series written in capitals, a letter and the word, is part of the number.
        # So in a sentence or a subject: "assigned the file number U APPEAL 27-15", "OIP appeal U APPEAL 27-15" (the
        # capitals standing alone, not a short word: "RE", "NO", "OF").
        series = re.search(r"(?:^|\n|:|\(|(?<=\s))[ \t]*(?!(?:RE|NO|OF|TO|IN|ON|AN|AND|FOR|THE|BY|AT|OR)[ \t])"
                           r"([A-Z]{1,3})[ \t]+$", before)
        # ... not the last word of a heading in capitals: "FREEDOM OF INFORMATION ACT APPEAL DON-NAVY-2027-000058".
        if series and re.search(r"[A-Z]{2,}[ \t]+$", before[:series.start(1)]):
            series = None
        if series and re.fullmatch(r"[A-Z]{4,}", label.strip()):
            token = f"{series.group(1)} {label.strip()} {token}"
        # "Re: FOIA Appeal of CBP-FO-2026-098876": what is appealed is the request, and the number is its.
        appealed = re.search(r"\bappeal\W*of\W*$", text[match.start():match.start("token")], re.IGNORECASE)
        # "Your appeal has been docketed as ...": the number the appeal itself was given.
        named_for_appeal = bool(re.match(r"docketed|designated|numbered|registered", label, re.IGNORECASE)) and bool(
            re.search(r"\b(?:appeal|complaint|petition)\s+(?:\w+\s+){0,3}$", before, re.IGNORECASE))
        # "Your appeal has been assigned No. ...": an appeal's word before "assigned" in the same sentence only, not
        # in the sentence before it ("... and the Office's responses to those complaints. Your request has been
        # assigned tracking number FOIA-2027-0019": the complaints are the records sought, the number the request's)
        is_appeal = named_for_appeal or (bool(_APPEAL_WORDS.search(label)) and not appealed) or (
            label.lower().startswith("assigned") and bool(_APPEAL_WORDS.search(_SENTENCE_END.split(before)[-1]))
        ) or bool(
            _ASSIGNED_TO_APPEAL.search(text[max(0, match.start() - 300):match.start()]))
        # A review body's file named in a caption with the parties, the requester as the one who petitions or appeals:
        # "RE: File No. 26-R-147; City of Grand Island; Jane Roe, Petitioner", "Case No. 26-044, John Doe, Appellant,
        # v. Town of Eastfield": the number is the review's, not the request's.
        if not is_appeal and re.search(r"\b(?:file|case|matter)\b", label, re.IGNORECASE) \
                and (_CAPTION_PARTY.match(text, match.end("token"))
                     or _UNDER_REVIEW_SUBJECT.search(text[max(0, match.start() - 300):match.start()])):
            is_appeal = True
        # "Re: Freedom of Information Act Appeal (FOIA-2026-01877)": an appeal named by the request's own number, a
        # request's word at its head and no number word for the appeal (the FTC decides an appeal under the request's
        # number).
        # ... and so is one of any shape that the letter calls the request's elsewhere: "NRC-2027-000061 -
        # Acknowledgment of FOIA Appeal (NRC-2026-000884)", then "your FOIA request NRC-2026-000884".
        if is_appeal and re.search(r"\bappeal\s*$", label, re.IGNORECASE) and (re.match(
                r"(?:FOIA|FOIL|FOIPA|PRR|ORR|PIR|PDR|RTK|OPRA|REQ)[-\s]?\d", token) or _called_request(text, token)) \
                and text[match.start("token") - 1:match.start("token")] == "(":
            is_appeal = False
        # "Re: FOIA Appeal, DOC-OS-2026-000944 (Appeal No. DOC-OS-2026-002207)": the appeal's own number follows in
        # brackets, so the one after the bare word is the request's.
        if is_appeal and _APPEAL_NUMBER_AFTER.match(text, match.end("token")) and not re.search(
                r"\b(?:no|number|#)\W*$", label, re.IGNORECASE):
            is_appeal = False
        if not is_appeal and not re.search(r"request", label, re.IGNORECASE) and _APPEAL_WORD_BEFORE.search(
                before) and _REQUEST_NUMBER_AFTER.match(text, match.end("token")):
            is_appeal = True
        _add(found, token, is_appeal, match.start("token"), label)
    # Portal names glue the word to the number sign: "NextRequest #26-2210".
    for match in _HASHED.finditer(text):
        token = match.group("token").lstrip("# ").rstrip(".-/")
        if re.match(r"(?:case|incident)\b", match.group(0), re.IGNORECASE) and _CASE_OF_RECORDS_DESCRIBED.search(
                text[max(0, match.start("token") - 260):match.start("token")]):
            continue  # "video footage from the traffic stop on May 3 (Case #26-11873)": the records' case
        if _plausible(token):
            _add(found, token, bool(_APPEAL_WORDS.search(match.group(0))), match.start("token"),
                 match.group(0)[:match.start("token") - match.start()])
    for match in _PORTAL_NUMBERED.finditer(text):
        token = match.group("token").lstrip("# ").rstrip(".-/")
        if _plausible(token):
            _add(found, token, False, match.start("token"), "request no.")
    for match in _OFFICE_HASHED.finditer(text):
        token = match.group("token").lstrip("# ").rstrip(".-/")
        if _plausible(token) and re.search(r"\d", token):
            _add(found, token, False, match.start("token"), "request #")
    for match in _REQUEST_TO_OFFICE.finditer(text):
        token = match.group("token").lstrip("# ").rstrip(".-/")
        if _plausible(token) and re.search(r"\d", token):
            _add(found, token, False, match.start("token"), "request")
    for match in _OURS.finditer(text):
        token = match.group("token").lstrip("# ").rstrip(".-/")
        if _plausible(token):
            _add(found, token, False, match.start("token"), match.group(0)[:match.start("token") - match.start()])
    # A heading line that is nothing but a number ("26-00471") above the salutation.
    head = re.split(r"\n\s*(?:dear|to\s+whom|hello)\b", text, maxsplit=1, flags=re.IGNORECASE)[0]
    # ... or a number after a short office prefix ("ORR 26-0455").
    # ... or such a number with the letter's date set apart at its right ("CRM-301944812 <wide gap> December 1, 2026").
    # The prefix stays with the number: "PIACB 27-06" (a board's opinion) is more than "27-06".
    for match in re.finditer(r"(?m)^[ \t]*(?P<prefix>[A-Z]{2,5}[ \t]+)?#?[ \t]*(?P<token>[A-Z0-9]+(?:[-/][A-Z0-9]+)+)"
                             rf"(?:[ \t]+(?i:{DATE_PATTERN.pattern}))?[ \t]*$", head):
        token = match.group("token")
        if normalise(token) in found:
            continue  # read already, by a label ("FOIA 26-F-1447", "ORR 26-0455")
        if match.group("prefix") and token[0].isdigit():
            token = f"{match.group('prefix').strip()} {token}"
        if _plausible(token):
            _add(found, token, False, match.start("token"))
    # ... or on the subject line after the requester's name, the office's prefix before the number and nothing after
    # it: the City of Philadelphia's "Re: Adebayo-Lindgren CP 2026-3318", "Subject: Jane Roe RTK 26-0412" (not a
    # court's caption: "Re: Commonwealth v. Roe CP 2026-3318" names a docket).
    for match in _NAMED_SUBJECT_NUMBER.finditer(head):
        token = match.group("token")
        if normalise(token) not in found and normalise(token.split()[-1]) not in found and _plausible(token):
            _add(found, token, False, match.start("token"), match.group("label"))
    # ... or at the letter's foot, below its complimentary close: an attorney general's opinion numbered only there
    # ("26-IB53" under the signatures and the copies), never a line that says more ("cc: ...", "DM#8814207").
    closes = list(_CLOSE_LINE.finditer(text))
    if closes:
        foot_start = closes[-1].end()
        for match in _FOOT_NUMBER_LINE.finditer(text, foot_start):
            token = match.group("token")
            if normalise(token) not in found and _plausible(token) and re.search(r"[A-Z]", token) \
                    and re.search(r"\d", token):
                _add(found, token, False, match.start("token"))
    for match in _SHAPES.finditer(text):
        if match.start() in records_cases:
            continue  # "(KBI Case No. 2026-OIS-018)" after the records sought: the case's number, not the request's
        if any(ref.start == match.start() and normalise(ref.number) != normalise(match.group(0))
               and normalise(ref.number).startswith(normalise(match.group(0))) for ref in found.values()):
            continue  # "HQ-2026-00873" inside the labelled "HQ-2026-00873-F"
        tail = re.match(r"[-/][A-Z0-9]+", text[match.end():])
        if tail and normalise(match.group(0) + tail.group(0)) in found:
            continue  # ... and inside a later mention of that same number
        if _in_quoted_request(text, match.start()):
            # 'for "the complete permit file for Department of the Army permit application SAM-2025-00618-JEB, ..."':
            # a number in the requester's own words quoted is the records', as a labelled one there is
            continue
        before = text[max(0, match.start() - 30):match.start()]
        is_appeal = bool(re.search(r"appeal\s*(?:number|no\.?|#)?\s*[:#]?\s*$", before, re.IGNORECASE)) or bool(
            _APPEAL_OFFICE.search(match.group(0)))
        _add(found, match.group(0), is_appeal, match.start())
    # The records themselves numbered as a range ("identified as IC-2026-0388-01 through IC-2026-0388-14", "Bates
    # numbered DOJ-000120 through DOJ-000188"): the first and last of a series of pages or records, never a request.
    ranges = [(m.start(), m.end()) for m in _IDENTIFIER_RANGE.finditer(text) if m.group(1) == m.group(2)]
    return sorted((ref for ref in found.values() if not any(start <= ref.start < end for start, end in ranges)),
                  key=lambda ref: ref.start)


# A scan's OCR misreading a number printed in capitals and figures, in the lower case no such number is printed in: a
# capital I's one stroke read twice ("2027-OIlG-00052" for "2027-OIG-00052"), a figure one read as a small l or i and a
# nought as a small o between figures ("2026-0l12", "26-1o04").
_OCR_DOUBLED_I = re.compile(r"(?<=I)l|l(?=I)")
_OCR_ONE = re.compile(r"(?<=\d)[li](?=\d)")
_OCR_NOUGHT = re.compile(r"(?<=\d)o(?=\d)")


def ocr_repaired(number: str) -> str:
    """*number* as printed, where a scan's OCR put into it one of the lower-case confusions it is known to make (see
    _OCR_DOUBLED_I); unchanged when it has no lower case, or lower case that no known confusion accounts for (a
    number may be printed so: read as it stands rather than guessed at)."""
    if not re.search(r"[a-z]", number):
        return number
    repaired = _OCR_NOUGHT.sub("0", _OCR_ONE.sub("1", _OCR_DOUBLED_I.sub("", number)))
    return number if re.search(r"[a-z]", repaired) else repaired


# Two identifiers of one series joined as the ends of a range, their letters alike: "IC-2026-0388-01 through
# IC-2026-0388-14" (a Freedom of Information Commission's in camera records), "DOJ-000120 to DOJ-000188".
_IDENTIFIER_RANGE = re.compile(r"\b([A-Z]{1,8})-\d[\w-]*\s+(?:through|thru|to)\s+([A-Z]{1,8})-\d[\w-]*")


# The requester's own words quoted after what was asked: 'in which you requested "the complete Complaint Register file
# ... for Log No. 2026-0004471."', 'You asked for: "the report in case number 26-3312"'.
_QUOTE_OPENED_AFTER_ASKING = re.compile(r"\b(?:request(?:ed|ing|s)?|sought|seeking|seeks|asked\s+for|asking\s+for|"
                                        r"ask\s+for|wanted|for)\s*:?\s*$", re.IGNORECASE)


def _in_quoted_request(text: str, start: int) -> bool:
    """Whether *start* is inside a quotation of the records asked for (an open quotation mark, not yet closed, that
    follows the words asking for them), within the same paragraph."""
    window = text[max(0, start - 400):start]
    window = window[window.rfind("\n\n") + 1:] if "\n\n" in window else window
    if window.count('"') % 2 == 0:
        return False
    opened = window.rfind('"')
    return bool(_QUOTE_OPENED_AFTER_ASKING.search(window[:opened]))


def _called_request(text: str, token: str) -> bool:
    """Whether the letter names *token* as the request's own number somewhere: "your FOIA request NRC-2026-000884",
    "Request No. 26-0412" (not a request for review, nor an appeal of it)."""
    return bool(re.search(r"\brequest\s*(?:no\.?|number|#)?\s*:?\s*" + re.escape(token) + r"(?![\w-])", text,
                          re.IGNORECASE))


def _add(found: dict[str, Reference], token: str, is_appeal: bool, start: int, label: str = "") -> None:
    key = normalise(token)
    known = found.get(key)
    if known is None:
        found[key] = Reference(token, is_appeal, start, label.strip())
    elif is_appeal and not known.is_appeal:
        found[key] = Reference(known.number, True, min(known.start, start), label.strip() or known.label)
    elif label.strip() and not known.label:
        found[key] = Reference(known.number, known.is_appeal, known.start, label.strip())


# Labels that say a number is the request's own, not an appeal's.
# ... and a state law's own abbreviation for a request ("PIA No. 26-4471", "CORA No.", "IPRA No."), and an open records
# request's ("identified the request as ORR No. 26-30418").
REQUEST_LABEL = re.compile(r"request|case|control|tracking|foia|foipa|foil|opra|rtk|pir|pdr|prr|\borr\b|file|log|"
                           r"ticket|"
                           r"\b(?:m?pia|ipra|cora|kora|foaa|c?pra|grama)\b", re.IGNORECASE)


# Labels that name the request itself, not a case or file an office opened on it.
_REQUEST_ITSELF = re.compile(r"request|foia|foipa|foil|opra|rtk|pir|pdr|prr|\borr\b|tracking|"
                             r"\b(?:m?pia|ipra|cora|kora|foaa|c?pra|grama)\b", re.IGNORECASE)


def appeal_by_elimination(references: list[Reference]) -> Reference | None:
    """In a letter about an appeal that marks no number as the appeal's: the one number that is not
    labelled as the request's, when another is ("Ref: 26-A-0219-A1 / FOIA Request: 25-F-1902"), or when it
    stands alone as the letter's only number (an appeal body's "SPR26/1877" above the salutation)."""
    if any(ref.is_appeal for ref in references):
        return None
    request = [ref for ref in references if REQUEST_LABEL.search(ref.label)]
    others = [ref for ref in references if ref not in request]
    if not others:
        # "OGC Case No. 182233" beside "FOIA Request No. 26-04470-F": of two labelled numbers, the one not
        # called the request's is the appeal's.
        request = [ref for ref in references if _REQUEST_ITSELF.search(ref.label)]
        others = [ref for ref in references if ref not in request]
        return others[0] if request and len(others) == 1 and others[0].label else None
    if len(others) != 1:
        return None
    other = others[0]
    if request or (len(references) == 1 and not other.label):
        return other
    return None


# A review body's decision captioned as a case between the parties: "MARISOL QUENNEVILLE-ABARA, Petitioner, v. UTAH
# DEPARTMENT OF CORRECTIONS, Respondent", "Jane Roe, Complainant, against Town of Wilton, Respondent".
_PARTIES_CAPTION = re.compile(r"\b(?:petitioner|complainant|appellant)(?:\(s\)|s)?\s*,?\s+"
                              r"(?:v\.|vs\.?|versus|against)\s", re.IGNORECASE)
_CASE_OR_DOCKET_LABEL = re.compile(r"\b(?:case|docket|matter)\b", re.IGNORECASE)


def case_between_parties(references: list[Reference], text: str) -> Reference | None:
    """In a review body's decision captioned as a case between the parties, the letter's only number, labelled as the
    case's or the docket's ("Case No. 26-71" under "..., Petitioner, v. ..., Respondent"): the appeal's, there being
    no request number beside it. Not a number labelled so in a letter with no such caption ("FOIA Case No. 2026-0417"
    in an agency's appeal decision), which is the request's."""
    if len(references) != 1 or references[0].is_appeal or not _PARTIES_CAPTION.search(text):
        return None
    return references[0] if _CASE_OR_DOCKET_LABEL.search(references[0].label) else None


# A review body's docket in the right-hand column of a caption set off by a column of brackets, unlabelled: "DISCLOSURE
# OF PUBLIC RECORDS OF      )      OHE PR 26-11", "v.     )     No. 26-0412" (its capitals a series, then the year and
# the file's count; not a caption's words: ")     FINDINGS OF FACT,").
# ... or by a column of colons, its number after the office's series and "No.": "POLICE DEPARTMENT,      :  DA-RTKL-A
# NO. 2026-014" (a Pennsylvania district attorney's final determination; the colon set apart by a space before it, as
# a scan reads the column, never a label's own colon: "RE: FOIA No. 26-1204"; and a "No." always, so never a line of
# prose).
_CAPTION_DOCKET = re.compile(r"^[^\n]*(?:\)[ \t]{2,}(?i:(?:no\.|number|docket|case|file)[ \t]*:?[ \t]*)?|"
                             r"[ \t]:[ \t]+(?:[A-Z][A-Z-]{1,15}[ \t]+)?(?i:no\.|number|docket\s+no\.)[ \t]*)"
                             r"(?P<docket>(?:[A-Z]{1,6}[ \t]+){0,3}\d{2,4}-\d{1,6})[ \t]*$", re.MULTILINE)


def caption_docket(text: str) -> str | None:
    """The one docket a caption's bracketed column gives (see _CAPTION_DOCKET), or None where there is none or more
    than one."""
    dockets = list(dict.fromkeys(m.group("docket") for m in _CAPTION_DOCKET.finditer(text)))
    return dockets[0] if len(dockets) == 1 else None


_FILING_CODE = re.compile(r"\brefer\s+to\b", re.IGNORECASE)
_CASE_LABEL = re.compile(r"\bcase\b", re.IGNORECASE)
# ... the case the office opened on the request, said just before its number ("Freedom of Information Act Request, NGA
# Case #20260418", "your request, which was assigned case number 0417-2026"), not the case the records sought belong to
# ("the report in Springfield Police case number 2026-0031877").
_REQUESTS_CASE = re.compile(r"\b(?:request|assigned)\b[^.\n]{0,40}$", re.IGNORECASE)
_CASE_OF_RECORDS = re.compile(r"\b(?:police|sheriff|incident|reports?|investigations?|files?|records?|arrest|"
                              r"offense|court)\b[^.\n]{0,30}$", re.IGNORECASE)
# ... and so is the number an office that rules on the request files its own work under, labelled a bare "ID": "Your
# request was assigned ID# 26-061544" in an attorney general's ruling that names the request as "PIR W118402-091426".
_FILE_ID = re.compile(r"(?:^|\bassigned\s+)ID$")
# ... and a number under a bare file label, no word of a request in it ("File No.:", "Our File #", "File Number"), where
# the letter says which number the request itself was given ("Your request has been assigned reference number ...",
# "Your FOIA request was assigned tracking number").
_BARE_FILE_LABEL = re.compile(r"(?:our\s+)?file\s*(?:no\.?|number|#)?\s*:?$", re.IGNORECASE)
# ... or the number the request was given, named as the request's in the body after the subject line has it: "your
# CPRA request received by the CHP on November 16, 2026, and assigned Request No. R018342-111626".
_ASSIGNED_TO_REQUEST = re.compile(r"\brequest\b[^.\n]{0,60}\b(?:assigned|given)\b[^.\n]{0,40}$|"
                                  r"\b(?:assigned|given)\s+(?:(?:the|a|an|your)\s+)?request\s*(?:no\.?|number|#)\s*:?\s*$",
                                  re.IGNORECASE)


def _said_assigned_to_request(text: str, number: str) -> bool:
    """Whether any mention of *number* follows words that say the request was assigned it."""
    return any(_ASSIGNED_TO_REQUEST.search(text[max(0, m.start() - 120):m.start()])
               for m in re.finditer(re.escape(number), text))


def request_numbers_first(references: list[Reference], text: str = "") -> list[Reference]:
    """*references* with an office's filing code ("IN REPLY REFER TO: 84-21000", a mail stop and file series on
    Interior and Navy letterheads) put after a number the letter labels as the request's own ("FOIA Request
    BOR-2027-00045"): the code files the letter, the request's number names the request. Alone, it stays first.
    An office's own file ID ("assigned ID# 26-061544") goes after the request's number too.
    So does a mail code standing alone on a heading line, without a label or a request number's shape ("UCB-6300"
    under the letterhead, before "Freedom of Information Act Request BOR-2026-00912")."""
    named = any(_REQUEST_ITSELF.search(ref.label) and not _FILING_CODE.search(ref.label) for ref in references
                if not ref.is_appeal)
    if any(_said_assigned_to_request(text, ref.number) for ref in references
           if not ref.is_appeal and not _BARE_FILE_LABEL.match(ref.label)):
        # A number under a bare "File No." (the office's filing code, "File No.: 061.A14022" at the head of a
        # California Highway Patrol letter) goes after the number the letter says the request was given ("Your request
        # has been assigned reference number CHP-PRA-26-11873"): the code files the letter, the number names the
        # request. Alone, it stays first.
        filed = [ref for ref in references if not ref.is_appeal and _BARE_FILE_LABEL.match(ref.label)]
        references = [ref for ref in references if ref not in filed] + filed
    if not named:
        # ... and a serial standing alone on a heading line goes after the case number the office gave the request
        # ("U-0917-26/FOIA" above the date, before "Subject: Freedom of Information Act Request, NGA Case #20260418"):
        # the line files the letter, the case number names the request.
        if any(_CASE_LABEL.search(ref.label) and _REQUESTS_CASE.search(text[max(0, ref.start - 80):ref.start])
               and not _CASE_OF_RECORDS.search(text[max(0, ref.start - 80):ref.start])
               for ref in references if not ref.is_appeal):
            bare = [ref for ref in references
                    if not ref.label and not ref.is_appeal and not _SHAPES.fullmatch(ref.number)]
            return [ref for ref in references if ref not in bare] + bare
        return references
    ordered = sorted(references, key=lambda ref: bool(_FILING_CODE.search(ref.label) or _FILE_ID.search(ref.label)))
    bare = [ref for ref in ordered if not ref.label and not ref.is_appeal and not _SHAPES.fullmatch(ref.number)]
    return [ref for ref in ordered if ref not in bare] + bare


def appeal_pieces_last(references: list[Reference]) -> list[Reference]:
    """*references* with a number that is only a piece of an appeal's number read whole ("2027-APP-00012" within
    "Appeal, DLA-2027-APP-00012 (FOIA Case DLA-2026-HQ-004417)") put after the request's own numbers: it names the
    appeal, not the request. It is kept, last, for a letter that prints no other number."""
    appeals = [(ref.start, ref.start + len(ref.number)) for ref in references if ref.is_appeal]

    def piece(ref: Reference) -> bool:
        end = ref.start + len(ref.number)
        return not ref.is_appeal and any(start <= ref.start and end <= stop and (start, stop) != (ref.start, end)
                                         for start, stop in appeals)

    return sorted(references, key=piece)


_OPINION_LABEL = re.compile(r"\bopinion\b", re.IGNORECASE)


def appeal_files_first(references: list[Reference]) -> list[Reference]:
    """*references* with an opinion's own number ("PUBLIC ACCESS OPINION 26-011", "Attorney General Opinion No.
    26-IB21") put after the number of the appeal it decides, where the letter gives both ("(Request for Review 2026
    PAC 87455)"): the appeal is tracked by its file, the opinion is what it was decided by. Alone, the opinion's number
    stays the appeal's."""
    def is_opinion(ref: Reference) -> bool:
        return ref.is_appeal and bool(_OPINION_LABEL.search(ref.label)) and not _APPEAL_OFFICE.search(
            f" {ref.number} ")

    if not any(ref.is_appeal and not is_opinion(ref) for ref in references):
        return references
    return sorted(references, key=is_opinion)

