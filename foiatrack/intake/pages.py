"""Page counts in a determination: released (in full plus in part) and withheld in full.

Each "N pages" mention in a sentence is read with the words around it: its own clause says the manner
("in full", "in their entirety", "in part", "with redactions"), and the verb is its own or, failing that,
the one of the mention before it ("we are releasing 280 pages in full and 30 pages in part"). A count
that cannot be told apart (say, pages "reviewed") is only a total and never taken for a release.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

# literals.search / .match / .finditer (used below for the patterns most sentences cannot match) run a pattern only
# where the literals every match of it needs (read from the pattern itself) are in the text: the same answers.
from foiatrack.intake import literals
from foiatrack.intake.contractions import spelled_out
from foiatrack.intake.patterns import MADE_BEFORE, NOT_IN_FULL
from foiatrack.intake.text import ABBREVIATION_DOT, COUNT, LEADER, count_value

# A full stop that is no abbreviation's ("No.", "Nos.", "Dept.", "U.S.", matched whatever their case).
_NOT_ABBREVIATED_DOT = r"(?!(?i:" + ABBREVIATION_DOT + r"))\."

# ... nor one inside an initialism naming an office: "the U.S. Forest Service", "the D.C. Metropolitan Police" (but a
# law cited by its initials still ends the clause, a count's own verb coming before it: "redacted from 6 of those pages
# under A.C.A. § 25-19-105(b)(12), as personnel records the disclosure of which ...").
_NOT_CITED = r"(?![A-Z.]*\s*§)"
_INITIALISM_DOT = (rf"(?<!\b[A-Z](?=\.[A-Z]\.{_NOT_CITED}))(?<!\b[A-Z]\.[A-Z](?=\.{_NOT_CITED}))"
                   + _NOT_ABBREVIATED_DOT)
# A number next that may count something, not a record's number written with a dash or slash ("2026-0938", "26/114").
_A_COUNT_NEXT = r"(?=\d)(?!\d+[-/]\d)"

# "37 pages", and "a 37-page report"
_MENTION = re.compile(rf"\b(?P<count>{COUNT})(?:\s+|-(?=pages?\b))"
                      r"(?:additional\s+|more\s+|further\s+|responsive\s+|total\s+|"
                      # ... and pages named by where they are: "Portions of the 14 enclosed pages have been withheld"
                      r"(?:enclosed|attached|accompanying)\s+(?=pages?\b))?"
                      r"(?P<unit>pages?|documents?|records?|files?|of\s+(?:them|these|those|which))\b"
                      # not the size of each part a request is released in: "released in 500 page increments"
                      r"(?!\s+(?:increments?|batches|installments?|instalments?|intervals?|segments?|chunks?)\b)"
                      # ... nor the rate a request is processed at: "released on a rolling basis of 500 pages per
                      # month", "we review 1,000 pages a month", "300 pages each week"
                      r"(?!\s+(?:per|a|an|each|every)\s+(?:calendar\s+|business\s+|working\s+)?(?:month|week|day|year|"
                      r"quarter|fortnight)s?\b)",
                      re.IGNORECASE)
# ... and a release refused: "The remaining 6 pages ... cannot be disclosed to you in any form" (not "cannot be
# released in full", which releases them in part).
# ... or pages "protected in full by" a privilege: "24 pages are protected in full by the deliberative process
# privilege" (not pages "protected in part").
# ... or "held back": "8 pages are being held back in full", "we are holding back 12 pages" (not "held back" a fee).
_WITHHOLD = re.compile(r"withh(?:eld|old|olding)|denied|"
                       r"exempt(?:ed)?\s+(?:in\s+full|in\s+(?:their|its)\s+entirety|from)|"
                       # ... or pages that are exempt under a law named: "The supplemental reports, 33 pages in all,
                       # are exempt under S.C. Code Ann. § 30-4-40(a)(3)(A)", "(12 pages) were exempted pursuant to"
                       # (not a relative clause about what was taken out of them: "redacted from 38 of those pages:
                       # the identities of witnesses, which are exempt under RCW 42.56.240(2)")
                       r"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwho\s)"
                       r"\b(?:are|is|were|was|remains?|being)\s+(?:also\s+|therefore\s+|thus\s+)?exempt(?:ed)?\s+"
                       r"(?:under|pursuant\s+to|by)\b|"
                       r"\b(?:held|holding|hold|kept|keeping|keep)\s+back\b|"
                       # ... or access to them denied: "the Department is denying access to 12 pages, the investigative
                       # summary ..., in their entirety", "denies access to 9 pages"
                       r"\bden(?:y|ies|ying)\s+(?:you\s+)?access\s+to\b|"
                       # ... or pages a law makes confidential, or not subject to disclosure: "the records responsive to
                       # your request, consisting of 214 pages, are confidential and are not subject to disclosure",
                       # "the 18 pages of medical records are not subject to public inspection" (not what is taken out
                       # of pages given: "redacted from 38 of those pages: the addresses, which are confidential")
                       r"(?<!\bwhich\s)(?<!\bthat\s)(?<!\bwho\s)\b(?:are|is|were|was|remains?)\s+(?:also\s+|therefore\s+|"
                       r"thus\s+)?(?:confidential\b(?!\s+(?:informants?|sources?))|not\s+subject\s+to\s+(?:public\s+)?"
                       r"(?:disclosure|inspection|release)\b)|"
                       # ... or pages a declassification review leaves classified: "5 pages remain classified in their
                       # entirety", "Tab A, 9 pages, remains classified" (not pages "no longer" so)
                       r"(?<!\blonger\s)\bremain(?:s|ed)?\s+(?:currently\s+and\s+properly\s+|properly\s+)?classified\b|"
                       r"\bprotected\s+(?:from\s+(?:disclosure|release)\s+)?(?:in\s+(?:full|(?:their|its)\s+entirety)|"
                       r"entirely)\b|"
                       r"\b(?:cannot|can\s+not|could\s+not|will\s+not|may\s+not|must\s+not|shall\s+not)\s+be\s+"
                       r"(?:released|disclosed|provided|produced|furnished|made\s+(?:public|available))\b"
                       r"(?!\s+(?:to\s+you\s+)?in\s+(?:full|(?:their|its)\s+entirety|part))|"
                       # ... and pages not being released: "the other 29 pages ... are not being released" (not
                       # duplicates "not produced again", nor pages "not yet released")
                       r"\bnot\s+(?:being\s+|be\s+|been\s+)?(?:released|disclosed)\b(?!\s+(?:again|yet|until)\b)|"
                       # ... or closed by a law, as Missouri closes records: "The remaining 14 pages ... are an
                       # investigative report that is closed under RSMo § 610.100.2", "12 pages are closed records
                       # pursuant to RSMo § 610.021(3)" (not a request or case closed)
                       r"\b(?:is|are|was|were|remains?)\s+(?:a\s+)?closed(?:\s+records?)?\s+(?:under|pursuant\s+to)\s+"
                       r"(?:RSMo|§|section|sections|Mo\.|the\s+Sunshine)|"
                       # ... or pages closed whole: "Nineteen (19) pages are closed in their entirety"
                       r"\b(?:is|are|was|were|remains?)\s+closed\s+in\s+(?:full|(?:their|its)\s+entirety)\b|"
                       # ... nor open to the public: "the laboratory reports, 41 pages, are not open for inspection"
                       # (not records "not open" yet, nor an office "not open" on a day)
                       r"\b(?:are|is|were|was)\s+not\s+open\s+(?:for|to)\s+(?:public\s+)?inspection\b|"
                       # ... nor provided or produced: "An additional 9 pages ... are private health data ... and have
                       # not been provided" (not pages "not provided again", nor duplicates or pages outside the
                       # request left out)
                       # ... or said of the pages in a clause without its verb: "The 19 pages not provided consist of
                       # the medical examiner's records"
                       r"(?:(?<![\w-])(?:have|has|are|were|was|is)\s+|(?<=\bpages\s)|^\s*)not\s+(?:being\s+|been\s+)?"
                       r"(?:provided|produced|furnished)\b(?!\s+(?:again|yet|until)\b)(?![^.;]*\b(?:duplicat|"
                       r"non-?responsive|not\s+responsive|outside\s+the\s+scope))",
                       re.IGNORECASE)
# Pages in a plain-spoken reply said to carry nothing taken out: "are unredacted", "have no redactions".
_NOTHING_TAKEN_OUT = (r"\b(?:are|is|were|was)\s+(?:completely\s+|entirely\s+|fully\s+)?(?:unredacted|unexpurgated)\b|"
                      r"(?<!\bnot\s)\b(?:have|has|contain|contains|carry|carries|bear|bears)\s+no\s+"
                      r"(?:redactions?|excisions?|deletions?)\b")
# ... never a release denied: "the other 29 pages ... are not being released" withholds them.
_RELEASE = re.compile(r"(?<!\bnot\s)(?<!\bnot\sbeing\s)(?<!\bnot\sbe\s)(?<!\bnot\sbeen\s)"
                      # (not care or services given to the person the records are about: "records of the medical
                      # treatment provided to the inmate", "services furnished to the patient")
                      # (nor the papers attached to a report: "The enclosures to the Report of Investigation, 318 pages
                      # in all", not those of this letter)
                      # (nor an investigation's enclosures by their numbers: "Box 3 (enclosures (62) through (70):
                      # medical treatment records ...): 44 pages.")
                      r"(?:releas|disclos|produc|provid(?!ers?\b)|enclos(?!ures?\s+(?:to|of)\s+(?:the|its|his|her|their)\s+"
                      r"(?!(?:[\w-]+\s+)?(?:letter|response|e-?mail|message|correspondence|reply)\b)|"
                      r"ures?\s*\(\d{1,3}\))|furnish)"
                      r"(?!\w*\s+to\s+(?:the|an?|each|every|this|"
                      r"that)\s+(?:[\w-]+\s+)?(?:inmates?|patients?|prisoners?|detainees?|residents?|offenders?|juveniles?|"
                      r"students?|clients?|decedents?|minors?|child|children)\b(?!['\u2019]))|attached|grant|being\s+sent|available|"
                      # ... or declassified, as a mandatory declassification review gives out what it reviewed: "38
                      # pages are declassified in part", "the 12 pages were declassified in full"
                      r"(?<!\bnot\s)(?<!\bnot\sbeen\s)(?<!\bnot\sbe\s)\bdeclassified\b|"
                      # ... or pages said to have nothing taken out, which go out whole: "Seventy-one of them are
                      # unredacted", "10 have no redactions", "the other 40 contain no deletions"
                      rf"{_NOTHING_TAKEN_OUT}|"
                      # "We are sending you 97 of them"
                      r"\b(?:are|am|is)\s+(?:now\s+|also\s+)?sending\b|"
                      # ... or giving them, or they will be sent to the requester: "We are giving you those 8 pages",
                      # "Those 26 pages will be sent to you by NPS" (not pages sent to another agency)
                      r"\b(?:are|am|is)\s+(?:now\s+|also\s+)?giving\s+you\b|\b(?:will|shall)\s+(?:now\s+)?be\s+"
                      r"(?:sent|given|mailed|e-?mailed)\s+to\s+you\b|"
                      # ... or the office will send them to the requester: "the FOIA Office will send you, under
                      # separate cover, 22 additional pages" (not pages sent elsewhere, "will send 22 pages to the
                      # Department of Justice", nor a bill or notice sent: "will send you an invoice for the 22 pages")
                      r"\b(?:will|shall)\s+(?:now\s+|also\s+|promptly\s+)?send\s+you\b(?!\s+(?:an?\s+|the\s+|our\s+)?"
                      r"(?:[\w-]+\s+)?(?:bill|invoice|estimate|notice|letter|e-?mail|acknowledg\w*|link|password)s?\b)|"
                      # ... or going to the requester: "Forty-one pages go to you untouched", "12 pages are going out to
                      # you today" (not pages that went to another agency)
                      r"\b(?:go|goes|going)\s+(?:out\s+)?to\s+you\b|"
                      # "The 14 responsive pages accompany this letter"
                      r"\baccompan(?:y|ies|ied|ying)\s+(?:this|the|our|my)\s+(?:letter|response|e-?mail|message|"
                      r"correspondence|reply)\b|"
                      # ... or this letter going with them: "This letter accompanies the first installment, consisting
                      # of 86 pages of records", "this e-mail accompanies the 40 pages" (not a letter that went with an
                      # earlier one: "our letter that accompanied the first installment, consisting of 86 pages")
                      r"\b(?:this|the\s+present|the\s+enclosed)\s+(?:letter|response|e-?mail|message|correspondence|reply|"
                      r"notice)\s+(?:also\s+|now\s+)?accompan(?:y|ies)\b|"
                      # "120 pages, has been uploaded to the Public Access Link", "posted to your portal account"
                      r"(?<!you\s)(?<!you\shave\s)upload|\bposted\b|"
                      # "The second batch of records, 212 pages, is now in your portal account"
                      r"\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:in|on)\s+your\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:account|portal|folder|inbox|dashboard)\b|"
                      # "This installment contains 350 pages", "This installment consists of 118 pages"
                      # ... and what is attached: "The attachment consists of 26 pages"
                      r"(?:installment|release|production|batch|tranche|attachment|enclosure)\s+(?:\w+\s+){0,2}"
                      r"(?:contains|includes|"
                      r"consists\s+of|comprises|is\s+made\s+up\s+of)|"
                      # "This second interim response consists of 41 pages"
                      r"\b(?:interim|partial|final)\s+response\s+(?:\w+\s+){0,2}(?:contains|includes|consists\s+of|"
                      r"comprises)|"
                      # "The first installment ... is available for download. It contains 212 pages.", "This is the
                      # first installment ... It consists of 212 pages, from which ... have been redacted."
                      r"^\W*it\s+(?:contains|includes|consists\s+of|comprises|is\s+made\s+up\s+of)",
                      re.IGNORECASE)
# ("consist" and "comprise" count only where a count, or nothing, follows their "of": "consists of 118 pages", not "11
# pages of post orders that consist entirely of security information", what the pages hold)
_TOTAL = re.compile(r"locat|review(?!s\b)|identif|found|processed|responsive|retriev|total|search|"
                    r"(?:consist|compris)(?!\w*\s+(?:\w+\s+)?of\s+(?!(?:a\s+total\s+of\s+|approximately\s+|about\s+|"
                    r"some\s+|over\s+|roughly\s+|nearly\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b))[a-z])",
                    re.IGNORECASE)
# ... or pages given "untouched", "intact", "unredacted": nothing taken out of them.
_FULL = re.compile(r"\bin\s+(?:full|(?:their|its)\s+entirety|whole)\b|\bfull(?:y)?\s+releas|\b(?:untouched|intact|"
                   r"unredacted|unaltered|unexpurgated|unchanged)\b|without\s+(?:any\s+)?"
                   r"(?:redaction|excision|deletion|change|alteration)s?|\bentirely\b|"
                   # ... or "with no redactions": "171 pages are provided with no redactions and 38 pages are provided
                   # with redactions"
                   r"\bwith\s+no\s+(?:redaction|excision|deletion)s?\b|" + _NOTHING_TAKEN_OUT,
                   re.IGNORECASE)
# "in part" (not a part of a form or letter named by its number: "4 pages are withheld in full, as described in Part
# II", "the exemptions marked in Part II.A", "explained in Part 2 below")
_IN_PART_NOT_FORMS = r"\bin\s+part\b(?!(?<=(?-i:Part))\s+(?-i:[IVX]+|\d+|[A-Z])\b)"
# "with redactions", "with certain redactions", "with limited redactions", "with minor deletions" (never "with no
# redactions")
_PART = re.compile(_IN_PART_NOT_FORMS + r"|partial|with\s+(?:(?!no\b|zero\b|out\b)[a-z]+\s+)?"
                   r"(?:redaction|excision|deletion)s?|"
                   # ... or "partly blacked out", "partially masked"
                   r"\b(?:partly|partially|in\s+places)\s+(?:blacked|blanked|masked|obscured|redacted|excised)\b|"
                   # ... or pages that "contain redactions", "bear deletions", "have some excisions" (not "contain no
                   # redactions")
                   r"\b(?<!not\s)(?:contain|contains|containing|bear|bears|bearing|carry|carries|carrying|have|has|"
                   r"having|show|shows|showing)\s+(?:(?:some|minor|limited|a\s+few|several)\s+)?"
                   r"(?:redactions|deletions|excisions)\b|"
                   r"\bredacted\b|portions?\s+(?:of\s+which\s+)?(?:withheld|redacted)|"
                   # ... or with parts "blacked out", "masked", "removed": "39 pages are being released with portions
                   # blacked out"
                   r"\bwith\s+(?:some\s+|certain\s+)?(?:portions?|parts?|passages?|names?|"
                   r"(?:(?!no\b|zero\b|any\b)\w+\s+)?information)\s+(?:blacked|blanked|masked|obscured|removed|redacted|excised)\b|"
                   # ... or given "after blacking out portions", "after redacting some passages"
                   r"\bafter\s+(?:blacking|blanking|masking|redacting|removing|excising|taking)\s+(?:out\s+)?"
                   r"(?:some\s+|certain\s+)?(?:portions?|parts?|passages?|names?|(?:\w+\s+)?information)\b",
                   re.IGNORECASE)

# "14 pages with certain information withheld": released in part, whatever the verb.
# ... whatever words say which: "37 pages with the following information withheld:", "with personal information
# withheld under Exemption 6" (not "with all information withheld").
_WITHHELD_PORTIONS = re.compile(r"^\W*(?:\w+\s+){0,3}with\s+(?:(?!(?:all|no|any|every|the\s+entire)\b)[\w'-]+\s+){0,2}"
                                r"(?:information|portions?|material|"
                                r"text|names|data)\s+(?:\w+\s+)?(?:withheld|redacted|deleted|excised)", re.IGNORECASE)
# "is releasing 214 pages, portions of which have been withheld": released in part too.
# ... or "97 of them, some of which contain redactions".
_PORTIONS_OF_WHICH = re.compile(r"^\W*(?:portions?|parts?|some)\s+of\s+(?:which|them|these|those)\s+(?:(?:\w+\s+){0,2}?"
                                r"(?:withheld|redacted|deleted|excised)|(?:contain|have|include|bear|carry|show)\s+"
                                r"(?:\w+\s+)?(?:redactions|excisions|deletions))", re.IGNORECASE)
# "Information has been withheld from the 14 pages", "names were redacted from 6 pages": something taken out of the
# pages, which themselves go out: released in part.
_WITHHELD_FROM = re.compile(r"\b(?:withheld|redacted|deleted|excised|removed)\s+from\s+(?:each\s+of\s+)?"
                            r"(?:the\s+|these\s+|those\s+|all\s+)?$", re.IGNORECASE)
# A part of the pages counted after it: "Portions of the 13 pages", "parts of these 20 pages", "information on 6 pages",
# "Portions of the enclosed 14 pages", "information on the attached 9 pages".
_PORTIONS_OF_PAGES = re.compile(r"\b(?:portions?|parts?|passages?|information|material|text)\s+(?:\w+\s+)?"
                                r"(?:of|on|in)\s+(?:each\s+of\s+)?(?:the\s+|these\s+|those\s+|all\s+)?"
                                r"(?:(?:remaining|other|enclosed|attached|accompanying|responsive|released|produced)\s+)?$",
                                re.IGNORECASE)
# ... or the pages something is withheld on or from, the verb's object told after them: "We are withholding, on 11
# pages, the personal cellular telephone numbers of employees", "we redacted, from 9 pages, the names of witnesses",
# "We have withheld on 4 pages the account numbers" (not "withholding 11 pages in full").
_WITHHELD_ON = re.compile(r"\b(?:withh(?:eld|old|olds|olding)|redact(?:ed|s|ing)?|delet(?:ed|es|ing)|excis(?:ed|es|ing)"
                          r")\s*,?\s+(?:on|from)\s+(?:each\s+of\s+)?(?:the\s+|these\s+|those\s+|all\s+)?$",
                          re.IGNORECASE)
# Pages numbered from one to another: "(pp. 1-45)", "pages 1 through 45", "Bates pages 101 to 160".
_PAGE_RANGE = re.compile(r"\b(?:pp\.|pages)\s*(?P<first>\d{1,5})\s*(?:-|to|through|thru)\s*(?P<last>\d{1,5})\b"
                         r"(?![-/.]\d)", re.IGNORECASE)


def _range_as_count(match: re.Match[str]) -> str:
    first, last = int(match.group("first")), int(match.group("last"))
    return f"{last - first + 1} pages" if 1 <= first <= last else match.group(0)


# A named record's pages in brackets and what was done with it before: "(4 pages), which was withheld under ...,".
_RELATIVE_RECITAL = re.compile(r"\s*\)\s*,\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                               r"(?:previously\s+|initially\s+|originally\s+)?(?:withheld|redacted|denied|released)\b"
                               r"[^,]*,", re.IGNORECASE)
# A sentence whose counts are of the pages just named: "Of these pages, 44 are released in part and 12 are withheld".
# ... the pages named with what was done to them: "Of the 73 pages we processed, 58 are provided with excisions".
# ... or with the verb alone: "Of the 120 pages located, 100 are released in full".
# ... and the release they were reviewed for: "Of the 300 pages reviewed for this release, 280 are released in full or
# in part and 20 are withheld in full".
_OF_THESE_PAGES = re.compile(r"^\W*of\s+(?:these|those|the|them|which)\b[^,.;]{0,30}?\bpages"
                             r"(?:\s+(?:(?:that\s+|which\s+)?(?:we|it|they|the\s+[\w-]+|this\s+office)\s+"
                             r"(?:have\s+|has\s+|had\s+)?)?(?:processed|reviewed|located|found|identified|examined|"
                             r"retrieved|searched)(?:\s+(?:for|in)\s+(?:this|the\s+(?:present|current))\s+(?:interim\s+)?"
                             r"(?:release|installment|production|response|batch|tranche))?"
                             # ... or with the release they are in alone: "Of the 212 pages in this installment, 203
                             # are released, 88 of them with redactions"
                             r"|\s+(?:in|of)\s+(?:this|the\s+(?:present|current|enclosed))\s+(?:interim\s+)?"
                             r"(?:release|installment|instalment|production|response|batch|tranche))?\s*,",
                             re.IGNORECASE)
# ... and one that opens on a share of them, the counts after it shares too: "Sixty of them are released to you in
# full and twenty-six are released with redactions".
_OF_THEM_OPENING = re.compile(rf"^\W*(?:{COUNT})\s+of\s+(?:them|these|those)\s+(?:are|were|is|have\s+been|has\s+been|"
                              r"will\s+be)\s", re.IGNORECASE)
# ... the count may open the sentence as a share ("Twenty-three of them are ...") or carry a clause saying what its
# pages are ("the remaining two, a witness's statement, are withheld in full").
# ... or says what they carry: "41 of them are released in full and the other 22 have some redactions", "22 contain
# redactions", "the remaining 9 bear excisions".
_CARRY_REDACTIONS = (r"(?:have|has|contain|contains|carry|carries|bear|bears|show|shows)\s+"
                     r"(?:(?!(?:no|zero|any|not|never)\b)[\w-]+\s+){0,2}?"
                     r"(?:redactions?|excisions?|deletions?|(?:information|portions?|text|passages?|names|details)\s+"
                     # ... what was taken out told in a clause of its own: "22 pages contain information that we have
                     # withheld under Exemption 6", "names which were redacted"
                     r"(?:(?:that|which)\s+(?:we\s+|I\s+|the\s+\w+\s+)?(?:have\s+|has\s+|had\s+|was\s+|were\s+)?"
                     r"(?:been\s+)?)?(?:withheld|redacted|blacked\s+out))\b")
# ... or says that they hold exempt information, without saying that they are withheld: "48 pages contain information
# that is exempt from disclosure", "12 pages include material which is exempt", "9 pages contain exempt information"
# (not "contain no exempt information"; read only beside pages released in full in the same sentence).
_CARRY_EXEMPT = (r"(?:contain|contains|include|includes|hold|holds|have|has)\s+(?:(?:some|certain|limited)\s+)?"
                 r"(?:exempt\s+(?:information|material|text|portions?)|(?:information|material|text|portions?)\s+"
                 r"(?:that|which)\s+(?:is|are)\s+exempt)\b(?![^.;]*\b(?:withheld|withholding|denied)\s+in\s+"
                 r"(?:full|(?:their|its)\s+entirety)\b)")
_BARE_COUNT = re.compile(rf"(?<![\w$.,(-])(?P<n>{COUNT})(?:\s+of\s+(?:them|these|those)|,\s+[^,;.\d]{{1,60}},)?\s+"
                         r"(?=(?:are|were|is|have\s+been|has\s+been|will\s+be)\s)", re.IGNORECASE)
# (... the count that carries redactions read only beside pages released in full in the same sentence, the two together
# the pages released: "Of those pages, 37 contain redactions", after "producing 212 pages", is a share of those.)
_BARE_COUNT_CARRYING = re.compile(rf"(?<![\w$.,(-])(?P<n>{COUNT})"
                                  rf"(?:\s+of\s+(?:them|these|those)|,\s+[^,;.\d]{{1,60}},)?"
                                  rf"\s+(?=(?:are|were|is|have\s+been|has\s+been|will\s+be)\s|{_CARRY_REDACTIONS})",
                                  re.IGNORECASE)
_RELEASED_IN_FULL_TOO = re.compile(r"\b(?:released|provided|produced|disclosed|enclosed|attached)\s+(?:to\s+you\s+)?"
                                   r"(?:in\s+(?:full|(?:their|its)\s+entirety)|without\s+(?:any\s+)?redactions?)\b|"
                                   # ... or said to have nothing taken out: "Seventy-one of them are unredacted; the
                                   # other 25 contain redactions"
                                   + _NOTHING_TAKEN_OUT, re.IGNORECASE)


def _bare_counts(sentence: str) -> re.Pattern[str]:
    return _BARE_COUNT_CARRYING if _RELEASED_IN_FULL_TOO.search(sentence) else _BARE_COUNT
# What a search turned up is a total, not a release: "A search of ERO and HSI ... produced 212 pages".
# (the offices searched may be named at length between: "A search of the ICE Office of Professional Responsibility
# (OPR), the ICE Office of Enforcement and Removal Operations (ERO) and the ICE Office of Detention Oversight (ODO) for
# records responsive to your request produced 412 pages")
_SEARCH_PRODUCED = re.compile(r"\bsearch(?:es)?\b[^.;]{0,300}?\b(?:produced|yielded|returned|located|found)\s+"
                              r"(?:a\s+total\s+of\s+|approximately\s+|about\s+)?$", re.IGNORECASE)
# A count's own clause that says its pages are not sent: "23 pages ... are not enclosed again", "were not released to
# you" (not "were released, not withheld").
_NOT_SENT = re.compile(r"\b(?:not|never)\s+(?:(?:being|been|be|yet)\s+){0,2}(?:releas|enclos|provid|produc|disclos|"
                       r"attach|furnish|sent\b|included\b)", re.IGNORECASE)
# A count's own clause that holds its pages back until the requester pays: "the first installment ... (412 pages) had
# been assembled and was available upon payment of the installment fee of $41.20", "118 pages, ready for pickup once
# the fee is paid", "would be released after receipt of your payment" (pages made ready, not given out: a closing for
# the fee never paid recalls them, and gives out none).
_HELD_FOR_PAYMENT = re.compile(r"\b(?:upon|on|after|once|when|following|pending)\s+(?:(?:the\s+)?receipt\s+of\s+)?"
                               r"(?:your\s+|the\s+|full\s+|advance\s+)*(?:payment|pre-?payment|deposit|remittance)\b|"
                               r"\b(?:once|when|after|upon)\s+(?:you\s+(?:have\s+)?pa(?:y|id)\b|(?:the|your|all)\s+"
                               r"(?:[\w-]+\s+)?(?:fees?|charges?|costs?|invoice|balance)\s+(?:is|are|has\s+been|have\s+been)\s+"
                               r"(?:paid|received)\b)", re.IGNORECASE)
# Pages named in an option offered the requester, not a release: "to select the free 500-page or CD release option",
# "you may choose the 100-page paper option" (a choice the requester may make, nothing given out by it).
_OPTION_AFTER_COUNT = re.compile(r"^[^.;,]{0,40}?\b(?:options?|alternatives?)\b", re.IGNORECASE)
_OPTION_CHOSEN_BEFORE = re.compile(r"\b(?:select|selecting|choose|choosing|opt\s+for|opting\s+for|elect)\s+"
                                   r"(?:(?:the|a|an|our|its)\s+)?(?:free\s+)?$", re.IGNORECASE)
# A count's own clause that says its pages only copy others: "17 pages ... are duplicates of pages released to you
# earlier", "were duplicative of the records above", "duplicate those in the first release" (not "are not duplicates").
# ... or found so on review: "15 of those pages were found to be exact duplicates of pages elsewhere in the production",
# "were determined to be duplicates" (not "were found not to be duplicates").
_DUPLICATES = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:are|were|is|was|being)\s+(?!not\b)"
                         r"(?:(?:found|determined|deemed|identified|confirmed)\s+(?:to\s+be|as)\s+)?(?:\w+\s+)?"
                         r"(?:duplicates?|duplicative|exact\s+copies)\b|^\W*(?:\w+\s+)?duplicat(?:e|es|ing)\s+(?:those|the|pages|records|documents|"
                         r"material|what)\b", re.IGNORECASE)
# ... or that they are copies of records given out before: "26 pages are copies of the Notices of Award that we released
# to you in full in our interim response of September 14, 2026", "are copies of e-mails already provided to you" (not
# "are copies of the inspection reports", released now).
_COPIES_OF_EARLIER = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:are|were|is|was|being)\s+(?!not\b)(?:\w+\s+)?copies\s+of\b"
                                r"[^;]*?\b(?:released|provided|produced|sent|disclosed|furnished|enclosed|mailed)\b"
                                rf"[^;]*?{MADE_BEFORE}|^\W*(?:[\w-]+\s+){{0,3}}?(?:are|were|is|was|being)\s+(?!not\b)"
                                rf"(?:\w+\s+)?copies\s+of\b[^;]*?{MADE_BEFORE}[^;]*?\b(?:released|provided|produced|sent|"
                                r"disclosed|furnished|enclosed|mailed)\b", re.IGNORECASE)
# ... or that they are public already, not sent again: "Fifty-two of those pages are routine inspection reports that are
# already available to the public through the APHIS Public Search Tool", "12 pages are already publicly available in
# ADAMS", "were previously published in the Federal Register" (not pages made available now: "are available for
# download", nor "are now available to the public").
_ALREADY_PUBLIC = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:are|were|is|was|being|have\s+been|has\s+been)\s+(?!not\b)"
                             r"[^;]*?\b(?:already|previously)\s+(?:(?:been\s+)?(?:made\s+)?(?:publicly\s+available|"
                             r"available\s+(?:to\s+the\s+public|publicly|online|on\s+(?:the|our|its)\b|in\s+(?:the|our|its|public)\b|"
                             r"through\b)|public\b|published|posted)|(?:been\s+)?made\s+public)", re.IGNORECASE)
# Pages sent to another agency to decide on are neither released nor withheld here: "Eight pages ... that originated
# with the Food and Drug Administration were sent to that agency for a release determination", "14 pages were referred
# to EPA", "the remaining 6 pages have been forwarded to the Department of Defense for review".
_REFERRED_AWAY = re.compile(r"\b(?:were|was|are|is|have\s+been|has\s+been|are\s+being|is\s+being|been)\s+(?:\w+\s+)?"
                            r"(?:referred|sent|forwarded|transferred|routed)\s+(?:back\s+)?to\s+(?:that|another|the\s+"
                            r"originating|the\s+other|(?:the\s+)?(?-i:[A-Z]{2,})\b|the\s+(?:[\w&'-]+\s+){0,6}?(?:agency|department|"
                            r"administration|service|bureau|office|component|commission|board|agencies))",
                            re.IGNORECASE)
# ... and in the active voice, the count between the verb and the agency: "We have therefore sent the 9 pages to CBP's
# FOIA Division", "ICE referred 12 pages to USCIS for direct response", "we are forwarding these 30 pages to the
# Department of State" (not pages sent to you or your counsel: "we have sent the 40 pages to you by e-mail").
# ... the request sent with them: "we have referred your request, together with these 46 pages, to the VA for a
# release determination", "we forwarded your request and the 12 pages of records to the Department of Labor".
# ... or the record named before, taken up as "it" or "them": "the autopsy report originated with AFMES, and we have
# referred it, with 14 pages of photographs, to that office for a direct response to you".
_REFERRING_VERB = re.compile(r"\b(?:referred|referring|refer|sent|sending|forwarded|forwarding|transferred|"
                             r"transferring|routed|routing)\s+(?:(?:(?:your|the|this)\s+(?:[\w-]+\s+)?request|it|them)"
                             r"\s*,?\s+"
                             r"(?:(?:together|along)\s+with|and|with)\s+)?(?:(?:the|these|those|all|its|their|remaining|"
                             r"other|additional|\w+-page)\s+){0,3}$", re.IGNORECASE)
_TO_ANOTHER = re.compile(r"^\s*(?:of\s+[^.;,]{1,60}?)?\s*,?\s*(?:\([^)]*\)\s+)?to\s+(?!you\b|your\b|the\s+requester\b)"
                         r"(?:(?:that|another|the\s+originating|the\s+other)\b|(?:the\s+)?(?-i:[A-Z]{2,})\b|(?:the\s+)?"
                         r"(?:[\w&'\u2019-]+\s+){0,6}?(?:agency|department|administration|service|bureau|office|"
                         r"component|commission|board|division|agencies)\b)", re.IGNORECASE)
# "Enclosed are 58 pages ...": the pages an earlier sentence released, now said to be enclosed.
_ENCLOSED_AGAIN = re.compile(r"\b(?:enclosed|attached)\b[^.;\d]{0,40}$", re.IGNORECASE)

# One page named by itself, the count said a sentence before ("a one-page memorandum ... That page is withheld in its
# entirety"): the page is one, whatever is done with it.
# ... or the one left of a count ("one of the two pages ... may be released ... The remaining page, a TECS record,
# continues to be withheld in full"), what it is set off by commas.
_THAT_PAGE = re.compile(r"^\W*(?:that|this|the)\s+(?:single\s+|one\s+|sole\s+|only\s+|lone\s+)?(?:responsive\s+)?"
                        r"page\b(?=(?:\s+(?:located|found|identified|in\s+question))?"
                        r"(?:\s*,[^,;.]{1,80},)?\s+(?:is|was|has\s+been|will\s+be|continues\s+to\s+be|remains)\b)|"
                        # the one left, only where it is withheld in full
                        r"^\W*the\s+(?:remaining|other|last)\s+page\b(?=(?:\s*,[^,;.]{1,80},)?\s+(?:is|was|has\s+been|"
                        r"continues\s+to\s+be|remains)\s+(?:\w+\s+)?withheld\s+(?:in\s+(?:full|its\s+entirety)|entirely)\b)",
                        re.IGNORECASE)
_THAT_PAGE_WITHHELD = re.compile(r"\b(?:is|was|has\s+been|continues\s+to\s+be|remains)\s+(?:\w+\s+)?withheld\s+"
                                 r"(?:in\s+(?:full|its\s+entirety)|entirely)\b", re.IGNORECASE)

# The pages a fee schedule gives without charge are no release: "the first 100 pages are free".
_FIRST_FREE = re.compile(r"\bfirst\s+$", re.IGNORECASE)
# ... nor is the size past which a release is charged: "you will be charged for any interim release in excess of 100
# pages", "a fee is charged for releases exceeding 100 pages", "charged for any release of more than 250 pages".
_FEE_THRESHOLD = re.compile(r"(?:\bin\s+excess\s+of|\bexceeding|\bbeyond|\b(?:releases?|productions?)\s+of\s+"
                            r"(?:more\s+than|over))\s+$", re.IGNORECASE)
# ... nor the most pages each release of a schedule will hold: "will make releases on a monthly basis of up to 500
# pages", "productions will be made on a rolling basis, no more than 1,000 pages at a time", "in monthly installments
# of up to 300 pages" (the cap before the count, the schedule anywhere in the sentence).
_RELEASE_CAP = re.compile(r"\b(?:up\s+to|no\s+more\s+than|not\s+more\s+than|not\s+to\s+exceed|a\s+maximum\s+of|"
                          r"at\s+most)\s+$", re.IGNORECASE)
_RELEASE_SCHEDULE = re.compile(r"\b(?:monthly|weekly|bi-?weekly|quarterly|rolling|on\s+an?\s+[\w-]+\s+basis|"
                               r"(?:per|each|every|a)\s+(?:\d+\s+days|(?:calendar\s+)?(?:month|week))|at\s+a\s+time|"
                               r"increments?|batches|installments?|instalments?|interim\s+release\s+policy)\b",
                               re.IGNORECASE)
# ... or named as pages of copying: "100 pages of duplication provided at no cost", "100 free pages of copying".
_PAGES_OF_COPYING = re.compile(r"\s*(?:of\s+)?(?:free\s+|complimentary\s+)?(?:duplication|copying|photocopying|"
                               r"reproduction|copies)\b", re.IGNORECASE)
# ... or as the copying of so many pages given without charge: "you are allowed 2 hours of search and the duplication of
# 100 pages at no cost", "reproduction of the first 100 pages is free of charge" (not copies of pages sent: "Enclosed
# please find copies of 164 pages", nor copying charged for: "duplication of 120 pages at $0.15 per page").
_COPYING_OF = re.compile(r"\b(?:duplication|duplicating|copying|photocopying|reproduction|reproducing)\s+of\s+"
                         r"(?:the\s+first\s+|up\s+to\s+|no\s+more\s+than\s+)?$", re.IGNORECASE)
_NO_CHARGE = re.compile(r"free\s+of\s+charge|\bat\s+no\s+(?:cost|charge)|without\s+(?:any\s+)?(?:charge|cost)|"
                        r"\bno\s+(?:cost|charge)\b|\b(?:is|are)\s+free\b|\bfree\s+(?:to\s+you|pages)\b", re.IGNORECASE)
_FEE_TERMS = re.compile(r"free\s+of\s+charge|\bat\s+no\s+(?:cost|charge)|without\s+charge|\bfree\b|\bcharged?\b|"
                        r"\bfees?\b|duplication", re.IGNORECASE)
# "64 pages responsive", "34 pages of public data responsive", "12 pages of records that are responsive"
# ... and the records named by their kind, in a few words: "thirty-eight (38) pages of Tactical Response Reports and
# Officer Battery Reports responsive to your request", "52 pages of dispatch logs responsive" (no count or page between:
# "18 pages of the 40 pages responsive" is a share of a total)
_RESPONSIVE = re.compile(r"\W*(?:of\s+)?(?:the\s+)?(?:public\s+)?(?:(?:records?|documents?|data|information)\s+|"
                         r"(?:(?!(?:pages?|sheets?|which|that|we|you|were|was|are|is|have|has)\b)[A-Za-z'\u2019-]+\s+)"
                         r"{1,8}?)?(?:that\s+(?:are|were)\s+)?responsive", re.IGNORECASE)
# "consisting of 146 pages", "The Department's production consists of 318 pages"
_AMOUNTING = re.compile(r"(?:consisting\s+of|comprising|totall?ing|(?:which\s+)?(?:consists?\s+of|comprises?|totals?))"
                        r"\s*$", re.IGNORECASE)
# ... or said of the records of the clause before, taken up by a pronoun: "; these consist of 4 pages", ", which total
# 31 pages", "; they comprise 12 pages"
_AMOUNT_TAKEN_UP = re.compile(r"(?:[;,]|\band)\s*(?:and\s+)?(?:these|they|those|which|all\s+of\s+(?:which|them|these))"
                              r"\s+(?:(?:records?|documents?|pages?)\s+)?(?:consist\s+of|comprise|total|amount\s+to|"
                              r"make\s+up|run\s+to|come\s+to)\s*$", re.IGNORECASE)
# ... and after the count, what the pages hold: "212 pages, consisting of the incident report package", "9 pages
# comprising the basic information", "212 pages of records, consisting of the investigative summary".
# ... the records named more fully between: "22 pages of additional records responsive to your request, consisting of
# the unusual occurrence report ...".
_CONTENTS_AFTER = re.compile(r"\W*(?:of\s+(?:(?:responsive|public|the|additional|further|more)\s+){0,2}(?:records?|"
                             r"documents?|materials?|information)(?:\s+(?:that\s+(?:are|were)\s+)?responsive\s+to\s+"
                             r"(?:your|the|this)\s+(?:[\w-]+\s+){0,2}?request)?\s*,?\s*)?(?:consisting\s+of|comprising|(?:which|that)\s+(?:consist\s+of|comprise|"
                             r"make\s+up))\s+(?!\d)", re.IGNORECASE)

# ... or, set after a comma, how the pages were processed: "14 pages, re-processed with fewer redactions", "40 pages,
# reviewed again on appeal", "212 pages, processed under both the FOIA and the Privacy Act".
_PROCESSED_AFTER = re.compile(r"\s*,\s*(?:now\s+|since\s+|newly\s+|again\s+)?(?:re-?)?"
                              r"(?:processed|reviewed|examined)\b", re.IGNORECASE)

# A clause after a count that says what the pages are ("each of which is a memorandum providing advice", "which
# are emails discussing ..."), not what is done with them ("which are released in full").
_DESCRIBED = re.compile(r"\W*(?:(?:each|all|both|some|many|most|one|none|several)\s+of\s+)?(?:which|that)\s+"
                        r"(?:is|are|was|were|consists?\s+of|comprises?)\s+(?:an?|the|\d+|(?:internal|draft|confidential|"
                        r"legal|email|e-mail)\w*)\b(?!\s+(?:same|ones?)\b)|"
                        # ... or a phrase saying what they hold, with no verb of theirs: "6 pages, consisting of
                        # post orders attached to the minutes, ...", "comprising", "made up of"
                        # (set off by a comma: "Four pages consisting of a draft are withheld" keeps its verb)
                        r"\s*,\s*(?:consisting\s+of|comprising|made\s+up\s+of)\s|"
                        # ... or what the office did to find them, in a clause with no verb of their own: "Enclosed
                        # please find the 24 pages we located" (not "the 24 pages we located are withheld in full")
                        r"\W*(?:that\s+|which\s+)?(?:we|I|(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:have\s+|had\s+)?"
                        r"(?:located|found|identified|retrieved|gathered|collected)\b"
                        r"(?![^.;]*\b(?:are|is|were|was|have\s+been|has\s+been|will\s+be|being)\s)", re.IGNORECASE)

_DESCRIBED_SET_OFF = re.compile(r"\W*(?:(?:(?:each|all|both|some|most|several)\s+of\s+)?(?:which|that)|"
                                # ... or a phrase saying what they hold: "The remaining 6 pages, consisting of post
                                # orders attached to the minutes, are withheld", "comprising", "made up of"
                                r"consisting\s+of|comprising|containing|made\s+up\s+of|namely)\s+[^,;]*,\s*"
                                r"(?=(?:are|is|were|was|have|has|will|must|shall)\s)", re.IGNORECASE)

# The tail of the words between two counts that governs the second: a new clause ("and", "but", a comma, or
# "which"), an optional subject and auxiliaries, then a release or withholding verb and at most a determiner.
_NEXT_COUNT_VERB = re.compile(
    r"(?:,\s*|\b(?:and|but|while|whereas|of\s+which|of\s+these|of\s+those)\s+)"
    r"(?:(?:we|it|they|the\s+\w+|[A-Z]{2,}[\w-]*|this\s+(?:office|agency|component))\s+)?"
    r"(?:(?:are|is|am|will|shall|be|being|been|have|has|had|were|was|hereby|now|also|then|therefore|only|"
    r"ultimately|partially|currently)\s+)*"
    r"(?:(?:withh|releas|deny|denied|produc|provid|disclos|enclos|grant|furnish)\w*|(?:held|holding|kept|keeping)\s+"
    r"back)\s+"
    r"(?:(?:an?|the|all|remaining|additional|another|only|approximately|about|some)\s+)*$", re.IGNORECASE)

_PAGES_IN_BRACKETS = re.compile(rf"\s*\(\s*(?:{COUNT})\s+(?:total\s+)?pages?\b|"
                                # "one responsive document of 27 pages": the record, then its pages
                                rf"\s+of\s+(?:{COUNT})\s+(?:total\s+)?pages?\b|"
                                # "one responsive record, totaling 23 pages": the pages are the count
                                # ... after a few words on them: "three documents responsive to your request,
                                # totaling 36 pages"; or said by a verb of their own: "The four documents released
                                # today total 63 pages", "the 12 records we are producing comprise 240 pages"
                                rf"(?:\s+[\w' -]{{1,40}}?)?,?\s*(?:totall?ing|consisting\s+of|comprising|"
                                rf"(?:total(?:s|l?ed)?|comprised?|consists?\s+of|amounts?\s+to|amounted\s+to|"
                                rf"come\s+to|comes\s+to|came\s+to))\s+"
                                rf"(?:{COUNT})\s+(?:total\s+)?pages?\b|"
                                # "one responsive record, a draft report of 64 pages": the record named, then its pages
                                rf",\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}of\s+(?:{COUNT})\s+(?:total\s+)?pages?\b|"
                                # ... "one responsive record, a nine-page supervisory memorandum"
                                rf",\s*(?:an?|the)\s+(?:{COUNT})-pages?\b|"
                                # "one record of 9 pages", "one document, 12 pages in length,"
                                rf"\s+of\s+(?:{COUNT})\s+(?:total\s+)?pages?\b|,\s*(?:{COUNT})\s+pages?\b",
                                re.IGNORECASE)
# The records whose pages follow, said before the count of their pages: "one record of ", "two documents, ".
_RECORDS_OF = re.compile(rf"\b(?:(?P<n>{COUNT})|an?|a\s+single)\s+(?:\(\d+\)\s+)?(?:responsive\s+)?"
                         r"(?:records?|documents?|files?)\s*(?:,\s*|\(\s*|\s+(?:of|totall?ing|consisting\s+of|comprising)\s+)$",
                         re.IGNORECASE)
# ... or measured later in their clause: "The two documents enclosed amount to a total of 31 pages", "Two documents are
# enclosed, a total of 31 pages", "three records totaling 40 pages".
_RECORDS_THEN_MEASURED = re.compile(rf"[^.;:]{{0,60}}?(?:\ba\s+total\s+of|\btotal(?:l)?(?:ing|s)?|\bamount(?:s|ing)?\s+"
                                    rf"to(?:\s+a\s+total\s+of)?|\bcome\s+to|\bcomprising|\bconsisting\s+of)\s+"
                                    rf"(?:{COUNT})\s+pages?\b", re.IGNORECASE)
# ... or measured between commas after them, what is done with them told around: "We are releasing two of those
# records, totaling 11 pages, in full, and one record, totaling 6 pages, with redactions", "We are withholding the
# remaining six records, totaling 47 pages, in full" (read as the pages: "releasing 11 pages in full").
_RECORDS_MEASURED_BETWEEN_COMMAS = re.compile(
    rf"\b(?P<n>{COUNT}|an?)\s+(?:of\s+(?:those|these|the|them)\s+)?(?:(?!pages?\b)[\w-]+\s+){{0,2}}?"
    rf"(?:records?|documents?|files?|memoranda|memos?|e-?mails?|reports?)\s*,\s*(?:totall?ing|comprising|"
    rf"consisting\s+of|of)\s+(?P<m>{COUNT})\s+pages?\s*,\s*(?=(?:in\s+(?:full|part|(?:their|its)\s+entirety)|"
    rf"with|without|are|is|were|was|have|has|will|to\s+you)\b)", re.IGNORECASE)


def _records_measured_between_commas(sentence: str) -> str:
    """*sentence* with records measured in pages between commas read as those pages (see
    _RECORDS_MEASURED_BETWEEN_COMMAS); the sentence itself where it has none."""
    return _RECORDS_MEASURED_BETWEEN_COMMAS.sub(
        lambda m: f"{m.group('m')} pages " if count_value(m.group("m")) is not None else m.group(0), sentence)


# ... and the records counted after their pages: "9 pages (one record)", "12 pages, in one document".
_PAGES_BEFORE_RECORDS = re.compile(r"\bpages?\s*(?:\(\s*|,?\s+(?:in|from|of|making\s+up|constituting)\s+)$",
                                   re.IGNORECASE)
# A sum set after what the sentence names: "..., a total of 29 pages", "..., for a total of 29 pages".
_APPOSITIVE_SUM = re.compile(r",\s*(?:for\s+)?a\s+total\s+of\s*$", re.IGNORECASE)
# A withholding said of none of the pages counted: ", none are withheld", ", none of them were redacted", "and not one
# of these has been withheld" (not "none of which can be released", which keeps them all back).
_NONE_OF_THEM_DONE = re.compile(r"^\W*(?:and\s+)?(?:none|not\s+one|no\s+pages?)\s+(?:of\s+(?:them|these|those)\s+)?"
                                r"(?:are|is|were|was|have\s+been|has\s+been|will\s+be)\s+(?:being\s+)?(?:withheld|"
                                r"redacted|denied|exempt)(?:\s+in\s+(?:full|part|(?:their|its)\s+entirety))?",
                                re.IGNORECASE)
# What is taken out of the pages counted, said after them with "with": ", with the following information withheld:", ",
# with certain personal identifiers withheld" (not ", with 12 pages withheld in full": pages of their own).
_WITH_SOMETHING_WITHHELD = re.compile(r",\s*with\s+(?![^,;:]*\b(?:pages?|records?|documents?)\b)(?:the\s+following\s+|"
                                      r"(?:some|certain|limited|the)\s+)?(?:[\w'-]+\s+){0,4}?(?:withheld|redacted|"
                                      r"removed|excised)\b", re.IGNORECASE)
# The sum that closes a list of what the sentence sends: "..., 46 pages in all", "..., 46 pages altogether".
_SUM_CLOSES_LIST = re.compile(r"\W*(?:in\s+(?:total|all)|altogether|all\s+told)\W*$", re.IGNORECASE)
# "the six pages withheld in full": pages already counted, named again.
# ... or as "the other": "Portions of 198 of these pages were redacted ... The other 14 pages are enclosed without
# redaction" (the 14 already counted as the rest of those enclosed).
# ... or counted in brackets after the record they make up: "one set of detailed underwater inspection drawings (41
# pages) is withheld", after "withholding 41 pages".
# The count said to be the whole, just before it: "In total, 37 pages have been withheld", "Altogether 37 pages were
# withheld", "a total of 37 pages" (not "in total darkness", nor a total of another kind named between).
_ALL_TOLD = re.compile(r"(?:\b(?:in\s+(?:all|total|sum)|altogether|all\s+told|overall),?|\ba\s+total\s+of)\s*$",
                       re.IGNORECASE)
_NAMED_AGAIN = re.compile(r"\b(?:the|these|those|said|such|same|(?:the\s+)?other)\s+$|[a-z]\s*\(\s*$", re.IGNORECASE)

# The pages counted, taken up again by a pronoun in a later clause of the sentence: "The remaining 12 pages, which make
# up the after-action review ..., are records of criminal investigations ...; they have been withheld in full." What
# the pronoun's clause says is done is done with the pages, when the count's own words said nothing or only counted
# them ("We located 120 pages; they have been released with redactions").
_PRONOUN_CLAUSE = re.compile(r"[;,]\s*(?:and\s+)?(?:(?:they|these\s+pages|those\s+pages|all\s+of\s+them)\s+(?:are|were|"
                             # ... or the one record whose pages were counted: "one record of 9 pages; it is withheld"
                             r"have\s+been)|it\s+(?:is|was|has\s+been))\s+(?:(?:therefore|accordingly|thus|hereby|also)\s+)?(?:being\s+)?"
                             r"(?P<clause>(?:withheld|released|enclosed|provided|disclosed|produced)\b"
                             # ... not a release made before: "they were released to you in an earlier response"
                             rf"(?![^;]*{MADE_BEFORE})[^;]*)",
                             re.IGNORECASE)
# ... or an office named, then its withholding of them: "; NPS properly kept it back under Exemption 5", "; the Bureau
# withheld them in full" (a decision saying what became of pages it first described).
_AGENCY_KEPT_THEM = re.compile(r";\s*(?:and\s+)?(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,3}(?:(?:properly|correctly|"
                               r"rightly|therefore|also)\s+)?(?:withheld\s+(?:it|them)|(?:kept|held)\s+(?:it|them)\s+"
                               r"back)\b[^;]*", re.IGNORECASE)
# ... the pronoun's clause first saying what the pages are, then what became of them: "An additional 9 pages consist of
# medical records; these are private health data under Minn. Stat. § 13.3805, and have not been provided".
# ... or what stays as it was: "The remaining 28 pages consist of draft recommendations ...; they are predecisional and
# deliberative and remain withheld in full under Exemption (b)(5)".
_PRONOUN_LATER_CLAUSE = re.compile(r";\s*(?:and\s+)?(?:they|these|those)(?:\s+pages)?\s+(?:are|were)\s+[^;]*?,?\s+"
                                   r"and\s+"
                                   r"(?P<clause>(?:(?:have|has)\s+(?:not\s+)?been|are\s+(?:not\s+)?(?:being\s+)?|"
                                   r"were\s+(?:not\s+)?|(?:remain|stay)\s+)\s*(?:withheld|released|enclosed|provided|disclosed|"
                                   r"produced)\b"
                                   rf"(?![^;]*{MADE_BEFORE})[^;]*)", re.IGNORECASE)
# ... or the pages the subject of the sentence, described first, and its closing verb, without a subject of its own,
# saying what became of them: "The remaining 29 pages are the autopsy photographs ..., which are confidential and exempt
# under section 406.135, F.S., and are not provided", "The other 12 pages are drafts, and are withheld in full" (not a
# sentence whose verb comes before the count: "We located 40 pages, and are releasing them").
_SUBJECT_DESCRIBED = re.compile(r"^\W*(?:of\s+[^,;.]{1,60}?\s+)?(?:are|were)\s+(?!not\b)(?!(?:being\s+)?"
                                r"(?:withheld|released|enclosed|provided|disclosed|produced|denied)\b)", re.IGNORECASE)
_SUBJECTLESS_CLOSE = re.compile(r",\s+and\s+(?P<clause>(?:are|were|have\s+been)\s+(?:not\s+)?(?:being\s+)?"
                                r"(?:withheld|released|enclosed|provided|disclosed|produced)\b"
                                rf"(?![^;]*{MADE_BEFORE})[^;,]*)\.?\s*$", re.IGNORECASE)
# The manner a label gives its count: "in full", "in part", "in their entirety", and both at once, the pages released
# in full or in part together: "Pages released in full or in part: 36", "in whole or in part".
_MANNER = r"(?:full|whole)\s+or\s+(?:in\s+)?part|full|part|(?:their\s+)?entirety"
# A portal's summary table: "Pages released: 45", "Pages withheld in full: 5", "Total pages reviewed: 60".
# A label may count both kinds of release together ("Pages released, in full or with redactions: 311", "Pages released
# in whole or in part") and say more in parentheses ("Pages withheld in full (Deleted Page Sheets): 62").
_EITHER_MANNER = (r",?\s+(?P<either>in\s+full\s+or\s+(?:in\s+part|with\s+(?:\w+\s+)?(?:redactions?|excisions?|"
                  r"deletions?))|in\s+whole\s+or\s+(?:in\s+)?part|with\s+or\s+without\s+(?:redactions?|excisions?|deletions?))")
_LABEL_NOTE = r"(?:\s*\([^()|:]{1,40}\))?"
# (never pages counted before the label's word: "223 pages reviewed: 171 pages are provided in full" counts 223
# reviewed, and the list after the colon says what became of them)
_LABELLED = re.compile(r"(?:^|(?<=[\s|;]))(?<![\d,][ \t])(?:total\s+)?(?:number\s+of\s+)?pages?\s+(?P<negated>not\s+)?"
                       r"(?P<what>released|provided|produced|disclosed|withheld|denied|reviewed|processed|located|"
                       r"identified|responsive)"
                       rf"(?:\s+in\s+(?P<manner>{_MANNER})|{_EITHER_MANNER}|"
                       # ... the manner said by what was taken out: "Pages released with redactions: 23", "Pages
                       # released without redactions: 63"
                       r"\s+(?P<redacted>without|with\s+no|with)\s+(?:(?!no\b)[a-z]+\s+)?(?:redactions?|excisions?|"
                       rf"deletions?))?{_LABEL_NOTE}\s*:\s*(?P<count>{COUNT})\b",
                       re.IGNORECASE)

# ... and a response form's labels without the word "pages", each opening its line or its item of a list (or following
# the count before it):
# "Released with no redactions: 48", "Released with redactions: 7", "Withheld in full: 5". The manner is needed
# ("Released: 3" could count records), and the count is no statute's or record's ("Withheld in full: 5 U.S.C. ...").
_LABELLED_BARE = re.compile(r"(?:^|(?<=\n)|(?<=[|;.:]\s)|(?<=\d\s))"
                            r"(?P<what>released|provided|produced|disclosed|withheld|denied)"
                            rf"(?:\s+in\s+(?P<manner>{_MANNER})|\s+(?P<redacted>without|with\s+no|with)"
                            r"\s+(?:(?!no\b)[a-z]+\s+)?(?:redactions?|excisions?|deletions?))"
                            rf"\s*:\s*(?P<count>{COUNT})\b(?!\s*(?:[-–]\s*\d|records?|documents?|files?|e-?mails?|"
                            r"items?|U\.?\s?S\.?\s?C|C\.?F\.?R|§|%|percent))", re.IGNORECASE)

# A row of a page-count table, read as one line with its cells between bars: "Released in full | 212",
# "Pages withheld in part | 64", "Total pages reviewed | 293 pages". The label is the whole first cell.
# A list whose figures are led by dots reads as such a row: "Released with redactions ......... 12 pages".
# ... and a row of what was not given: "Not provided | 3 pages", "Pages not released | 6" (withheld in full).
# ... and a release in part said by what was taken out: "Released with portions redacted | 57".
_TABLE_ROW = re.compile(r"^\W*(?:total\s+)?(?:number\s+of\s+)?(?:pages?\s+)?(?P<negated>not\s+(?:being\s+)?)?"
                        r"(?P<what>released|provided|produced|disclosed|withheld|denied|reviewed|processed|located|"
                        rf"identified)(?:\s+in\s+(?P<manner>{_MANNER})|\s+(?P<redacted>without|with\s+no|with)\s+"
                        r"(?:(?!no\b)[a-z]+\s+)?(?:redactions?|excisions?|deletions?)|" + _EITHER_MANNER
                        + r"|\s+(?P<portions>with\s+(?:some\s+|certain\s+)?(?:portions?|parts?|information|text|"
                        r"material)\s+(?:redacted|withheld|excised|deleted|removed)))?(?:\s+pages?)?"
                        rf"{_LABEL_NOTE}\s*\|\s*(?P<count>{COUNT})(?:\s+pages?)?\s*\|?\s*$", re.IGNORECASE)


# A summary's row that counts all the pages of this release: "Records in this release | 229 pages", "Pages in this
# installment | 86", "Total pages in this production | 412 pages" (not a count of records: "Records in this release |
# 12", nor pages reviewed or located).
_RELEASE_TOTAL_ROW = re.compile(r"^\W*(?:total\s+)?(?:number\s+of\s+)?"
                                r"(?:(?P<pages>pages)|records|documents|material)\s+"
                                r"(?:in|of|included\s+in|provided\s+in|released\s+in)\s+this\s+(?:release|installment|"
                                r"production|batch|tranche|set|response|delivery)\s*\|\s*(?P<count>" + COUNT + r")"
                                r"(?P<unit>\s+pages?)?\s*\|?\s*$", re.IGNORECASE)


# The note under a signature that lists what is enclosed: "Enclosures (41 pages)", "Encl.: 26 pages".
# ... the enclosure named before its count: "Enclosures: MassDOT-R-26-4471 production (377 pages)".
# ... the pages after what they are, set off by a comma or a dash: "Enclosures: Case file, 376 pages (GBI 000001 through
# GBI 000412, less the pages withheld)", "Enclosure: Responsive records - 51 pages".
_ENCLOSURE_NOTE = re.compile(r"^\W*(?:enclosures?|encl\.?|attachments?)\b\s*[:(]?\s*"
                             r"(?:[^()\n.;]{0,60}?(?:\(|,|\s[-\u2013\u2014])\s*|\(\s*)?"
                             r"\S+\s+pages?\b", re.IGNORECASE)


# What makes a share of the pages released a share released in part: "redactions have been made on 41 of those
# pages", "12 of them are redacted", "of which 9 contain redactions" (said without "in part").
_REDACTED_SHARE = re.compile(r"redact|\bin\s+part\b|partial", re.IGNORECASE)


# The same note headed "Attachments", as an e-mail that carries the records lists them under its signature:
# "Attachments (3 files, 21 pages in all):", "Attachments (21 pages)" (read as the enclosures are).
_ATTACHMENTS_NOTE = re.compile(r"^(\W*)attachments?\b(?=\s*[:(])", re.IGNORECASE)


@dataclass(slots=True)
class PageCounts:
    released_full: int | None = None
    released_part: int | None = None
    released: int | None = None  # released, manner not said
    withheld_full: int | None = None
    total: int | None = None
    sentences: dict[str, str] = field(default_factory=dict)  # field -> sentence
    seen: set[tuple[str, int]] = field(default_factory=set)  # (field, count) already added
    # ... and those a sentence of prose gave, which a table or labelled summary may say again ("We are releasing 171
    # pages in their entirety ... | Released in full | 171 |").
    said: set[tuple[str, int]] = field(default_factory=set)
    # All the pages this release hands over, both kinds together, as a summary's row gives them ("Records in this
    # release | 229 pages"), beside which a count of one kind ("Released with redactions | 31 pages") is a share.
    release_total: int | None = None
    # The pages released in part were said to come beside the others ("10 further pages have some excisions",
    # "another 12 pages are released in part"), not to be a share of them.
    part_added: bool = False
    # The pages released without saying how come beside those counted by manner after them, which are said to be the
    # rest: "The basic information in the offense report, two pages, is released. Of the remaining pages, 49 are
    # released, 19 of which contain redactions" gives 51.
    released_beside: bool = False
    # (field, count) read from a range of page numbers, a release sheet's "Pages 1-27 released in part": a sentence of
    # the letter counting as many pages done with alike ("We are now releasing all 27 pages in part") counts the same
    # pages again, not more. While such a range is read, numbering is set (two ranges are two sets of pages).
    numbered: set[tuple[str, int]] = field(default_factory=set)
    numbering: bool = False

    @property
    def pages_released(self) -> int | None:
        if self.release_total is not None and (self.released_full is None or self.released_part is None) and (
                (self.released_full or 0) + (self.released_part or 0) + (self.released or 0) <= self.release_total):
            return self.release_total
        if self.released is not None and self.released_full is None and self.released_part is not None \
                and self.part_added:
            # Pages released without saying how, and further pages released in part: "Forty pages are released; 10
            # further pages have some excisions" gives 50. (Without "further", the pages given without saying how
            # may be all those found, "Our review produced 126 responsive pages", and only the others count.)
            return self.released + self.released_part
        if self.released is not None and self.released_full is None and self.released_part is not None \
                and not self.released_beside and self.released_part < self.released and self.withheld_full is None:
            # Pages released without saying how, and fewer pages said released in part, neither further nor beside
            # them, and none withheld: the pages in part are among those released. "The following files have been
            # released to you: - Directive 5006R-D (Use of Force), 21 pages - Incident summaries (redacted), 36 pages"
            # gives 57. (Not where pages are withheld too: the pages without a manner are then what a search turned
            # up, "Our review produced 126 responsive pages. We are sending you 97 of them, some of which contain
            # redactions; the other 29 pages ... are not being released" gives 97, and "DEA processed 500 pages. Of
            # those pages, 212 pages are being released with redactions and 241 pages are being withheld" 212.)
            return self.released
        if self.released_full is not None or self.released_part is not None:
            beside = self.released if self.released is not None and self.released_beside else 0
            return (self.released_full or 0) + (self.released_part or 0) + beside
        return self.released


def _read_respelt(sentence: str, spelt: str, counts: PageCounts) -> None:
    """Read *spelt*, the sentence said again in words the counts know, keeping the letter's own as the evidence."""
    read_pages(spelt, counts)
    for name, evidence in counts.sentences.items():
        if evidence == spelt:
            counts.sentences[name] = sentence
        elif spelt in evidence and " … " in evidence:
            # evidence of two sentences, this one respelt among them
            counts.sentences[name] = evidence.replace(spelt, sentence)


# The sum of the pages a sentence counts item by item, named as the sum: "consisting of the detainer policy (9 pages)
# and the service agreement (15 pages), 24 pages in all", "the incident reports (12 pages) and the booking sheets (30
# pages), for a total of 42 pages", "A total of 42 pages are enclosed: the reports (12 pages) and the booking sheets
# (30 pages)".
_SUM_NAMED = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+pages?\s+(?:in\s+(?:all|total|sum)|altogether|total)\b|"
                        rf"\b(?:a\s+total\s+of|total(?:l)?ing|in\s+(?:all|total)\s*,?|altogether\s*,?)\s+"
                        rf"(?P<m>{COUNT})\s+pages?\b", re.IGNORECASE)


def pages_in_all(sentence: str) -> int | None:
    """The pages *sentence* names as a sum ("..., 18 pages in all, are released", "a total of 42 pages"), if any."""
    named = literals.search(_SUM_NAMED, sentence)
    return None if named is None else count_value(named.group("n") or named.group("m"))


def _without_summed_items(sentence: str) -> str:
    """*sentence* without the counts of its items where it also names their sum (see _SUM_NAMED), so that the pages are
    counted once, as the sum; or, where the items say what is done with the pages, without the sum after them. The
    sentence itself where it names no sum, fewer than two items, or items that do not add up to it (nothing at all
    where those items are set beside what they name)."""
    named = literals.search(_SUM_NAMED, sentence)
    if named is None:
        return sentence
    total = count_value(named.group("n") or named.group("m"))
    items = [m for m in literals.finditer(_PAGES_COUNTED, sentence)
             if m.end() <= named.start() or m.start() >= named.end()]
    values = [count_value(m.group(0).split()[0]) for m in items]
    # ... each item's count set beside what it names, in brackets or between commas ("the policy (9 pages)", "the
    # agreement, 15 pages,"), never what is done with some of them ("releasing 30 pages in full and 12 pages in part")
    beside = all(re.search(r"[(,]\s*$", sentence[:m.start()]) and re.match(r"\s*[),]", sentence[m.end():])
                 for m in items)
    if total is None or len(items) < 2 or None in values:
        return sentence
    if sum(v or 0 for v in values) != total:
        # ... items set beside what they name that do not add up to the sum ("the incident reports (12 pages) and the
        # booking sheets (30 pages), for a total of 45 pages"): neither can be trusted, no pages are read from it.
        return "" if beside else sentence
    if not beside and named.end() <= items[0].start() and ":" in sentence[named.end():items[0].start()] and not (
            _verb(sentence[items[0].start():items[-1].start()]) or _WITHHOLD.search(sentence[named.end():])):
        # ... the sum first, then after a colon the pages it is made of, each named by what it holds: "A total of 23
        # pages is enclosed: the four pages of the decision memorandum and the 19 pages reprocessed, all released in
        # part", "In all, 61 pages are enclosed: 40 pages of incident reports and 21 pages of dispatch logs" (not
        # what is done with each: "A total of 50 pages was reviewed: 30 pages are released and 20 pages withheld").
        spelt = sentence
        for item in reversed(items):
            spelt = spelt[:item.start()] + item.group(0).split()[-1] + spelt[item.end():]
        return spelt
    if not beside:
        # ... the items being what is done with the pages ("We are releasing 30 pages in full and 12 pages in part,
        # for a total of 42 pages"): they are read, and the sum after them is left out.
        if named.start() < items[-1].end():
            return sentence
        head = re.search(r",?\s*(?:for\s+|making\s+|or\s+)?$", sentence[:named.start()])
        cut = head.start() if head else named.start()
        rest = re.match(r"[^.;:]*", sentence[named.end():])
        return sentence[:cut] + sentence[named.end() + (rest.end() if rest else 0):]
    spelt = sentence
    for item in reversed(items):
        spelt = spelt[:item.start()] + spelt[item.end():]
    # ... and the brackets and commas the counts stood in: "(Policy 202.14, )" is "(Policy 202.14)", "()" nothing
    spelt = re.sub(r"\(\s*,?\s*\)", "", spelt)
    spelt = re.sub(r",\s*\)", ")", re.sub(r"\(\s*,\s*", "(", spelt))
    spelt = re.sub(r",\s*,", ",", spelt)
    return re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", spelt))


# The sum of the pages first, then the items it is made of, each with its pages in brackets: "The remaining 168 pages,
# the child's clinical assessments (92 pages) and the Significant Incident Reports (76 pages), are withheld in full".
_SUM_BEFORE_ITEMS = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+(?:(?:other|more|remaining|additional)\s+)?pages?\s*,",
                               re.IGNORECASE)
# ... or the sum introducing the items after a colon or "consisting of", "comprising", "including": "Thirty-four (34)
# pages of records have been released to you: the dispatch report (9 pages), the incident reports (18 pages), and the
# activation log (7 pages)".
_SUM_INTRODUCING_ITEMS = re.compile(rf"(?<![\w$.,(])(?P<n>{COUNT})(?:\s*\(\d+\))?\s+(?:(?:other|more|remaining|"
                                    r"additional|responsive)\s+)?pages?\b(?:\s+of\s+(?:(?:responsive|public)\s+)?"
                                    r"(?:records|documents|materials?))?(?=[^;:]*?(?::|,\s*(?:consisting\s+of|"
                                    r"comprising|including|namely)\b))", re.IGNORECASE)
# ... or the sum closing its clause at a colon, then the items, each opening on its own pages of what it holds: "We are
# now releasing to you 21 additional pages: 9 pages of budget narratives from which earlier redactions have been
# lifted, and 12 pages of merit review scoresheets, from which we have redacted only the names ...".
_SUM_AT_COLON = re.compile(rf"(?<![\w$.,(])(?P<n>{COUNT})(?:\s*\(\d+\))?\s+(?:(?:other|more|remaining|additional|"
                           r"responsive|further)\s+)?pages?\s*:", re.IGNORECASE)
# (each item may name its pages with the article: "14 additional pages: the 9 pages of the Conciliation Agreement ...
# without the Exemption 4 redactions, and 5 pages of the AAP that were withheld in full")
_ITEM_OPENING_PAGES = re.compile(rf"(?:^|,\s*(?:and\s+)?|\s+and\s+)\s*(?:the\s+)?(?P<n>{COUNT})(?:\s*\(\d+\))?\s+"
                                 r"pages?\s+of\b", re.IGNORECASE)
_BRACKETED_ITEM_PAGES = re.compile(rf"\s*\(\s*(?P<n>{COUNT})\s+pages?\s*\)", re.IGNORECASE)


def _without_items_after_sum(sentence: str) -> str:
    """*sentence* without the bracketed pages of the items that follow their sum and add up to it (see
    _SUM_BEFORE_ITEMS), so that the pages are counted once, as the sum; the sentence itself otherwise."""
    for named in _SUM_BEFORE_ITEMS.finditer(sentence):
        total = count_value(named.group("n"))
        clause = re.match(r"[^;:.]*", sentence[named.end():])
        end = named.end() + (clause.end() if clause else 0)
        items = list(_BRACKETED_ITEM_PAGES.finditer(sentence, named.end(), end))
        if total is None or len(items) < 2 or sum(count_value(m.group("n")) or 0 for m in items) != total:
            continue
        for item in reversed(items):
            sentence = sentence[:item.start()] + sentence[item.end():]
        return sentence
    for named in _SUM_INTRODUCING_ITEMS.finditer(sentence):
        # ... or the sum then, after a colon or "consisting of", the items: "Enclosed are 61 pages of records,
        # consisting of 14 incident reports (38 pages), hearing records (15 pages), and policies (8 pages)"
        total = count_value(named.group("n"))
        clause = re.match(r"[^;]*", sentence[named.end():])
        end = named.end() + (clause.end() if clause else 0)
        items = list(_BRACKETED_ITEM_PAGES.finditer(sentence, named.end(), end))
        introducer = re.search(r":|,\s*(?:consisting\s+of|comprising|including|namely)\b", sentence[named.end():end])
        if total is None or len(items) < 2 or sum(count_value(m.group("n")) or 0 for m in items) != total:
            continue
        # ... the list of items left out whole, so that nothing in it ("14 incident reports") is read as pages
        cut = named.end() + (introducer.start() if introducer else 0)
        return sentence[:cut] + sentence[end:]
    for named in _SUM_AT_COLON.finditer(sentence):
        # ... or items that open on their pages of what they hold ("21 additional pages: 9 pages of budget narratives
        # ..., and 12 pages of merit review scoresheets ..."): the pages the sum is made of, whatever each says was
        # taken out of them, counted once as the sum (never items that add up to another number, nor a list of what
        # was done with each share: "50 pages were reviewed: 30 pages are released and 20 pages withheld" names no
        # pages "of" anything).
        total = count_value(named.group("n"))
        # (the list runs to its semicolon; what the sentence says after that is read: "...; 3 pages are withheld")
        clause = re.match(r"[^;]*", sentence[named.end():])
        end = named.end() + (clause.end() if clause else 0)
        items = list(_ITEM_OPENING_PAGES.finditer(sentence[named.end():end]))
        if total is None or len(items) < 2 or items[0].start() != 0 \
                or sum(count_value(m.group("n")) or 0 for m in items) != total:
            continue
        return sentence[:named.end() - 1].rstrip() + (sentence[end:] if end < len(sentence) else ".")
    return sentence


def sum_not_adding_up(sentences: list[str]) -> str | None:
    """The first of *sentences* whose items, counted beside what they name, do not add up to the sum it names (see
    _without_summed_items), or None: the pages released are left unread, not guessed."""
    return next((sentence for sentence in sentences if literals.search(_SUM_NAMED, sentence)
                 and not _without_summed_items(sentence)), None)


# A sentence that opens on "Of these," without naming what they are: "... completed its review of another 323 pages. Of
# these, 272 are being released in full, 40 ... with portions withheld, and 11 are being withheld entirely".
_OF_THESE_BARE = re.compile(r"^\W*of\s+(?:these|those|them)\s*,", re.IGNORECASE)
_PAGES_COUNTED = re.compile(rf"(?<![\w$.,])(?:{COUNT})\s+(?:(?:more|other|additional|responsive|further)\s+)?pages?\b",
                            re.IGNORECASE)


# The rest of the pages just counted, named without the word: "Of those pages, 388 are released in full. On the other
# 18 we have redacted the names ...", "The remaining 12 were redacted" (a verb or a pause after the count; not a count
# of something else: "the other 3 records", "the remaining 20 days").
_OTHER_BARE = re.compile(rf"\b(?:the\s+)?(?:other|remaining)\s+(?P<n>{COUNT})"
                         r"(?=\s*[,;:]|\s+(?:are|were|is|was|have|has|had|will|we|I|they|it|of\s+(?:them|these|those))\b)",
                         re.IGNORECASE)
_PAGES_BEFORE = re.compile(r"\bpages?\b", re.IGNORECASE)
# A clause that opens on a bare count: "; 20 ...", ", and 5 ...", ", of which 60 ...", "and the other 22 ...".
# (never a date's year after its day: "Twelve (12) pages of incident reports relating to an incident of June 22, 2026
# have been withheld in their entirety")
_CLAUSE_OPENING_COUNT = (rf"(?:[;:]|(?<!\d),|\b(?:and|but|while|whereas))\s*(?:and\s+|but\s+|while\s+|"
                         rf"of\s+(?:which|these|those|them),?\s+)?(?:the\s+(?:other|remaining)\s+)?(?P<n>{COUNT})\s+")
# ... and says what is done with it: "; 20 are enclosed", ", and 5 are withheld" (what is done being what is done with
# pages: not "2 are excerpts from public reports")
_CLAUSE_BARE_COUNT = re.compile(_CLAUSE_OPENING_COUNT
                                + r"(?=(?:are|were|is|was|have\s+been|has\s+been|will\s+be)\s+(?:being\s+)?(?:\w+\s+)?"
                                r"(?:released|enclosed|withheld|redacted|unredacted|provided|produced|disclosed|attached|exempt|"
                                r"denied|included|sent|uploaded|made\s+available)\b|" + _NOTHING_TAKEN_OUT + ")",
                                re.IGNORECASE)
_CLAUSE_BARE_COUNT_CARRYING = re.compile(_CLAUSE_OPENING_COUNT
                                         + r"(?=(?:are|were|is|was|have\s+been|has\s+been|will\s+be)\s+(?:being\s+)?"
                                         r"(?:\w+\s+)?(?:released|enclosed|withheld|redacted|unredacted|provided|produced|"
                                         r"disclosed|attached|exempt|denied|included|sent|uploaded|made\s+available)\b|"
                                         + _CARRY_REDACTIONS + "|" + _NOTHING_TAKEN_OUT + ")", re.IGNORECASE)
# ... or whatever it says of it: "; 172 are released ... and 14 contain redactions"
_ANY_CLAUSE_BARE_COUNT = re.compile(_CLAUSE_OPENING_COUNT + r"(?!pages?\b)[a-z]", re.IGNORECASE)
# A count of something other than pages: "and 3 spreadsheets" (a bare count after it may count those).
_OTHER_COUNTED = re.compile(r"(?<![\w$.,(-])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                            r"(?!pages?\b|(?:are|were|is|was|have|has|will|of)\b)[a-z]", re.IGNORECASE)

# A count of more of what was just counted, its unit left unsaid: "and nine more with some passages blacked out" (not
# "two more weeks", "five more documents", "three more of them").
_ELLIPTIC_MORE = re.compile(rf"(?<![\w$.,(-])(?P<n>{COUNT})\s+(?:more|others?|additional|further)\b"
                            r"(?!\s+(?:[\w-]+\s+)?(?:pages?|documents?|records?|files?|items?|days?|hours?|weeks?|"
                            r"months?|years?|times?|dollars?|of|than)\b)", re.IGNORECASE)
# All the pages counted the sentence before, each taken up: "... identified 17 pages. After reviewing them, CBP has
# decided to disclose every one of these pages without deleting anything", "each of those pages is released in full",
# "all of them are withheld" (never "one of these pages", a single one, nor "each of these names", not pages).
# ... or "Every page is attached to this message", the sentence opening on it.
_EACH_OF_THESE = re.compile(r"\b(?:every\s+(?:single\s+)?one|each(?:\s+one)?|all)\s+of\s+(?:(?:these|those|the)\s+"
                            r"(?:responsive\s+)?pages\b|them\b)|^\W*(?:every|each)\s+(?:single\s+)?page\b",
                            re.IGNORECASE)
# What the pages counted were pages of: "23 pages of records" (still pages, not records counted).
_PAGES_OF_RECORDS = re.compile(r"^\s+of\s+(?:the\s+)?(?:responsive\s+)?(?:records|documents|materials?)\b",
                               re.IGNORECASE)
_OTHER_THINGS = re.compile(r"\b(?:records?|documents?|files?|items?|e-?mails?)\b", re.IGNORECASE)


# Every record the sentence before counts, taken up together, where that sentence measures them in pages once: "We
# located five records totaling 87 pages. All five records are released in full.", "Caltrans has identified nine
# responsive files: four PDF files totalling 156 pages (...), three Excel spreadsheets ... and two video files." then
# "Caltrans is releasing all nine files." (the pages are every page there is; never "not all of the records").
_ALL_THE_RECORDS = re.compile(rf"(?<!\bnot\s)\ball\s+(?:of\s+)?(?:(?:the|these|those)\s+)?(?:(?P<n>{COUNT})\s+)?"
                              r"(?:responsive\s+)?(?:records|documents|files)\b", re.IGNORECASE)
_RECORDS_NUMBERED = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+(?:responsive\s+)?(?:records|documents|files)\b",
                               re.IGNORECASE)


def _all_records_counted_in_pages(sentence: str, previous: str) -> str | None:
    """*sentence* said again of the pages, when it takes up all the records *previous* counts and *previous* gives one
    count of pages: "Caltrans is releasing all nine files." is "Caltrans is releasing all 156 pages."."""
    every = _ALL_THE_RECORDS.search(sentence)
    if every is None or any(m.start() < every.start() or m.start() >= every.end() for m in _MENTION.finditer(sentence)):
        return None
    pages = list(literals.finditer(_PAGES_COUNTED, previous))
    records = [count_value(m.group("n")) for m in _RECORDS_NUMBERED.finditer(previous)]
    if len(pages) != 1 or not records:
        return None
    if every.group("n") is not None and count_value(every.group("n")) != records[0]:
        return None
    total = count_value(re.match(rf"{COUNT}", pages[0].group(0), re.IGNORECASE).group(0))
    if total is None:
        return None
    return f"{sentence[:every.start()]}all {total} pages{sentence[every.end():]}"


def _pages_last_counted(previous: str, last_pages: re.Match[str]) -> bool:
    """Whether the pages *last_pages* names are the last thing *previous* counts: nothing after them names records,
    documents or files, save what they are pages of ("We located 52 pages of records.")."""
    return not _OTHER_THINGS.search(_PAGES_OF_RECORDS.sub("", previous[last_pages.end():]))


# A table whose labels head its columns and whose counts fill the row below, as an HTML or Word table is read: "Pages
# reviewed  Released in full  Released in part  Withheld in full" over "640  598  30  12". Every head names pages or
# what was done with them, nothing else stands in the row of heads, and every cell below is a count.
_HEAD_CELL = (r"(?:(?:total\s+)?(?:number\s+of\s+)?pages?\s+)?(?:released|provided|produced|disclosed|withheld|denied|"
              r"reviewed|processed|located|identified|responsive)(?:\s+(?:in\s+(?:full|part|(?:their|its)\s+entirety)|"
              r"with(?:out)?\s+(?:no\s+)?redactions?|entirely|partially|in\s+full\s+or\s+in\s+part))?|"
              r"(?:total\s+)?(?:number\s+of\s+)?pages?(?:\s+(?:total|located|reviewed|processed|found))?")
_HEAD_ROW = re.compile(rf"\W*(?:(?:{_HEAD_CELL})(?:\s*\|\s*|\s+|\s*$))+\W*", re.IGNORECASE)
_HEAD = re.compile(rf"(?:{_HEAD_CELL})(?=\s|\||$)", re.IGNORECASE)
_COUNT_ROW = re.compile(r"\W*(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s*\|\s*|\s+|\s*$))+\W*")


def header_row_counts(labels: str, values: str) -> str | None:
    """The counts of a table whose labels head its columns, said again as labelled counts ("Pages reviewed: 640;
    Released in full: 598; ..."), when *labels* is its row of heads and *values* the row of counts below; else None."""
    if not _HEAD_ROW.fullmatch(labels.strip()) or not _COUNT_ROW.fullmatch(values.strip()):
        return None
    heads = [head.group(0) for head in _HEAD.finditer(labels)]
    cells = re.findall(r"\d{1,3}(?:,\d{3})+|\d+", values)
    if len(heads) < 2 or len(heads) != len(cells):
        return None
    return "; ".join(f"{head}: {cell}" for head, cell in zip(heads, cells, strict=True))


# A list of the files released, each line a file and its pages, under a heading that says they were released:
# "Documents released:" / "26-0419982 Incident Report (redacted).pdf - 11 pages" / "CAD Event Chronology.pdf - 6
# pages", "Records provided:" / "Bodycam log.xlsx (3 pages)".
# ... and where they are put, said after: "The following files have been released to you and are available for download
# on the request page:" (NYC OpenRecords).
RELEASED_LIST_HEADING = re.compile(r"^\W*(?:(?:the\s+)?following\s+)?(?:documents?|records?|files?|attachments?)"
                                   # ... a clause between them and the verb that says what they are: "The following
                                   # records, which fall within 51 O.S. § 24A.8(A), are attached to this letter:"
                                   # (a colon inside a section no end: "under La. R.S. 44:3(A)(4)(a)")
                                   r"(?:\s*,\s*(?:which|that)\s+(?:[^,;:]|(?<=\d):(?=\d)){1,100},)?\s+"
                                   r"(?:(?:were|are|have\s+been|(?:are\s+)?being)\s+)?(?:released|provided|produced|enclosed|"
                                   r"attached|disclosed|uploaded)\s*(?:to\s+you\s*)?"
                                   # ... and the place they are put: "The following records are being released to you
                                   # through the Public Records Center:"
                                   r"(?:(?:through|via|on|in)\s+(?:the|our|your)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:center|portal|"
                                   r"page|account|site|website)\s*)?"
                                   # ... "to this email", "with this letter", "herewith" (New Mexico's "The following
                                   # records are attached to this email:")
                                   r"(?:(?:to|with)\s+(?:this|our|the)\s+(?:e-?mail|letter|response|message|"
                                   r"correspondence)\s*|herewith\s*)?"
                                   r"(?:(?:and|which)\s+(?:are|is|were|have\s+been|can\s+be)\s+(?:now\s+)?(?:available|"
                                   r"posted|uploaded|ready)\b[^.;:]{0,80})?:\s*$|"
                                   r"^\W*(?:released|produced|responsive)\s+(?:documents|records|files)\s*:\s*$|"
                                   # ... or the office's own clause that gives them now, perhaps after a phrase: "In
                                   # compliance with the Court's order, the City is producing the following records,
                                   # which are available for download at the secure link ...:", "We have enclosed the
                                   # following documents:" (not "we have withheld the following records:")
                                   r"^[^.;:]{0,80}?\b(?:(?:is|are|am)\s+(?:now\s+|hereby\s+)?(?:producing|releasing|"
                                   r"providing|enclosing|disclosing|sending)|(?:have|has)\s+(?:now\s+)?(?:produced|"
                                   r"released|provided|enclosed|disclosed))\s+(?:to\s+you\s+|you\s+(?:with\s+)?)?the\s+"
                                   r"following\s+(?:[\w-]+\s+){0,2}?(?:documents?|records?|files?|materials?)"
                                   r"(?:\s*,\s*(?:which|that)\s+[^.;:]{1,120})?\s*:\s*$|"
                                   # ... a portal's "Released today: Installment 1 of 3" over "MainBreaks_2024.pdf (46
                                   # pages)", and an e-mail's "Attachments:" over its files
                                   r"^\W*(?:released|provided|produced|posted|uploaded)\s+(?:today|now|to\s+you|"
                                   r"herewith)\s*:|^\W*(?:attachments?|enclosures?)\s*:\s*$",
                                   re.IGNORECASE)
_LISTED_FILE = re.compile(rf"^\W*(?P<name>[^.;:]{{0,120}}?\.(?:pdf|docx?|xlsx?|csv|txt|msg|eml|jpe?g|png|tiff?|zip)|"
                          # ... a record named by what it is, perhaps with the section that opens it, its dots no
                          # stop: "Radio logs, including a chronological listing of the calls dispatched
                          # (24A.8(A)(6)), 3 pages."
                          rf"(?:[^.;:]|\.(?=[\w(]))" r"{1,160}?)"
                          rf"\s*(?:[-\u2013\u2014,]\s*|\(\s*)(?P<n>{COUNT})\s+pages?\s*\)?\s*"
                          # ... an item of a list in a sentence, closed by its semicolon: "Training slides, June 2026
                          # (22 pages);", "... (17 pages); and"
                          r"(?:[.;,]\s*(?:and|or)?)?\s*"
                          # ... or by the next item's marker, as a numbered list's lines are read: "... (24A.8(A)(5)), 4
                          # pages; 3."
                          r"(?:(?:(?<=;)|(?<=;\s))\d{1,2}\.)?\s*$",
                          re.IGNORECASE)


def listed_file_pages(sentence: str) -> int | None:
    """The pages of one line of a list of released files ("CAD Event Chronology.pdf - 6 pages"); None when the line is
    no such item."""
    item = _LISTED_FILE.match(sentence)
    if not item or re.search(r"\b(?:withheld|denied|exempt|not\s+released)\b", sentence, re.IGNORECASE):
        return None
    return count_value(item.group("n"))


# A portal's row of the files put where the requester can open them, with their pages: "Files in the Public Records
# Center | 3 (57 pages)", "Documents posted to your account | 2 (14 pages)".
_FILES_IN_PORTAL_ROW = re.compile(r"^\W*(?:files|documents|records|attachments)\s+"
                                  r"(?:(?:posted|uploaded|placed|available)\s+)?"
                                  r"(?:in|on|to)\s+(?:the|your)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:center|centre|portal|"
                                  r"account|library|folder|inbox)(?:\s*[|:]\s*|\s+)(?:\d+\s*)?\(\s*(?P<n>" + COUNT
                                  + r")\s+pages?\s*\)\s*\|?\s*$", re.IGNORECASE)


# A form's field that counts pages without saying what was done with them ("Number of pages: 14", "Page count: 22"),
# below the field that names the records given ("Records provided: Incident reports ... (redacted)").
_PAGE_COUNT_FIELD = re.compile(rf"^\W*(?:(?:total\s+)?number\s+of\s+pages|total\s+pages|pages|page\s+count)\s*:\s*"
                               rf"(?P<n>{COUNT})(?:\s+pages?)?\W*$", re.IGNORECASE)
_RECORDS_GIVEN_FIELD = re.compile(r"^\W*(?:(?:the\s+)?(?:records?|documents?|copies|files?|materials?)\s+"
                                  r"(?P<what>provided|released|produced|disclosed|enclosed|attached|sent)|"
                                  r"(?P<given>enclosures?|attachments?))\s*:\s*\S", re.IGNORECASE)

# The pages the sentence before counted and described, what is done with them told in this one: "The remaining six
# pages are draft inspection narratives .... They are withheld as preliminary drafts under KRS 61.878(1)(i)", "Twelve
# pages are copies of the permit. These are released in full" (the sentence before doing nothing with them itself).
# ... after a clause that gives the reason: "Because no such proceeding has occurred, these records are being withheld"
# (the pages counted and described two sentences before, the law cited between).
# (the reason before them may run long: "Because the suspensions are under appeal to the Civil Service Commission and
# there has been no final administrative resolution, they are withheld under A.C.A. § 25-19-105(c)(1).")
_THEY_ARE_DONE = re.compile(r"^\W*(?:(?:because|since|as|accordingly|therefore|for\s+that\s+reason)\b"
                            r"[^.;:]{0,200}?,\s+)?"
                            # (after the answer to an item, as Michigan's letters give it: "Box 1 (...): 612 pages." /
                            # "Granted; the pages are released in full.")
                            r"(?:(?:granted|denied)\s*[;:]\s*)?"
                            r"(?:they|these|those|these\s+(?:pages|records|documents)|"
                            r"(?:those|the)\s+(?:pages|records|documents)|"
                            # ... and one record counted the sentence before, taken up by "it": "b. Issue Evaluation
                            # Study (draft, May 2026), 94 pages. ... It is withheld in its entirety under 5 U.S.C. §
                            # 552(b)(5)"
                            r"it(?=\s+(?:is|was|has\s+been|will\s+be|remains)\b))\s+"
                            r"(?=(?:are|were|have\s+been|will\s+be|remain|is|was|has\s+been|remains)\s+(?:(?:being|also|"
                            r"therefore|thus|"
                            r"accordingly|all)\s+)?(?:(?:withheld|released|redacted|produced|provided|disclosed|"
                            r"enclosed|exempt|denied)\b|"
                            # ... and what a data practices letter says of them: "These pages are not public and are
                            # not provided"; a class the law puts them in, and its section: "These pages are protected
                            # under Utah Code § 63G-2-305(10) and are not released"
                            r"(?:(?:not\s+public|nonpublic|protected|private|controlled|confidential|closed)"
                            r"(?:\s+(?:records?\s+)?(?:under|pursuant\s+to|by)\s+[^.;]{1,80}?)?\s+and\s+(?:are\s+)?)?"
                            r"not\s+(?:provided|released|disclosed|produced)"
                            r"(?:\s+to\s+you)?\s*[.;]?\s*$))", re.IGNORECASE)
# ... or said of their exempt parts, then of the pages that held them: "The private portions have been redacted and the
# pages released." (GRAMA's class counted the line before: "Private, in part: 31 pages of medical information ...")
_PARTS_TAKEN_OUT_AND_PAGES_RELEASED = re.compile(
    r"^\W*(?:the|their|its)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:portions?|parts?|information|data|passages?)\s+(?:have|has)\s+"
    r"been\s+(?:redacted|removed|blacked\s+out|masked)\s*,?\s+and\s+(?:the|those|these)\s+(?:pages|records|documents)\s+"
    r"(?:(?:are|were|have\s+been)\s+)?(?:released|provided|produced|disclosed)\s*[.;]?\s*$", re.IGNORECASE)


def _as_they_clause(sentence: str) -> str:
    """*sentence* said of the pages by a pronoun, where it tells what was done with them in other words: "The private
    portions have been redacted and the pages released." is "They are released with redactions."."""
    if _PARTS_TAKEN_OUT_AND_PAGES_RELEASED.match(sentence):
        return "They are released with redactions."
    return sentence


# ... or withheld with no subject at all, the participle and its manner opening the sentence: "Withheld in full; ..."
# (not a participle that opens a clause about something else: "Withheld information is described in the log"; nor a
# portal's status of a whole request after its list of files: "Disclosed in Part.").
# An item that names a record, then only its size after a colon: "2. Institutional Executive Review Committee (IERC)
# critique and the Use of Force Review and Findings: 22 pages." (its words "review" name the record, and count no
# pages reviewed; never a label of pages: "Total pages reviewed: 86 pages.").
_ITEM_SIZED = re.compile(r"^\W*(?:(?:\d{1,2}|[a-z])[.)]\s+)?(?![^:;]*\bpages?\b)[^:;]{1,240}:\s*"
                         rf"(?:{COUNT})\s+pages?\s*\.?\s*$", re.IGNORECASE)
_DONE_WITHOUT_SUBJECT = re.compile(r"^\W*(?=(?:withheld|denied)\s+in\s+(?:full|(?:its|their)\s+entirety)\b|"
                                   # ... or released, with its manner: "1. Crime/Incident Report package ...: 148
                                   # pages." / "Released with redactions."; "Released in full." (not a bare
                                   # "Released.", which may tell a record without pages)
                                   r"(?:released|provided|produced|disclosed)\s+(?:in\s+(?:full|part)\b|"
                                   r"with(?:out)?\s+(?:\w+\s+)?(?:redactions?|excisions?|deletions?)\b))",
                                   re.IGNORECASE)
# ... the clause that opens on the pronoun, closing a sentence that gives the reason: ", and they are withheld in full".
_THEY_DONE_LAST = re.compile(r",\s+and\s+(?:therefore\s+|accordingly\s+|so\s+|thus\s+)?(?=(?:they|these|those)\b)",
                             re.IGNORECASE)
# Records counted and measured in pages, the sentence's subject: "Two reports, totaling 11 pages,", "three e-mails of 6
# pages", "4 records comprising 20 pages".
_RECORDS_MEASURED = re.compile(rf"^\W*(?:{COUNT})\s+(?:[\w-]+\s+){{0,2}}?(?:records?|reports?|documents?|files?|"
                               rf"e-?mails?|memoranda|memos?|letters?)\s*,?\s*(?:totall?ing|of|comprising)\s+(?:{COUNT})\s+"
                               r"pages?\b", re.IGNORECASE)
# An item that counts the pages of one class or kind, what is done with them told next: "Protected: 12 pages identifying
# a confidential informant." / "These pages are protected under Utah Code § 63G-2-305(10) and are not released."
_CLASS_COUNTED = re.compile(rf"^\W*[A-Z][\w-]*(?:\s[\w-]+){{0,3}}\s*:\s*(?:{COUNT})\s+pages?\b(?![^.;:]*\d)",
                            re.IGNORECASE)
# A law's section cited after the pages counted, no count of its own: "11 pages of jail post orders that consist of
# security information under Minn. Stat. § 13.37, subd. 1(a)".
_SECTION_CITED = re.compile(r"§+\s*[\w.()-]+(?:,\s*subd(?:ivision|s?\.)\s*[\w()]+)?", re.IGNORECASE)


# ... or by the office's own verb at the end of a sentence that counts nothing: "Pursuant to IC 5-14-3-4(b)(1), ...,
# and the Department has elected to withhold them in their entirety", "we are therefore withholding these records in
# full", "the City withholds them entirely" (not "may withhold them", nor a part: "withholding them in part").
_OFFICE_WITHHOLDS_THEM = re.compile(r"\b(?:(?:has|have)\s+(?:therefore\s+)?(?:elected|decided|chosen|determined)\s+"
                                    r"to\s+withhold|(?:is|are|am)\s+(?:therefore\s+|accordingly\s+)?withholding|withholds|"
                                    r"(?:has|have)\s+(?:therefore\s+)?withheld)\s+(?:them|these|those|it)(?:\s+(?:records|"
                                    r"pages|documents))?\s+(?:in\s+(?:full|(?:their|its)\s+entirety)|entirely)\b",
                                    re.IGNORECASE)


# ... or, closing the sentence that counts them, the office's refusal to give them at all: ", and the KBI declines to
# disclose them under K.S.A. 45-221(a)(10)", ", and the Department refuses to release them" (not a part of them, nor a
# refusal for now: "declines to release them until the fee is paid").
_OFFICE_REFUSES_THEM = re.compile(r",\s+and\s+(?:the\s+)?(?:[\w.&'\u2019-]+\s+){1,4}?(?:declines?|refuses?|declined|"
                                  r"refused)\s+to\s+(?:disclose|release|produce|provide|furnish)\s+(?:them|these|those)\b"
                                  r"(?!\s+(?:in\s+part|until|unless|before)\b)(?![^.;]*\bportions?\b)", re.IGNORECASE)


# Pages counted the sentence before, taken up as "N of them": "We are releasing 80 of them; 52 of those 80 carry
# redactions" (never "80 of them" followed by a unit of its own: "two of them records").
_COUNT_OF_THEM = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+of\s+(?:them|these|those)(?P<of>\s+\d[\d,]*\b)?"
                            r"(?!\s+(?:[\w-]+\s+)?(?:records?|documents?|files?|items?|e-?mails?|pages?)\b)",
                            re.IGNORECASE)


def earlier_pages_taken_up(sentence: str, previous: str, before_previous: str) -> str:
    """The sentence whose counted pages *sentence* takes up by a pronoun ("these records are being withheld"): the one
    just before it, or the one before that where the sentence between counts no pages (it cites the law for them:
    "The remaining 12 pages are employee evaluation records. Under Ark. Code Ann. § 25-19-105(c)(1), such records
    are open to the public only upon ... Because no such proceeding has occurred, these records are being
    withheld.")."""
    if (before_previous and _THEY_ARE_DONE.match(_as_they_clause(spelled_out(sentence)))
            and not literals.search(_PAGES_COUNTED, previous)
            and not _counts_anything(previous) and literals.search(_PAGES_COUNTED, before_previous)):
        return before_previous
    return previous


def _one_count_of_pages(text: str) -> int | None:
    """The pages *text* counts where it gives one count of pages and no other ("the 14-page investigative case
    file"); None where it gives none or several."""
    counted = [value for m in _MENTION.finditer(text) if m.group("unit").lower().startswith("page")
               and (value := count_value(m.group("count"))) is not None]
    return counted[0] if len(counted) == 1 else None


def _counts_anything(sentence: str) -> bool:
    """Whether *sentence* read alone gives a count of pages released or withheld."""
    alone = PageCounts()
    read_pages(sentence, alone)
    return alone.pages_released is not None or alone.withheld_full is not None


# A sentence that only gives the size of what the sentence before sends: "It is 9 pages.", "That's 14 pages total.",
# "They come to 212 pages in all." (not of what was found or kept back: "We located the report. It is 9 pages.")
# ... the records named again: "The records consist of 37 pages.", "The copies total 18 pages."
_SIZE_OF_WHAT_WAS_SENT = re.compile(rf"^\W*(?:it|that|this|they|these|those|altogether\s+(?:it|they)|"
                                    r"the\s+(?:(?:responsive|enclosed|attached|redacted)\s+)?(?:records?|documents?|copies|reports?|"
                                    r"files?|materials?))\s+"
                                    rf"(?:is|are|comes?\s+to|runs?\s+to|totals?|makes?|amounts?\s+to|consists?\s+of|"
                                    rf"comprises?)\s+"
                                    rf"(?P<n>{COUNT})\s+pages?(?:\s+(?:in\s+)?(?:total|all)|\s+altogether)?"
                                    # ... and where to find them: ", and you'll find them under Documents"
                                    r"(?:\s*,?\s+and\s+(?![^.;\d]*\b(?:withh|redact|denied|exempt))[^.;\d]*)?\W*$",
                                    re.IGNORECASE)
# ... the sentence before sending it: "Attached is ...", "I have uploaded everything we found", "Enclosed are ...".
_SENT_WITH_THIS = re.compile(r"\b(?:attached|enclosed)\b|\bupload(?:ed|ing)\b|\bposted\b|"
                             r"\b(?:are|am|is|have|has)\s+(?:now\s+)?(?:sending|sent|providing|provided|releasing|released|"
                             r"producing|produced|e-?mailing|e-?mailed)\b", re.IGNORECASE)


# A share of the pages a count names, the count just after it: "37 of the 46 pages", "twelve of those 40 pages" (not
# "page 3 of the 46 pages").
_SHARE_BEFORE_PAGES = re.compile(rf"(?<![\w$.,])(?<!page\s)(?<!pages\s)(?P<n>{COUNT})\s+(?:\(\d[\d,]*\)\s+)?of\s+"
                                 r"(?:the|those|these)\s+$", re.IGNORECASE)


def read_pages_after(sentence: str, previous: str, counts: PageCounts) -> None:
    """Add the page counts of *sentence*, read after *previous*: its bare "Of these, 272 are released ..." counts
    pages when the sentence before ends on a count of pages ("another 323 pages"), never records or documents;
    its "the other 18" counts pages when the sentence before counted pages and named nothing else after them;
    "every one of these pages", "each of them" count all the pages counted before; a row of counts under a row of
    column heads is read with its heads; and a form's "Number of pages: 14" below its "Records provided: ..." counts
    the pages provided."""
    plain, plain_previous = spelled_out(sentence), spelled_out(previous)
    if (plain, plain_previous) != (sentence, previous):
        # read with their contractions spelt out ("They're withheld in full"), the letter's own words as the evidence
        read_pages_after(plain, plain_previous, counts)
        for name, evidence in counts.sentences.items():
            if evidence == plain:
                counts.sentences[name] = sentence
            elif evidence == f"{plain_previous} … {plain}":
                counts.sentences[name] = f"{previous} … {sentence}"
        return
    size = _SIZE_OF_WHAT_WAS_SENT.match(sentence)
    if (size and count_value(size.group("n")) is not None and _SENT_WITH_THIS.search(previous)
            and not _WITHHOLD.search(previous) and not _NOT_SENT.search(previous) and not _counts_anything(previous)
            and not any(count_value(m.group("count")) is not None for m in _MENTION.finditer(previous))):
        # "Attached is the incident report you asked for, along with the supplemental narratives. It's 9 pages.",
        # "I've uploaded everything we found ... That's 14 pages total.": the size of what the sentence before sends.
        _read_respelt(sentence, f"{size.group('n')} pages are released.", counts)
        return
    row = header_row_counts(previous, sentence)
    if row:
        read_pages(row, counts)
        for name, evidence in counts.sentences.items():
            if evidence == row:
                counts.sentences[name] = f"{previous} … {sentence}"
        return
    portal_row = _FILES_IN_PORTAL_ROW.match(sentence)
    if portal_row and count_value(portal_row.group("n")) is not None:
        _read_respelt(sentence, f"Pages released: {portal_row.group('n')}", counts)
        return
    field_count = _PAGE_COUNT_FIELD.match(sentence)
    if field_count and _RECORDS_GIVEN_FIELD.match(previous) and count_value(field_count.group("n")) is not None:
        _read_respelt(sentence, f"Pages provided: {field_count.group('n')}", counts)
        return
    other = _OTHER_BARE.search(sentence)
    if (other and not _MENTION.search(sentence) and count_value(other.group("n")) is not None
            and (last := list(_PAGES_BEFORE.finditer(previous))) and _MENTION.search(previous)
            and _pages_last_counted(previous, last[-1])):
        spelt = sentence[:other.end()] + " pages" + sentence[other.end():]
        _read_respelt(sentence, spelt, counts)
        return
    clause = _as_they_clause(sentence)
    if subjectless := _DONE_WITHOUT_SUBJECT.match(sentence):
        # ... or said of them with no subject at all, as a list of items does: "Item 2: Coroner's autopsy report and
        # toxicology report, 12 pages." / "Withheld in full; autopsy reports are confidential pursuant to La. R.S.
        # 44:19."
        rest = sentence[subjectless.end():]
        clause = f"They are {rest[:1].lower()}{rest[1:]}"
    they = _THEY_ARE_DONE.match(clause)
    if they is None and (last_clause := _THEY_DONE_LAST.search(sentence)) \
            and not literals.search(_PAGES_COUNTED, sentence[:last_clause.start()]):
        # ... or in the clause that closes a sentence giving the reason: "The Sheriff's Office has determined that
        # release of these reports would be detrimental to the best interests of the State, and they are withheld in
        # full."
        clause = sentence[last_clause.end():]
        they = _THEY_ARE_DONE.match(clause)
    if they and not any(count_value(m.group("count")) is not None for m in _MENTION.finditer(clause[they.end():])) \
            and (last := list(literals.finditer(_PAGES_COUNTED, previous))):
        own = PageCounts()
        read_pages(previous, own)
        after = previous[last[-1].end():]
        total = count_value(re.match(rf"{COUNT}", last[-1].group(0), re.IGNORECASE).group(0))
        share = _SHARE_BEFORE_PAGES.search(previous[:last[-1].start()])
        if share and count_value(share.group("n")) is not None:
            # "We have determined that 37 of the 46 pages previously withheld in full can now be released in part.
            # Those pages are enclosed.": the 37, the share the sentence before picks out of the pages it names
            total = count_value(share.group("n"))
        # (a total that only measures the records counted, "Two reports, totaling 11 pages, concern an open
        # investigation", is no total of pages found beside them)
        if (total is not None and own.pages_released is None and own.withheld_full is None
                and (own.total is None or _RECORDS_MEASURED.search(previous) or _CLASS_COUNTED.match(previous)
                     or _ITEM_SIZED.match(previous))
                and not re.search(r"\b(?:records?|documents?|files?|items?|e-?mails?)\s+(?:are|were)\b|\d",
                                  _SECTION_CITED.sub("", after), re.IGNORECASE)):
            _read_respelt(sentence, f"The {total} pages {clause[they.end():]}", counts)
            return
    refused = _OFFICE_REFUSES_THEM.search(sentence)
    if refused and not _counts_anything(sentence) \
            and (pages := _one_count_of_pages(sentence[:refused.start()])) is not None:
        # "The remaining 1,166 pages of the file, and the audio recordings ..., are criminal investigation records as
        # defined by K.S.A. 45-217(c), and the KBI declines to disclose them under K.S.A. 45-221(a)(10)": the one count
        # of pages before the office's refusal is what it keeps back.
        _read_respelt(sentence, f"The {pages} pages are withheld in full.", counts)
        return
    kept = _OFFICE_WITHHOLDS_THEM.search(sentence)
    if kept and not any(count_value(m.group("count")) is not None for m in _MENTION.finditer(sentence)) \
            and not _counts_anything(previous) and (pages := _one_count_of_pages(previous)) is not None:
        # the one count of pages the sentence before gives ("the 14-page investigative case file")
        _read_respelt(sentence, f"The {pages} pages are withheld in full.", counts)
        return
    each = _EACH_OF_THESE.search(sentence)
    if (each and not any(m.end() <= each.start() or m.start() >= each.end() for m in _MENTION.finditer(sentence))
            and (last := list(literals.finditer(_PAGES_COUNTED, previous))) and _pages_last_counted(previous, last[-1])
            and (total := count_value(re.match(rf"{COUNT}", last[-1].group(0), re.IGNORECASE).group(0))) is not None):
        _read_respelt(sentence, f"{sentence[:each.start()]}all {total} pages{sentence[each.end():]}", counts)
        return
    if not _counts_anything(sentence) and (spelt := _all_records_counted_in_pages(sentence, previous)):
        _read_respelt(sentence, spelt, counts)
        return
    if (_COUNT_OF_THEM.search(sentence) and not _counts_anything(sentence)
            and all(m.group("unit").lower().startswith("of") for m in _MENTION.finditer(sentence))
            and (last := list(literals.finditer(_PAGES_COUNTED, previous)))
            and _pages_last_counted(previous, last[-1])):
        # "... identified 97 pages. We are releasing 80 of them; 52 of those 80 carry redactions.": read as "We are
        # releasing 80 pages; 52 of those pages carry redactions." (only where the sentence alone counts nothing)
        # ("52 of those 80", a share of a count given in the sentence itself, stays a share of it)
        _read_respelt(sentence, _COUNT_OF_THEM.sub(
            lambda m: f"{m.group('n')} of those pages" if m.group("of") else f"{m.group('n')} pages", sentence), counts)
        return
    if (_OF_THESE_BARE.match(sentence) and not _MENTION.search(sentence)
            and (last := list(literals.finditer(_PAGES_COUNTED, previous)))
            and _pages_last_counted(previous, last[-1])):
        spelt = _bare_counts(sentence).sub(lambda m: f"{m.group('n')} pages " if count_value(m.group("n")) is not None
                                else m.group(0), sentence)
        if spelt != sentence:
            _read_respelt(sentence, spelt, counts)
            return
    read_pages(sentence, counts)


def _add(current: int | None, value: int) -> int:
    return (current or 0) + value


# Pages none of which go out: "The file amounts to 214 pages, and none of them can be separated out for release",
# "We located 40 pages, none of which can be released" (not "none of which were previously released").
_NONE_OF_THEM_OUT = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+(?:responsive\s+)?pages?\b[^.;]{{0,40}}?,?\s*(?:and\s+)?"
                               r"none\s+of\s+(?:which|them|these|those)\s+(?:can|could|may|will|is|are)\s+"
                               r"(?:(?:now|be|being)\s+)*(?:\w+\s+){0,2}?(?:released|disclosed|produced|provided|"
                               r"separated|segregated|made\s+(?:public|available))\b", re.IGNORECASE)

# ... also with the pages named after "none of", "no portion of": "no portion of the 27 pages can be segregated and
# released", "None of the 58 responsive pages may be disclosed" (not "none of the 12 pages were previously released").
_NO_PART_OF_PAGES_OUT = re.compile(rf"\b(?:no\s+(?:portion|part|page|segment)s?|none|not\s+(?:one|any))\s+of\s+"
                                   rf"(?:the|these|those|its|their|all)\s+(?:[\w-]+\s+)??(?P<n>{COUNT})\s+"
                                   r"(?:responsive\s+)?pages?\b(?:\s+[\w-]+){0,3}?\s+(?:can|could|may|will|is|are)\s+"
                                   r"(?:(?:now|be|being|reasonably|therefore)\s+)*(?:\w+\s+(?:and\s+)?){0,2}?"
                                   r"(?:released|disclosed|produced|provided|separated|segregated|"
                                   r"made\s+(?:public|available))\b", re.IGNORECASE)

# ... or nothing segregable said to come out of the pages named after it: "no meaningful, reasonably segregable
# non-exempt information can be released from the 126 pages", "There is no segregable material that could be disclosed
# from these 40 pages", "no reasonably segregable portions of the 40 pages could be released" (not what is left after a
# release: "no further information can be released from the 40 pages", nor pages "no information was redacted from").
_NOTHING_SEGREGABLE_OUT = re.compile(rf"\bno\s+(?!(?:further|additional|other|more|remaining)\b)"
                                     r"(?:(?!(?:further|additional|other|more|remaining)\b)[\w-]+,?\s+){0,4}?"
                                     r"(?:information|material|portions?|parts?|content|text|segments?)\s+"
                                     r"(?:(?:of|from|in)\s+(?:the|these|those|its|their|all)\s+(?:[\w-]+\s+)??"
                                     rf"(?P<n>{COUNT})\s+(?:responsive\s+)?pages?\s+)?"
                                     r"(?:that\s+|which\s+)?(?:can|could|may|will)\s+"
                                     r"(?:(?:now|be|being|reasonably|therefore)\s+)*(?:\w+\s+(?:and\s+)?){0,2}?"
                                     r"(?:released|disclosed|produced|provided|segregated|made\s+(?:public|available))\b"
                                     r"(?(n)|\s+(?:from|in|of)\s+(?:any\s+of\s+)?(?:the|these|those|its|their|all)\s+"
                                     rf"(?:[\w-]+\s+)??(?P<m>{COUNT})\s+(?:responsive\s+)?pages?\b)", re.IGNORECASE)

# Pages no part of which was taken out, given in the same sentence: "We have made no redactions to the 18 pages of
# records, and copies of them accompany this letter" (released in full; never pages only reviewed, nor a sentence that
# also withholds).
_NO_REDACTIONS_TO = re.compile(rf"\b(?:made|make|making)\s+no\s+(?:redactions?|deletions?|excisions?)\s+(?:to|in|on|"
                               rf"from)\s+(?:(?:the|these|those|all|any\s+of\s+the)\s+)?(?P<n>{COUNT})\s+"
                               r"(?:responsive\s+)?pages?\b", re.IGNORECASE)
_GIVEN_AFTER = re.compile(r"\baccompan(?:y|ies|ying)\s+(?:this|the|our)\s+(?:letter|response|e-?mail|notice)\b|"
                          r"\b(?:are|is|were|being|been)\s+(?:\w+\s+)?(?:enclosed|attached|provided|released|produced|"
                          r"furnished)\b|\b(?:enclos|attach|provid|releas|produc|furnish)ing\b", re.IGNORECASE)


# A sentence that shares out the pages the one before gave: "Enclosed are 212 pages. Of these, 171 pages are produced
# as kept, and 41 pages carry redactions".
# The pages given out to the requester, said of the whole the next sentence shares out: "64 pages are provided with
# this letter", "we are enclosing 212 pages" (not pages found or produced by a search).
_GIVEN_WHOLE = re.compile(r"\b(?:are|is|were|was|have\s+been|has\s+been|being|will\s+be)\s+(?:hereby\s+|now\s+)?"
                          # (or judged fit to go out, as a notice of approval says it: "86 pages of records are
                          # approved for release", "the pages have been cleared for public release")
                          r"(?:provided|enclosed|attached|released|furnished|disclosed|"
                          r"(?:approved|cleared|appropriate|suitable)\s+for\s+(?:public\s+)?release)\b"
                          r"(?!\s+(?:in\s+part|partially|with\s+(?:some\s+|certain\s+)?(?:redactions|excisions|deletions)))|"
                          r"\b(?:we\s+are|I\s+am|the\s+\w+\s+is)\s+(?:hereby\s+|now\s+)?(?:providing|releasing|enclosing|"
                          r"furnishing|attaching)\b|"
                          # ... or said to the reader: "Enclosed please find 58 pages of records", "Please find
                          # attached 58 pages", "Enclosed are 212 pages"
                          r"^\W*(?:(?:enclosed|attached)\s+(?:herewith\s+)?(?:please\s+find|you\s+will\s+find|are|is)|"
                          r"please\s+find\s+(?:enclosed|attached))\b|"
                          # ... or the installment this letter sends, measured: "This first installment consists of 212
                          # pages", "This release contains 86 pages", "This production totals 412 pages"
                          r"^\W*this\s+(?:[\w-]+\s+){0,2}?(?:installment|instalment|release|production|tranche|batch)\s+"
                          r"(?:consists\s+of|contains|comprises|includes|totals|is\s+made\s+up\s+of)\b", re.IGNORECASE)
# ... and given out right after the count of what they amount to: "Responsive records totaling 64 pages are provided
# with this letter", "records comprising 212 pages are enclosed" (not "records totaling 64 pages were located").
_GIVEN_AFTER_COUNT = re.compile(r"\W*(?:are|is|were|was|have\s+been|has\s+been|will\s+be)\s+(?:hereby\s+|now\s+)?"
                                r"(?:being\s+)?(?:provided|enclosed|attached|released|furnished|disclosed|produced\s+to\s+you)"
                                r"\b", re.IGNORECASE)
_SHARE_OF_BEFORE = re.compile(r"^\W*of\s+(?:these|those|them)\s*,\s*", re.IGNORECASE)


# A count in a table cell of its own, the words that say what it counts in the next: "| 41 | page(s) are being
# released in full (RIF); |", as a Word table sets a form's blanks (the reader joins a row's cells with bars).
# The count starts its row (the sentence, or after the row before it ends with ";"): after a label's cell ("Pages
# released | 41 | pages withheld | 9") it is that label's.
_COUNT_CELL = re.compile(rf"(?:^|(?<=[;:]\s)|(?<=[;:]))\s*\|?\s*(?P<n>{COUNT})\s*\|\s*(?=pages?\b)",
                         re.IGNORECASE)


# A count that goes on a list whose first count was of pages, with no unit of its own: "1,000 pages are released in
# full, 150 in part, and 54 are withheld in full" (150 and 54 pages). Only where the sentence counts nothing but pages:
# in "3 records of 50 pages, and 2 are released" the 2 may be records.
_LISTED_AFTER_PAGES = re.compile(rf"(?:[,;:]\s*(?:and\s+|or\s+)?|\band\s+)(?:the\s+(?:other|remaining)\s+)?"
                                 rf"(?P<n>{COUNT})\s+(?=(?:are|were|is|was|"
                                 r"have\s+been|has\s+been|will\s+be|in\s+(?:part|full)|with\s|withheld|released|"
                                 r"redacted|partially|partly|denied|"
                                 # "61 pages without change and 19 after blacking out portions"
                                 r"after\s+(?:blacking|blanking|masking|redacting|removing|excising))\b)",
                                 re.IGNORECASE)
# ... the list's first count with what was done to its pages, not a total shared out after it ("Enclosed are 186
# pages: 172 are released ..." is read by the rules for totals).
_DISPOSED = re.compile(r"\s+(?:(?:are|were|is|was|have\s+been|has\s+been|will\s+be)\s+(?:being\s+)?)?"
                       r"(?:released|withheld|redacted|provided|produced|disclosed|denied|in\s+(?:full|part))\b|"
                       # ... or the manner alone, the verb before the count: "We are disclosing 61 pages without change
                       # and 19 after blacking out portions"
                       r"\s+(?:without\s+(?:any\s+)?(?:changes?|alterations?|redactions?|excisions?|deletions?)|unchanged|"
                       r"untouched|intact|unredacted|after\s+(?:blacking|blanking|masking|redacting|removing|excising))\b",
                       re.IGNORECASE)
_COUNTED_NOT_PAGES = re.compile(rf"\b(?:{COUNT})\s+(?:\w+\s+)?(?:records?|documents?|files?|items?|e-?mails?|"
                                r"reports?|emails?|photographs?|videos?|requests?)\b", re.IGNORECASE)


def _listed_after_pages(sentence: str) -> str:
    """*sentence* with each unitless count that goes on a list of page counts spelt with "pages" (see
    _LISTED_AFTER_PAGES); the sentence itself where there is none."""
    first = next((m for m in _MENTION.finditer(sentence) if m.group("unit").lower().startswith("page")
                  and count_value(m.group("count")) is not None and _DISPOSED.match(sentence, m.end())), None)
    if first is None or _COUNTED_NOT_PAGES.search(sentence):
        return sentence
    head, tail = sentence[:first.end()], sentence[first.end():]
    return head + _LISTED_AFTER_PAGES.sub(
        lambda m: m.group(0).replace(m.group("n"), f"{m.group('n')} pages", 1)
        if count_value(m.group("n")) is not None else m.group(0), tail)


# A sentence that opens on the sum of what was released: "In total, 51 pages are released; 28 of them contain
# redactions", "Altogether, 40 pages are being released", after a list whose items gave some of the same pages.
# ... or on the records given out, their pages counted after a comma: "The records provided, 47 pages and seven
# recordings, are available for download", after the items that each gave some of them (not the pages of one record:
# "The record provided, 12 pages, is the incident report").
_SUM_OPENS = re.compile(r"^\W*(?:in\s+(?:total|all|sum)|altogether|all\s+told|overall)\s*,|"
                        r"^\W*the\s+(?:records|pages|documents|materials)\s+(?:being\s+)?(?:provided|released|produced|"
                        rf"disclosed|enclosed)(?:\s+to\s+you)?\s*,(?=\s*(?:a\s+total\s+of\s+)?(?:{COUNT})\s+pages\b)",
                        re.IGNORECASE)


def _sum_replaces(sentence: str, counts: PageCounts) -> bool:
    """Where *sentence* opens on a sum of the pages released and counts were read before it, take the sum's counts
    for the whole release in place of the ones before (the items of a list it sums up), never adding them again.
    Only where the sum is at least the counts before (a sum of some other part is added as usual)."""
    opening = _SUM_OPENS.match(sentence)
    if opening is None or counts.pages_released is None:
        return False
    whole = PageCounts()
    read_pages(sentence[opening.end():], whole)
    if whole.pages_released is None or whole.pages_released < counts.pages_released:
        return False
    if whole.pages_released > counts.pages_released and re.search(_GIVEN_PERFECT, sentence, re.IGNORECASE):
        # "We are releasing 36 pages in full and 12 pages in part. Altogether, 1,004 pages have been released to you":
        # more than this release's own counts, given out before now, is the sum of every release so far, not this one's.
        return True
    counts.released_full, counts.released_part, counts.released = (whole.released_full, whole.released_part,
                                                                   whole.released)
    if whole.withheld_full is not None:
        counts.withheld_full = whole.withheld_full
    for name in whole.sentences:
        counts.sentences[name] = sentence
    counts.sentences["pages_released"] = sentence
    counts.seen |= whole.seen
    counts.said |= whole.said
    return True


# Pages not released "at all", "in any form": withheld in full ("We are not releasing the other 19 pages at all").
_NOT_RELEASED_AT_ALL = re.compile(r"\b(?:are|is|am|will)\s+not\s+(?:be\s+)?(?:releasing|disclosing|providing|producing|"
                                  r"released|disclosed|provided|produced)\b(?P<object>[^.;]*?\d[^.;]*?)\s+"
                                  r"(?:at\s+all|in\s+any\s+form|whatsoever)\b", re.IGNORECASE)


_REDACTIONS_ON_THE = re.compile(r"\b(?:redactions?|excisions?|deletions?)\s+(?:made\s+)?(?:on|in|to|from)\s+"
                                r"(?:the|these|those)\s+$", re.IGNORECASE)


# ... and the count itself named as where redactions were made, with no verb of its own: "5 pages withheld in full,
# redactions on 6 pages", "excisions in 4 pages".
_REDACTIONS_ON_COUNT = re.compile(r"\b(?:redactions?|excisions?|deletions?)\s+(?:made\s+|applied\s+)?(?:on|in|to)\s+$",
                                  re.IGNORECASE)


# A count of pages released, then how they go out, set after a comma: "DEA is disclosing 96 of those pages to you, 58
# of them with no excisions and 38 with excisions".
_BREAKDOWN = re.compile(rf"^(?P<head>[^.;]*?\b(?P<whole>{COUNT})\s+(?:of\s+(?:those|these|the)\s+)?pages?\b"
                        r"[^.;,]*?),\s+"
                        rf"(?P<rest>(?:{COUNT})\s+of\s+(?:them|these|those)\b[^.;]*?)\s*\.?\s*$", re.IGNORECASE)
_BREAKDOWN_ITEM = re.compile(rf"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?P<n>{COUNT})(?:\s+of\s+(?:them|these|those))?\s+",
                             re.IGNORECASE)


def _breakdown(sentence: str, counts: PageCounts) -> bool:
    """Read "96 pages ..., 58 of them with no excisions and 38 with excisions" as the 96 released, 58 of them in full
    and 38 in part, where the parts add up to the whole and the whole is released."""
    found = literals.match(_BREAKDOWN, sentence)
    if not found or count_value(found.group("whole")) is None:
        return False
    head, parts = PageCounts(), PageCounts()
    read_pages(found.group("head") + ".", head)
    spelt = _BREAKDOWN_ITEM.sub(lambda m: f"; {m.group('n')} pages are released ", found.group("rest")).lstrip("; ")
    read_pages(spelt, parts)
    whole = count_value(found.group("whole"))
    # Beside those released in part, those released without saying how are the rest, released in full.
    full = (parts.released_full or 0) + (parts.released or 0)
    if head.pages_released != whole or full + (parts.released_part or 0) != whole or parts.withheld_full is not None:
        return False
    counts.released_full = _add(counts.released_full, full)
    counts.released_part = _add(counts.released_part, parts.released_part or 0)
    counts.sentences["pages_released"] = sentence
    counts.seen |= parts.seen
    counts.said |= parts.said
    return True


# Given out before now, in the perfect tense: "we have released", "have been provided", "has now produced".
_GIVEN_PERFECT = (r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been\s+)?(?:released|provided|produced|disclosed|sent|"
                  r"made\s+available)\b")


# A running total of all the releases made so far, not this one's: "Cumulatively, the FBI has now reviewed 2,000 pages
# and released 1,726 pages", "..., bringing the total produced to date to 400 pages", "Total provided to date: 690
# pages", "a running total of 912 pages" (not "In total, 51 pages are released", this release's sum, nor records asked
# for "from January 2025 to date").
_RUNNING_TOTAL = re.compile(r"\bcumulative(?:ly)?\b|\brunning\s+(?:total|tally|count)\b|"
                            r"\bbring(?:s|ing)?\s+(?:the|our|its|your)\s+(?:\w+\s+)?(?:total|number|count|sum|tally)\b|"
                            r"\btotal\b[^.;:\u2022]{0,40}?\b(?:to\s+date|so\s+far|thus\s+far|until\s+now)\b|"
                            r"\b(?:to\s+date|so\s+far|thus\s+far)\b[^.;\u2022]{0,12}?\btotal\b|"
                            r"\b(?:in|across|over)\s+all\s+(?:of\s+(?:our|the|its)\s+)?(?:\w+\s+)?(?:releases|installments|"
                            r"productions|responses|batches|tranches)\b|"
                            # ... what has "now" been given in all: "SPD has now provided a total of 176 pages", "a
                            # total of 176 pages have now been released to you" (not "we have released a total of 51
                            # pages", one release's sum)
                            r"\b(?:has|have)\s+now\s+(?:\w+\s+)?(?:provided|released|produced|disclosed|sent|made\s+available)\s+"
                            r"(?:to\s+you\s+|you\s+)?(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\b|"
                            r"\ba\s+total\s+of\s+[\d,]+\s+pages?\s+(?:has|have)\s+now\s+been\b|"
                            # ... what all the releases up to this one come to: "With this release, EOUSA has released a
                            # total of 398 pages", "With this installment, Ecology has provided 530 pages to date" (not
                            # "With this letter we are releasing 51 pages", this release's own)
                            r"\bwith\s+(?:this|today's|the\s+(?:present|current|enclosed|attached))\s+(?:\w+\s+)?"
                            r"(?:release|installment|production|response|batch|tranche|disclosure|letter|e-?mail)\b"
                            r"[^.;]{0,60}?\b(?:has|have)\s+(?:now\s+)?(?:released|provided|produced|disclosed|sent|"
                            r"made\s+available)\b|"
                            # ... or the pages given so far: "has provided 530 pages to date", "we have released 1,143
                            # pages so far" (not records asked for "from January 2025 to date")
                            r"\b(?:released|provided|produced|disclosed|sent|made\s+available)\s+(?:to\s+you\s+)?"
                            r"(?:a\s+total\s+of\s+)?[\d,]+\s+(?:\w+\s+)?pages?\s+(?:(?:to\s+you|in\s+(?:total|all)|"
                            r"altogether|of\s+(?:responsive\s+)?records)\s+)?(?:to\s+date|so\s+far|thus\s+far|"
                            r"until\s+now)\b|"
                            # ... or the earlier release's pages added in: "Together with the 112 pages provided in the
                            # first installment on October 27, 2026, SPD has provided a total of 176 pages"
                            # ... the sum said without "total", in the perfect tense: "Together with the first
                            # installment of 443 pages provided on October 30, 2026, the City has now provided 1,126
                            # pages" (not "Together with the first installment's index, we are releasing 50 pages",
                            # this release's own)
                            r"\b(?:together|combined)\s+with\s+[^.;]{0,80}?\b(?:earlier|previously|already|first|previous|"
                            rf"prior)\b[^.;]{{0,120}}?(?:\btotal\b|{_GIVEN_PERFECT})|"
                            # ... what has been given "to date" or "so far", in whatever words: "To date, we have
                            # released 1,240 pages", "In all, 1,618 pages have been released to you so far" (not
                            # "records from January 2025 to date", nothing given)
                            rf"\b(?:to\s+date|so\s+far|thus\s+far)\b[^.;:\u2022]{{0,80}}?{_GIVEN_PERFECT}|"
                            rf"{_GIVEN_PERFECT}[^.;:\u2022]{{0,80}}?\b(?:to\s+date|so\s+far|thus\s+far)\b|"
                            # ... or what "this installment" brings the sum of all given to: "With this installment we
                            # have released a total of 412 pages", "With this production, a total of 733 pages have been
                            # provided to you" (not "With this letter we are releasing a total of 51 pages", this one's)
                            r"\bwith\s+(?:this|the\s+enclosed|today's)\s+(?:[\w-]+\s+){0,2}?(?:installment|instalment|"
                            r"release|production|tranche|batch|disclosure|interim\s+response|response|supplemental\s+"
                            r"response)\b[^.;:\u2022]{0,80}?"
                            rf"(?:\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\b[^.;:\u2022]{{0,60}}?{_GIVEN_PERFECT}|"
                            rf"{_GIVEN_PERFECT}[^.;:\u2022]{{0,30}}?\b(?:a\s+total\s+of|in\s+total|in\s+all|altogether)\b)",
                            re.IGNORECASE)
# The pieces a sentence's running total is told in: a list's items (bullets, semicolons) and a clause set after a comma
# that brings the total up ("Today we released 186 pages, bringing the total produced to date to 400 pages").
_RUNNING_PIECES = re.compile(r"(\s*[\u2022\u25aa\u25cf;]\s*|,\s+(?=(?:bringing|which\s+brings|"
                             r"for\s+a\s+(?:cumulative|running)|making\s+(?:a|the)\s+(?:cumulative|running))\b))",
                             re.IGNORECASE)


def without_running_totals(sentence: str) -> str:
    """*sentence* without the pieces that count all the releases made so far (see _RUNNING_TOTAL); the sentence itself
    where none does. A piece is dropped only where it counts something."""
    pieces = _RUNNING_PIECES.split(sentence)
    kept = [piece for index, piece in enumerate(pieces)
            if index % 2 or not (literals.search(_RUNNING_TOTAL, piece) and re.search(r"\d", piece))]
    if len(kept) == len(pieces):
        return sentence
    return "".join(kept).strip(" ,;\u2022\u25aa\u25cf")


def running_total_only(sentences: list[str]) -> str | None:
    """The first of *sentences* that counts all the releases made so far (see _RUNNING_TOTAL), or None: where the
    letter counts no pages of its own, that sum is left out and the pages this release holds are not known."""
    return next((sentence for sentence in sentences if without_running_totals(sentence) != sentence), None)


# Pages counted with other things beside them, a clause after both saying what became of them all: "The closed
# investigative file consists of 41 pages and 57 photographs, which are withheld in full", "12 pages and three
# recordings, all of which are exempt in their entirety" (the other things are no pages; the clause is the pages' too).
# ... or the verb itself after both: "In total, 9 pages and 2 recordings are provided with this response; 23 pages and 2
# recordings are denied", "80 pages and 8 media files are produced with this letter", and the pages set off by commas
# after what they are: "The remainder of the criminal investigative file, 87 pages, and all eleven body-worn camera
# recordings are withheld under § 2.2-3706.1(B)(1)".
_THINGS_BESIDE_PAGES = re.compile(rf"(?<=\bpages)\s*,?\s+and\s+(?:all\s+|the\s+)?(?P<n>{COUNT})\s+"
                                  r"(?!pages?\b|more\b|additional\b|other\b)"
                                  r"[a-z]+(?:[\s-]+[a-z]+){0,3}?"
                                  # ... what they are of: "3 videos of the involved officers' interviews"
                                  r"(?:\s+of\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}?)?"
                                  r"(?=\s*,\s*(?:which|all\s+of\s+which|both\s+of\s+which)\s+"
                                  r"(?:are|were|have|will|remain)\b|\s+(?:are|were|have\s+been|will\s+be|are\s+being)\s+"
                                  r"(?:(?:also|hereby|now)\s+)?(?:provided|produced|released|enclosed|disclosed|attached|"
                                  r"withheld|denied)\b)", re.IGNORECASE)


# Pages counted, then said what they are, then taken up by a pronoun that says what is done with them: "The remaining 13
# pages are the investigator's draft analysis ..., and they continue to be withheld in full under Exemption 5".
# (Not pages whose own clause already says how they go out, the pronoun only adding that they are enclosed: "9 pages ...
# are appropriate for release in full, and they are enclosed", "2 pages are released with redactions, and those pages
# are enclosed".)
_DESCRIBED_THEN_THEY = re.compile(rf"(?P<count>(?<![\w$.,])(?:{COUNT})\s+(?:(?:other|more|remaining|additional)\s+)?"
                                  r"pages?)\s+(?:are|is|were|was|consist\s+of|contain)\s+"
                                  r"(?:(?!\bin\s+(?:full|part|(?:their|its)\s+entirety)\b|\bwith\s+(?:\w+\s+)?"
                                  r"(?:redactions?|excisions?|deletions?)\b)[^;]){1,250}?,?\s+and\s+"
                                  r"(?:they|these|those|these\s+pages|those\s+pages)\s+"
                                  r"(?=(?:are|were|have\s+been|will\s+(?:continue\s+to\s+|still\s+)?be|remain|"
                                  r"continue\s+to\s+be)\s+(?:(?:being|also|therefore|thus|accordingly|all|still|now)\s+)?"
                                  r"(?:withheld|released|redacted|produced|provided|disclosed|enclosed|exempt|denied)\b)",
                                  re.IGNORECASE)


# What was done with pages before, said to name them, where the sentence goes on to release them now: "The 12 pages
# previously withheld under Exemption 5 are now released in full", "14 of the 20 pages previously withheld in full are
# released to you in part".
_PREVIOUSLY_DONE = re.compile(r"\s+(?:that\s+(?:were|had\s+been)\s+|which\s+(?:were|had\s+been)\s+)?previously\s+"
                              r"(?:withheld|redacted|denied)(?:\s+in\s+(?:full|part|their\s+entirety|its\s+entirety))?"
                              r"(?:\s+(?:under|pursuant\s+to)\s+[^,;]*?(?=\s+(?:are|is|were|will|have|has)\b))?"
                              r"(?=,?\s+(?:are|is|will|have\s+been|has\s+been)\s+(?:now\s+|hereby\s+|being\s+)*"
                              r"(?:released|disclosed|provided|produced|enclosed|sent|granted)\b)", re.IGNORECASE)


# ... and the same said after the pages given out now: "We are releasing 12 additional pages that were previously
# withheld in full", "the agency will release two pages previously withheld under Exemption 5": what was done before
# only names the pages, it withholds none of them now.
# ... also with the record they are of named between: "DEA has agreed to release to your client two pages of the DEA-6
# Report of Investigation, previously withheld in full, with excisions".
_RELEASED_PREVIOUSLY_KEPT = re.compile(r"\b(?:releas|disclos|produc|provid|enclos)\w*\b[^.;]{0,80}?\bpages?\b"
                                       r"(?:\s+of\s+(?:the|your|this|that|its|an?)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,6}?"
                                       r"(?=,?\s+(?:that\s+|which\s+)?(?:(?:were|was|had\s+been)\s+)?previously\b))?"
                                       r"(?P<was>,?\s+(?:that\s+|which\s+)?(?:(?:were|was|had\s+been)\s+)?previously\s+"
                                       r"(?:withheld|redacted|denied)(?:\s+in\s+(?:full|part|their\s+entirety|its\s+entirety))?"
                                       r"(?:\s+(?:under|pursuant\s+to|by)\s+[^,;]*?)?)(?=[,;]|\.?\s*$)", re.IGNORECASE)


# A share of pages counted whole in the same breath: "22 of the 35 pages are released to you in part", "releasing 22
# of those 35 pages": the share is what is done, the whole only names them.
_SHARE_OF_WHOLE = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+of\s+(?:the|these|those|its|our)\s+(?P<m>{COUNT})\s+"
                             r"(?=(?:[\w-]+\s+){0,2}?pages?\b)", re.IGNORECASE)


# Pages said to come beside others: "10 further pages", "another 12 pages".
_FURTHER_PAGES = re.compile(rf"\banother\s+(?:{COUNT})\s+pages?\b|\b(?:{COUNT})\s+(?:additional|further|more|other)\s+"
                            r"pages?\b", re.IGNORECASE)


# Pages the requester sent, not the office: "The 40 pages of correspondence you cite are attached to your appeal",
# "the 12 pages you enclosed with your request" (not the records sent with this letter: "attached to this letter");
# ... and the requester's own letter sent back with the answer, in the note of what is enclosed: "Enclosure: Copy of
# your request (3 pages)", "Enclosures: copy of your original FOIA request, 2 pages" (not "Enclosure: Copy of the
# records you requested (3 pages)").
_REQUESTERS_OWN_PAGES = re.compile(
    r"\b(?:attached|enclosed|appended|included)\s+(?:to|with|in)\s+your\s+(?:[\w-]+\s+){0,2}?(?:appeal|request|"
    r"letter|e-?mail|complaint|petition|submission|correspondence)\b|"
    r"^\W*(?:enclosures?|encl\.?|attachments?)\b\s*[:(]?\s*(?:an?\s+)?(?:copy|copies)\s+of\s+(?:your|the\s+requester's)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:appeal|request|letter|e-?mail|correspondence)s?\s*(?:[(,:\u2013\u2014-]|$)|"
    r"\byou\s+(?:have\s+)?(?:sent|submitted|provided|enclosed|attached|included|forwarded)\s+(?:to\s+us\s+)?"
    r"(?:with|to|in|along\s+with)\s+your\b", re.IGNORECASE)


# Pages already counted named again by what was done with them, the participle after the noun and another verb telling
# about them: "The 13 pages of interview results withheld in full relate solely to minor dependents", "The 29 pages
# withheld in their entirety consist of draft memoranda" (not "The 13 pages are withheld in full", nor "The remaining 13
# pages withheld in full are ..." read as more pages where none were counted before).
_PAGES_NAMED_AGAIN = re.compile(rf"^\W*the\s+(?P<n>{COUNT})\s+pages?\s+(?:of\s+(?:[\w'-]+\s+){{1,6}}?)?"
                                r"(?P<done>withheld|released|redacted)\s+(?:in\s+(?:full|part|(?:their|its)\s+entirety)\s+)?"
                                r"(?!(?:are|is|were|was|have|has|will|in|under|pursuant|by|from|to|with)\b)"
                                r"(?P<verb>(?:relate|consist|contain|concern|include|comprise|involve|reflect)s?)\b",
                                re.IGNORECASE)


# ... or by what was done with them and where they are now: "The 12 pages released on appeal are enclosed", "The 9 pages
# released today are attached" (after "we are releasing to you 12 additional pages"; not "The 12 pages are enclosed",
# which counts them).
_PAGES_NAMED_AGAIN_ENCLOSED = re.compile(rf"^\W*the\s+(?P<n>{COUNT})\s+(?:additional\s+|more\s+)?pages?\s+"
                                         r"(?P<done>released|redacted|withheld)\s+(?:in\s+(?:full|part)\s+)?"
                                         r"(?:(?:on|upon)\s+(?:appeal|remand|review|reconsideration)\s+|to\s+you\s+|today\s+|"
                                         r"now\s+|with\s+this\s+(?:letter|decision|response)\s+){0,2}"
                                         r"(?:are|is|have\s+been)\s+(?:enclosed|attached|included)\b", re.IGNORECASE)


def _pages_named_again(sentence: str, counts: PageCounts) -> bool:
    """Whether *sentence* only names again pages withheld or released that *counts* holds already (see
    _PAGES_NAMED_AGAIN and _PAGES_NAMED_AGAIN_ENCLOSED)."""
    match = _PAGES_NAMED_AGAIN.search(sentence) or _PAGES_NAMED_AGAIN_ENCLOSED.search(sentence)
    if match is None or (value := count_value(match.group("n"))) is None:
        return False
    held = counts.withheld_full if match.group("done").lower() == "withheld" else counts.pages_released
    return held is not None and value <= held


# A sentence that opens by taking a share of the pages the sentence before counted: "Of those pages, 37 are released
# with redactions", "Of these, 12 pages contain redactions".
# ... or a count of them: "Three of those nine pages have had the names of witnesses redacted".
_SHARE_OF_THOSE = re.compile(r"^\W*of\s+(?:those|these|them|the\s+(?:pages|records)\s+(?:provided|released|enclosed|"
                             rf"produced))(?:\s+pages)?\s*,|^\W*(?:{COUNT})\s+of\s+(?:those|these|them)\b",
                             re.IGNORECASE)


# ... and in a clause after the pages released: "producing 73 pages of records with this letter, of which 41 pages have
# been redacted", "We are releasing 73 pages, of which 41 have been redacted".
_SHARE_OF_WHICH = re.compile(rf"\bpages?\b[^.;]*?,\s*of\s+which\s+(?:{COUNT})\s", re.IGNORECASE)

# The pages given out, then how, in a clause after a comma that sums to them: "the FOIA Officer will send you 6
# additional pages, 2 released in full and 4 with redactions", "we are releasing 30 pages, 12 in full and 18 in part"
# (the breakdown read only where its two counts add up to the pages first given).
_RELEASED_THEN_HOW = re.compile(
    rf"(?<![\w$.])(?P<n>{COUNT})\s+(?:additional\s+|more\s+|further\s+)?pages?\s*,\s*(?P<full>{COUNT})\s+"
    r"(?:(?:are|were|will\s+be|being)\s+)?(?:released\s+|provided\s+)?in\s+(?:full|(?:their|its)\s+entirety)\s*,?\s+"
    rf"and\s+(?P<part>{COUNT})\s+(?:(?:are|were|will\s+be|being)\s+)?(?:released\s+|provided\s+)?"
    r"(?:with\s+(?:redactions|excisions|deletions)|in\s+part|partially|redacted)\b", re.IGNORECASE)

# A sentence that opens on the pages other than those the letter counted before: "Of the remaining pages, 49 are
# released", "Of the other 40 pages, 30 are released in full" (its counts come beside the pages before, not a share of
# them).
_SHARE_OF_THE_REST = re.compile(rf"^\W*of\s+the\s+(?:remaining|other)\s+(?:(?:{COUNT})\s+)?"
                                r"(?:pages|records|documents)\b|^\W*of\s+the\s+rest\b", re.IGNORECASE)


# A clause after a semicolon that takes a share of the pages the clause before counted: "We are releasing 131 pages to
# you; of those, 47 have been redacted under Exemption 6".
_SHARE_CLAUSE = re.compile(rf";\s*(?=of\s+(?:those|these|them)(?:\s+pages)?\s*,|"
                           rf"(?:{COUNT})\s+of\s+(?:those|these|them)\b)", re.IGNORECASE)


# The rest of the pages a letter has counted, named without a count and said to be released whole: "The search produced
# 126 pages. Of those pages, 30 are released with redactions, and 8 pages are withheld in full; the remaining pages are
# released without redaction." (the rest is 88). Not the rest given out later ("the remaining pages will be released in
# full in a later installment"). (The rest withheld in full is worked out by withheld_by_subtraction.)
_REST_RELEASED_WITHOUT_COUNT = re.compile(
    r"\b(?:the\s+(?:remaining|other)\s+pages|the\s+rest(?:\s+of\s+(?:the|those|these)\s+pages)?|all\s+(?:other|remaining)\s+"
    r"pages|the\s+balance(?:\s+of\s+the\s+pages)?)\s+(?:are|were|have\s+been|will\s+be|are\s+being)\s+(?:hereby\s+)?"
    r"(?:released|provided|disclosed|produced|enclosed)\s+(?:to\s+you\s+)?(?:in\s+full|in\s+(?:their|its)\s+entirety|"
    r"without\s+(?:any\s+)?(?:redactions?|excisions?|deletions?))"
    r"(?![^.;]*\b(?:later|future|subsequent|next|upon|once|when|after)\b)", re.IGNORECASE)
# The words that make a count approximate: "approximately 250 pages", "some 400 pages", "more than 1,000".
_NOT_EXACT = r"(?:approximately|about|roughly|nearly|over|more\s+than|at\s+least|some|around|up\s+to)"
_APPROXIMATE_COUNT = re.compile(rf"\b{_NOT_EXACT}\s+\d", re.IGNORECASE)


def _read_rest_released_without_count(sentence: str, counts: PageCounts) -> None:
    """Count the rest of the pages a sentence says are released whole without counting them (see
    _REST_RELEASED_WITHOUT_COUNT): the exact total the letter gave less the pages it has already said what was done
    with, only where that total and at least one share are known and the pages released whole are not."""
    if not _REST_RELEASED_WITHOUT_COUNT.search(sentence) or counts.total is None or counts.released is not None \
            or counts.release_total is not None or counts.released_full is not None \
            or _APPROXIMATE_COUNT.search(counts.sentences.get("total", "")):
        return
    shares = (counts.released_part, counts.withheld_full)
    left = counts.total - sum(share or 0 for share in shares)
    if left > 0 and any(shares):
        counts.released_full = left
        counts.sentences["pages_released"] = sentence


# A share the requester is told they "will find" done, its verb left out: "Of the 243 pages reviewed, you will find 124
# released in full and 88 released in part" (never "you will find 124 pages enclosed", a count with its own unit).
_YOU_WILL_FIND = re.compile(rf"\byou\s+will\s+(?:find|see|note)\s+(?:that\s+)?(?P<n>{COUNT})\s+"
                            r"(?=(?:released|withheld|redacted|provided|disclosed|produced|enclosed)\b)", re.IGNORECASE)


# Pages released but for some of them, withheld in full, which the release does not count: "the remaining 146 pages
# are appropriate for release in part, with the exception of 16 pages, which are withheld in full" releases 130; "We
# are releasing 48 pages in full except for 4 pages that are withheld in their entirety" releases 44.
_RELEASED_SAVE_WITHHELD = re.compile(
    rf"(?<![\w$.,])(?P<n>{COUNT})\s+(?:(?!\d)[\w-]+\s+){{0,2}}?pages?\b(?P<verb>[^.;]{{0,80}}?\b(?:release[ds]?|releasable|"
    r"provided|disclosed|produced)\b[^.;]{0,40}?),?\s+(?:with\s+the\s+exception\s+of|except(?:\s+for)?|save\s+for|"
    rf"other\s+than)\s+(?P<m>{COUNT})\s+(?:[\w-]+\s+)?pages?\b,?\s+(?:which|that)\s+(?:are|were|is|have\s+been|will\s+be)"
    r"\s+(?:being\s+)?(?:withheld|denied)\b", re.IGNORECASE)


def _released_save_withheld(sentence: str) -> str | None:
    """The sentence with the pages it releases but for those withheld counted without them, or None."""
    for match in _RELEASED_SAVE_WITHHELD.finditer(sentence):
        released, withheld = count_value(match.group("n")), count_value(match.group("m"))
        if released is not None and withheld is not None and withheld < released:
            # (the exception said as a count beside the release, so that the sentence is read once)
            return (f"{sentence[:match.start('n')]}{released - withheld}{sentence[match.end('n'):match.end('verb')]}, "
                    f"and {sentence[match.start('m'):]}")
    return None


# An item's pages after its label, a share of them redacted and no verb of their own: "Attachment A - Investigative
# Summary (FDLE-000001 through FDLE-000118): 118 pages, 44 of which contain redactions." gives out the 118, the 44 in
# part; so does "Item 1: incident report, 12 pages, 3 of which are redacted." (not "We located 118 pages, 44 of which
# contain redactions", pages found).
_ITEM_PAGES_SHARE_REDACTED = re.compile(rf"(?:[:,\u2013\u2014]|\s-)\s*(?P<n>{COUNT})\s+pages?,\s+(?P<m>{COUNT})\s+of\s+"
                                        r"(?:which|them|these)\s+(?:contain|have|bear|carry|show|are|were)\s+"
                                        r"(?:redact|excis|partially\s+redact)\w*", re.IGNORECASE)


def _item_pages_share_redacted(sentence: str) -> str | None:
    """The sentence with its item's pages said to be given out, or None."""
    match = _ITEM_PAGES_SHARE_REDACTED.search(sentence)
    if not match or _WITHHOLD.search(sentence) or _RELEASE.search(sentence[:match.start("n")]) \
            or len([m for m in _MENTION.finditer(sentence) if count_value(m.group("count")) is not None]) != 2:
        return None
    values = count_value(match.group("n")), count_value(match.group("m"))
    if values[0] is None or values[1] is None or values[1] > values[0]:
        return None
    return f"{sentence[:match.end('n')]} pages are provided, {sentence[match.start('m'):]}"


# A date written with its comma, in the middle of a clause that goes on with its verb: "... of June 22, 2026 have been".
_DATE_INSIDE_CLAUSE = re.compile(r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}),"
                                 r"\s+((?:19|20)\d\d)(?=\s+(?:has|have|had|is|are|was|were|will|shall|remains?)\s)")

# The class a law puts withheld pages in, with its section, said before they are withheld: "23 pages of data relating
# to an open investigation are not public under Minn. Stat. § 13.43, subd. 2, and are withheld in full", "the 9 pages
# are private under Utah Code § 63G-2-302(2)(d) and are being withheld" (a citation's numbers and commas no count and
# no clause's end); read without it, the withholding said of the pages counted before it. Not a class alone ("are not
# public data", "are private under § 13.43 and are released with redactions": no withholding follows).
_CLASS_UNDER_LAW_THEN_WITHHELD = re.compile(
    r"(?<!\bwhich\s)(?<!\bthat\s)\b(?:are|is|were|was|remain)\s+(?:also\s+)?(?:not\s+public|nonpublic|non-public|"
    r"private|confidential|protected|exempt|classified\s+as\s+(?:private|confidential|nonpublic|not\s+public|"
    r"protected)(?:\s+data)?)\s+(?:data\s+)?(?:under|pursuant\s+to|by)\s+[^;]{1,80}?,?\s+and\s+"
    r"(?=(?:are|is|were|was|have\s+been|has\s+been|remain)\s+(?:also\s+|therefore\s+|being\s+)?withheld\b)",
    re.IGNORECASE)


# A share of the pages withheld in full that a decision now gives out: "6 of the 44 pages withheld in full under
# Exemption 7(E) ... will be released", "8 of the 19 pages that were withheld in full are now released to you" (the
# participle names what all the pages were; the verb after it says what becomes of the share). Not a share kept back
# ("6 of the 44 pages withheld in full remain withheld"), nor one released only if something is done, nor where another
# count follows (that sentence shares the pages out itself).
_WITHHELD_SHARE_NOW_RELEASED = re.compile(
    rf"^(?:(?!\b(?:if|unless|whether|not)\b)[^;])*?(?<![\w$.,])(?P<n>{COUNT})\s+of\s+(?:the|those|these)\s+"
    rf"(?P<m>{COUNT})\s+pages?\s+(?:(?:that|which)\s+(?:were|had\s+been|have\s+been)\s+)?(?:previously\s+)?"
    r"withheld\s+(?:in\s+full|in\s+(?:their|its)\s+entirety|entirely)\b"
    r"(?:(?!\b(?:withh\w*|denied|remain\w*|continue\w*|if|unless)\b|\b\d[\d,]*\s+(?:[\w-]+\s+)?pages?\b)[^;])*?"
    r"\b(?:will|shall|are|is|must)\s+(?:now\s+|therefore\s+|also\s+)?(?:be\s+)?(?:being\s+)?"
    r"(?:released|disclosed|produced|provided)\b"
    r"(?:(?!\b(?:withh\w*|denied|if|unless|provided\s+that)\b|\b\d[\d,]*\s+(?:[\w-]+\s+)?pages?\b)[^;])*$",
    re.IGNORECASE)


def read_pages(sentence: str, counts: PageCounts) -> None:
    """Add the page counts one sentence states to *counts*."""
    if _REQUESTERS_OWN_PAGES.search(sentence) or _pages_named_again(sentence, counts):
        return
    none_out = _NO_PART_OF_PAGES_OUT.search(sentence)
    if none_out and count_value(none_out.group("n")) is not None:
        # "no portion of the 27 pages can be segregated and released": all withheld.
        _read_respelt(sentence, f"{none_out.group('n')} pages are withheld in full.", counts)
        return
    nothing_out = _NOTHING_SEGREGABLE_OUT.search(sentence)
    if nothing_out and count_value(pages := nothing_out.group("n") or nothing_out.group("m")) is not None:
        # "no reasonably segregable non-exempt information can be released from the 126 pages": all withheld.
        _read_respelt(sentence, f"{pages} pages are withheld in full.", counts)
        return
    if _ATTACHMENTS_NOTE.match(sentence) and _ENCLOSURE_NOTE.match(sentence):
        _read_respelt(sentence, _ATTACHMENTS_NOTE.sub(r"\1Enclosures", sentence, count=1), counts)
        return
    if (given := _item_pages_share_redacted(sentence)) is not None:
        _read_respelt(sentence, given, counts)
        return
    if (without_withheld := _released_save_withheld(sentence)) is not None:
        _read_respelt(sentence, without_withheld, counts)
        return
    if (share := _WITHHELD_SHARE_NOW_RELEASED.search(sentence)) and count_value(share.group("n")) is not None:
        # "I find that 6 of the 44 pages withheld in full ... do not disclose techniques ..., and they will be
        # released": the share is what goes out now; "withheld in full" only says what all 44 were.
        _read_respelt(sentence, f"{share.group('n')} pages are released.", counts)
        return
    clause = _SHARE_CLAUSE.search(sentence)
    if clause and literals.search(_PAGES_COUNTED, sentence[:clause.start()]) \
            and not any(count_value(m.group(1)) is not None
                        for m in re.finditer(rf"\band\s+({COUNT})\s", sentence[clause.end():], re.IGNORECASE)):
        # (not a clause that itself shares out all the pages: "Enclosed are 75 pages; 30 of these pages contain
        # redactions and 45 pages are released in full")
        # each clause read as a sentence of its own, the letter's sentence kept as the evidence
        first, second = sentence[:clause.start()] + ".", sentence[clause.end():]
        second = second[:1].upper() + second[1:]
        read_pages(first, counts)
        read_pages(second, counts)
        for name, evidence in counts.sentences.items():
            for part in (first, second):
                evidence = evidence.replace(part, sentence) if part in evidence else evidence
            counts.sentences[name] = evidence.replace(f"{sentence} … {sentence}", sentence)
        return
    plain = spelled_out(sentence)
    if plain != sentence:
        # read with its contractions spelt out, the letter's own sentence kept as the evidence
        _read_respelt(sentence, plain, counts)
        return
    if (undated := _DATE_INSIDE_CLAUSE.sub(r"\1 \2", sentence)) != sentence:
        # a date's comma is no clause's end: "Twelve (12) pages of incident reports relating to an incident of June
        # 22, 2026 have been withheld in their entirety" read with "June 22 2026"
        _read_respelt(sentence, undated, counts)
        return
    if literals.search(_PAGES_COUNTED, sentence) and (
            unclassed := _CLASS_UNDER_LAW_THEN_WITHHELD.sub("", sentence, count=1)) != sentence:
        # "23 pages ... are not public under Minn. Stat. § 13.43, subd. 2, and are withheld in full" read as "23 pages
        # ... are withheld in full"
        _read_respelt(sentence, unclassed, counts)
        return
    if (found := _YOU_WILL_FIND.search(sentence)) and count_value(found.group("n")) is not None:
        # "Of the 243 pages reviewed, you will find 124 released in full and 88 released in part" read as "... 124 are
        # released in full and 88 released in part"
        _read_respelt(sentence, f"{sentence[:found.start()]}{found.group('n')} are {sentence[found.end():]}", counts)
        return
    if _breaks_down_one_count(sentence, counts):
        # A release sheet's "Supplemental Release - 29 pages (Bates BIS-SUPP-0001 through BIS-SUPP-0029)", read as of
        # one manner by an item listed under it ("Order ... (released in full)"), and then the letter's "We are
        # releasing 29 additional pages to you: 12 pages in full and 17 pages in part": the same pages told how, read
        # in place of the one count, not beside it.
        counts.released_full = counts.released_part = None
        counts.sentences.pop("pages_released", None)
    if counts.released_full and counts.released_part and _restates_breakdown(sentence, counts):
        # "41 pages will be released in full and 12 pages will be released in part" in the letter, and its cover sheet
        # "Release on Remand - 53 pages (41 released in full, 12 released in part)": the same pages told again.
        return
    if counts.released_full and counts.released_part and _restates_sum(sentence, counts):
        # "196 pages are releasable in their entirety, 27 pages are partially releasable and 18 pages are withheld in
        # their entirety" and then "Enclosed are 223 pages with certain information withheld": the two kinds summed.
        return
    if _share_of_accounted_pages(sentence, counts):
        return
    part_before = counts.released_part
    bare_before = counts.released if counts.released_full is None and part_before is None else None
    bare_sentence = counts.sentences.get("pages_released", "")
    beside_before = counts.released_beside
    told_how_before = (counts.released, counts.released_full, counts.released_part)
    _read_pages(sentence, counts)
    if told_how_before[0] is None and told_how_before[1:] != (None, None) and counts.released is not None \
            and (counts.released_full, counts.released_part) == told_how_before[1:] \
            and _answers_other_items(sentence, bare_sentence):
        # "In response to item 2, please find attached the agreement, consisting of twenty-four (24) pages, produced
        # without redaction. In response to items 1 and 3, please find attached the incident report ..., consisting
        # of eleven (11) pages.": pages given for other items of the request, beside those, not their total.
        counts.released_beside = True
    _read_rest_released_without_count(sentence, counts)
    if counts.released_part != part_before and _FURTHER_PAGES.search(sentence):
        counts.part_added = True
    elif bare_before is not None and counts.released == bare_before and (
            counts.released_full is not None or counts.released_part is not None) \
            and _SHARE_OF_THE_REST.search(sentence):
        counts.released_beside = True
    elif bare_before is not None and counts.released == bare_before and counts.released_full is None \
            and counts.released_part is not None and counts.released_part <= bare_before \
            and _SHARE_OF_THOSE.search(sentence):
        # "The PSU investigative file, totaling 88 pages, is provided. Of those pages, 37 are released with
        # redactions.": the 37 are a share of the 88 given out, all of which are released.
        counts.release_total, counts.released = bare_before, None
        if bare_sentence and bare_sentence != counts.sentences.get("pages_released"):
            counts.sentences["pages_released"] = f"{bare_sentence} … {sentence}"
    elif told_how_before == (None, None, None) and counts.released is not None and counts.released_full is None \
            and counts.released_part is not None and counts.released_part <= counts.released \
            and _SHARE_OF_WHICH.search(sentence):
        # ... and the share in a clause of the same sentence: "EBRSO ... is producing 73 pages of records with this
        # letter, of which 41 pages have been redacted": the 41 are a share of the 73 released.
        counts.release_total, counts.released = counts.released, None
    elif told_how_before[0] is None and counts.released is not None \
            and (how := _RELEASED_THEN_HOW.search(sentence)) \
            and count_value(how.group("n")) == counts.released \
            and (count_value(how.group("full")) or 0) + (count_value(how.group("part")) or 0) == counts.released:
        # "... will send you 6 additional pages, 2 released in full and 4 with redactions": the 6 are all that is
        # released, a count of the same pages that a sentence before gave as released in full ("the two pages will
        # be released in full") is among them, not beside them
        counts.release_total, counts.released = counts.released, None
    if counts.released_beside and not beside_before and bare_sentence \
            and bare_sentence not in counts.sentences.get("pages_released", ""):
        # the pages released before and those counted beside them, both sentences the count's evidence
        counts.sentences["pages_released"] = f"{bare_sentence} … {counts.sentences.get('pages_released', sentence)}"


# A sentence answering named items of the request: "In response to items 1 and 3, ...", "As to Item 2:", "Regarding
# request item no. 4, ...", "With respect to Part 3 of your request, ...".
_ITEMS_ANSWERED = re.compile(r"^\W*(?:in\s+response\s+to|in\s+answer\s+to|as\s+to|as\s+for|regarding|with\s+(?:respect|"
                             r"regard)\s+to|responsive\s+to|concerning)\s+(?:your\s+)?(?:request\s+)?(?:items?|parts?|"
                             r"paragraphs?)\s+(?:nos?\.\s*|numbers?\s+|#\s*)?(?P<items>\d+[a-z]?(?:\s*(?:,|and|&|through|"
                             r"to|-)\s*\d+[a-z]?)*)\b", re.IGNORECASE)


def _answers_other_items(sentence: str, earlier: str) -> bool:
    """Whether *sentence* and *earlier* each open on the items of the request they answer, and these differ."""
    own, other = _ITEMS_ANSWERED.match(sentence), _ITEMS_ANSWERED.match(earlier)
    if own is None or other is None:
        return False
    numbers = [set(re.findall(r"\d+[a-z]?", match.group("items"))) for match in (own, other)]
    return not numbers[0] & numbers[1]


def _share_of_accounted_pages(sentence: str, counts: PageCounts) -> bool:
    """Whether *sentence* counts a share of pages the letter has already accounted for: after "ODRC has located 58
    pages ... 47 pages are provided in full and 5 pages are provided with redactions. The remaining 6 pages are withheld
    in their entirety.", the grounds listed one by one, "Two pages of mental health referral forms are withheld in their
    entirety." and "Four pages of an investigation ... are withheld in their entirety.", tell which of those 6 pages
    each ground covers. Only once the pages released in full and in part and withheld add up to the total the letter
    gave, and when the sentence counts no more pages of each kind than are held already, so that adding them would
    count more pages than there are."""
    full, part, withheld = counts.released_full or 0, counts.released_part or 0, counts.withheld_full or 0
    if not counts.total or counts.released is not None or full + part + withheld != counts.total:
        return False
    own = PageCounts()
    _read_pages(sentence, own)
    shares = (own.released_full or 0, own.released_part or 0, own.withheld_full or 0)
    return own.total is None and own.released is None and any(shares) and all(
        share <= held for share, held in zip(shares, (full, part, withheld), strict=True))


def _restates_breakdown(sentence: str, counts: PageCounts) -> bool:
    """Whether *sentence*, read alone, gives the very pages released in full and in part (and withheld, if any) that
    *counts* holds already: a second telling of one release, not another release."""
    own = PageCounts()
    _read_pages(sentence, own)
    return (own.released_full, own.released_part) == (counts.released_full, counts.released_part) and (
        own.withheld_full is None or own.withheld_full == counts.withheld_full)


def _breaks_down_one_count(sentence: str, counts: PageCounts) -> bool:
    """Whether *sentence*, read alone, releases pages in full and in part that add up to the one count of released
    pages of a single manner *counts* holds (nothing else released yet), the sentence's own whole, if it gives one,
    the same: the same release told again with its shares. Not where the count held has no manner (the shares are read
    as its parts already), nor shares that add up to another count."""
    held = [value for value in (counts.released_full, counts.released_part) if value is not None]
    if len(held) != 1 or counts.released is not None or counts.release_total is not None:
        return False
    own = PageCounts()
    _read_pages(sentence, own)
    return own.released_full is not None and own.released_part is not None \
        and own.released_full + own.released_part == held[0] and own.released in (None, held[0])


def _restates_sum(sentence: str, counts: PageCounts) -> bool:
    """Whether *sentence*, read alone, releases as one count (in part, or without saying how) just the pages released
    in full and in part that *counts* holds already, summed: the release told again as a whole, not another one."""
    own = PageCounts()
    _read_pages(sentence, own)
    given = [value for value in (own.released_full, own.released_part, own.released) if value is not None]
    return len(given) == 1 and given[0] == (counts.released_full or 0) + (counts.released_part or 0) and (
        own.withheld_full is None or own.withheld_full == counts.withheld_full)


# "A total of" just after the verb that gives the pages out is that release's own count: "we are releasing a total of 51
# pages", "The Department is producing to you a total of 212 pages" (not "we reviewed a total of 212 pages").
_RELEASING_A_TOTAL = re.compile(r"\b(?P<verb>(?:are|is|am|will\s+be)\s+(?:now\s+|hereby\s+)?(?:releasing|disclosing|"
                                r"producing|providing|enclosing|furnishing)(?:\s+to\s+you|\s+you)?)\s+a\s+total\s+of\s+"
                                rf"(?=(?:{COUNT})\s+pages?\b)", re.IGNORECASE)


# The pages named by what was done with them, the participle before the noun: "The 268 released pages are provided with
# this letter", "all 86 disclosed pages" (read as "268 pages released"); not what was done before ("the 40 previously
# released pages", the word between).
_PARTICIPLE_BEFORE_PAGES = re.compile(rf"\b(?P<n>{COUNT})\s+(?P<done>released|produced|disclosed)\s+(?P<noun>pages?)\b",
                                      re.IGNORECASE)


# A count of pages with what was done with them told in brackets after it, bare counts that add up to it: "53 pages (41
# released in full, 12 released in part)", "60 pages (48 in full, 12 with redactions)".
_BRACKETED_SHARES = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+pages?\s*\((?P<inner>[^()]{{3,160}})\)", re.IGNORECASE)
_BARE_SHARE = re.compile(rf"(?<![\w$.,])(?P<c>{COUNT})\b(?!\s+pages?\b)", re.IGNORECASE)


# ... or with the verb that gives them out between the count and the bracket: "242 pages are released (11 in full and
# 231 in part)", "The 60 pages were provided (48 in full, 12 with redactions)".
_BRACKETED_SHARES_AFTER_VERB = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+pages?\s+(?P<verb>(?:are|were|is|was|"
                                          r"have\s+been|has\s+been|will\s+be|are\s+being)\s+(?:hereby\s+)?(?:released|provided|"
                                          r"produced|disclosed|enclosed|furnished))\s*\((?P<inner>[^()]{3,160})\)",
                                          re.IGNORECASE)


def _bracketed_shares(sentence: str) -> str | None:
    """*sentence* with a count of pages and its shares in brackets said as the shares alone, each counted in pages
    ("41 pages released in full, 12 pages released in part"); None where there are no such shares or they do not add
    up to the count."""
    match = literals.search(_BRACKETED_SHARES, sentence)
    if not match and (given := literals.search(_BRACKETED_SHARES_AFTER_VERB, sentence)) \
            and (whole := count_value(given.group("n"))) is not None:
        # each share said with the verb: "11 pages are released in full and 231 pages are released in part"
        shares = [value for m in _BARE_SHARE.finditer(given.group("inner"))
                  if (value := count_value(m.group("c"))) is not None]
        if len(shares) < 2 or sum(shares) != whole:
            return None
        verb = re.sub(r"\s+", " ", given.group("verb"))
        spelt = _BARE_SHARE.sub(lambda m: f"{m.group('c')} pages {verb}" if count_value(m.group("c")) is not None
                                else m.group(0), given.group("inner"))
        return sentence[:given.start()] + spelt + sentence[given.end():]
    if not match or (whole := count_value(match.group("n"))) is None:
        return None
    shares = [value for m in _BARE_SHARE.finditer(match.group("inner"))
              if (value := count_value(m.group("c"))) is not None]
    if len(shares) < 2 or sum(shares) != whole:
        return None
    spelt = _BARE_SHARE.sub(lambda m: f"{m.group('c')} pages" if count_value(m.group("c")) is not None else m.group(0),
                            match.group("inner"))
    return sentence[:match.start()] + spelt + sentence[match.end():]


# A count of pages with what they are told in brackets after it, nothing said there of what was done with them: "53
# pages (pages 1 through 53 of 120)", "53 pages (12 documents, 4 of them maps)", "120 pages (Bates 000101-000220)". The
# bracket only describes the pages counted before it; its numbers are no pages of their own.
_DESCRIBED_IN_BRACKETS = re.compile(rf"(?<![\w$.,])(?:{COUNT})\s+pages?\s*(?P<bracket>\([^()]{{1,160}}\))",
                                    re.IGNORECASE)
_DONE_WITH_PAGES = re.compile(r"releas|withh|redact|excis|delet|enclos|attach|provid|produc|disclos|deni|exempt|"
                              r"\bin\s+(?:full|part|(?:their|its)\s+entirety)\b|duplicat|referr|total|remain",
                              re.IGNORECASE)


def _without_described_brackets(sentence: str) -> str:
    """*sentence* without the brackets that only describe the pages counted before them (see
    _DESCRIBED_IN_BRACKETS)."""
    for match in reversed(list(_DESCRIBED_IN_BRACKETS.finditer(sentence))):
        if re.search(r"\d", match.group("bracket")) and not _DONE_WITH_PAGES.search(match.group("bracket")):
            sentence = sentence[:match.start("bracket")].rstrip() + sentence[match.end("bracket"):]
    return sentence


# A list a sentence opens with "the following ...:" and that counts no pages (the sections or exemptions applied, run
# onto the sentence where a line ends at the colon): "Enclosed please find 23 pages of responsive records, from which
# certain information has been redacted under the following sections of the Act: Section 7(1)(b) - Private
# information ... which is exempt from disclosure": the 23 pages are released, the list only names the sections.
_FOLLOWING_LIST = re.compile(r"\bthe\s+following\b[^:;.]*:(?=\s*\S)", re.IGNORECASE)


def _without_following_list(sentence: str) -> str:
    """*sentence* up to the colon opening a list that counts no pages (see _FOLLOWING_LIST)."""
    match = _FOLLOWING_LIST.search(sentence)
    if match is None or re.search(r"\bpages?\b", sentence[match.end():], re.IGNORECASE) \
            or not re.search(r"\bpages?\b", sentence[:match.start()], re.IGNORECASE):
        return sentence
    return sentence[:match.end()]


# What the release of the pages would do, told in a clause of its own between the pages counted and the verb that
# says what is done with them: ", which would disclose the identity of confidential informants," ", the release of
# which could reasonably be expected to endanger ...,", ", that might reveal ...,".
# What the pages counted are, told in a clause of its own between the count and the verb that says what is done with
# them: "63 pages, consisting of the supplemental narratives, witness interviews and the preliminary findings, is
# withheld", "58 pages, comprising the autopsy report and the medical records, are withheld in full".
# ... and "which contain ...": "The first nine pages, which contain the information required to be open by RSMo §
# 610.100.2, including the date, time, location and nature of the incident, are provided".
# ... and before pages kept back still: "The remaining 5 pages, which consist of a draft of the report circulated for
# internal comment, continue to be withheld in full", "..., which comprise the draft findings, remain withheld".
_WHAT_PAGES_ARE_CLAUSE = re.compile(r"(?<=\bpages)\s*,\s*(?:consisting\s+of|comprising|made\s+up\s+of|which\s+"
                                    r"(?:consist\s+of|comprise|include|are|contain|hold))\s+[^;:]{1,240}?,"
                                    r"(?=\s*(?:are|is|were|was|have\s+been|has\s+been|will\s+be|"
                                    r"(?:continue|continues)\s+to\s+be|(?:remain|remains)(?=\s+(?:\w+\s+)?withheld\b))\s)",
                                    re.IGNORECASE)
_HARM_CLAUSE = re.compile(r",\s*(?:which|that|the\s+(?:release|disclosure)\s+of\s+which)\s+(?:would|could|might|may)\s+"
                          r"(?!not\b)[^,;.]{1,200}?,(?=\s*(?:are|is|were|was|have\s+been|has\s+been|will\s+be)\s)",
                          re.IGNORECASE)


# Records named one by one, each with its pages in brackets, that one verb after them tells what was done with all:
# "The autopsy report (14 pages) and the scene photographs (3 pages) are withheld in their entirety", "the incident
# report (6 pages), the CAD log (2 pages) and the dispatch audio log (1 page) are released in full" (17 and 9 pages);
# a recording among them counted in files or minutes adds no pages: "The PIU file (112 pages) and the body-worn camera
# video (7 files) are withheld in their entirety" (112).
_BRACKETED_ITEM = (rf"\((?:{COUNT})\s+(?:pages?|(?:(?:video|audio|media|digital)\s+)?(?:files?|recordings?|videos?|"
                   r"clips?)|minutes?)\)")
# (a record's name may carry a form's number, "Form I-213", never a count of its own)
_ITEM_WORDS = r"(?:[^()\d.;:]|(?<=[A-Za-z-])\d+)"
_RECORDS_WITH_BRACKETED_PAGES = re.compile(
    rf"(?P<items>(?<![\w,$])(?:{_ITEM_WORDS}{{1,80}}?{_BRACKETED_ITEM}\s*(?:,\s*(?:and\s+)?|and\s+)){{1,4}}"
    rf"{_ITEM_WORDS}{{1,80}}?{_BRACKETED_ITEM})\s*(?=(?:are|were|have\s+been|will\s+be|are\s+being|are\s+also)\s)",
    re.IGNORECASE)
_BRACKETED_PAGES = re.compile(rf"\((?P<n>{COUNT})\s+pages?\)", re.IGNORECASE)


def _records_with_bracketed_pages(sentence: str) -> str | None:
    """*sentence* with records named one by one, each with its pages in brackets, before the one verb they share said
    as the sum of their pages (see _RECORDS_WITH_BRACKETED_PAGES); None where there are none."""
    match = literals.search(_RECORDS_WITH_BRACKETED_PAGES, sentence)
    if match is None:
        return None
    values = [count_value(m.group("n")) for m in _BRACKETED_PAGES.finditer(match.group("items"))]
    if not values or any(value is None for value in values):
        return None
    total = sum(value for value in values if value is not None)
    return f"{sentence[:match.start()]}{total} pages {sentence[match.end():].lstrip()}"


# A heading that says what follows was kept back, its records named after the colon each with its pages in brackets:
# "Data not provided: the medical records (62 pages) are private medical data under Minn. Stat. § 13.384, subd. 3, and
# the security assessment (18 pages) is security information ..." (80 pages withheld in full). Not a heading of what
# went out in part ("Data provided with portions not public:", "Records withheld in part:").
_KEPT_BACK_HEADING = re.compile(r"^\W*(?:[\w-]+\s+){0,2}?(?:data|records?|documents?|information|materials?|files?)\s+"
                                r"(?:not\s+(?:provided|released|disclosed|produced|public)|withheld(?:\s+in\s+"
                                r"(?:full|(?:their|its)\s+entirety))?|denied)\s*:\s*(?=\S)", re.IGNORECASE)


def _kept_back_under_heading(sentence: str) -> str | None:
    """The pages a heading of records kept back counts in brackets (see _KEPT_BACK_HEADING), said as "N pages are
    withheld in full."; None where the sentence is no such heading or counts no pages."""
    heading = _KEPT_BACK_HEADING.match(sentence)
    if heading is None or re.search(r"\b(?:in\s+part|portions?|redact\w*|partially)\b", sentence, re.IGNORECASE):
        return None
    values = [count_value(m.group("n")) for m in _BRACKETED_PAGES.finditer(sentence[heading.end():])]
    if not values or any(value is None for value in values):
        return None
    return f"{sum(value for value in values if value is not None)} pages are withheld in full."


# A count of pages with its shares set after it between commas rather than in brackets, each share saying how it went
# and the shares adding up to the count: "we are releasing 71 pages of corrective action plans, 52 in full and 19 in
# part, and 33 pages of closure letters in full" (read as "71 pages of corrective action plans (52 in full and 19 in
# part)"). Not a count of records ("12 documents, 5 in full and 7 in part"), nor shares not adding up to the count,
# nor a count and its shares with no more pages after them.
_SHARE_MANNER = (r"(?:in\s+full|in\s+part|in\s+(?:their|its)\s+entirety|with\s+(?:redactions?|excisions?|"
                 r"deletions?)|partially|redacted)")
_COMMA_SHARES = re.compile(rf"(?<![\w$.,])(?P<head>(?P<n>{COUNT})\s+pages?(?:\s+of\s+[^,;:()\d]{{1,60}}?)?),\s+"
                           rf"(?P<inner>(?:{COUNT})\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:are|were|being)\s+)?"
                           rf"(?:released\s+|provided\s+|produced\s+)?{_SHARE_MANNER}(?:,\s+|,?\s+and\s+)"
                           rf"(?:{COUNT})\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:are|were|being)\s+)?"
                           rf"(?:released\s+|provided\s+|produced\s+)?{_SHARE_MANNER})(?=\s*(?:[,;.]|$))",
                           re.IGNORECASE)


def _comma_shares_bracketed(sentence: str) -> str:
    """*sentence* with a count of pages's shares set between commas put in brackets (see _COMMA_SHARES), where the
    shares add up to the count; else *sentence* itself."""
    match = literals.search(_COMMA_SHARES, sentence)
    if not match or (whole := count_value(match.group("n"))) is None:
        return sentence
    shares = [value for m in _BARE_SHARE.finditer(match.group("inner"))
              if (value := count_value(m.group("c"))) is not None]
    if len(shares) != 2 or sum(shares) != whole:
        return sentence
    # Only where more pages are counted after the shares (a count and its shares alone are read as a breakdown, which
    # also knows pages an earlier sentence gave: see _breakdown).
    if not any(re.match(r"pages?\b", mention.group("unit"), re.IGNORECASE)
               for mention in _MENTION.finditer(sentence, match.end())):
        return sentence
    return f"{sentence[:match.start()]}{match.group('head')} ({match.group('inner')}){sentence[match.end():]}"


def _read_pages(sentence: str, counts: PageCounts) -> None:
    if (measured := _records_measured_between_commas(sentence)) != sentence:
        # "We are releasing two of those records, totaling 11 pages, in full": 11 pages released in full
        _read_respelt(sentence, measured, counts)
        return
    if (kept_back := _kept_back_under_heading(sentence)) is not None:
        _read_respelt(sentence, kept_back, counts)
        return
    if (listed := _without_following_list(sentence)) != sentence:
        _read_respelt(sentence, listed, counts)
        return
    if (bracketed := _comma_shares_bracketed(sentence)) != sentence:
        _read_respelt(sentence, bracketed, counts)
        return
    if (shares := _bracketed_shares(sentence)) is not None:
        _read_respelt(sentence, shares, counts)
        return
    if (summed := _records_with_bracketed_pages(sentence)) is not None:
        _read_respelt(sentence, summed, counts)
        return
    if (described := _without_described_brackets(sentence)) != sentence:
        _read_respelt(sentence, described, counts)
        return
    if (participle := literals.search(_PARTICIPLE_BEFORE_PAGES, sentence)) is not None:
        _read_respelt(sentence, f"{sentence[:participle.start()]}{participle.group('n')} {participle.group('noun')} "
                      f"{participle.group('done')}{sentence[participle.end():]}", counts)
        return
    running = without_running_totals(sentence)
    if running != sentence:
        # A tally of all the releases so far counts none of this letter's pages: read the sentence without it.
        if running:
            _read_respelt(sentence, running, counts)
        return
    if (summed := _without_summed_items(sentence)) != sentence:
        # "the policy (9 pages) and the agreement (15 pages), 24 pages in all": the 24 pages, once
        _read_respelt(sentence, summed, counts)
        return
    if (summed := _without_items_after_sum(sentence)) != sentence:
        # "The remaining 168 pages, the assessments (92 pages) and the reports (76 pages), are withheld": 168, once
        _read_respelt(sentence, summed, counts)
        return
    if (releasing := _RELEASING_A_TOTAL.search(sentence)) is not None:
        _read_respelt(sentence, f"{sentence[:releasing.start()]}{releasing.group('verb')} {sentence[releasing.end():]}",
                      counts)
        return
    if (told := _WHAT_PAGES_ARE_CLAUSE.search(sentence)) is not None:
        # "The remainder of the investigative file, 63 pages, consisting of the supplemental narratives and witness
        # interviews, is withheld in its entirety": what the pages are, told between them and what is done with them.
        _read_respelt(sentence, sentence[:told.start()] + sentence[told.end():], counts)
        return
    if (harm := _HARM_CLAUSE.search(sentence)) is not None:
        # "Four pages of an investigation, which would disclose the identity of confidential informants, are withheld
        # in their entirety": what release would do, told between the pages and what is done with them, releases none.
        _read_respelt(sentence, sentence[:harm.start()] + sentence[harm.end():], counts)
        return
    beside = _THINGS_BESIDE_PAGES.search(sentence)
    if beside and count_value(beside.group("n")) is not None:
        _read_respelt(sentence, sentence[:beside.start()] + sentence[beside.end():], counts)
        return
    share = literals.search(_SHARE_OF_WHOLE, sentence)
    if share and (n := count_value(share.group("n"))) is not None and (m := count_value(share.group("m"))) is not None \
            and n <= m:
        _read_respelt(sentence, sentence[:share.start()] + f"{share.group('n')} " + sentence[share.end():], counts)
        return
    if (before := _PREVIOUSLY_DONE.search(sentence)) and literals.search(_PAGES_COUNTED, sentence[:before.start()]):
        _read_respelt(sentence, sentence[:before.start()] + sentence[before.end():], counts)
        return
    if ((kept := _RELEASED_PREVIOUSLY_KEPT.search(sentence))
            and literals.search(_PAGES_COUNTED, sentence[:kept.start("was")])):
        _read_respelt(sentence, sentence[:kept.start("was")] + sentence[kept.end("was"):], counts)
        return
    described = literals.search(_DESCRIBED_THEN_THEY, sentence)
    if described and count_value(described.group("count").split()[0]) is not None:
        _read_respelt(sentence, sentence[:described.end("count")] + " " + sentence[described.end():], counts)
        return
    if _breakdown(sentence, counts):
        return
    not_at_all = _NOT_RELEASED_AT_ALL.search(sentence)
    if not_at_all:
        spelt = (sentence[:not_at_all.start()] + f"are withholding{not_at_all.group('object')} in full"
                 + sentence[not_at_all.end():])
        _read_respelt(sentence, spelt, counts)
        return
    if _sum_replaces(sentence, counts):
        return
    if _labelled(sentence, counts):
        return
    listed = _listed_after_pages(sentence)
    if listed != sentence:
        _read_respelt(sentence, listed, counts)
        return
    share = _SHARE_OF_BEFORE.match(sentence)
    if share and counts.released is not None and counts.released_full is None and counts.released_part is None:
        # The pages given before without saying how are the whole, and this sentence's counts its parts: the whole
        # is a total, the parts are what was released (never more than the whole).
        parts = PageCounts()
        read_pages(sentence[share.end():], parts)
        if parts.pages_released is not None and parts.pages_released > counts.released and (
                parts.released_full is not None or parts.released_part is not None):
            # ... a share larger than those pages is of others the sentence before counted, beside them: "1. The
            # Report of Investigation (62 pages) is released. 2. The enclosures, 318 pages in all. Of these, 285 pages
            # are released, 61 of them with redactions" gives 347.
            counts.released_beside = True
        if parts.released_full is None and parts.released is not None and parts.released_part is not None \
                and parts.released + parts.released_part <= counts.released:
            # "Of these, 171 pages are produced as kept, and 41 pages carry redactions": beside the pages released in
            # part, those released without saying how are the rest, released in full.
            parts.released_full, parts.released = parts.released, None
        if parts.released_part is not None and parts.released_full is None and parts.released is None \
                and parts.withheld_full is None and parts.released_part < counts.released \
                and _GIVEN_WHOLE.search(counts.sentences.get("pages_released", "")):
            # "Responsive records totaling 64 pages are provided with this letter. Of these, 37 pages contain
            # redactions": the pages given out are the whole, those carrying redactions a share of it, and the rest
            # went out in full (not the pages found: "Our review produced 126 pages. Of these, 40 are released in
            # part").
            counts.released_full, counts.released_part, counts.released = (
                counts.released - parts.released_part, parts.released_part, None)
            counts.seen |= {("part", parts.released_part), ("full", counts.released_full)}
            counts.sentences["pages_released"] = sentence
            return
        if parts.pages_released is not None and parts.pages_released <= counts.released:
            counts.total, counts.released = counts.released, None
            counts.sentences["total"] = counts.sentences.pop("pages_released", "")
            counts.released_full, counts.released_part, counts.released = (
                parts.released_full, parts.released_part, parts.released)
            if parts.withheld_full is not None:
                counts.withheld_full = _add(counts.withheld_full, parts.withheld_full)
            for name in parts.sentences:
                counts.sentences[name] = sentence
            counts.seen |= parts.seen
            counts.said |= parts.said
            return
    celled = _COUNT_CELL.sub(lambda m: f"{m.group('n')} ", sentence)
    if celled != sentence:
        # "41 | page(s) are being released in full": read as "41 page(s) are ...", the letter's own row kept as
        # the evidence.
        _read_respelt(sentence, celled, counts)
        return
    none_out = literals.search(_NONE_OF_THEM_OUT, sentence)
    if none_out and count_value(none_out.group("n")) is not None:
        # "The file amounts to 214 pages, and none of them can be separated out for release": all withheld.
        _read_respelt(sentence, f"{none_out.group('n')} pages are withheld in full.", counts)
        return
    unredacted = _NO_REDACTIONS_TO.search(sentence)
    if unredacted and _GIVEN_AFTER.search(sentence, unredacted.end()) and not _WITHHOLD.search(sentence):
        _read_respelt(sentence, f"{unredacted.group('n')} pages are released in full.", counts)
        return
    if _OF_THESE_PAGES.match(sentence) or _OF_THEM_OPENING.match(sentence):
        # "Of these pages, 44 are released in part and 12 are withheld in full": the counts are pages. Read as
        # "44 pages are released ...", the letter's own sentence kept as the evidence.
        spelt = _bare_counts(sentence).sub(lambda m: f"{m.group('n')} pages " if count_value(m.group("n")) is not None
                                else m.group(0), sentence)
        if spelt != sentence:
            _read_respelt(sentence, spelt, counts)
            return
    first_pages = literals.search(_PAGES_COUNTED, sentence)
    if first_pages:
        # "Forty-one pages go to you untouched and nine more with some passages blacked out": "nine more" after a count
        # of pages counts pages too. Read as "nine more pages", the letter's own sentence kept as the evidence.
        head, tail = sentence[:first_pages.end()], sentence[first_pages.end():]
        spelt_tail = _ELLIPTIC_MORE.sub(lambda m: f"{m.group(0)} pages" if count_value(m.group("n")) is not None
                                        else m.group(0), tail)
        clause_counts = _CLAUSE_BARE_COUNT_CARRYING if _RELEASED_IN_FULL_TOO.search(sentence) else _CLAUSE_BARE_COUNT
        bare = [m for m in clause_counts.finditer(spelt_tail) if count_value(m.group("n")) is not None]
        between = spelt_tail[:bare[-1].start()] if bare else ""
        # (every such clause read, or none: "172 are released in their entirety and 14 contain redactions" is read
        # by the rules for pages counted before their clauses)
        if bare and not _OTHER_THINGS.search(_PAGES_OF_RECORDS.sub("", between)) \
                and not _OTHER_COUNTED.search(between) and not _OTHER_COUNTED.search(head) \
                and len(bare) == sum(count_value(m.group("n")) is not None
                                     for m in _ANY_CLAUSE_BARE_COUNT.finditer(spelt_tail)):
            # ... and a clause's bare count after them: "We located 25 pages; 20 are enclosed, and 5 are withheld in
            # their entirety" (read as "5 pages are withheld ..."), nothing else counted ("3 records totalling 50
            # pages, and 2 are released" counts records)
            spelt_tail = clause_counts.sub(lambda m: f"{m.group(0)}pages " if count_value(m.group("n")) is not None
                                                else m.group(0), spelt_tail)
        if spelt_tail != tail:
            _read_respelt(sentence, head + spelt_tail, counts)
            return
    ranged = _PAGE_RANGE.sub(_range_as_count, sentence) if not _FEE_TERMS.search(sentence) else sentence
    if ranged != sentence:
        # "They are enclosed (pp. 1-45)": read as "(45 pages)", the letter's own sentence kept as the evidence.
        own = PageCounts()
        read_pages(ranged, own)
        if own.seen and own.seen <= counts.seen - counts.numbered:
            # a release sheet numbering the pages a sentence of the letter counted, done with alike: "We are now
            # releasing all 27 pages in part" ... "Pages 1-27 released in part" (the same 27 pages)
            return
        seen_before, numbering_before = set(counts.seen), counts.numbering
        counts.numbering = True
        _read_respelt(sentence, ranged, counts)
        counts.numbering = numbering_before
        counts.numbered |= counts.seen - seen_before
        return
    if counts.numbered and not counts.numbering:
        own = PageCounts()
        _read_pages(sentence, own)
        if own.seen and own.seen <= counts.numbered:
            # ... and the other way round: the sheet's "Pages 1-27 released in part" read first, the letter's "We are
            # now releasing all 27 pages in part" names them again
            return
    if _THAT_PAGE.match(sentence) and not any(count_value(m.group("count")) is not None
                                              for m in _MENTION.finditer(sentence)):
        spelt = _THAT_PAGE.sub("One page", sentence, count=1)
        before = (counts.pages_released, counts.withheld_full)
        read_pages(spelt, counts)
        for name, evidence in counts.sentences.items():
            if evidence == spelt:
                counts.sentences[name] = sentence
        if (counts.pages_released, counts.withheld_full) == before and _THAT_PAGE_WITHHELD.search(sentence):
            # "That page is a closed record under RSMo § 610.021(13) and is withheld in its entirety": the citation's
            # points cut the page's clause short of its verb.
            counts.withheld_full = _add(counts.withheld_full, 1)
            counts.sentences["pages_withheld"] = sentence
            counts.seen.add(("withheld", 1))
        return
    if _ENCLOSURE_NOTE.match(sentence) and counts.pages_released is not None:
        return  # "Enclosures (41 pages)" under the signature names the pages the letter released again
    mentions = [m for m in _MENTION.finditer(sentence) if count_value(m.group("count")) is not None
                # "2 records (27 pages)", "one record of 9 pages": the pages are the count; the records are not
                # pages, whichever comes first.
                and not (m.group("unit").lower().startswith(("record", "document", "file"))
                         and (_PAGES_IN_BRACKETS.match(sentence, m.end())
                              or _PAGES_BEFORE_RECORDS.search(sentence[max(0, m.start() - 40):m.start()])
                              or _RECORDS_THEN_MEASURED.match(sentence, m.end())))]
    if not mentions:
        return
    previous_verb: str | None = None
    released_unsaid: int | None = None  # the count just released without saying how, in this sentence
    # ... and, once a share of it was said, the other share's kind and count, which the sentence may go on to name:
    # "58 pages; 49 of these pages are released in full and 9 pages are released with redactions".
    share_rest: tuple[str, int] | None = None
    for index, mention in enumerate(mentions):
        value = count_value(mention.group("count"))
        assert value is not None
        if mention.group("unit").lower().startswith(("record", "file", "document", "of")) and not re.search(
                r"pages?", sentence, re.IGNORECASE):
            # "3 records" could be three documents of any length: pages only. "187 of them" counts pages
            # only where the sentence speaks of pages ("We reviewed those pages and are releasing 187 of them").
            continue
        before_start = mentions[index - 1].end() if index else max(0, mention.start() - 160)
        after_end = mentions[index + 1].start() if index + 1 < len(mentions) else len(sentence)
        before = sentence[before_start:mention.start()]
        if _REDACTIONS_ON_THE.search(before):
            # "The redactions on the 12 pages cover the names of prescribers, which we withheld under Exemption 6":
            # pages already counted, named again for what their redactions hide (the names withheld, not the pages).
            continue
        if mention.group("unit").lower().startswith("page"):
            # "We are withholding in full one record of 9 pages": the verb before the records is the pages' verb.
            before = _RECORDS_OF.sub(lambda m: m.group(0) if m.group("n") and count_value(m.group("n")) is None
                                     else "", before)
        # A participle set as an adjective after its article is no verb of the count's: "to withhold the 26 pages of
        # draft memoranda ..., as well as opinions in several of the released e-mails".
        after = _PARTICIPLE_ADJECTIVE.sub(" ", sentence[mention.end():after_end])
        if index + 1 < len(mentions):
            # A verb that opens a new clause right before the next count is that count's, not this one's:
            # "We reviewed 36 pages and are releasing 30 pages in part": 36 were reviewed, not released.
            after = _NEXT_COUNT_VERB.sub("", after)
        # The clause after the count decides first ("7 pages are withheld in full"), then the verb before
        # it ("we are withholding 2 pages"), then the verb of the previous mention.
        # The count's own clause ends where another count or another verb begins ("52 pages with redactions and
        # withholding 12 pages in full").
        # ... but the count's own second verb, with no object of its own, stays in its clause: "Witness statements,
        # 9 pages: classified protected and withheld in full", "Nine pages were reviewed and withheld in full".
        own_second_verb = r"(?!\w*\s+(?:in\s+(?:full|part|(?:their|its)\s+entirety)|entirely)\b)" if index + 1 == len(
            mentions) else ""
        # (a full stop after an abbreviation ends no clause: "9 pages of data in Case No. 26-291377 ... have been
        # withheld in their entirety", "12 pages of Dept. records are withheld")
        # ... nor does a number that is no count, but a record's own ("12 pages of records concerning Permit Nos.
        # 2026-0417 and 2026-0938 have been withheld in their entirety"), nor the full stops inside "U.S."
        # "the Department is releasing the responsive information, 58 pages in all, with the following information
        # withheld:": what is taken out of the pages, told after them with "with", is no verb of the pages' own (not
        # "with 12 pages withheld").
        after = _WITH_SOMETHING_WITHHELD.sub(" ", after)
        # "Of the remaining 40 pages, none are withheld": a withholding said of none of the pages is none of theirs.
        after = _NONE_OF_THEM_DONE.sub(" ", after)
        after_clause = re.split(_INITIALISM_DOT + r"|;|,\s*(?:and\s+)?" + _A_COUNT_NEXT + r"|\band\s+"
                                + _A_COUNT_NEXT + r"|"
                                r",\s*(?:and|but|while|whereas)\b|"
                                r"\band\s+(?=(?:withh|releas|deny|denied|produc|provid|disclos|enclos)"
                                + own_second_verb + r"\w*\s|(?:holding|keeping)\s+back\s)", after,
                                maxsplit=1)[0]
        # "41 pages, each of which is a confidential memorandum providing legal advice": a clause saying what the
        # pages are holds no verb of theirs.
        own_clause = "" if _DESCRIBED.match(after_clause) else after_clause
        # ... but a description set off by commas leaves the pages' own verb after it: "Six further pages, which are
        # the institution's emergency plans, are withheld in their entirety".
        set_off = _DESCRIBED_SET_OFF.match(after_clause) if not own_clause else None
        if set_off:
            own_clause = after_clause[set_off.end():]
        verb = _verb(own_clause) or _verb(before, nearest_end=True) or previous_verb
        own_part = re.split(r"[,;(]", before)[-1]
        if _REDACTIONS_ON_COUNT.search(own_part) and not _verb(own_clause) and not _verb(own_part):
            # "(5 pages withheld in full, redactions on 6 pages)": the pages redactions were made on went out in
            # part; the withholding of the count before is not theirs (nor are they counted again here).
            continue
        taken_up = (_PRONOUN_CLAUSE.search(after) or _PRONOUN_LATER_CLAUSE.search(after)) if index + 1 == len(
            mentions) else None
        if verb in (None, "total") and taken_up:
            after_clause = taken_up.group("clause")
            verb = _verb(after_clause)
        closing = _SUBJECTLESS_CLOSE.search(after) if index + 1 == len(mentions) and verb is None \
            and _verb(before) is None and _SUBJECT_DESCRIBED.match(after) else None
        if closing:
            after_clause = closing.group("clause")
            verb = _verb(after_clause)
        kept = _AGENCY_KEPT_THEM.search(after) if index + 1 == len(mentions) and verb in (None, "total") else None
        if kept:
            # "The other 5 pages are a draft ...; NPS properly kept it back under Exemption 5": the office named
            # withholds the pages, taken up by "it" or "them" after the clause saying what they are.
            after_clause, verb = kept.group(0), "withhold"
        recital = _RELATIVE_RECITAL.match(after) if re.search(r"\(\s*$", before) else None
        if recital:
            # "The assessment (4 pages), which was withheld under Exemption 5, ... is being released": the verb of
            # the sentence, not of the clause recalling what was done before.
            verb = _verb(after[recital.end():]) or verb
        if verb == "total" and _RESPONSIVE.match(after_clause) and _verb(before, nearest_end=True) == "release":
            verb = "release"  # "Please find attached 64 pages responsive to your request"
        if verb == "total" and _CONTENTS_AFTER.match(after_clause) and _verb(before, nearest_end=True) == "release":
            # "The Department is producing 212 pages, consisting of the incident report package ...", "we are
            # enclosing 9 pages consisting of the basic information": the pages released, then what they hold (not
            # "we located 40 pages, consisting of e-mails")
            verb = "release"
        if verb == "total" and _PROCESSED_AFTER.match(after_clause) and _verb(before, nearest_end=True) == "release":
            # "Enclosed are 14 pages, re-processed with fewer redactions", "We are releasing 40 pages, reviewed
            # again on appeal": the pages released, then how they were processed (not "we located 40 pages, reviewed
            # by ...", a total)
            verb = "release"
        if verb == "total" and _AMOUNTING.search(before) and _verb_in(before, ((_RELEASE, "release"),),
                                                                       nearest_end=True):
            verb = "release"  # "Enclosed is the first installment, consisting of 146 pages"
        if verb == "total" and _AMOUNTING.search(before) and _GIVEN_AFTER_COUNT.match(after_clause):
            verb = "release"  # "Responsive records totaling 64 pages are provided with this letter"
        amount_taken_up = _AMOUNT_TAKEN_UP.search(before) if verb == "total" else None
        if amount_taken_up:
            # "... have been withheld under R.C. 149.43(A)(1)(v) and R.C. 2151.356; these consist of 4 pages", "are
            # released with redactions, which total 31 pages": the records of the clause before, its verb the pages'
            # (not "we located the e-mails; these consist of 40 pages", a total).
            done_before = before[:amount_taken_up.start()]
            taken_verb = _verb_in(done_before, ((_WITHHOLD, "withhold"), (_RELEASE, "release")), nearest_end=True)
            if taken_verb is not None and _verb(done_before, nearest_end=True) == taken_verb:
                verb, after_clause = taken_verb, re.split(r"[;:]|\.\s", done_before)[-1]
        if verb == "total" and re.match(r"\W*(?:in\s+(?:total|all)|total)\b", after_clause) and _released_then_counted(
                before):
            # "... are attached in full, 46 pages in total"; "Attached please find the three responsive memoranda,
            # seventeen pages in all" (the records released, then how many pages they make, whatever word between)
            verb = "release"
        if verb in (None, "total") and re.search(r",\s*$", before) and re.match(r"\s*[.;:]?\s*$", after_clause) \
                and _released_then_counted(before):
            # "Attached are the responsive audit summaries, 31 pages.": the records released, then their pages set
            # after them to close the sentence (not "We located the responsive summaries, 31 pages."); also before
            # the list of what was taken out of them: "the Department is releasing the responsive information, 137
            # pages, with the following information redacted:"
            verb = "release"
        sum_after = _APPOSITIVE_SUM.search(before)
        if verb == "total" and sum_after and _released_then_counted(before[:sum_after.start()]):
            # "Attached please find records responsive to your request for the kennel reports, a total of 29 pages":
            # the records released, then their sum set after them (not "we located records ..., a total of 29 pages")
            verb = "release"
        opening = sentence[:mention.start()]
        if verb in (None, "total") and not index and (
                long_sum := _APPOSITIVE_SUM.search(opening)) and not re.search(r"\bsearch", opening, re.IGNORECASE) \
                and _released_then_counted(opening[:long_sum.start()]):
            # ... the records released named at more length than the words looked at before a count: "Enclosed are
            # the Chief of Police's letters of suspension for the two officers, which state the factual basis for
            # the final action taken, and the Board of Public Safety's findings and order affirming the suspensions,
            # a total of 17 pages" (not "We located the letters ..., a total of 17 pages")
            verb = "release"
        if verb in (None, "total") and _SUM_CLOSES_LIST.match(after_clause) and not index:
            # "Attached please find the records ...: the agreement, the minutes and the rosters, 46 pages in all":
            # the sum closes a list longer than the words looked at before a count; the sentence's release verb
            # (its nearest, with nothing searched or withheld) is the count's.
            # ("Attached is our letter; we reviewed ..., 17 pages in all" counts what was reviewed.)
            opening = sentence[:mention.start()]
            if not re.search(r"\bsearch", opening, re.IGNORECASE) and _released_then_counted(opening, clause_end=r";"):
                verb = "release"
        if verb == "total" and re.search(r"\(\s*$", before) and _verb_in(
                re.sub(r"responsive", "", before, flags=re.IGNORECASE), ((_RELEASE, "release"),), nearest_end=True):
            verb = "release"  # "Please find attached responsive documents (45 pages)"
        # (the search named further back than the words looked at before a count, the offices searched named at
        # length between; the words before the count as read, "one record of" taken out)
        if verb == "release" and _SEARCH_PRODUCED.search(("" if index else sentence[:before_start]) + before):
            verb = "total"  # "A search ... for records responsive to your request produced 212 pages"
        # (a withholding verb borrowed from the count before is not the referred pages' own: "44 pages are withheld
        # in full, and 28 pages were referred to NCIS for direct response to you")
        if (verb != "withhold" or not _verb(own_clause)) and (_REFERRED_AWAY.search(after_clause) or (
                _REFERRING_VERB.search(before) and _TO_ANOTHER.match(after_clause))):
            continue  # pages sent to another agency to decide on: not released here
        if _DUPLICATES.search(after_clause) or _COPIES_OF_EARLIER.search(after_clause) or _ALREADY_PUBLIC.search(
                after_clause):
            # "The remaining 17 pages reviewed are duplicates of pages released to you earlier and have been removed":
            # pages neither released nor withheld this time, whatever verb the pages they copy carry.
            continue
        if verb == "release" and (_HELD_FOR_PAYMENT.search(after_clause) or _OPTION_AFTER_COUNT.match(after_clause)
                                  or _OPTION_CHOSEN_BEFORE.search(before)):
            # pages held until a fee is paid, or named in an option the requester was offered: none given out
            continue
        if verb == "release" and _NOT_SENT.search(after_clause):
            # "The other 23 pages duplicate records sent with our first interim response and are not enclosed
            # again": pages not sent this time are no release (nor, unsaid, a withholding).
            continue
        previous_verb = verb
        full = bool(_FULL.search(after_clause))
        part = bool(_PART.search(after_clause))
        if not full and not part and re.search(r"\(\s*$", before):
            # ... or the count in brackets after the words saying how: "which is released in full (12 pages)",
            # "provided with redactions (31 pages)" (the words of the bracket's own clause, back to its comma)
            lead = re.split(r"[;,:]|\.\s", before)[-1]
            full, part = bool(_FULL.search(lead)), bool(_PART.search(lead))
        if not full and not part and verb == "release" and (access := _ACCESS_GIVEN.search(before)):
            # ... or said before the count, of the access given: "I am granting full access to 112 pages and partial
            # access to 61 pages" (the manner of a release told by the access it gives, not after the pages)
            full, part = bool(access.group("full")), bool(access.group("part"))
        own_words = after_clause if _verb(after_clause) else before
        portions_withheld = (_WITHHELD_PORTIONS.search(after_clause) or _PORTIONS_OF_WHICH.search(after_clause)
                             # ... but "redacted from 17 of these pages" names a share of pages already counted
                             or (_WITHHELD_FROM.search(before) and mention.group("unit").lower().startswith("page")))
        if portions_withheld or re.search(r"withh\w*\s+in\s+part|partially\s+withh", own_words, re.IGNORECASE) or (
                # "The 45 pages ... cannot be released in full": released in part, never in full
                re.search(NOT_IN_FULL, own_words, re.IGNORECASE)):
            verb, part, full = "release", True, False
        if re.match(r"\W*" + _CARRY_REDACTIONS, after_clause, re.IGNORECASE):
            # "the other 22 have some redactions (the names of residents), which we've withheld under Exemption 6":
            # pages that carry redactions go out in part, whatever the clause after says of what was taken out.
            verb, part, full = "release", True, False
        if re.match(r"\W*" + _CARRY_EXEMPT, after_clause, re.IGNORECASE) and _RELEASED_IN_FULL_TOO.search(
                sentence[:mention.start()]):
            # "150 pages may be released in their entirety and ... 48 pages contain information that is exempt from
            # disclosure": set against pages released whole, pages that hold exempt information are those released
            # with it taken out (a page kept back whole is said to be withheld).
            verb, part, full = "release", True, False
        if verb == "withhold" and (_PORTIONS_OF_PAGES.search(before) or _WITHHELD_ON.search(before)):
            # "Portions of the 13 pages have been withheld pursuant to ...", "Parts of 20 pages were redacted under
            # Exemption 6": what is withheld is part of the pages, which go out in part; among pages released
            # already ("We are releasing 40 pages. Parts of 12 pages were withheld"), no more pages.
            if counts.pages_released is not None and value <= counts.pages_released:
                continue
            verb, part, full = "release", True, False
        if (not verb and part and not full and mention.group("unit").lower().startswith("page")
                and re.search(r"\bredact", after_clause, re.IGNORECASE) and not _WITHHOLD.search(after_clause)):
            # "On the other 18 pages we have redacted the names ...": pages with something redacted go out in part
            verb = "release"
        category = ("withheld" if verb == "withhold" and not part else "part" if verb == "release" and part and not full
                    else "full" if verb == "release" and full else verb or "")
        if (_FIRST_FREE.search(before) or _FEE_THRESHOLD.search(before)) and _FEE_TERMS.search(sentence):
            continue  # "charged ... after the first 100 pages, which are provided free of charge": a fee allowance
        if _RELEASE_CAP.search(before) and _RELEASE_SCHEDULE.search(sentence):
            continue  # "releases on a monthly basis of up to 500 pages": the most each release will hold, no release
        if _COPYING_OF.search(before) and _NO_CHARGE.search(sentence):
            # "you are allowed 2 hours of search and the duplication of 100 pages at no cost": an allowance
            continue
        if _PAGES_OF_COPYING.match(sentence[mention.end():]) and _FEE_TERMS.search(sentence):
            # "did not exceed the two hours of search time and 100 pages of duplication provided at no cost", "the 100
            # pages of free copying the rules allow": pages of copying given free are an allowance, not a release
            continue
        if category == "withheld" and _ALL_TOLD.search(before) and counts.withheld_full is not None \
                and value >= counts.withheld_full:
            # "In total, 37 pages have been withheld in full", after "Records withheld in full: 37 pages": the sum of
            # the pages withheld so far (or of them and some the letter did not count), not more pages.
            counts.withheld_full = value
            counts.sentences["pages_withheld"] = sentence
            continue
        if _NAMED_AGAIN.search(before) and (category, value) in counts.seen:
            # "We are withholding 6 pages in full. ... the six pages withheld in full are protected under
            # Exemption 5": the same pages named again, not six more.
            continue
        if category in ("part", "full", "release") and _ENCLOSED_AGAIN.search(before) and (any(
                (released, value) in counts.seen for released in ("part", "full", "release"))
                or (counts.released_full is not None and counts.released_part is not None
                    and value == counts.pages_released)):
            # "58 pages are releasable in part ... Enclosed are 58 pages with certain information withheld": the
            # pages released, enclosed; not 58 more. So too the sum of those released in full and in part: "63
            # pages ... are releasable in their entirety, 41 pages are partially releasable ... Enclosed are 104
            # pages".
            continue
        if (counts.released is not None and counts.released_full is None and counts.released_part is None
                and category == "part" and value < counts.released and _WITHHELD_FROM.search(before)
                and mention.group("unit").lower().startswith("page")):
            # "the Department is producing 212 pages ... Complainants' names have been redacted from 37 pages": the
            # pages that carry the redactions are a share of those the letter released without saying how, as "37
            # of these pages" would be (the rest went out in full).
            rest, counts.released = counts.released - value, None
            counts.released_part = _add(counts.released_part, value)
            counts.released_full = _add(counts.released_full, rest)
            counts.seen.update({("part", value), ("full", rest)})
            counts.sentences["pages_released"] = sentence
            continue
        if (category == "withheld" and ("withheld", value) in counts.seen and counts.total is not None
                and (counts.pages_released or 0) + (counts.withheld_full or 0) + value > counts.total):
            # "The remaining 14 pages are being withheld in their entirety. ... Fourteen (14) pages consisting of draft
            # memoranda have been withheld in full pursuant to GP § 4-344": the same pages again, where more would
            # come to more pages than were located.
            continue
        if (mention.group("unit").lower().startswith("of") and counts.released is not None
                and value <= counts.released
                and ((not verb and part and not full and re.search(r"redact", before + after_clause, re.IGNORECASE))
                     or (category in ("part", "withheld") and counts.released_full is None
                         and counts.released_part is None
                         and (_PORTIONS_OF_PAGES.search(before) or _WITHHELD_FROM.search(before))))):
            # "Enclosed are 212 pages. Portions of 198 of these pages were redacted": a share of the pages a sentence
            # before released carries the redactions (released in part), the rest went out in full. So too when the
            # sentence says why, with a verb of its own: "We are providing 64 pages. Portions of 18 of those pages
            # have been redacted because they are criminal investigative files, which are excluded from mandatory
            # disclosure by ...", "Information has been redacted from 12 of those pages because it is exempt from
            # disclosure" (what is withheld is taken from the pages, which go out).
            rest, counts.released = counts.released - value, None
            counts.released_part = _add(counts.released_part, value)
            counts.seen.add(("part", value))
            if rest:
                counts.released_full = _add(counts.released_full, rest)
                counts.seen.add(("full", rest))
            counts.sentences["pages_released"] = sentence
            continue
        share = (released_unsaid is not None and value <= released_unsaid
                 and mention.group("unit").lower().startswith("of"))
        if share and category == "release" and _REDACTED_SHARE.search(before + after_clause):
            # "We are releasing 176 pages to you; redactions have been made on 41 of those pages", "... and 12 of
            # them are redacted": the pages that carry the redactions, among those released.
            category, part = "part", True
        if share_rest is not None and (category, value) == share_rest:
            share_rest = None
            continue  # the rest of the pages split, named again: not more pages
        if category in ("part", "full") and share:
            # "We are releasing 63 pages, 38 of them with redactions": the 38 are among the 63, the rest in full.
            counts.released = (counts.released or 0) - released_unsaid or None
            rest = released_unsaid - value
            share_rest = ("full" if category == "part" else "part", rest) if rest else None
            if category == "part":
                counts.released_part = _add(counts.released_part, value)
                counts.released_full = _add(counts.released_full, rest) if rest else counts.released_full
            else:
                counts.released_full = _add(counts.released_full, value)
                counts.released_part = _add(counts.released_part, rest) if rest else counts.released_part
            counts.sentences["pages_released"] = sentence
            released_unsaid = None
            continue
        released_unsaid = value if category == "release" else None
        counts.seen.add((category, value))
        counts.said.add((category, value))
        if verb == "withhold" and not part:
            counts.withheld_full = _add(counts.withheld_full, value)
            counts.sentences["pages_withheld"] = sentence
        elif verb == "release" and part and not full:
            counts.released_part = _add(counts.released_part, value)
            counts.sentences["pages_released"] = sentence
        elif verb == "release" and full:
            counts.released_full = _add(counts.released_full, value)
            counts.sentences["pages_released"] = sentence
        elif verb == "release":
            counts.released = _add(counts.released, value)
            counts.sentences["pages_released"] = sentence
        elif verb == "total":
            counts.total = value if counts.total is None else counts.total
            counts.sentences.setdefault("total", sentence)


def _labelled(sentence: str, counts: PageCounts) -> bool:
    """Read a summary table's labelled counts; True when the sentence had any."""
    found = False
    # (the row may follow the line that introduces the table: "A summary of what is included: Records in this ...")
    total_row = _RELEASE_TOTAL_ROW.match(re.sub(r"^[^|:]{0,80}:\s+(?=[A-Z])", "", sentence.strip()))
    if total_row and (total_row.group("pages") or total_row.group("unit")) and (
            value := count_value(total_row.group("count"))) is not None:
        counts.release_total = value
        counts.sentences.setdefault("pages_released", sentence)
        return True
    row = _TABLE_ROW.match(LEADER.sub(" | ", sentence.strip()))
    labels = sorted([*_LABELLED.finditer(sentence), *_LABELLED_BARE.finditer(sentence)], key=lambda m: m.start())
    for match in [row] if row else labels:
        value = count_value(match.group("count"))
        if value is None:
            continue
        found = True
        if value == 0:
            continue  # "Pages withheld in full: 0": no pages, and no count of any
        what, manner = match.group("what").lower(), (match.group("manner") or "").lower()
        if re.search(r"\sor\s", manner) or match.groupdict().get("either"):
            # "Pages released in full or in part: 36": the pages released, both kinds together; a count "withheld in
            # full or in part" mixes the withheld with the released, and is no count of either.
            if what in ("withheld", "denied"):
                found = True
                continue
            manner = ""
        if match.groupdict().get("portions"):
            manner = "part"  # "Released with portions redacted | 57"
        if match.groupdict().get("redacted"):
            manner = "part" if match.group("redacted").lower() == "with" else "full"  # "without", "with no"
        if match.groupdict().get("negated"):
            if what not in ("released", "provided", "produced", "disclosed"):
                continue  # "not withheld", "not reviewed": no count of either
            what, manner = "withheld", ""  # "Not provided | 3 pages": withheld in full
        # A row that says again a count the letter's prose already gave ("We are withholding 3 pages in full." above
        # a table's "Withheld in full | 3") is the same pages, not more of them.
        category = ("withheld" if what in ("withheld", "denied") and manner != "part" else
                    "part" if what in ("withheld", "denied") or manner == "part" else
                    "full" if what in ("released", "provided", "produced", "disclosed") and manner else
                    "release" if what in ("released", "provided", "produced", "disclosed") else "")
        if category and (category, value) in counts.said:
            continue
        # Each count is remembered, so that a sentence naming the same pages again ("the five pages withheld in full
        # are an Immigration Judge's notes", below a table's "Withheld in full | 5") does not add them twice.
        if what in ("withheld", "denied") and manner != "part":
            counts.withheld_full = _add(counts.withheld_full, value)
            counts.sentences["pages_withheld"] = sentence
            counts.seen.add(("withheld", value))
        elif what in ("withheld", "denied") or (manner == "part"):
            counts.released_part = _add(counts.released_part, value)
            counts.sentences["pages_released"] = sentence
            counts.seen.add(("part", value))
        elif what in ("released", "provided", "produced", "disclosed") and manner:
            counts.released_full = _add(counts.released_full, value)
            counts.sentences["pages_released"] = sentence
            counts.seen.add(("full", value))
        elif what in ("released", "provided", "produced", "disclosed"):
            counts.released = _add(counts.released, value)
            counts.sentences["pages_released"] = sentence
            counts.seen.add(("release", value))
        elif counts.total is None:
            counts.total = value
            counts.sentences.setdefault("total", sentence)
    return found


# A summary table of records, not pages: its rows bare counts ("| Released in full | 14 |", "| Withheld in full | 8 |")
# under a row that counts records or documents ("| Records retrieved | 61 |", "| Documents reviewed | 12 |"), or
# saying again the records the prose counted ("14 records may be released in full ..."). Such rows count records.
_BAR_ROW = re.compile(r"^\s*\|?\s*[^|\s][^|]*\|")
_RECORDS_ROW = re.compile(r"^\W*(?:total\s+|number\s+of\s+)?(?:(?:responsive|potentially\s+responsive|additional)\s+)?"
                          r"(?:records?|documents?|items?|files?|e-?mails?|cables?)\b[^|]*\|\s*\d", re.IGNORECASE)
_ROW_COUNT = re.compile(r"\|\s*(?P<n>\d[\d,]*)\s*\|?\s*$")


def rows_counting_records(lines: list[str]) -> set[int]:
    """The indices of *lines* that are rows of a summary table counting records rather than pages: each run of
    consecutive rows between bars that names no pages, where one of its rows counts records or documents, or where
    the other lines (the prose) give each row's count as a count of records or documents and never of pages."""
    found: set[int] = set()
    prose = " ".join(line for line in lines if not _BAR_ROW.match(line))
    index = 0
    while index < len(lines):
        if not _BAR_ROW.match(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _BAR_ROW.match(lines[end]):
            end += 1
        run = range(index, end)
        if not any(re.search(r"\bpages?\b", lines[i], re.IGNORECASE) for i in run):
            named = any(_RECORDS_ROW.match(lines[i].strip()) for i in run)
            counted = [m.group("n").replace(",", "") for i in run if (m := _ROW_COUNT.search(lines[i]))]
            restated = bool(counted) and all(
                re.search(rf"(?<![\d,]){n}\s+(?:[a-z-]+\s+)?(?:records?|documents?|items?|files?)\b", prose, re.I)
                and not re.search(rf"(?<![\d,]){n}\s+(?:[a-z-]+\s+)?pages?\b", prose, re.I) for n in counted)
            if named or restated:
                found.update(run)
        index = end
    return found


def _released_then_counted(before: str, clause_end: str = r"[;:]") -> bool:
    """Whether the clause before a count "in all" releases the records it counts, with no other verb after the
    release ("Attached please find the three responsive memoranda, seventeen pages in all"; not "Attached is our
    letter; we reviewed 46 pages in all", nor "Attached is our index of the records we located, 46 pages in all")."""
    clause = re.split(clause_end, before)[-1]
    releases = list(_RELEASE.finditer(clause))
    if not releases or _WITHHOLD.search(clause[releases[-1].start():]):
        return False
    return not _TOTAL.search(re.sub(r"responsive", "", clause[releases[-1].end():], flags=re.IGNORECASE))


# The access a release gives, right before the count it gives it to: "full access to 112 pages", "partial access to
# 61 pages", "complete access to the 40 pages" (not access denied, a withholding, nor access "to records" uncounted).
_ACCESS_GIVEN = re.compile(r"\b(?:(?P<full>full|complete|unrestricted|unredacted)|(?P<part>partial|limited|redacted|"
                           r"restricted))\s+access\s+(?:\w+\s+)?to\s+(?:the\s+|these\s+|those\s+|another\s+|an?\s+"
                           r"(?:additional|further)\s+)?(?:other\s+|remaining\s+)?$", re.IGNORECASE)


# "the released e-mails", "these enclosed pages", "its redacted copies": a participle between an article and its noun.
_PARTICIPLE_ADJECTIVE = re.compile(r"\b(?:the|these|those|our|its|their|your)\s+(?:previously\s+)?(?:released|enclosed|"
                                   r"produced|disclosed|provided|redacted|withheld)\s+(?=(?!in\b|to\b|by\b|with\b|"
                                   r"under\b|as\b|on\b|from\b|pursuant\b)[a-z])", re.IGNORECASE)


# The production pages were gone through for, named as a noun after "for": "completed its review of an additional 500
# pages of potentially responsive material for this production", "reviewed 441 pages for this installment". It names
# what the review was for, not a release: the pages are only reviewed until a share of them is said to go out (not "500
# pages are enclosed for this production", whose verb releases them anyway).
_FOR_THIS_PRODUCTION = re.compile(r"\bfor\s+(?:this|the\s+(?:current|present))\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:release|production|installment|instalment|tranche|batch|disclosure)\b",
                                  re.IGNORECASE)


def _verb(text: str, *, nearest_end: bool = False) -> str | None:
    """"withhold", "release" or "total": the first such word in *text*, or with *nearest_end* the last
    (the verb closest to a count that follows it). After a count, a release or withholding wins over
    a total ("9 pages of records responsive to your request, which are released in full")."""
    # (blanked, not cut, so the positions of the other words stay where they were)
    text = _FOR_THIS_PRODUCTION.sub(lambda match: " " * len(match.group()), text)
    if not nearest_end:
        decisive = _verb_in(text, ((_WITHHOLD, "withhold"), (_RELEASE, "release")), nearest_end=False)
        if decisive:
            return decisive
    return _verb_in(text, ((_WITHHOLD, "withhold"), (_RELEASE, "release"), (_TOTAL, "total")),
                    nearest_end=nearest_end)


def _verb_in(text: str, choices: tuple[tuple[re.Pattern[str], str], ...], *, nearest_end: bool) -> str | None:
    best: tuple[int, str] | None = None
    for pattern, name in choices:
        for match in pattern.finditer(text):
            position = -match.start() if nearest_end else match.start()
            if best is None or position < best[0]:
                best = (position, name)
    return best[1] if best else None


# Pages withheld by subtraction: "Of the 412 pages reviewed, 380 are released in full or in part and the remainder
# are withheld." A total that was reviewed, located or processed (never "responsive" or "about"), a release, and
# the rest said to be withheld in full.
_SUBTRACTION_TOTAL = re.compile(
    rf"(?<![\w$.,])(?P<n>{COUNT})\s+(?:total\s+)?(?:responsive\s+)?pages?\s+(?:of\s+(?:responsive\s+)?(?:records|documents)"
    r"\s+)?(?:(?:that\s+)?(?:were|was|have\s+been|had\s+been|are|is)\s+)?(?:reviewed|located|processed|identified)\b|"
    r"\b(?:reviewed|located|processed|identified)\s+(?:a\s+total\s+of\s+)?(?P<approx>(?:approximately|about|roughly|"
    rf"nearly|over|more\s+than|at\s+least|some|around)\s+)?(?P<m>{COUNT})\s+(?:responsive\s+)?pages?\b|"
    # ... the review as a noun: "The FBI has completed its review of another 500 pages, of which 431 pages are being
    # released", "after our review of the 120 responsive pages"
    r"\b(?:review|processing)\s+of\s+(?:another|an?\s+(?:additional|further)|a\s+further|the|these|those)?\s*"
    rf"(?P<k>{COUNT})\s+(?:more\s+|additional\s+|responsive\s+)?pages?\b",
    re.IGNORECASE)
_NOT_EXACT_TOTAL = re.compile(rf"{_NOT_EXACT}\s*$", re.IGNORECASE)
# "380 are released in full or in part", "400 (of them) are enclosed": a release whose unit is the total's.
_BARE_RELEASE = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+(?:of\s+(?:them|these|those)\s+|pages\s+)?(?:are|were|is|"
                           r"have\s+been|has\s+been|will\s+be)\s+(?:being\s+)?(?:released|provided|produced|"
                           r"disclosed|enclosed|furnished)\b(?P<manner>[^;.]{0,40})", re.IGNORECASE)
_REMAINDER = re.compile(r"\b(?:the\s+)?(?:remaining|remainder|rest|balance)\b(?!\s+(?:\d|[a-z]+[-\s]+pages?))"
                        r"(?:\s+(?:of\s+(?:the\s+)?)?(?:pages|records|documents|them))?\s+(?:\w+\s+){0,2}?"
                        r"(?:are|is|were|was|have\s+been|has\s+been|will\s+be)\s+(?:being\s+)?(?:withheld|denied)\b"
                        r"(?P<full>\s+(?:in\s+(?:full|(?:their|its)\s+entirety)|entirely))?", re.IGNORECASE)
_MARKED_WITHHELD = re.compile(r"\b(?:deleted|withheld)\s+page\s+(?:information\s+)?sheets?\s+(?:\w+\s+){0,8}?"
                              r"(?:withheld|deleted|removed)\s+(?:entirely|in\s+full|in\s+(?:their|its)\s+entirety)",
                              re.IGNORECASE)
_IN_PART = re.compile(r"\bin\s+(?:full\s+or\s+in\s+part|whole\s+or\s+in\s+part|part)\b|with\s+(?:some\s+)?redactions",
                      re.IGNORECASE)


# The pages a sentence opens by taking a share of: "Of the remaining 343 pages, ...", "Of the other 120 pages, ...".
_OWN_TOTAL = re.compile(rf"^\W*of\s+the\s+(?:remaining\s+|other\s+|rest\s+of\s+the\s+)?(?P<n>{COUNT})\s+"
                        r"(?:responsive\s+|remaining\s+)?pages\b", re.IGNORECASE)


@dataclass(slots=True)
class Subtraction:
    """Pages withheld in full worked out as total less released, with the sentences that say so."""
    withheld: int | None
    evidence: str = ""
    released: int | None = None  # when only the subtraction's sentence states the release
    released_evidence: str = ""
    reason: str = ""  # why nothing was worked out, when a remainder was spoken of


def withheld_by_subtraction(body: list[str], counts: PageCounts) -> Subtraction:
    """Pages withheld in full when the letter gives a reviewed, located or processed total, a release, and says
    the remaining pages are withheld in full; nothing when any of it is missing or could be read two ways."""
    remainder = next(((s, m) for s in body if (m := _REMAINDER.search(s))), None)
    if remainder is not None:
        sentence, in_full = remainder[0], bool(remainder[1].group("full"))
    else:
        # The FBI's "a deleted page information sheet was inserted to indicate where pages were withheld
        # entirely": every page reviewed and not released is withheld in full, each marked by its sheet.
        marked = next((s for s in body if _MARKED_WITHHELD.search(s)), None)
        if marked is None:
            return Subtraction(None)
        sentence, in_full = marked, True
    totals: dict[int, str] = {}
    own = _OWN_TOTAL.search(sentence) if remainder is not None else None
    if own is not None and (own_value := count_value(own.group("n"))) is not None:
        # The pages the remainder is of, named in its own sentence: "Of the remaining 343 pages, 217 pages are released
        # in full or in part, and the remainder are withheld in full" (after 45 of the 388 located were referred).
        totals[own_value] = sentence
    for candidate in body if not totals else ():
        for match in _SUBTRACTION_TOTAL.finditer(candidate):
            if match.group("approx") or _NOT_EXACT_TOTAL.search(candidate[:match.start()]):
                return Subtraction(None, reason="the total of pages is approximate")
            value = count_value(match.group("n") or match.group("m") or match.group("k"))
            if value is not None:
                totals.setdefault(value, candidate)
    if len(totals) != 1:
        return Subtraction(None, reason="the letter does not give one total of pages reviewed, located or processed"
                           if not totals else "the letter gives more than one total of pages")
    total, total_sentence = next(iter(totals.items()))
    released, released_sentence = counts.pages_released, counts.sentences.get("pages_released", "")
    # "380 are released in full or in part": some of the pages released were released in part.
    in_part = bool(counts.released_part) or bool(_IN_PART.search(released_sentence))
    bare = release_after_total(body)
    if released is None and bare:
        released, in_part, released_sentence = bare
    if released is None:
        return Subtraction(None, reason="the letter does not say how many pages were released")
    # "the remainder are withheld" is in full only when the pages released in part are among those released.
    if not in_full and not in_part:
        return Subtraction(None, reason="the letter does not say the remaining pages are withheld in full")
    if released >= total:
        return Subtraction(None, reason="the pages released are not fewer than the total")
    evidence = " … ".join(dict.fromkeys(s for s in (total_sentence, released_sentence, sentence) if s))
    out = Subtraction(total - released, evidence)
    if counts.pages_released is None:
        out.released, out.released_evidence = released, released_sentence
    return out


def release_after_total(body: list[str]) -> tuple[int, bool, str] | None:
    """"432 pages were located; 400 are enclosed", "Of the 412 pages reviewed, 380 are released in full or in
    part": a release counted without its unit, right after the total of pages it is part of. (count, whether
    the count includes pages released in part, sentence)."""
    for sentence in body:
        total = _SUBTRACTION_TOTAL.search(sentence)
        if total is None:
            continue
        release = _BARE_RELEASE.match(sentence, total.end()) or _BARE_RELEASE.search(sentence, total.end())
        if release is None or re.search(r"\d", sentence[total.end():release.start()]):
            continue
        value = count_value(release.group("n"))
        if value is not None:
            return value, bool(_IN_PART.search(release.group("manner"))), sentence
    return None


# One record found, named with its pages: "The Bureau located one record of 9 pages", "We located a 9-page
# memorandum", "a search found a single document, totaling 12 pages".
_ONE_RECORD = re.compile(r"\b(?:locat|found|identif|retriev|review|process)\w*\b[^.;]{0,80}?\b(?:"
                         r"(?:one|a\s+single|a|1)\s+(?:\(1\)\s+)?(?:responsive\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:record|document|file|memorandum|memo|report|e-?mail|letter|spreadsheet|page)\s*,?\s*"
                         rf"(?:of|totall?ing|consisting\s+of|comprising|\()\s*(?P<n>{COUNT})\s+pages?\b|"
                         rf"\b(?:one|a\s+single|a|an)\s+(?P<m>{COUNT})-page\s+[\w-]+|"
                         # ... or the one record the request named, its pages said beside it: "We completed a thorough
                         # review of the document, which consists of 14 pages", "reviewed the report, 40 pages, and"
                         r"\bthe\s+(?:requested\s+)?(?:record|document|file|memorandum|memo|report|cable|letter)\s*"
                         r"(?:,\s*(?:which\s+(?:consists\s+of|comprises|totals|is)\s+|consisting\s+of\s+|totall?ing\s+)?|"
                         rf"\(\s*)(?P<k>{COUNT})\s+pages?\b)", re.IGNORECASE)
# ... then, in the sentence after, the record released: "It is released to you in part", "It is enclosed", "This
# memorandum is being provided to you with redactions" (not "It is enclosed for your information", said of a form).
_IT_RELEASED = re.compile(r"^\W*(?:it|(?:this|that|the)\s+(?:record|document|file|memorandum|memo|report|e-?mail|"
                          r"letter|page))\s+"
                          r"(?:is|was|has\s+been)\s+(?:hereby\s+)?(?:being\s+)?(?:released|enclosed|attached|provided|"
                          r"disclosed|produced)\b(?P<rest>[^.;]*)", re.IGNORECASE)
_NOT_THE_RECORD = re.compile(r"\bfor\s+your\s+(?:information|reference|convenience|review|records)\b|\brefer",
                             re.IGNORECASE)


# ... or in the same sentence, the record taken up by "it" after the count: "..., which consists of 14 pages, and
# determined that it can be released in segregable form with deletions" (CIA), "and it may be declassified in part"
# (not a release yet to come on a condition: "it can be released once the fee is paid").
_IT_RELEASABLE_AFTER = re.compile(r"[^.;]{0,80}?\b(?:and|so)\s+(?:\w+\s+){0,3}?(?:that\s+)?it\s+"
                                  r"(?:(?:can|may|will)\s+be\s+(?:released|disclosed|provided|declassified)|"
                                  r"is\s+(?:releasable|being\s+released|released|enclosed|declassified))\b"
                                  r"(?P<rest>[^.;]*)", re.IGNORECASE)
_ON_A_CONDITION = re.compile(r"\b(?:once|upon|after|when|if|unless|only|until|provided\s+that)\b", re.IGNORECASE)


def one_record_released(body: list[str]) -> tuple[int, bool, str] | None:
    """The one record a sentence found with its pages, released by the sentence after it (or later in the same
    sentence): (its pages, whether released in part, the two sentences)."""
    for found, after in itertools.pairwise([*body, ""]):
        record = _ONE_RECORD.search(found)
        if record is None:
            continue
        released: re.Match[str] | None
        same = _IT_RELEASABLE_AFTER.match(found, record.end())
        if same is not None and not _ON_A_CONDITION.search(same.group("rest")) \
                and not _ON_A_CONDITION.search(found[record.end():same.start("rest")]):
            released, after = same, ""
        else:
            released = _IT_RELEASED.match(after)
        if released is None or _NOT_THE_RECORD.search(after):
            continue
        value = count_value(record.group("n") or record.group("m") or record.group("k"))
        if value is not None:
            # "It is released to you with names withheld under Exemption 6": in part
            part = bool(_PART.search(released.group("rest")) or _WITHHOLD.search(released.group("rest")))
            return value, part, f"{found} … {after}" if after else found
    return None


# A release said of what a sentence names by a count of records and then takes up by a pronoun: "the unit prices in the
# three cost worksheets were published ..., and they are released to you in full with this letter".
_PRONOUN_RELEASED = re.compile(r"\b(?:they|these|those)\s+(?:\w+\s+)?(?:are|were|have\s+been|will\s+be)\s+"
                               r"(?:now\s+|hereby\s+|also\s+)?(?:being\s+)?(?:released|enclosed|provided|disclosed|"
                               r"produced)\b|\b(?:releasing|enclosing|providing|disclosing|producing)\s+(?:them|these|those)"
                               r"\b", re.IGNORECASE)
# ... the records by their count and their noun, a plural ("worksheets", "memoranda"), after up to two words that
# describe them
_RECORDS_COUNTED = re.compile(rf"\bthe\s+(?P<n>{COUNT})\s+(?:[\w-]+\s+){{0,2}}"
                              r"(?P<noun>(?!(?:has|was|does)\b)[a-z]{3,}(?:s|a))\b", re.IGNORECASE)


def pages_carried_to(release: str, sentences: list[str]) -> tuple[int, str] | None:
    """The pages a release by a pronoun gives, where the records it takes up ("the three cost worksheets ..., and they
    are released") were counted in pages as withheld elsewhere in the letter, by the same noun ("withheld 3 pages of
    contractor cost worksheets in full"): (pages, the sentence that counted them). None when no release by a pronoun
    is said, or the records it names were never counted in pages withheld."""
    if not _PRONOUN_RELEASED.search(release):
        return None
    for named in _RECORDS_COUNTED.finditer(release):
        if count_value(named.group("n")) is None or named.group("noun").lower().startswith("page"):
            continue
        pages = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})\s+pages?\s+of\s+(?:[\w-]+\s+){{0,3}}?"
                           rf"{re.escape(named.group('noun'))}\b", re.IGNORECASE)
        for sentence in sentences:
            if sentence == release:
                continue
            for counted in pages.finditer(sentence):
                value = count_value(counted.group("n"))
                # ... pages withheld: "withheld 3 pages of ... worksheets in full", "12 pages of draft memoranda were
                # denied"
                if value is not None and re.search(r"withh|denied|\bdeny", sentence[max(0, counted.start() - 40):
                                                                                   counted.end() + 60], re.IGNORECASE):
                    return value, sentence
    return None


# A decision upholding the withholding in full of a record it names: "I am affirming the withholding of the draft bench
# memorandum in full under Exemption 5", "we uphold the denial in full of the investigator's notes" (not a record of
# every kind, "the records", "the documents": those counted may have gone out in part).
_RECORD_KEPT_IN_FULL = re.compile(
    r"\b(?:affirm|uphold|upheld|sustain)\w*\s+(?:\w+\s+){0,2}?(?:withholding|denial)\s+(?P<full1>in\s+full\s+)?of\s+"
    r"(?:the\s+|this\s+|that\s+)?(?P<what>(?:[\w'\u2019-]+\s+){0,4}?(?P<noun>(?!(?:records?|documents?|pages?|"
    r"information|materials?|portions?|items?|responsive|remainder|rest)\b)[a-z]{3,}))"
    # (the record's name ends where "in full", its ground or the sentence's end comes)
    r"(?:\s+in\s+(?:full|its\s+entirety|their\s+entirety)\b|"
    r"(?(full1)(?=\s*(?:[.,;]|$|\s(?:under|pursuant|as|because|is|are|was|were|and)\b))|(?!)))", re.IGNORECASE)


def pages_of_record_kept(sentence: str, sentences: list[str]) -> tuple[int, str] | None:
    """The pages of a record whose withholding in full *sentence* upholds by its name, where another sentence counts
    that record by the same noun: "a 4-page draft bench memorandum" (or "the staff closing memorandum (14 pages)", "14
    pages of draft memoranda") with "I am affirming the withholding of the draft bench memorandum in full under
    Exemption 5" is 4 pages withheld. None when the sentence upholds no such withholding, or the count is not one."""
    kept = _RECORD_KEPT_IN_FULL.search(sentence)
    if not kept:
        return None
    noun = re.escape(kept.group("noun"))
    counted = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})[- ]pages?\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun}\b|"
                         rf"(?<![\w$.,])(?P<m>{COUNT})\s+pages?\s+of\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun}\b|"
                         rf"\b{noun}\s+\((?P<k>{COUNT})\s+pages?\)", re.IGNORECASE)
    found = {(value, other) for other in sentences if other != sentence
             for match in counted.finditer(other)
             if (value := count_value(match.group("n") or match.group("m") or match.group("k"))) is not None}
    if len({value for value, _ in found}) != 1:
        return None
    value, other = sorted(found, key=lambda item: sentences.index(item[1]))[0]
    return value, other


# A decision's release in full of a record it names: "The Freedom of Information Office will release the memorandum to
# you, in full and without redaction", "the Bureau will disclose the investigative report in its entirety" (not a
# record of every kind, "the records", "the documents": those counted may be other pages; nor a release in part).
_RECORD_RELEASED_IN_FULL = re.compile(
    # (also the office told to: "The Rural Development FOIA Office has been directed to release the 23-page field
    # engineering review to you in full")
    r"\b(?:will|shall|must|is\s+to|are\s+to|(?:is|are|(?:has|have)\s+been)\s+(?:hereby\s+)?(?:ordered|directed|"
    r"instructed)\s+to)\s+"
    r"(?:now\s+|promptly\s+)?(?:release|disclose|produce|provide)\s+the\s+"
    r"(?P<what>(?:[\w'\u2019-]+\s+){0,3}?(?P<noun>(?!(?:records?|documents?|pages?|information|materials?|portions?|"
    r"items?|responsive|remainder|rest|remaining|withheld|redacted)\b)[a-z]{3,}))"
    r"(?:\s+to\s+(?:you|the\s+requester))?,?\s+in\s+(?:full|its\s+entirety)\b(?!\s+or\b)", re.IGNORECASE)


def pages_of_record_released(sentence: str, sentences: list[str]) -> tuple[int, str] | None:
    """The pages of a record a decision releases in full by its name, where another sentence counts that record by
    the same noun as withheld: "the FOIA Office withheld the 9-page memorandum in full" with "The Freedom of Information
    Office will release the memorandum to you, in full and without redaction" is 9 pages released. None when the
    sentence releases no such record, or the record is not counted once."""
    released = _RECORD_RELEASED_IN_FULL.search(sentence)
    if not released or _PART.search(sentence[released.end():]):
        return None
    noun = re.escape(released.group("noun"))
    counted = re.compile(rf"(?<![\w$.,])(?P<n>{COUNT})[- ]pages?\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun}\b|"
                         rf"(?<![\w$.,])(?P<m>{COUNT})\s+pages?\s+of\s+(?:[\w'\u2019-]+\s+){{0,3}}?{noun}\b|"
                         rf"\b{noun}\s+\((?P<k>{COUNT})\s+pages?\)", re.IGNORECASE)
    # ... counted where it was withheld ("withheld the 9-page memorandum in full", "denied the staff memorandum (9
    # pages)"), not where it is only described
    found = {(value, other) for other in sentences if other != sentence and re.search(r"withh|denied|\bden(?:y|ial)",
                                                                                      other, re.IGNORECASE)
             for match in counted.finditer(other)
             if (value := count_value(match.group("n") or match.group("m") or match.group("k"))) is not None}
    if len({value for value, _ in found}) != 1:
        return None
    value, other = sorted(found, key=lambda item: sentences.index(item[1]))[0]
    return value, other


# A table of the records found, one row a record, with a column of its pages and one of what was done with it:
# "Record | Pages | Action taken" over "Inspection reports | 46 | Produced", "E-mails | 23 | Produced with redactions",
# "Drawings | 12 | Not produced"; also "Document | No. of pages | Disposition", "Item | Page count | Status".
_DONE_WITH_RECORD = re.compile(r"\b(?:provid|releas|produc|withh|redact|enclos|disclos|denied|attached)", re.IGNORECASE)
_PAGES_COLUMN = re.compile(r"(?:(?:no\.?|number|#|total)\s+(?:of\s+)?)?pages?(?:\s+count)?(?:\s*\(\w+\))?",
                           re.IGNORECASE)
# (or the decision of the body that reviewed them, as an appeal decision's table heads it: "Panel decision", "Appeal
# determination")
_ACTION_COLUMN = re.compile(r"(?:(?:action|what\s+we\s+did)(?:\s+taken)?|disposition|status|determination|decision|"
                            r"(?:panel|board|appeals?|review|committee|council)\s+(?:decision|determination)|"
                            # ... or the decision said to be the appeal's after it: "Decision on appeal", "Action on
                            # remand", Treasury's "Disposition on appeal", "Result on review"
                            r"(?:decision|determination|action|ruling|outcome|disposition|result)\s+on\s+(?:the\s+)?"
                            r"(?:appeal|remand|review)|"
                            r"treatment|result|release\s+(?:status|decision|determination)|released\s*\?)",
                            re.IGNORECASE)


# A column headed by the verb itself ("| Records | Pages | Released |"), its cells saying only how: "In full", "With
# redactions", "In part" (the verb and the cell, "released with redactions"); a cell that says what was done instead
# ("Withheld") is read as it stands.
_VERB_COLUMN = re.compile(r"(?:released|release|provided|produced|disclosed)", re.IGNORECASE)
_MANNER_CELL = re.compile(r"(?:in\s+(?:full|part|its\s+entirety|their\s+entirety|redacted\s+form)|partially|partly|"
                          r"with\s+(?:redactions?|deletions?|excisions?|(?:some\s+)?(?:information|portions?)\s+"
                          r"redacted))", re.IGNORECASE)
_TOTAL_CELL = re.compile(r"\W*(?:grand\s+)?totals?\b", re.IGNORECASE)
_BARE_RELEASE_CELL = re.compile(r"(?:released|produced|provided|disclosed|granted|enclosed|attached|sent)",
                                re.IGNORECASE)
# ... and what was taken out of the pages, said after it in a part of its own: "personal identifiers redacted", "names
# of juveniles redacted", "redactions applied" (not "no redactions", "nothing redacted").
_WHAT_REDACTED_PART = re.compile(r"(?!(?:no|none|nothing|not)\b)(?:[\w'\u2019()/-]+\s+){1,6}?"
                                 r"(?:(?:were|was|are|is)\s+)?redacted|redactions?\s+(?:applied|made|taken)",
                                 re.IGNORECASE)


# A table of the records sent, one row a record, with a column of its pages and a column counting how many of them
# carry redactions (or are withheld in full), and no column saying what was done: "Record | Pages | Redacted" over
# "Driver license application file | 14 | 3", under the sentence that sends them ("The MVD has located the records
# summarized below, and they are attached to the e-mail that carried this letter."). Each row's pages went out, those
# counted as redacted in part and those counted as withheld not at all.
_REDACTED_COUNT_COLUMN = re.compile(r"(?:(?:no\.?\s+of\s+|number\s+of\s+|#\s+)?pages?\s+)?"
                                    r"(?:redacted|(?:(?:released|produced|provided|disclosed)\s+)?with\s+redactions?|"
                                    r"released\s+in\s+part|partially\s+released|redactions?)(?:\s+pages?)?",
                                    re.IGNORECASE)
_WITHHELD_COUNT_COLUMN = re.compile(r"(?:(?:no\.?\s+of\s+|number\s+of\s+|#\s+)?pages?\s+)?withheld(?:\s+in\s+full)?"
                                    r"(?:\s+pages?)?", re.IGNORECASE)
# ... the sentence before the table sends the records (not one that only found them, nor one awaiting payment)
_TABLE_SENT = re.compile(r"\b(?:enclos\w*|attached|released|provided|produced|disclosed|sent)\b", re.IGNORECASE)
_TABLE_NOT_SENT = re.compile(r"\b(?:upon|after|once|when)\s+(?:\w+\s+){0,3}?(?:payment|paid|deposit)|"
                             r"\bwill\s+not\s+be\b|\bnot\s+(?:be\s+)?(?:enclosed|attached|released|provided|produced|sent)\b",
                             re.IGNORECASE)


def _counted_table_rows(lines: list[str]) -> dict[str, str]:
    """The rows of a table of records sent with a pages column and a column counting the redacted (or withheld) pages
    of each, each row with the sentences it stands for ("11 pages are released in full. 3 pages are released in
    part."); a row whose cells hold no counts, or do not line up with the header's, ends the table."""
    respelt: dict[str, str] = {}
    pages_at = width = None
    redacted_at: int | None = None
    withheld_at: int | None = None
    before = ""
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if pages_at is None:
            pages = [n for n, cell in enumerate(cells) if _PAGES_COLUMN.fullmatch(cell)]
            redacted = [n for n, cell in enumerate(cells) if _REDACTED_COUNT_COLUMN.fullmatch(cell)]
            withheld = [n for n, cell in enumerate(cells) if _WITHHELD_COUNT_COLUMN.fullmatch(cell)]
            actions = [n for n, cell in enumerate(cells)
                       if _ACTION_COLUMN.fullmatch(cell) or _VERB_COLUMN.fullmatch(cell)]
            if "|" in line and len(cells) >= 3 and len(pages) == 1 and len(redacted) <= 1 and len(withheld) <= 1 \
                    and (redacted or withheld) and not actions \
                    and _TABLE_SENT.search(before) and not _TABLE_NOT_SENT.search(before):
                pages_at, width = pages[0], len(cells)
                redacted_at = redacted[0] if redacted else None
                withheld_at = withheld[0] if withheld else None
            if line.strip():
                before = line
            continue
        values = [count_value(cells[at]) if at is not None and len(cells) == width else 0
                  for at in (pages_at, redacted_at, withheld_at)]
        if len(cells) != width or any(value is None for value in values):
            pages_at = redacted_at = withheld_at = width = None
            before = line
            continue
        if _TOTAL_CELL.match(cells[0]):
            continue  # "Total | 25 | 5": the rows above, summed
        pages, part, held = (value or 0 for value in values)
        if part + held > pages:
            continue
        said = [f"{pages - part - held} pages are released in full."] if pages - part - held else []
        said += [f"{part} pages are released in part."] if part else []
        said += [f"{held} pages are withheld in full."] if held else []
        if said:
            respelt[line.strip()] = " ".join(said)
    return respelt


# An action cell that releases the row's pages and then counts those of them redacted: "Provided, 31 pages redacted",
# "Released; 12 with redactions", "Produced (9 pages partially redacted)".
_RELEASED_SOME_REDACTED_CELL = re.compile(
    r"(?P<verb>provided|released|produced|disclosed|enclosed|attached)\s*[,;(]\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?:pages?\s+)?(?:(?:are|were)\s+)?(?:partially\s+|partly\s+)?(?:redacted|with\s+redactions)\)?",
    re.IGNORECASE)


# Utah's GRAMA sorts records into classes, and only "public" records go out: a table of records under a column headed
# "Classification" whose row names its pages in brackets and classes the record "Protected", "Private" or "Controlled"
# withholds those pages ("| Internal affairs investigation file (412 pages) | Protected | Utah Code § 63G-2-305(10) |");
# a record classed "Public", or one whose class is said with more ("Public, with redactions"), is left to other rules.
_CLASSIFICATION_COLUMN = re.compile(r"(?:grama\s+|record\s+)?classification", re.IGNORECASE)
_CLOSED_CLASS_CELL = re.compile(r"(?:protected|private|controlled)\.?", re.IGNORECASE)
_BRACKETED_PAGES_CELL = re.compile(r"[^()]*\(\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+pages?\s*\)\s*", re.IGNORECASE)


def _classified_table_rows(lines: list[str]) -> dict[str, str]:
    """The rows of a table of records under a "Classification" column that class a record with its pages in brackets
    as not public, each with the sentence it stands for ("412 pages are withheld in full."); a row whose cells do not
    line up with the header's ends the table."""
    respelt: dict[str, str] = {}
    class_at = width = None
    for line in lines:
        if "|" not in line:
            class_at = width = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if class_at is None or len(cells) != width:
            classes = [n for n, cell in enumerate(cells) if _CLASSIFICATION_COLUMN.fullmatch(cell)]
            class_at, width = (classes[0], len(cells)) if len(cells) >= 2 and len(classes) == 1 else (None, None)
            continue
        if not _CLOSED_CLASS_CELL.fullmatch(cells[class_at]):
            continue
        counted = [found for n, cell in enumerate(cells) if n != class_at
                   and (found := _BRACKETED_PAGES_CELL.fullmatch(cell))]
        if len(counted) == 1 and (value := count_value(counted[0].group("n"))):
            respelt[line.strip()] = f"{value} pages are withheld in full."
    return respelt


# A table of records, one row a record, whose columns after the first count its pages by what was done with them:
# "Records | Pages reviewed | Released in full | Released in part | Withheld in full" over "After-action reviews | 74 |
# 9 | 58 | 7"; also "Document | Total pages | Provided in full | Provided with redactions | Denied in full". Every head
# after the first says how the pages went (or only counts them), and every cell below the first is a count.
_MANNER_HEAD = re.compile(r"(?:(?:number\s+of\s+)?pages?\s+)?(?P<verb>released|provided|produced|disclosed|withheld|"
                          r"denied)\s+(?P<how>in\s+full|in\s+part|(?:in\s+)?(?:their|its)\s+entirety|entirely|"
                          r"partially|with\s+redactions?)(?:\s+\(?pages?\)?)?", re.IGNORECASE)
_COUNT_ONLY_HEAD = re.compile(r"(?:total\s+)?(?:number\s+of\s+|no\.\s+of\s+)?pages?(?:\s+(?:total|located|reviewed|"
                              r"processed|found|identified|responsive))?|(?:pages?\s+)?(?:reviewed|processed|located|"
                              r"identified|responsive)(?:\s+pages?)?", re.IGNORECASE)


# A row of a table of productions that names the one the letter sends: "Third interim (this release)", "Current
# production", "Release 3 (this letter)".
_THIS_PRODUCTION_CELL = re.compile(r"\b(?:this|the\s+present|current|present|today'?s)\s+(?:interim\s+)?(?:release|"
                                   r"production|installment|instalment|response|letter|tranche|batch)\b|"
                                   r"\(\s*(?:current|this\s+one|now)\s*\)", re.IGNORECASE)
# ... and a row that names a production at all: "First interim (August 27, 2026)", "Production 2", "Second release".
_PRODUCTION_CELL = re.compile(r"\b(?:interim|productions?|releases?|installments?|instalments?|responses?|tranches?|"
                              r"batch(?:es)?)\b", re.IGNORECASE)


# A line of a list of the productions so far, its label before a colon: "Production 1 (September 30, 2026): 250 pages
# reviewed; 214 pages released in full, 36 pages released in part.", "Third interim release (this release): 150 pages".
_PRODUCTION_LINE = re.compile(r"^\W*(?P<label>[^:.;]{0,60}?)\s*:\s*(?=\S)")


# ... and its line for all of them together: "Total to date: 1,220 pages reviewed; 1,122 pages released ...",
# "Cumulative total: ...", "Totals: ..." (a bare "Total:" only as the line just after the productions').
_RUNNING_TOTAL_LABEL = re.compile(r"(?:grand\s+|cumulative\s+|running\s+|overall\s+)?totals?"
                                  r"(?:\s+(?:to\s+date|so\s+far|(?:of|for)\s+(?:all\s+)?(?:(?:the\s+)?(?:releases|productions|installments|"
                                  r"responses))(?:\s+to\s+date)?))?|cumulative(?:\s+to\s+date)?|to\s+date",
                                  re.IGNORECASE)


def earlier_production_lines(body: list[str]) -> set[int]:
    """The indexes of the lines of a list of the productions so far that tell earlier productions, where one line of
    the list is marked as this one ("Production 1 (September 30, 2026): ..." above "Production 3 (this production):
    ..."): their pages went out with earlier letters. So does the list's line that adds them all up, "Total to date:
    1,220 pages reviewed; ...". None where no line is marked as this one."""
    labelled = {index: match.group("label") for index, sentence in enumerate(body)
                if (match := _PRODUCTION_LINE.match(sentence)) and _PRODUCTION_CELL.search(match.group("label"))}
    if not any(_THIS_PRODUCTION_CELL.search(label) for label in labelled.values()):
        return set()
    earlier = {index for index, label in labelled.items() if not _THIS_PRODUCTION_CELL.search(label)}
    for index in range(min(labelled), min(len(body), max(labelled) + 3)):
        total = _PRODUCTION_LINE.match(body[index])
        if total and _RUNNING_TOTAL_LABEL.fullmatch(total.group("label").strip()) and (
                total.group("label").strip().lower() not in ("total", "totals") or index - 1 in labelled):
            earlier.add(index)  # the productions so far, this one among them, summed
    return earlier


def _manner_columns_rows(lines: list[str]) -> dict[str, str]:
    """The rows of a table of records whose columns count each record's pages by what was done with them, each row
    with the sentences it stands for ("9 pages are released in full. 58 pages are released in part. 7 pages are
    withheld in full."); a total row sums the rows above and stands for nothing; a row that does not line up with
    the header ends the table. A table of the productions so far, one of them marked as this one ("First interim
    (August 27, 2026) | 187 | 52 | 121 | 14" above "Third interim (this release) | 150 | 41 | 96 | 13"), counts that
    one only: the earlier productions' rows stand for nothing (their pages went out with earlier letters)."""
    respelt: dict[str, str] = {}
    heads: list[str | None] | None = None
    tables: list[list[tuple[str, str]]] = []  # each table's rows, with their first cells
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if heads is None:
            if "|" not in line or len(cells) < 3 or _COUNT_ONLY_HEAD.fullmatch(cells[0]) \
                    or _MANNER_HEAD.fullmatch(cells[0]):
                continue
            manners = [_MANNER_HEAD.fullmatch(cell) for cell in cells[1:]]
            if all(m or _COUNT_ONLY_HEAD.fullmatch(cell) for m, cell in zip(manners, cells[1:], strict=True)) \
                    and sum(1 for m in manners if m) >= 2:
                heads = [None, *[f"{m.group('verb').lower()} {m.group('how').lower()}" if m else None
                                 for m in manners]]
                tables.append([])
            continue
        values = [count_value(cell) for cell in cells[1:]]
        if len(cells) != len(heads) or any(value is None for value in values):
            heads = None
            continue
        if _TOTAL_CELL.match(cells[0]):
            respelt[line.strip()] = ""  # "Total | 186 | 9 | 163 | 14": the rows above, summed
            continue
        said = [f"{value} pages are {head}." for head, value in zip(heads[1:], values, strict=True) if head and value]
        respelt[line.strip()] = " ".join(said)
        tables[-1].append((line.strip(), cells[0]))
    for rows in tables:
        if any(_THIS_PRODUCTION_CELL.search(first) for _, first in rows):
            for row, first in rows:
                if _PRODUCTION_CELL.search(first) and not _THIS_PRODUCTION_CELL.search(first):
                    respelt[row] = ""
    return respelt


# A table of the pages by what was done with them, one row a manner and its count: "Disposition | Pages" over "Released
# in full | 288", "Released in part | 174", "Withheld in full | 38", "Total reviewed | 500" (the manner-columns table
# above turned on its side). At least two rows must name a manner; a total or count-only row sums the rows and stands
# for nothing; any other row ends the table.
_ROW_COUNT_CELL = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\s+pages?)?", re.IGNORECASE)


def _manner_rows(lines: list[str]) -> dict[str, str]:
    """The rows of a two-column table of pages by their disposition ("Released in part | 174"), each with the sentence
    it stands for ("174 pages are released in part."), when two rows or more of one table name a manner and the table
    counts pages: under a heading naming its column of pages ("Disposition | Pages"), or in counts of pages ("40
    pages"); not records or documents counted ("| Released in full | 14 |" after "| Records retrieved | 61 |")."""
    respelt: dict[str, str] = {}
    block: dict[str, str] = {}
    manners = 0
    paged = False  # the table's heading names a column of pages, or its counts are of pages
    before = ""
    column = width = 0  # the table's column of pages, and its width
    for line in [*lines, ""]:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        heading = [cell.strip() for cell in before.strip().strip("|").split("|")]
        # A wider table is read by the one column its heading names as pages, beside columns of documents or
        # exemptions: "Category | Documents | Pages | Exemptions applied" over "Released in full | 19 | 44 | -" (never
        # a table without such a heading, whose counts may be of documents, fees or days).
        if "|" not in line:
            at = 0
        elif block:
            at = column if len(cells) == width else 0  # a row as wide as the table's others
        elif len(cells) == 2:
            at = 1
        else:
            paged_at = [index for index, head in enumerate(heading) if index and _PAGES_COLUMN.fullmatch(head)]
            at = paged_at[0] if "|" in before and len(heading) == len(cells) and len(paged_at) == 1 else 0
        count = _ROW_COUNT_CELL.fullmatch(cells[at]) if at else None
        manner = _MANNER_HEAD.fullmatch(cells[0]) if count else None
        if count and (manner or _TOTAL_CELL.match(cells[0]) or _COUNT_ONLY_HEAD.fullmatch(cells[0])):
            if not block:
                column, width = at, len(cells)
                paged = "|" in before and len(heading) == len(cells) and bool(_PAGES_COLUMN.fullmatch(heading[at]))
            value = count_value(count.group("n"))
            block[line.strip()] = (f"{value} pages are {manner.group('verb').lower()} {manner.group('how').lower()}."
                                   if manner and value else "")
            manners += bool(manner)
            paged = paged or bool(re.search(r"\bpages?\b", cells[at], re.IGNORECASE))
            continue
        if manners >= 2 and paged:
            respelt |= block
        block, manners, column, width = {}, 0, 0, 0
        if line.strip():
            before = line
    return respelt


# A table of records, one row a record, whose columns count what was found, what went out, how much of that was
# redacted and what was withheld, each cell a count with its unit: "| Record | Located | Released | Redacted | Withheld
# |" over "| Incident report and supplementary reports | 58 pages | 58 pages | 14 pages | 0 |"; a row counting other
# things ("| Dispatch audio | 2 files, 26 minutes | 2 files | 0 | 0 |") counts no pages and stands for nothing.
_RELEASED_HEAD = re.compile(r"(?:pages?\s+)?(?:released|provided|produced|disclosed)(?:\s+\(?pages?\)?)?",
                            re.IGNORECASE)
_WITHHELD_HEAD = re.compile(r"(?:pages?\s+)?(?:withheld|denied)(?:\s+\(?pages?\)?)?", re.IGNORECASE)
_FOUND_HEAD = re.compile(r"(?:pages?\s+)?(?:located|found|identified|reviewed|processed|responsive)"
                         r"(?:\s+\(?pages?\)?)?|(?:total\s+)?pages?", re.IGNORECASE)
_PAGES_CELL = re.compile(rf"(?P<n>{COUNT})(?:\s+pages?)?|none|-|\u2013|\u2014", re.IGNORECASE)


def _released_redacted_withheld_rows(lines: list[str]) -> dict[str, str]:
    """The rows of a table counting each record's pages found, released, redacted and withheld, each row with the
    sentences it stands for ("44 pages are released in full. 14 pages are released in part."); a row counting files,
    minutes or other things stands for nothing; a row that does not line up with the header ends the table."""
    respelt: dict[str, str] = {}
    columns: dict[str, int] | None = None
    width = 0
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if columns is None:
            if "|" not in line or len(cells) < 4:
                continue
            heads = {name: [n for n, cell in enumerate(cells[1:], 1) if pattern.fullmatch(cell)]
                     for name, pattern in (("released", _RELEASED_HEAD), ("redacted", _REDACTED_COUNT_COLUMN),
                                           ("withheld", _WITHHELD_HEAD), ("found", _FOUND_HEAD))}
            if all(len(heads[name]) == 1 for name in ("released", "redacted", "withheld")) \
                    and len(heads["found"]) <= 1 and sum(map(len, heads.values())) == len(cells) - 1:
                columns, width = {name: found[0] for name, found in heads.items() if found}, len(cells)
            continue
        if "|" not in line or len(cells) != width:
            columns = None
            continue
        if _TOTAL_CELL.match(cells[0]):
            respelt[line.strip()] = ""  # the rows above, summed
            continue
        matched = {name: _PAGES_CELL.fullmatch(cells[at]) for name, at in columns.items()}
        if not all(matched.values()):
            if all(re.match(rf"(?:{COUNT})\b", cells[at], re.IGNORECASE) for at in columns.values()):
                respelt[line.strip()] = ""  # "2 files, 26 minutes": no pages
                continue
            columns = None
            continue
        values = {name: (count_value(found.group("n")) or 0) if found and found.group("n") else 0
                  for name, found in matched.items()}
        released, redacted, withheld = values["released"], values["redacted"], values["withheld"]
        if redacted > released or ("found" in values and released + withheld > values["found"]):
            respelt[line.strip()] = ""
            continue
        said = [f"{released - redacted} pages are released in full."] if released - redacted else []
        said += [f"{redacted} pages are released in part."] if redacted else []
        said += [f"{withheld} pages are withheld in full."] if withheld else []
        respelt[line.strip()] = " ".join(said)
    return respelt


# The column of a table in an appeal decision that says what the appeal decided for each record: "Disposition on
# appeal", "Decision on appeal", "Appeal determination", "Panel decision", "Treatment on appeal" (not the first answer's
# "Disposition", nor "Action taken", nor "Treatment").
_DECIDED_ON_APPEAL_COLUMN = re.compile(r"(?:decision|determination|disposition|action|ruling|outcome|result|treatment|"
                                       r"handling)\s+on\s+"
                                       r"(?:the\s+)?appeal|(?:panel|board|appeals?|committee|council)\s+(?:decision|"
                                       r"determination|disposition|ruling)", re.IGNORECASE)


def rows_decided_on_appeal(lines: list[str]) -> dict[str, str]:
    """The rows of a table whose action column is headed as the appeal's decision, each with the cell of that column:
    Treasury's "| OFAC evaluation memoranda and drafts | 39 | Withheld in full (Exemption 5) |" under "| Records | Pages
    | Disposition on appeal |" is kept back by the decision itself. A row whose cells do not line up with the header's
    ends the table."""
    decided: dict[str, str] = {}
    column = width = None
    for line in lines:
        if "|" not in line:
            column = width = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if column is None or len(cells) != width:
            heads = [n for n, cell in enumerate(cells) if _DECIDED_ON_APPEAL_COLUMN.fullmatch(cell)]
            column, width = (heads[0], len(cells)) if len(cells) >= 2 and len(heads) == 1 else (None, None)
            continue
        decided[line.strip()] = cells[column]
    return decided


# A ground cited in brackets at the end of an action cell: "(Gov't Code § 552.130)", "(Exemption 6)", "(5 U.S.C.
# 552(b)(5))", "(section 552.101)".
_GROUND_IN_BRACKETS = re.compile(r"\s*\((?=[^)]*(?:§|\bcode\b|\bU\.?\s?S\.?\s?C\b|\bexemptions?\b|\bsections?\b|"
                                 r"\(b\)|\bstat\b))[^|]*\)\s*$", re.IGNORECASE)


# A table's column naming the ground each record was denied or withheld on: "Basis for denial", "Grounds for
# withholding", "Reason for denial", "Authority for withholding" (not for redaction: a record redacted goes out).
_DENIAL_GROUND_COLUMN = re.compile(r"(?:(?:legal|statutory)\s+)?(?:basis|grounds?|reasons?|authority|justification)\s+"
                                   r"for\s+(?:the\s+)?(?:denial|withholding|non-?disclosure)", re.IGNORECASE)
# The pages a record is said to run to within its own cell, in brackets or after a comma: "Offense and supplemental
# reports (48 pages)", "Autopsy report, 12 pages" (the count alone of pages, not "48 pages of 60").
_RECORD_CELL_PAGES = re.compile(rf"[^|]*?(?:\(\s*|,\s+|\s[-\u2013\u2014]\s)(?P<n>{COUNT})\s+(?:total\s+)?pages?"
                                r"\s*\)?\s*", re.IGNORECASE)
# A cell that says the record went out, whole or with parts taken out: then not withheld in full.
_RECORD_GIVEN_CELL = re.compile(r"redact|\bin\s+part\b|partial|\b(?:released|produced|enclosed|attached)\b",
                                re.IGNORECASE)


def _denied_by_ground_rows(lines: list[str]) -> dict[str, str]:
    """The rows of a table of records denied, each beside the ground it was denied on, under a heading with no column
    of pages or of what was done ("Record | Basis for denial" over "Offense and supplemental reports (48 pages) |
    C.R.S. § 24-72-305(5)"), each with the sentence it stands for ("48 pages are withheld in full."); a row whose
    record is not counted in pages ("Scene photographs (212 images)") counts none. A row that says the record went
    out in part, or one whose cells do not line up with the heading's, ends the table."""
    respelt: dict[str, str] = {}
    width = 0
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if "|" not in line or (width and len(cells) != width):
            width = 0
        if not width:
            if ("|" in line and len(cells) >= 2 and not _DENIAL_GROUND_COLUMN.fullmatch(cells[0])
                    and any(_DENIAL_GROUND_COLUMN.fullmatch(cell) for cell in cells[1:])
                    and not any(_PAGES_COLUMN.fullmatch(cell) or _ACTION_COLUMN.fullmatch(cell)
                                or _VERB_COLUMN.fullmatch(cell) for cell in cells)):
                width = len(cells)
            continue
        if any(_RECORD_GIVEN_CELL.search(cell) for cell in cells):
            width = 0
            continue
        counted = _RECORD_CELL_PAGES.fullmatch(cells[0])
        value = count_value(counted.group("n")) if counted else None
        respelt[line.strip()] = f"{value} pages are withheld in full." if value else ""
    return respelt


# The heads of a plain list of records beside their pages, nothing said of what was done with each: "Record | Date |
# Pages", "Document | Description | No. of pages".
_PLAIN_RECORD_HEAD = re.compile(r"(?:records?|documents?|descriptions?|items?|titles?|files?|dates?|subjects?|"
                                r"(?:record|document|file)\s+(?:types?|dates?|descriptions?|names?)|no\.|#|"
                                r"custodians?|sources?|formats?|authors?)", re.IGNORECASE)


def _plain_records_total_rows(lines: list[str]) -> dict[str, str]:
    """The total row of a plain table of records and their pages ("Record | Date | Pages" over "Pilot-program report |
    March 10, 2026 | 8", ..., "Total | | 41"), with the sentence it stands for ("The records total 41 pages."), where
    it adds up the rows above it: what was done with the pages the letter says in its words (the rows themselves stand
    for nothing; a table with a column of actions, manners or grounds is read elsewhere)."""
    respelt: dict[str, str] = {}
    pages_at: int | None = None
    width = 0
    rows: list[int] = []
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if pages_at is not None and "|" in line and 2 <= len(cells) < width and pages_at == width - 1 \
                and _TOTAL_CELL.match(cells[0]):
            # "Total | 41" under "Record | Date | Pages": a Word table's row read without its empty cells
            cells = [cells[0], *[""] * (width - len(cells)), *cells[1:]]
        if pages_at is not None and "|" in line and len(cells) == width:
            value = count_value(cells[pages_at])
            if value is not None and _TOTAL_CELL.match(cells[0]):
                if len(rows) >= 2 and sum(rows) == value:
                    respelt[line.strip()] = f"The records total {value} pages."
                pages_at = None
                continue
            if value is not None:
                rows.append(value)
                continue
        pages_at, rows = None, []
        if "|" in line and len(cells) >= 2:
            pages = [n for n, cell in enumerate(cells) if _PAGES_COLUMN.fullmatch(cell)]
            if len(pages) == 1 and pages[0] and all(
                    _PLAIN_RECORD_HEAD.fullmatch(cell) for n, cell in enumerate(cells) if n != pages[0]):
                pages_at, width = pages[0], len(cells)
    return respelt


def table_rows_respelt(lines: list[str]) -> dict[str, str]:
    """The rows of a table of records under a header naming a pages column and an action column, each row (a line of
    the letter, its cells between bars) with the sentence it stands for ("46 pages are produced with redactions."); a
    row whose pages cell holds no count, or whose cells do not line up with the header's, ends the table. (Also a table
    of the records sent counting the redacted pages of each: see _counted_table_rows.)"""
    respelt: dict[str, str] = (_counted_table_rows(lines) | _classified_table_rows(lines)
                               | _manner_columns_rows(lines) | _manner_rows(lines)
                               | _released_redacted_withheld_rows(lines) | _denied_by_ground_rows(lines)
                               | _plain_records_total_rows(lines))
    pages_at = action_at = width = None
    verb = ""  # the action column's header when it is the verb itself ("Released")
    for line in lines:
        if line.strip() in respelt:
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if pages_at is None or action_at is None:
            pages = [n for n, cell in enumerate(cells) if _PAGES_COLUMN.fullmatch(cell)]
            actions = [n for n, cell in enumerate(cells) if _ACTION_COLUMN.fullmatch(cell)]
            verbs = [n for n, cell in enumerate(cells) if _VERB_COLUMN.fullmatch(cell)]
            if len(cells) >= 2 and len(pages) == 1 and not actions and len(verbs) == 1:
                actions, verb = verbs, cells[verbs[0]].lower()
                verb = "released" if verb == "release" else verb
            if len(cells) >= 2 and len(pages) == 1 and len(actions) == 1:
                pages_at, action_at, width = pages[0], actions[0], len(cells)
            continue
        if width is not None and max(pages_at, action_at) < len(cells) < width:
            # a row whose last cells are empty, as a Word table is read ("Dispatch report | 11 | Provided in full"
            # under "Record | Pages | Disposition | Legal basis": no basis for a record given in full), still a row
            cells += [""] * (width - len(cells))
        value = count_value(cells[pages_at]) if len(cells) == width else None
        action = cells[action_at].rstrip(".;") if len(cells) == width else ""
        if value is None or not action:
            pages_at = action_at = width = None
            verb = ""
            continue
        if _TOTAL_CELL.match(cells[0]):
            continue  # "Total | 140 | 128 provided; 12 withheld": the rows above, summed
        # The ground of the action given in brackets after it, "Released with redactions (Gov't Code § 552.130)",
        # "Withheld (Gov't Code § 552.108(a)(1))", "Redacted (Exemption 6)": the action is the words before it (its
        # numbers share out no pages), the ground kept beside it.
        ground = _GROUND_IN_BRACKETS.search(action)
        action, ground_said = (action[:ground.start()], ground.group(0)) if ground and ground.start() else (action, "")
        redacted_share = _RELEASED_SOME_REDACTED_CELL.fullmatch(action)
        if redacted_share and (share := count_value(redacted_share.group("n"))) is not None and share <= value:
            # "Use of Force Committee reports | 142 | Provided, 31 pages redacted": all the row's pages go out, the
            # count in the cell the share of them that carries redactions (the rest go out in full)
            done_with = redacted_share.group("verb").lower()
            said = [f"{value - share} pages are {done_with} in full."] if value > share else []
            respelt[line.strip()] = " ".join([*said, f"{share} pages are {done_with} with redactions."])
            continue
        if re.search(r"\d", action):
            # "Internal e-mails | 47 | 35 provided with redactions; 12 withheld": the cell shares out the row's pages
            shared = re.sub(r"(?<![\w$.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?!pages?\b)", r"\1 pages ", action,
                            flags=re.IGNORECASE)
            respelt[line.strip()] = f"{shared[0].upper()}{shared[1:]}."
            continue
        # A status cell that classifies the record before saying what was done with it: "Open record; provided with
        # redactions", "Closed record; withheld" (Missouri's open and closed records): what was done.
        done = [part.strip() for part in action.split(";") if _DONE_WITH_RECORD.search(part)]
        parts = [part.strip() for part in action.split(";")]
        if (len(parts) > 1 and _BARE_RELEASE_CELL.fullmatch(parts[0])
                and any(_WHAT_REDACTED_PART.fullmatch(part) for part in parts[1:])):
            # "Released; personal identifiers redacted", "Provided; Social Security numbers redacted": released, what
            # was taken out of the pages said after the verb
            action = f"{parts[0]} with redactions"
        elif ";" in action and done:
            action = done[-1]
        if verb and _MANNER_CELL.fullmatch(action):
            action = f"{verb} {action}"  # "| Crash reports | 72 | With redactions |" under "Released"
        # A bare "Produced" beside "Produced with redactions" in the same column: produced whole.
        if _BARE_RELEASE_CELL.fullmatch(action):
            action += " in full"
        respelt[line.strip()] = f"{value} pages are {action[0].lower()}{action[1:]}{ground_said}."
    return respelt


# A table of an appeal decision that counts, record by record, the pages it gives out and those it keeps back, beside
# a column of the grounds: "| Records | Pages released | Pages withheld | Exemptions |" over "| Establishment-level
# tabulations | 0 | 6 | (b)(3) |", "| Records | Released on appeal | Withheld in full | Exemptions upheld |", "| Record
# | Pages | Now released in full | Now released in part | Still withheld in full | Exemption |".
_OUTCOME_RELEASED_HEAD = re.compile(r"(?:(?:number\s+of\s+)?pages?\s+)?(?:now\s+|additionally\s+)?(?:released|provided|"
                                    r"produced|disclosed)(?:\s+(?:in\s+full|in\s+part|with\s+redactions|on\s+appeal))?"
                                    r"(?:\s+\(?pages?\)?)?", re.IGNORECASE)
_OUTCOME_WITHHELD_HEAD = re.compile(r"(?:(?:number\s+of\s+)?pages?\s+)?(?:still\s+)?(?:withheld|denied)"
                                    r"(?:\s+in\s+full)?(?:\s+\(?pages?\)?)?", re.IGNORECASE)
_OUTCOME_OTHER_HEAD = re.compile(r"(?:(?:total\s+)?pages?|exemptions?(?:\s*\(s\))?(?:\s+(?:upheld|affirmed|applied|"
                                 r"claimed|asserted|cited))?)", re.IGNORECASE)


def released_and_withheld_rows(lines: list[str]) -> list[tuple[str, int, int]]:
    """The pages each row of an appeal decision's table of records gives out and keeps back in full (see
    _OUTCOME_RELEASED_HEAD), with the row: "| Data-quality reports | 14 | 0 | (b)(6) |" gives out 14 and keeps none.
    Only of a table with one column of pages kept back, one or more of pages given out, and no other column but the
    records', their total pages and their grounds; a total row sums the others and is left out. Empty where there is
    no such table, or more than one."""
    tables: list[list[tuple[str, int, int]]] = []
    released_at: list[int] = []
    withheld_at = width = 0
    for line in lines:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if width and ("|" not in line or len(cells) != width):
            width = 0
        if not width:
            if "|" not in line or len(cells) < 3:
                continue
            released_at = [n for n, cell in enumerate(cells[1:], 1) if _OUTCOME_RELEASED_HEAD.fullmatch(cell)]
            withheld = [n for n, cell in enumerate(cells[1:], 1) if _OUTCOME_WITHHELD_HEAD.fullmatch(cell)]
            others = [n for n, cell in enumerate(cells[1:], 1) if _OUTCOME_OTHER_HEAD.fullmatch(cell)]
            if released_at and len(withheld) == 1 and len(released_at) + 1 + len(others) == len(cells) - 1:
                withheld_at, width = withheld[0], len(cells)
                tables.append([])
            continue
        if _TOTAL_CELL.match(cells[0]):
            continue
        values = [count_value(cells[n]) for n in (*released_at, withheld_at)]
        if any(value is None for value in values):
            width = 0
            continue
        tables[-1].append((line.strip(), sum(v or 0 for v in values[:-1]), values[-1] or 0))
    return tables[0] if len(tables) == 1 else []
