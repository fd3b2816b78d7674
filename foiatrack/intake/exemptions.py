"""Exemptions cited in a letter, in the canonical form of :mod:`foiatrack.core.exemptions`.

Canonical: "(b)(6)", "(b)(7)(C)", "(b)(3) 8 U.S.C. § 1202(f)".

Federal citations are read in every spelling agencies print: "5 U.S.C. § 552(b)(6) and (b)(7)(C)",
"(b)(6), (7)(C)", "Exemptions 6 and 7(C)", "FOIA Exemption (b)(5)", "b7E". State citations are kept as
cited, in one form per state's code ("RCW 42.56.240(1)", "Public Officers Law § 87(2)(b)"; California's
"Gov. Code § 7927.705" as "Government Code § 7927.705", Texas's as "Gov't Code § 552.101"), and only from
sentences that withhold something, so that a section cited for a deadline or a fee is never taken for an exemption.
"""

from __future__ import annotations

import contextlib
import re
from contextvars import ContextVar
from typing import TYPE_CHECKING, TypeVar, cast

from foiatrack.core.exemptions import ExemptionError, parse_exemption, parse_exemptions
from foiatrack.intake import literals

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# Answers kept while one letter is understood (see remembering): the rules ask for the exemptions a sentence cites, and
# whether it withholds at all, of the same sentences many times over (for the kind of answer, the outcome, each event's
# exemptions and their merge), and both answers depend on the sentence's text alone, never on what was asked before.
_REMEMBERED: ContextVar[dict[tuple[str, str, bool], tuple[str, ...] | bool] | None] = ContextVar(
    "exemptions_remembered", default=None)


_Answer = TypeVar("_Answer", tuple[str, ...], bool)


@contextlib.contextmanager
def remembering() -> Iterator[None]:
    """Within the block find_exemptions, and the test whether a sentence withholds, remember their answers by
    sentence; all is forgotten when the block ends (one letter's understanding), so nothing grows from letter to
    letter."""
    token = _REMEMBERED.set({})
    try:
        yield
    finally:
        _REMEMBERED.reset(token)


def _remembered(key: tuple[str, str, bool], work_out: Callable[[], _Answer]) -> _Answer:
    """*work_out()*'s answer, kept under *key* while remembering() is in force, worked out every time otherwise."""
    memo = _REMEMBERED.get()
    if memo is None:
        return work_out()
    if key not in memo:
        memo[key] = work_out()
    return cast("_Answer", memo[key])  # (a key's kind, its first word, fixes its answer's type)

# A subparagraph letter is not the "(b)" that starts the next code: "(b)(6) (b)(7)(C)" is two codes.
_SUB = r"\(\s*([1-9])\s*\)\s*(?:\(\s*([A-Fa-f])\s*\)(?!\s*\(\s*[1-9]\s*\)))?"
_FEDERAL_START = re.compile(r"\(\s*b\s*\)\s*" + _SUB, re.IGNORECASE)
# ... and so does a section followed by its subdivision in California's style: "Penal Code section 832.7, subdivision
# (b)(6)" is that section's subdivision (b)(6), not FOIA's (b)(6).
_SUBDIVISION_OF = r"\d(?:\.\d+)?,?\s+subd(?:ivision|\.)\s*$"
_SUBDIVISION_AFTER = re.compile(r",?\s+subd(?:ivision|\.)\s*((?:\(\s*\w{1,4}\s*\))+)", re.IGNORECASE)
# A state section number ends just before: "65 P.S. § 67.708(b)(6)" is Pennsylvania's, not FOIA's (b)(6).
# So is "Section 708(b)(6) of the RTKL" (a section number other than FOIA's 552 just before).
# ... as does a hyphenated section ("§ 2.2-3706(B)(1)", "§ 1-210(b)(3)", "IC 5-14-3-4(b)(1)").
# ... and so is the Privacy Act's "§ 552a(b)(2)" or any other section's "section 7(b)(2)".
# ... and a section with its sign after a space: "1 V.S.A. § 318(b)(2)" (a word boundary never stands before "§").
# ... and a "(b)" one level down in another section or rule, after a level of its own: "Iowa Administrative Code rule
# 497-2.1(2)(b)(1)", "N.D.C.C. § 44-04-18(2)(b)(1)", "Rule 16(a)(b)(2)" (FOIA's "(b)" follows § 552 itself); glued to
# it, never a column away: "50 U.S.C. § 3024(i)(1)    (b)(7)(C)" on a grid of boxes is FOIA's next code.
# ... and a court rule's own subdivision: "work product under CR 26(b)(4)", "Fed. R. Civ. P. 26(b)(3)", "Rule
# 26(b)(3) of the Federal Rules of Civil Procedure", "Civil Rule 26(b)(4)", "Evidence Rule 502(b)(1)" (a rule of
# discovery or evidence, which FOIA's exemptions never follow glued to a number).
_COURT_RULE = (r"(?:\b(?:rules?|procedure|evidence)|(?-i:\b(?:CR|CrR|CRLJ|ER|FRCP|FRE|"
               r"Fed\.\s?R\.\s?(?:Civ|Crim|Evid|App)\.(?:\s?P\.)?)))\s*(?!552\b)\d{1,3}(?:\.\d+)?[a-z]?$")
_STATE_SECTION_BEFORE = re.compile(r"\d\.\d+$|\d-\d+(?:\.\d+)?$|(?:\b(?:section|sec\.)|§+)\s*(?!552\b)\d{1,4}[a-z]?$|"
                                   + _COURT_RULE + "|"
                                   r"(?<![\d.])(?!552\b)\d+(?:\.\d+)*[a-z]?(?:\(\s*\w{1,4}\s*\))+$|"
                                   r"\b552a$|" + _SUBDIVISION_OF, re.IGNORECASE)
# The further subsections of another section listed after it: "49 C.F.R. §§ 1520.5(b)(1), (b)(9) and (b)(10)" (TSA's
# Sensitive Security Information), "§ 67.708(b)(6), (b)(10)": that section's paragraphs, not FOIA's exemptions (never
# after FOIA's own § 552, nor after a section whose own paragraph is another letter: "50 U.S.C. § 3024(i)(1), and
# (b)(6)" goes on with FOIA's).
# ... each paragraph perhaps with a note in brackets of what it covers: "49 C.F.R. §§ 1520.5(b)(8)(ii) (security
# screening procedures) and (b)(9)(ii)".
_NOTE = r"(?:\s*\([^()]{0,80}\s[^()]{0,80}\))?"
_OTHER_SECTION_LIST_BEFORE = re.compile(r"(?:\d\.\d+|\d-\d+(?:\.\d+)?|(?:\b(?:section|sec\.)|§+)\s*(?!552\b)"
                                        r"\d{1,4}[a-z]?)\s*\(\s*b\s*\)(?:\s*\(\w{1,4}\))*" + _NOTE
                                        + r"(?:\s*,\s*\(\s*b\s*\)(?:\s*\(\w{1,4}\))*" + _NOTE + r")*"
                                        r"\s*(?:,\s*(?:and|or)?|\band|\bor|&)\s*$", re.IGNORECASE)
# A subsection of another act: "(b)(2) of the Privacy Act".
_OF_ANOTHER_ACT = re.compile(r"\s*of\s+the\s+(?!FOIA\b|Freedom\s+of\s+Information\s+Act\b)"
                             r"(?:[A-Z][\w.]*\s+){1,6}?Act\b")
# The next item of a list: after a comma, "and", "or", ";" or "&", or (as on the FBI's checkbox form,
# "Section 552: (b)(6) (b)(7)(C) (b)(7)(E)") after a space when it starts with "(b)" again.
_FEDERAL_NEXT = re.compile(r"\s*(?:(?:,\s*(?:and|or)?|;|\band\b|\bor\b|&)\s*|(?=\(\s*b\s*\)))"
                           r"(?:\(\s*b\s*\)\s*)?" + _SUB, re.IGNORECASE)
_WORD_START = re.compile(r"\bexemptions?\s+(?:\(\s*b\s*\)\s*)?\(?([1-9])\)?\s*(?:\(\s*([A-Fa-f])\s*\)|([A-Fa-f])\b)?",
                         re.IGNORECASE)
_WORD_NEXT = re.compile(r"\s*(?:,\s*(?:and|or)?|;|\band\b|\bor\b|&)\s*(?:\(\s*b\s*\)\s*)?\(?([1-9])\)?"
                        r"\s*(?:\(\s*([A-Fa-f])\s*\)|([A-Fa-f])\b)?(?![\d.,]*\s*(?:pages?|days?|%|U\.?\s?S\.?\s?C|C\.?F\.?R))",
                        re.IGNORECASE)
# An exemption named by its place in the Act: "denied under the first exemption of the FOIA", "the third exemption
# of the Freedom of Information Act".
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
             "eighth": "8", "ninth": "9"}
# ... or applied without naming the Act again: "exempted from disclosure pursuant to the third exemption" (not "the
# fifth exemption of the Texas act").
_ORDINAL = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\s+exemption\s+(?:of|to|in|under)\s+(?:the\s+)?"
                      r"(?:FOIA|Freedom\s+of\s+Information\s+Act)\b|"
                      r"\b(?:pursuant\s+to|under)\s+(?:the\s+)?(" + "|".join(_ORDINALS) + r")\s+exemption\b"
                      r"(?!\s+(?:of|to|in|under)\s)", re.IGNORECASE)
_SHORT = re.compile(r"(?<![\w(])b\s?\(?([1-9])\)?\s?\(?([A-Fa-f])?\)?(?![\w)])|"
                    # ... and the code alone in brackets after what it withholds, as the State Department marks its
                    # withholdings: "properly classified ... (B1)", "predecisional deliberative material (B5)", "(b7C)"
                    # (the number right after the letter, not a list item "(b) 6 pages" nor "1.4(b)")
                    r"(?<=\()b([1-9])([A-Fa-f])?(?=\))", re.IGNORECASE)
# ... but a letter and number that name a part of a state section are no shorthand: Virginia's "subdivision B 2 of
# § 2.2-3704", "subsection B 1 of section 2.2-3706", "paragraph b 4 of that section".
_PART_NAMED_BEFORE = re.compile(r"\b(?:subdivisions?|subsections?|(?:sub)?paragraphs?|clauses?|items?)\s*$",
                                re.IGNORECASE)
_PART_OF_SECTION_AFTER = re.compile(r"\s*of\s+(?:§|sec(?:tion|\.)|that\s+section|this\s+section|the\s+Code)",
                                    re.IGNORECASE)
# A section of the United States Code: its number, a letter or up to three after it (the Code inserts sections that
# way: "16 U.S.C. § 470hh", "16 U.S.C. § 470aaa-8", "42 U.S.C. § 2000ee-1"), and a part after a hyphen ("15 U.S.C.
# § 57b-2"). Letters that run on into a word are not the section's ("§ 3024inside" is 3024).
_USC_SECTION = r"\d+(?:[a-z]{1,3}(?![a-z]))?(?:-\d+[a-z]?)?"
_STATUTE_AFTER_B3 = re.compile(
    # ... or in the next cell of a table's row: "| (b)(3) | 50 U.S.C. § 3024(i)(1), which protects ... |", or after the
    # colon of a list's item: "- (b)(3): 10 U.S.C. § 130b, names and duty addresses ...", "(b)(3): 26 U.S.C. § 6103"
    r"^(?:[\s,]|\s?\|\s?|\s?:\s)*(?:the\s+latter\s+(?:exemption\s+)?(?:being\s+|applied\s+|invoked\s+)?)?"
    r"(?:(?:exemption\s+)?(?:is|was|has\s+been|are|were)\s+(?:being\s+)?(?:asserted|invoked|applied|cited|used)\s+)?"
    # "exempt under 5 U.S.C. § 552(b)(3), as applied through 10 U.S.C. § 130b"
    r"(?:as\s+(?:applied|read|invoked|asserted|used)\s+(?:through|with|by|via|in\s+conjunction\s+with)|"
    # ... "under Exemption 3 together with 6 U.S.C. § 673", "along with", "read with", "in combination with"
    r"in\s+conjunction\s+with|(?:together|along|coupled|read)\s+with|in\s+combination\s+with|pursuant\s+to|"
    r"by\s+(?:reason|virtue)\s+of|which\s+(?:incorporates|covers)|under|and|"
    # ... the exemption described, then the statute named as the one it rests on here: "5 U.S.C. § 552(b)(3), which
    # protects information exempted from release by statute, in this case 10 U.S.C. § 130e", "(b)(3), which allows
    # the withholding of information another statute protects, here 26 U.S.C. § 6103"
    r"which\s+(?:protects|covers|exempts|permits|allows|concerns|applies\s+to|pertains\s+to)\b[^.;|]{0,100}?"
    r"\bstatutes?\b(?:\s+protects)?\s*,?\s*(?:in\s+this\s+(?:case|instance|matter)|here|namely|specifically|that\s+is|"
    r"i\.e\.)\s*,?)?\s*"
    # ... named after the section of the Act it codifies: "by reason of Section 21(f) of the FTC Act, 15 U.S.C. §
    # 57b-2(f)", "pursuant to section 6103 of the Internal Revenue Code, 26 U.S.C. § 6103"
    r"(?:(?:the\s+)?section\s+\d+[a-z]?(?:\(\w+\))*\s+of\s+the\s+[^.;,|]{2,60}?\b(?:Act|Code)\s*,\s*|"
    # ... or after the act itself, named by its title: "specifically the National Security Act of 1947, as amended, 50
    # U.S.C. § 3024(i)(1)", also without its article, as a table's cell names it: "| (b)(3) | Critical Infrastructure
    # Information Act of 2002, 6 U.S.C. § 673 | ..."
    r"(?:the\s+)?(?-i:[A-Z])[^.;,|]{2,60}?\bAct(?:\s+of\s+(?:19|20)\d\d)?(?:,?\s+as\s+amended)?\s*,\s*|"
    # ... or given as the reason the information is protected: "Title 5 U.S. Code 552(b)(3), as intelligence sources
    # and methods are protected from disclosure by Title 50 U.S. Code 3024(i)(1)" (the Army's INSCOM)
    r"(?:as|because|since)\s+[^.;|]{0,100}?\b(?:is|are)\s+(?:protected|exempt(?:ed)?)\s+"
    r"(?:from\s+(?:disclosure|release)\s+)?by\s+)?"
    r"(?:the\s+)?(?:title\s+)?(\d+\s+U\.?\s?S\.?\s?(?:Code\b|C\.?)\s*(?:§+|sec(?:tion)?\.?)?\s*" + _USC_SECTION
    + r"(?:\([\w]+\))*)",
    re.IGNORECASE,
)
# (what is "not confidential" is no withholding)
# A release or disclosure the law bars, said in the passive: "Release of that information is barred by Ohio Rev. Code
# § 3319.321", "their disclosure is prohibited by federal law" (not "is not prohibited", nor "is not barred").
# Release the law allows only in a way it names, to someone or as it provides: "criminal history record information,
# which may be disseminated only as provided in NRS 179A.100", "may only be released to the subject of the record under
# ...", "can be disclosed only in accordance with 42 U.S.C. § 290dd-2" (not a release only awaiting something: "may be
# released only after payment of the fee", "only upon receipt of your deposit", nor one only by a court's order).
RELEASE_ONLY_AS_PROVIDED = (r"\b(?:may|must|shall|can)\s+(?:only\s+be\s+(?:released|disclosed|disseminated|"
                            r"made\s+available|shared|provided)\s+|be\s+(?:released|disclosed|disseminated|made\s+available|"
                            r"shared|provided)\s+only\s+)(?:as\s+(?:provided|permitted|authorized|authorised|allowed|set\s+(?:out|forth))\s+"
                            r"(?:in|by|under)|in\s+accordance\s+with|pursuant\s+to|under|"
                            r"to\s+(?:the|a|an|persons?|agencies|entities|individuals|those|criminal\s+justice)\b)"
                            # (not a release only by a court's order, the section cited the way to ask the court for
                            # it: "Such recordings may be released only pursuant to an order of the Superior Court, ...
                            # as provided in N.C.G.S. § 132-1.4A(g)")
                            r"(?!\s+(?:an?\s+|the\s+)?(?:court\s+)?orders?\s+of\s+(?:an?\s+|the\s+)?"
                            r"(?:[\w-]+\s+){0,3}?(?:court|judge)\b)")
RELEASE_BARRED = (r"\b(?:release|disclosure|dissemination|inspection)\s+(?:of\s+(?:[\w'\u2019-]+\s+){1,6}?)?"
                  r"(?:is|are|was|were|would\s+be|remains?)\s+(?:also\s+|expressly\s+|specifically\s+)?"
                  r"(?:barred|prohibited|forbidden|precluded)\s+by\b")
# The law's bar on giving access, Wisconsin's words in Wis. Stat. § 19.36(10)(b): "an authority shall not provide access
# to information relating to the current investigation ... prior to disposition of the investigation", "the agency may
# not grant access to", "no custodian shall give public access to" (an event the law waits for, so "prior to" is no bar
# here; but a fee awaited is: "the office may not provide access until the fee is paid").
ACCESS_BARRED = (r"\b(?:authority|authorities|agency|agencies|custodian|office|department|body|bodies|entity|"
                 r"entities)\s+(?:may|shall|must)\s*not\s+(?:provide|give|grant|afford|permit)\s+(?:public\s+|any\s+)?access\s+to\b"
                 r"(?![^.;]*\b(?:until|before|unless|prior\s+to)\b[^.;]*\b(?:fees?|paid|pay|payment|deposit|prepay\w*)\b)")
# The harm a disclosure would do, said of disclosing it: "disclosing it would reveal them", "releasing the plan could
# endanger the life or safety of staff".
HARM_OF_DISCLOSING = (r"\b(?:disclosing|releasing|revealing|publishing)\s+(?:it|them|this|these|those|that|the\s+\w+|"
                      r"(?:this|these|those|that)\s+\w+)\s+(?:(?:at\s+this\s+(?:time|stage)|now|to\s+you|to\s+the\s+public)\s+)?"
                      r"(?:would|could|might)\s+(?!not\b|never\b)(?:reasonably\s+be\s+expected\s+to\s+)?(?:\w+\s+)?"
                      r"(?:constitute|cause|interfere|endanger|jeopardi[sz]e|harm|reveal|identify|compromise|impair|"
                      r"deprive)")
# A class of records not public set as the label of a paragraph of a notice of denial, one class a paragraph and the
# section classing it at the paragraph's end, as Utah's GRAMA classes them: "Controlled: Records containing medical data
# about the individuals injured ..., Utah Code § 63G-2-304.", "Private: ...", "Protected: ..."; also Minnesota's "Not
# public: ..." and Missouri's "Closed: ..." (not "Public: ...", nor a class word opening a sentence of its own:
# "Controlled access to the building is ...").
CLASS_LABEL = (r"^\s*(?:private|protected|controlled|confidential|nonpublic|non-public|not\s+public|"
               r"protected\s+nonpublic|closed)\s*(?:records?|data)?\s*:\s")
# Records open only once something happens, closed till then: Arkansas's "Under Ark. Code Ann. § 25-19-105(c)(1), such
# records are open to the public only upon a final administrative resolution" (not "are open to the public"); or "open
# to public inspection only upon", as the statute has it ("shall be open to public inspection only upon final
# administrative resolution"), "available for public inspection only after".
_OPEN_ONLY_ONCE = (r"\b(?:are|is|shall\s+be)\s+(?:open|available|public)\s+"
                   r"(?:to\s+(?:the\s+)?public(?:\s+inspection)?\s+|(?:to|for)\s+(?:public\s+)?inspection\s+)?"
                   r"only\s+(?:upon|after|when|if|once)\b")
# ... and in other words for a protection: "That information is shielded by 5 U.S.C. § 552(b)(4)", "kept back".
# ("excepts" too, a law's own verb: "IPRA excepts from inspection 'records pertaining to ... medical treatment'")
# (what is "not exempt" is no withholding either: "As required by La. R.S. 44:3(A)(4)(a), the initial report of the
# officer investigating the complaint is not exempt from disclosure"; nor what is "not excepted")
_WITHHOLDING = re.compile(r"withh|redact|(?<!\bnot\s)(?<!\bnever\s)(?:exempt|excepted)|\bexcepts\b|den(?:y|ied|ial)|"
                          # ... and the law's verb in its other form, the records the body may except in its
                          # discretion: "investigatory records ..., which the City may except from disclosure in its
                          # discretion. Ind. Code § 5-14-3-4(b)(1)." (not what a law "does not except from
                          # disclosure")
                          r"(?<!\bnot\s)(?<!\bnever\s)\bexcept\s+(?:them\s+|it\s+)?from\s+(?:public\s+)?"
                          r"(?:disclosure|inspection)\b|"
                          r"protect|\bshield(?:s|ed)?\b|"
                          r"\bkept\s+back\b|"
                          # the law's own words for an exemption, Connecticut's: "Pursuant to Conn. Gen. Stat. §
                          # 1-210(b)(18), nothing in the Freedom of Information Act shall be construed to require the
                          # disclosure of records ...", or "the Act does not require the disclosure of ..."
                          r"\b(?:shall|may)\s+(?:not\s+)?be\s+construed\s+to\s+require\s+(?:the\s+)?(?:public\s+)?"
                          r"disclosure\b|\bdoes\s+not\s+require\s+(?:the\s+)?(?:public\s+)?disclosure\s+of\b|"
                          # records open only once something happens, closed till then (see _OPEN_ONLY_ONCE)
                          + _OPEN_ONLY_ONCE + "|"
                          r"(?<!\bnot\s)(?<!\bnever\s)confidential|deletion|excis|"
                          # "The 27 pages ... have had driver's license numbers ... removed, as required by ..."
                          r"\b(?:have|has)\s+had\s+(?:[\w'\u2019-]+\s+){1,10}?(?:removed|blacked\s+out|masked|"
                          r"obscured)\b|"
                          # ... or said to be taken out under a section: "personal contact information of constituents
                          # has been removed under Va. Code § 2.2-3705.1(10)", "names were blacked out pursuant to ..."
                          # ... or with the aux left out: "enclosed with the home addresses removed under RCW ..."
                          # ... or the faces in a recording blurred so: "The recordings are released with the faces
                          # of two juvenile bystanders blurred, pursuant to R.C. 149.43(A)(1)(jj)", "the minors' faces
                          # are pixelated under RCW 42.56.240(14)"
                          r"\bwith\s+(?:[\w'\u2019-]+\s+){1,10}?(?:removed|blacked\s+out|masked|obscured|blurred|"
                          r"pixelated)\s*,?\s+"
                          r"(?:under|pursuant\s+to|per|in\s+accordance\s+with|as\s+(?:required|permitted|allowed)\s+by)\b|"
                          r"\b(?:is|are|was|were|been|being)\s+(?:removed|blacked\s+out|masked|obscured|taken\s+out|"
                          r"blanked\s+out|blurred|pixelated)\s*,?\s+(?:under|pursuant\s+to|per|in\s+"
                          r"accordance\s+with|as\s+(?:required|permitted|allowed)\s+by)\b|"
                          # ("shall not be considered a government record", N.J.S.A. 47:1A-10's words, too)
                          # ... or "neither public records ... nor personnel records" (N.C. Gen. Stat. § 132-1.4A(b)'s
                          # words for law enforcement recordings)
                          r"(?:not|neither)\s+(?:be\s+)?(?:considered\s+|deemed\s+)?(?:an?\s+)?(?:government|public)\s+"
                          r"records?|"
                          # ... or classed as a record of a kind a law keeps closed, under that law: "it is therefore an
                          # education record maintained by the District under the Family Educational Rights and
                          # Privacy Act, 20 U.S.C. § 1232g", "the file is a juvenile record as defined in ...",
                          # "constitutes a criminal investigative record within the meaning of ..." (not a record
                          # enclosed or released so classed)
                          r"\b(?:is|are|was|were|constitutes?|remains?)\s+(?:therefore\s+|thus\s+|also\s+|likewise\s+)?"
                          r"(?:an?\s+)?(?:education(?:al)?|student|juvenile|medical|(?:mental\s+)?health|personnel|"
                          r"criminal\s+(?:investigat\w+|intelligence|history))\s+records?\b"
                          r"(?![^;]{0,160}(?<!\bnot\s)(?<!\bnot\sbe\s)\b(?:enclosed|attached|released|provided|"
                          r"produced|disclosed)\b)"
                          r"[^.;]{0,60}?\b(?:under|as\s+defined\s+(?:in|by)|within\s+the\s+meaning\s+of|"
                          r"pursuant\s+to)\b|"
                          # ... or left out of what the law calls one: "OPRA excludes from the definition of a
                          # "government record" criminal investigatory records" (N.J.S.A. 47:1A-1.1)
                          r"\bexclud\w*\s+(?:[\w'\u2019-]+\s+){0,4}?from\s+(?:the\s+|its\s+)?definition\s+of\s+"
                          r"(?:an?\s+)?[\"'\u201c]?(?:government|public)\s+records?|"
                          # "they are not open to inspection and copying under SDCL 1-27-1.5(5)"
                          r"\bnot\s+(?:\w+\s+)?(?:open|available|subject)\s+(?:to|for)\s+(?:public\s+)?"
                          r"(?:inspection|disclosure|release|copying)|"
                          # the law's bar on access itself: "Under KRS 197.025(1), ... no person shall have access to
                          # records the disclosure of which is deemed by the jailer to constitute a threat to the
                          # security of ...", "no member of the public may have access to the logs" (not "no person
                          # shall be denied access")
                          r"\bno\s+(?:person|one|requester|individual|member\s+of\s+the\s+public)\s+(?:shall|may|will)\s+"
                          r"(?:have|be\s+(?:given|granted|allowed))\s+access\b|"
                          # the records "the disclosure of which is deemed ... to constitute a threat" (what the law
                          # deems a harm, said in the passive)
                          r"\b(?:disclosure|release)\s+of\s+which\s+(?:is|are|would\s+be)\s+deemed\s+(?:[\w'-]+\s+){0,6}?"
                          r"to\s+(?:constitute|pose|create)\b|"
                          # Colorado's words: "the Division may not allow inspection of them under C.R.S. § ..."
                          r"\b(?:may|shall|must|will|can|cannot)\s*not\s+(?:allow|permit)\s+(?:the\s+|public\s+)*"
                          r"(?:inspection|disclosure|release|copying)\b|"
                          # ... and the law's bar said as the office's rule, the section after it: "A public agency may
                          # not disclose a Social Security number contained in the records of the agency. IC
                          # 5-14-3-4(a)(12).", "the custodian shall not release ..." (not a release only put off: "may
                          # not release the records until the fee is paid")
                          r"\b(?:agency|agencies|custodian|office|department|body|bodies|entity|entities)\s+(?:may|shall|"
                          r"must)\s*not\s+(?:disclose|release|disseminate|make\s+(?:\w+\s+){0,3}?available)\b"
                          r"(?![^.;]*\b(?:until|before|unless|without|prior\s+to|except)\b)|"
                          + ACCESS_BARRED + "|"
                          # the harm a disclosure would do: "files, the disclosure of which would constitute an
                          # unwarranted invasion of personal privacy under Public Officers Law § 87(2)(b)"
                          # ... and when: "their release at this time would interfere with an active investigation"
                          # ... and of several things named together: "Release of the reports, witness statements,
                          # photographs and video at this stage would reveal ..."
                          r"\b(?:disclosure|release)\s+(?:of\s+(?:which|them|it|(?:these|those|the)\s+\w+(?:\s+\w+)??"
                          r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?){0,6})\s+)?"
                          r"(?:(?:at\s+this\s+(?:time|stage)|now|to\s+you|to\s+the\s+public)\s+)?(?:would|could|might)\s+(?:reasonably\s+be\s+expected\s+to\s+)?(?:\w+\s+)?"
                          r"(?:constitute|cause|interfere|endanger|jeopardi[sz]e|harm|reveal|identify|compromise|"
                          r"impair|deprive)|\bunwarranted\s+invasion|"
                          # Hawaii's test: "disclosure would frustrate a legitimate government function" (HRS
                          # § 92F-13(3))
                          r"(?<!\bnot\s)(?<!\bnever\s)\bfrustrat\w*\s+(?:of\s+)?(?:a\s+|the\s+)?legitimate\s+government(?:al)?\s+functions?\b|"
                          # ... said of the act of disclosing: "disclosing it would reveal them: Public Officers Law
                          # § 87(2)(e)(iv)", "releasing these records could endanger ..."
                          + HARM_OF_DISCLOSING + "|"
                          # the law's leave to keep a thing back, or its bar: "which a victim may keep from disclosure
                          # under ... A.R.S. § 13-4434", "as A.R.S. § 41-1750 prohibits its release"
                          r"\bkeeps?\s+(?:[\w'-]+\s+){0,3}?from\s+(?:public\s+)?(?:disclosure|release|inspection)\b|"
                          # ... or puts it beyond reach: "C.R.S. § 24-72-204(3)(a)(I) likewise places them off limits";
                          # and what is kept back: "is kept back in its entirety as a personnel record, § 4-311"
                          r"\b(?:places?|puts?|keeps?|placed|put|kept)\s+(?:\w+\s+){0,3}?off[\s-]+limits\b|"
                          r"\b(?:kept|held)\s+back\b|"
                          r"(?<!\bnot\s)\b(?:prohibits?|forbids?|bars?|prohibited|forbidden|barred)\s+(?:by\s+\S+\s+)?(?:its|their|the|any|"
                          r"public)\s+(?:\w+\s+)?(?:release|disclosure|dissemination|inspection)\b|"
                          # ... or bars the office from giving them out: "CHRIA prohibits PSP from disseminating
                          # investigative information ...", "the statute bars the Department from releasing ...", "the
                          # agency is prohibited from disclosing ..." (not a law said to bar nothing: "Nothing in the
                          # RTKL prohibits an agency from releasing ...", "does not prohibit the City from disclosing")
                          r"^(?![^;]*\bnothing\s+in\b)[^;]*?(?<!\bnot\s)(?<!\bnever\s)\b(?:prohibits?|forbids?|bars?|"
                          r"precludes?|prohibited|forbidden|barred|precluded)\s+(?:[\w'\u2019-]+\s+){0,4}?from\s+"
                          r"(?:further\s+|publicly\s+)?(?:disclos|releas|disseminat|divulg|produc|mak\w*\s+public)\w*|"
                          # Georgia's words for its exceptions, and others' so: "Pursuant to O.C.G.A. § 50-18-72(a)(4),
                          # public disclosure shall not be required for records of law enforcement ... in any pending
                          # investigation", "release of these reports is not required under ..." (not the requester's
                          # own: "disclosure of the purpose of your request is not required")
                          r"\b(?:disclosure|release|production)\s+(?!of\s+(?:the\s+)?(?:purpose|reason)s?\b|of\s+your\b)"
                          r"(?:of\s+(?:[\w'\u2019-]+\s+){1,4}?)?(?:is|are|shall|will|was|were)\s+not\s+(?:be\s+)?"
                          r"required\b|"
                          # ... or the release said to be barred: "Release of that information is barred by Ohio Rev.
                          # Code § 3319.321", "their release is prohibited by federal law, 28 C.F.R. § 20.33"
                          + RELEASE_BARRED + "|"
                          # ... or allowed only as the law provides (see RELEASE_ONLY_AS_PROVIDED)
                          + RELEASE_ONLY_AS_PROVIDED + "|"
                          # the law forbidding release: "information relating to the current investigation ... may
                          # not be released before the investigation is disposed of, Wis. Stat. § 19.36(10)(b)" (not
                          # a release only awaiting payment: "cannot be released until the fee is paid"); and
                          # passed on: "criminal history record information, which may not be disseminated except as
                          # authorized by A.R.S. § 41-1750"
                          r"\b(?:may|must|shall|can|could)\s*not\s+be\s+(?:further\s+)?(?:released|disclosed|made\s+public|"
                          r"produced|disseminated|divulged|redisclosed|re-disclosed)\b"
                          r"(?![^.;]*\b(?:until|unless|without|before)\s+(?:\w+\s+){0,4}?(?:pay|fee|deposit|prepay|"
                          r"receipt|check|charge|cost)\w*)|"
                          # access refused: "The Division is therefore unable to provide access to them", "we cannot
                          # grant you access to the reports" (not one awaiting payment: "until the fee is paid")
                          r"\b(?:unable\s+to|not\s+able\s+to|cannot|can\s+not|will\s+not|may\s+not|must\s+decline\s+to|"
                          r"declines?\s+to)\s+(?:provide|give|grant|allow|permit)\s+(?:you\s+)?(?:public\s+)?access\b"
                          r"(?![^.;]*\b(?:until|unless|without|before)\s+(?:\w+\s+){0,4}?(?:pay|fee|deposit|prepay|"
                          r"receipt|check|charge|cost)\w*)|"
                          # Kansas's words for its exceptions: "The KBI is not required to disclose criminal
                          # investigation records pursuant to K.S.A. 45-221(a)(10)", "records that are not required to
                          # be disclosed", "need not be released" (not the requester's: "you are not required to
                          # disclose the purpose of your request")
                          r"(?<!\byou\s)\b(?:is|are|was|were|shall|will)\s+not\s+(?:be\s+)?required\s+to\s+(?:disclose|"
                          r"release|produce|make\s+available)\b|\bnot\s+required\s+to\s+be\s+(?:disclosed|released|"
                          r"produced|made\s+(?:public|available))\b|\bneed\s+not\s+(?:be\s+)?(?:disclosed?|released?|"
                          r"produced?)\b|"
                          # ... and the law's leave to refuse: "K.S.A. 45-221(a)(29) permits a public agency to
                          # refuse to disclose correctional records", "the statute allows the Department to decline to
                          # release ...", "may refuse to disclose" (not a leave denied: "does not permit an agency to
                          # refuse to disclose")
                          r"(?<!\bnot\s)(?<!\bnever\s)\b(?:permits?|allows?|authori[sz]es?|entitles?)\s+"
                          r"(?:[\w'\u2019-]+\s+){0,4}?to\s+(?:refuse|decline)\s+to\s+(?:disclose|release|produce|"
                          r"provide)\b|(?<!\bnot\s)\bmay\s+(?:refuse|decline)\s+to\s+(?:disclose|release|produce)\b|"
                          # a law restricting what may be given out: "criminal history information, the
                          # dissemination of which is restricted by SDCL 23-5-11", "access to them is limited by"
                          r"\b(?:dissemination|disclosure|release|access|inspection)\s+(?:(?:of|to)\s+(?:[\w'-]+\s+){1,4}?)?"
                          r"(?:is|are|was|were)\s+(?:strictly\s+)?(?:restricted|limited)\s+"
                          r"(?:by|under)\b|"
                          # records said not to be given out under a law, the law right after the verb: "they are not
                          # being provided at this time pursuant to Government Code section 7923.600 and Penal Code
                          # section 832.7, subdivision (a)", "the recordings will not be released under RCW
                          # 42.56.240(1)" (not a release put off: "will not be provided until the deposit is paid,
                          # pursuant to ...", nor a form: "not being provided in electronic form under ...")
                          r"\b(?:is|are|was|were|will|shall)\s+not\s+(?:being\s+|be\s+)?(?:provided|released|produced|"
                          r"disclosed|made\s+available)\s*,?\s+(?:(?:at\s+this\s+time|to\s+you|now)\s*,?\s+)?"
                          r"(?:under|pursuant\s+to|per|in\s+accordance\s+with|as\s+(?:required|permitted|allowed)\s+by)\s|"
                          # Colorado's test for withholding: "release ... would be contrary to the public interest"
                          r"\bcontrary\s+to\s+the\s+public\s+interest|"
                          # ... and New Jersey's for records of an investigation in progress (N.J.S.A. 47:1A-3(a)):
                          # "their disclosure would be inimical to the public interest" (not "would not be inimical")
                          r"(?<!\bnot\s)(?<!\bnot\sbe\s)(?<!\bnever\sbe\s)\binimical\s+to\s+the\s+public\s+interest\b|"
                          # ... and California's balancing test (Gov. Code § 7922.000), said of the records: "the
                          # public interest served by not disclosing the records clearly outweighs the public interest
                          # served by disclosure", "the public interest in nondisclosure clearly outweighs ..." (not
                          # that it "does not clearly outweigh" it, nor the interest in disclosure outweighing)
                          r"\bpublic\s+interest\s+(?:served\s+by|in)\s+(?:not\s+(?:disclosing|releasing|making)|"
                          r"non-?disclosure|withholding|confidentiality)\b[^.;]{0,120}?\boutweighs\b|"
                          # Virginia's words: "excluded from mandatory disclosure by Va. Code § 2.2-3705.5(1)" (also
                          # "excluded from public inspection", and with the article: "excluded from the mandatory
                          # disclosure provisions of FOIA by ..."; not "excluded from the release" alone, which may
                          # be a part left out of a release)
                          r"\bexclud(?:ed|es|ing)\s+from\s+(?:(?:the\s+)?(?:mandatory|public)\s+|(?!the\b))"
                          r"(?:disclosure|release|inspection)\b|"
                          # ... and its short form, what is excluded under a law: "the body-worn camera recordings
                          # are excluded pursuant to Va. Code § 2.2-3706.1(B)(1)", "are also excluded under § ..."
                          # (not days left out of the count: "Saturdays, Sundays and holidays are excluded under
                          # ...")
                          r"(?<!days\s)(?<!holidays\s)(?<!weekends\s)\b(?:is|are|was|were|been|being)\s+"
                          r"(?:also\s+|likewise\s+|similarly\s+)?excluded\s+(?:under|pursuant\s+to|by|per)\s|"
                          # ... or from the act itself: "KRS 61.878(1)(l) excludes from the Open Records Act public
                          # records the disclosure of which is prohibited ..."
                          r"\bexclud(?:es|ed|ing)\s+from\s+(?:the\s+)?(?:application\s+of\s+(?:the\s+)?)?"
                          r"(?:[A-Z][\w.'-]*\s+){0,4}(?:Act|Law)\b|"
                          # Minnesota's classification of data not public: "these are private health data under Minn.
                          # Stat. § 13.3805", "the data are classified as nonpublic" (not "public data")
                          r"\b(?:private|nonpublic|not\s+public)\s+(?:[\w-]+\s+){0,2}?data\b|\bdata\s+(?:is|are)\s+"
                          r"(?:classified\s+as\s+)?(?:private|nonpublic|not\s+public)\b|\bclassified\s+(?:as\s+)?"
                          r"(?:private|nonpublic|not\s+public|protected|controlled)\b|"
                          # ... the data named with what they are, or the class said again of more data, the law in
                          # the sentence after: "Portable recording system data that are part of an active criminal
                          # investigation are likewise not public. Minn. Stat. § 13.825, subd. 2.", "the data you
                          # requested are also nonpublic" (not "data that are not part of ... are public", nor "the
                          # meeting was not public")
                          r"\bdata\s+(?:(?:that|which|you|in|of|about|from|on|held|kept|collected|maintained|"
                          r"requested|described)\s+(?:[\w'-]+,?\s+){0,8}?)?(?:is|are)\s+(?:also\s+|likewise\s+|"
                          r"similarly\s+|therefore\s+|thus\s+|still\s+)?(?:classified\s+as\s+)?(?:private|nonpublic|"
                          r"not\s+public)\b|"
                          # ... and Utah's classes of records not public (Utah Code §§ 63G-2-302 to -305): "a
                          # controlled record pursuant to ...", "are private records under ..."
                          # ... or the class said of the records without the word: "are private under Utah Code §
                          # 63G-2-302(2)(a)", "is also controlled pursuant to ..." (not "are not private under")
                          r"\b(?:(?:private|protected|controlled)\s+records?|(?:is|are|was|were|remains?)\s+"
                          r"(?:(?:also|therefore|thus|likewise|properly)\s+)?(?:private|controlled))\s+"
                          r"(?:under|pursuant\s+to|per|as\s+defined)\b|"
                          # ... or the class set as the label of a paragraph (see CLASS_LABEL)
                          + CLASS_LABEL + "|"
                          # ... said of information or of what the data are classified as: "classified as security
                          # information, which is not public under Minn. Stat. § 13.37, subd. 1(a)", "the plans are
                          # nonpublic under ..." (a law named after it; not "the meeting was not public")
                          r"\b(?:is|are|was|were|remains?)\s+(?:not\s+public|nonpublic|non-public)\s+(?:under|pursuant\s+"
                          r"to|by\s+(?:virtue\s+of|operation\s+of)|per)\b|"
                          # Missouri's word for it: "personnel records are closed records under Section 610.021(13),
                          # RSMo", "the reports are closed pursuant to Section 610.100" (not a request closed)
                          # ... also through "that" or "which": "an investigative report that is closed under RSMo §
                          # 610.100.2 until the investigation becomes inactive"
                          r"\bclosed\s+(?:public\s+)?records?\b|(?:records?|files?|reports?|documents?|information)\s+"
                          r"(?:(?:that|which)\s+)?(?:is|are|was|were|remains?|shall\s+be|will\s+remain)\s+(?:\w+\s+)?"
                          r"closed\b|"
                          # ... said of what a law closes, its subject further back: "the portions of the file that
                          # would identify witnesses ... are closed under Section 610.100.3, RSMo" (a plural: not "your
                          # request is closed")
                          r"\b(?:are|were|remain)\s+(?:also\s+|therefore\s+)?closed\s+(?:under|pursuant\s+to|by\s+virtue\s+of)\b",
                          re.IGNORECASE)
# California's codes cited the other way round, as its agencies also write them: "Section 7927.705 of the Government
# Code", "section 832.7(b) of the Penal Code". A Texas letter names other statutes so too, as what its Public
# Information Act's § 552.101 takes in ("section 552.101 of the Government Code in conjunction with section 772.318 of
# the Health and Safety Code"): there only § 552.101 is the exception applied (see _state).
_CALIFORNIA_CODE_AFTER = re.compile(
    r"\b[Ss]ections?\s+(?P<sec>\d{2,6}(?:\.\d+)?(?:\([a-z0-9]+\))*)\s+of\s+the\s+(?:California\s+)?"
    r"(?P<code>(?:Government|Evidence|Penal|Welfare\s+and\s+Institutions|Vehicle|Civil|Health\s+and\s+Safety|"
    r"Education)\s+Code)\b")
_TEXAS_SECTION = re.compile(r"\b552\.\d{3}")
# New York's other consolidated laws that make records or parts of them confidential, which its agencies cite by name
# beside the Public Officers Law ("exempt under Public Officers Law § 87(2)(a) and Civil Rights Law § 50-b"; the
# identity of a victim of a sex offense), in one form each however a letter abbreviates the name ("N.Y. Civ. Rights
# Law § 50-b", "Soc. Serv. Law § 422(4)(a)", "Mental Hygiene Law § 33.13(c)", "Criminal Procedure Law § 160.50", "Labor
# Law § 537"). The
# laws that define offences (the Penal Law, the Vehicle and Traffic Law) are left out: a letter cites them for the
# charge, not for what it withholds.
_NEW_YORK_LAWS = (
    ("Civil Rights Law", r"Civ(?:il|\.)\s*Rights\s+Law"),
    ("Civil Service Law", r"Civ(?:il|\.)\s*Serv(?:ice|\.)\s+Law"),
    ("Mental Hygiene Law", r"Mental\s+Hyg(?:iene|\.)\s+Law"),
    ("Social Services Law", r"Soc(?:ial|\.)\s*Serv(?:ices|s?\.)\s+Law"),
    ("Criminal Procedure Law", r"Crim(?:inal|\.)\s*Proc(?:edure|\.)\s+Law|CPL"),
    ("Family Court Act", r"Fam(?:ily|\.)\s*C(?:our)?t\.?\s+Act"),
    ("Public Health Law", r"Pub(?:lic|\.)\s*Health\s+Law"),
    ("Education Law", r"Educ(?:ation|\.)\s+Law"),
    ("Executive Law", r"Exec(?:utive|\.)\s+Law"),
    ("Correction Law", r"Correct(?:ion|\.)\s+Law"),
    # ... unemployment insurance and tax records ("Labor Law § 537", "Tax Law § 697(e)")
    ("Labor Law", r"Lab(?:or|\.)\s+Law"),
    ("Tax Law", r"Tax\s+Law"),
)
_NEW_YORK_LAW = re.compile(r"(?<![\w.])(?P<code>(?:N\.\s?Y\.\s?)?(?:"
                           + "|".join(spelled for _, spelled in _NEW_YORK_LAWS) + r"))\s*,?\s*(?:§+|[Ss]ections?)\s*"
                           r"(?P<sec>\d+(?:\.\d+)?(?:-[a-z]{1,2})?(?:\(\w+\))*)")
_NEW_YORK_CPLR = re.compile(r"(?<![\w.])(?P<code>CPLR|C\.\s?P\.\s?L\.\s?R\.|Civil\s+Practice\s+Law\s+and\s+Rules)"
                            r"\s*(?:§+\s*|[Rr]ule\s+|[Ss]ection\s+)?(?!78\d\d)(?P<sec>\d{4}(?:\([a-z0-9]+\))*)(?![\d-]|\.\d)")
# The states whose rules of criminal procedure a letter may cite, by the abbreviation of their rules ("Tenn. R. Crim.
# P.") and by name ("the Tennessee Rules of Criminal Procedure"), each name with the abbreviation its citation takes.
_RULE_STATE_FORMS = {"Tennessee": "Tenn.", "Colorado": "Colo.", "Arizona": "Ariz.", "Minnesota": "Minn.",
                     "Pennsylvania": "Pa.", "Kentucky": "Ky.", "Maryland": "Md.", "Massachusetts": "Mass.",
                     "Wisconsin": "Wis.", "Washington": "Wash.", "Oregon": "Or.", "Florida": "Fla.",
                     "Georgia": "Ga.", "Illinois": "Ill.", "Indiana": "Ind.", "Alabama": "Ala.", "Missouri": "Mo.",
                     "Nevada": "Nev.", "New Mexico": "N.M.", "North Carolina": "N.C.", "Oklahoma": "Okla.",
                     "Utah": "Utah", "Vermont": "Vt.", "Iowa": "Iowa", "Kansas": "Kan.", "Ohio": "Ohio",
                     "Texas": "Tex.", "Arkansas": "Ark.", "Mississippi": "Miss.", "Louisiana": "La."}
_RULE_STATES = "|".join(re.escape(form).replace(r"\.", r"\.?").replace(r"\ ", r"\s?")
                        for form in sorted(set(_RULE_STATE_FORMS.values()), key=len, reverse=True))
_RULE_STATE_NAMES = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in _RULE_STATE_FORMS)


def _rule_form(code: str) -> str | None:
    """A state's rules of criminal procedure in one form, "Tenn. R. Crim. P. ", however the letter names them."""
    shape = re.fullmatch(r"(.+?)\s*R(?:ules?\s+of\s+|\.\s?)Crim(?:inal\s+|\.\s?)P(?:rocedure|\.)", code)
    if not shape:
        return None
    state = re.sub(r"\s+", " ", shape.group(1)).strip()
    if state in _RULE_STATE_FORMS:
        return f"{_RULE_STATE_FORMS[state]} R. Crim. P. "
    for form in _RULE_STATE_FORMS.values():
        if re.sub(r"[.\s]", "", form) == re.sub(r"[.\s]", "", state):
            return f"{form} R. Crim. P. "
    return None


_STATE_PATTERNS = (
    # California: Gov. Code § 7927.705 / Government Code section 7922.000
    # ... and in the state's official style, a comma before the sign: "(Gov. Code, § 7927.700)"
    re.compile(r"\b(?P<code>Gov(?:ernment|'t|t)?\.?\s*Code|Evid(?:ence|\.)?\s*Code)\s*,?\s*(?:§+|sections?|secs?\.)\s*"
               r"(?P<sec>\d{3,4}(?:\.\d+)?(?:\([a-z0-9]+\))*)", re.IGNORECASE),
    # ... and California's other codes that make records confidential, by their names: Penal Code § 832.7(b)(6)
    # (peace officers' records), Welfare and Institutions Code § 827 (juvenile case files), Vehicle Code § 1808.21,
    # Civil Code § 56.10, Health and Safety Code § 123110 (not another state's: "Texas Penal Code"); and Education
    # Code § 67100 (student records of the state's colleges), § 49076 (pupil records)
    re.compile(r"(?<!Texas\s)(?<!Tex\.\s)\b(?P<code>Pen(?:al|\.)\s*Code|Welf(?:are|\.)?\s*(?:&|and)\s*Inst(?:itutions|\.)?\s*"
               r"Code|Veh(?:icle|\.)\s*Code|Civ(?:il|\.)\s*Code|Health\s*(?:&|and)\s*Saf(?:ety|\.)\s*Code|"
               r"Educ(?:ation|\.)\s*Code)\s*,?\s*"
               r"(?:§+|sections?|secs?\.)\s*(?P<sec>\d{2,6}(?:\.\d+)?(?:\([a-z0-9]+\))*)", re.IGNORECASE),
    _CALIFORNIA_CODE_AFTER,
    # South Carolina, the other way round: "Section 30-4-40(a)(3) of the South Carolina Code of Laws"
    re.compile(r"\b[Ss]ections?\s+(?P<sec>\d+-\d+-\d+(?:\.\d+)?(?:\(\w+\))*)\s+of\s+the\s+"
               r"(?P<code>S(?:outh\s+Carolina|\.\s?C\.)\s+Code(?:\s+of\s+Laws)?(?:\s+Ann(?:otated|\.))?)"),
    # Florida, cited the other way round: section 119.071(2)(c), Florida Statutes
    # ... its subparagraph's number after the letters left off ("section 119.071(2)(c)1., Florida Statutes"), with its
    # letter too ("section 119.071(4)(d)2.a., Florida Statutes", "s. 119.071(2)(h)1.a., F.S.")
    # ... of any chapter, from 1 to 1013: "Section 1002.221, Florida Statutes" (education records), "section 39.202,
    # Florida Statutes" (child abuse records), "s. 1012.31, F.S." (personnel files of school employees)
    re.compile(r"\b(?:[Ss]ections?|s\.)\s+(?P<sec>\d{1,4}\.\d{2,4}(?:\(\w+\))*)(?:\d{1,2}\.(?:[a-z]\.)?)?,?\s+"
               r"(?P<code>Florida\s+Statutes|F\.\s?S\.)"),
    # Mississippi, cited the other way round: "Section 25-61-12(2)(a), Mississippi Code of 1972", "section 25-61-11.2
    # of the Mississippi Code Annotated"
    re.compile(r"\bsections?\s+(?P<sec>\d{1,2}-\d{1,3}-\d{1,3}(?:\.\d+)?(?:\(\w+\))*),?\s+(?:of\s+(?:the\s+)?)?"
               r"(?P<code>Mississippi\s+Code)(?:\s+(?:of\s+1972|Annotated))?", re.IGNORECASE),
    # Texas, cited the other way round: section 552.101 of the Government Code
    re.compile(r"\bsections?\s+(?P<sec>552\.\d{3,4}(?:\([a-z0-9]+\))*)(?P<code>)", re.IGNORECASE),
    # Washington: RCW 42.56.240(1)
    re.compile(r"\b(?P<code>RCW)\s*(?P<sec>\d+\.\d+\.\d+(?:\(\w+\))*)"),
    # Michigan: MCL 15.243(1)(s)(ix)
    # ... and as "Mich. Comp. Laws § 15.243(1)(b)"
    # ... its sections inserted later lettered: "MCL 257.208b", "MCL 28.214a(2)"
    re.compile(r"\b(?P<code>MCL|M\.C\.L\.|Mich\.\s?Comp\.\s?Laws(?:\s+Ann\.)?)\s*(?:§+\s*)?"
               r"(?P<sec>\d+\.\d+[a-z]?(?:\(\w+\))*)"),
    # Pennsylvania and Illinois: 65 P.S. § 67.708(b)(16), 5 ILCS 140/7(1)(c)
    # ... Illinois's subsections numbered after a letter included: 5 ILCS 140/7(1)(e-6)
    # ... and its other Acts' sections numbered by article and section: "210 ILCS 45/3-212(c)", "705 ILCS 405/1-7(A)"
    re.compile(r"\b(?P<code>\d+\s+P\.\s?S\.|\d+\s+ILCS\s+\d+/)\s*(?:§+\s*)?"
               r"(?P<sec>\d+(?:-\d+(?=[\s(.,;)]|$))?(?:\.\d+)?(?:\(\w+(?:-\d+)?\))*)"),
    # ... and an exemption of the Illinois Act cited by its section alone: "exempt under Section 7(1)(e-6) of FOIA",
    # "Section 7.5(v) of the Illinois Freedom of Information Act" (its sections 7 and 7.5; 5 ILCS 140/7)
    # ... or a list of them: "Sections 7(1)(b) and 7(1)(c) of the Illinois Freedom of Information Act" (the sections
    # after the first are read as more sections of the same code)
    re.compile(r"\b[Ss]ections?\s+(?P<sec>7(?:\.5)?(?:\(\d+\))?\([a-z]{1,3}(?:-\d+)?\)(?:\(\w+\))*)"
               r"(?=(?:\s*(?:,|and|or)\s*(?:and\s+|or\s+)?7(?:\.5)?(?:\(\w+(?:-\d+)?\))+)*\s+of\s+(?:the\s+)?"
               r"(?P<code>(?:Illinois\s+)?(?:FOIA|Freedom\s+of\s+Information\s+Act)|Act)\b"
               r"(?!\s*,?\s*\(?\s*5\s+U\.?\s?S\.?\s?C))"),
    # Pennsylvania's exceptions cited by their section of the Right-to-Know Law: "exempt under Section 708(b)(6)(i)(A)
    # of the RTKL" (65 P.S. § 67.708), alone or listed ("Sections 708(b)(16) and 708(b)(17) of the RTKL")
    re.compile(r"\b[Ss]ections?\s+(?P<sec>708\(b\)(?:\(\w+\))+)"
               r"(?=(?:\s*(?:,|and|or)\s*(?:and\s+|or\s+)?708\(b\)(?:\(\w+\))+)*\s+of\s+(?:the\s+)?"
               r"(?P<code>RTKL|Right-to-Know\s+Law)\b)"),
    # New Jersey: N.J.S.A. 47:1A-1.1, N.J.S.A. 47:1A-9(b)
    # ... and the regulations OPRA keeps as exemptions (N.J.S.A. 47:1A-9(a)), in its Administrative Code: "N.J.A.C.
    # 10A:22-2.3(a)(4)" (Corrections), "N.J.A.C. 13:1E-3.2(a)(2)" (Law and Public Safety)
    re.compile(r"\b(?P<code>N\.\s?J\.\s?(?:S\.\s?A|A\.\s?C)\.)\s*(?:§+\s*)?(?P<sec>\d+[A-Z]?:\d+[A-Z]?-\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # Massachusetts: G. L. c. 4, § 7(26)(c)
    # ... and the other chapters' statutes that make a record confidential, cited by a bare section: "G. L. c. 6,
    # § 172" (criminal offender record information), "G. L. c. 41, § 97D" (not the Public Records Law's own c. 4,
    # § 7 or c. 66, § 10, whose clauses are what a letter cites)
    re.compile(r"\b(?P<code>(?:M\.\s?)?G\.\s?L\.\s?c\.\s?\d+,?)\s*§\s*(?P<sec>\d+(?:\(\w+\))+)"),
    re.compile(r"\b(?P<code>(?:M\.\s?)?G\.\s?L\.\s?c\.\s?(?!4,|66,)\d+[A-Z]?,)\s*§\s*"
               r"(?P<sec>\d+[A-Z]?)(?![\w(])"),
    # Georgia: O.C.G.A. § 50-18-72(a)(4)
    # ... also without the sign ("O.C.G.A. 50-18-72(a)(4)") and as "Ga. Code Ann. § 50-18-72(a)(4)"
    # ... and a paragraph the General Assembly inserted between two others, numbered with a decimal: "(a)(26.2)"
    # (body-worn camera recordings in a place of privacy), "(a)(20.1)"
    re.compile(r"\b(?P<code>O\.\s?C\.\s?G\.\s?A\.|Ga\.\s?Code(?:\s+Ann\.)?)\s*(?:§+|sections?)?\s*"
               r"(?P<sec>\d+-\d+-\d+(?:\.\d+)?(?:\((?:\w+|\d+\.\d+)\))*)", re.IGNORECASE),
    # Florida: Fla. Stat. § 119.071(2)(c); "section 119.071(2)(c), Florida Statutes" is read below.
    # ... its subparagraph left off as well ("Fla. Stat. § 119.071(2)(h)1.a., as ...")
    re.compile(r"\b(?P<code>Fla\.\s?Stat\.)\s*(?:§+|sections?|s\.)\s*(?P<sec>\d+\.\d+(?:\(\w+\))*)"
               r"(?:\d{1,2}\.(?:[a-z]\.)?(?=,|\s+(?:and|or)\b))?",
               re.IGNORECASE),
    # Pennsylvania's consolidated statutes: 18 Pa.C.S. § 9106
    # ... whose sections may carry a chapter letter: 42 Pa.C.S. § 67A04
    re.compile(r"\b(?P<code>\d+\s+Pa\.\s?C\.\s?S\.)\s*(?:§+|sections?)\s*(?P<sec>\d+(?:[A-Z]\d+)?(?:\.\d+)?(?:\(\w+\))*)"),
    # New York: Public Officers Law § 87(2)(b), POL 87(2)(e)
    # ... and abbreviated: "N.Y. Pub. Off. Law § 87(2)(e)"
    # ... and with the short name it goes by after in brackets: "Public Officers Law (POL) section 87(2)(b)"
    re.compile(r"\b(?P<code>Public\s+Officers\s+Law|POL|(?:N\.\s?Y\.\s?)?Pub(?:lic|\.)\s?Off(?:\.|icers)\s?Law)\s*"
               r"(?:\((?:POL|FOIL|the\s+\w+)\)\s*)?"
               r"(?:§+|sections?)?\s*(?P<sec>\d+(?:\(\w+\))+)", re.IGNORECASE),
    _NEW_YORK_LAW,
    # ... and its Civil Practice Law and Rules, whose evidentiary privileges a letter names for what § 87(2)(a) takes in
    # ("privileged under CPLR 4503", the attorney-client privilege; "CPLR § 3101(c)", an attorney's work product),
    # cited by the rule's number alone; never its article 78 proceeding (CPLR 7801-7806), the requester's remedy
    _NEW_YORK_CPLR,
    # Ohio: R.C. 149.43(A)(1)(h), Ohio Rev. Code § 149.43(A)(2)(c)
    # ... and with the section spelled out: "Ohio Revised Code Section 149.43(A)(1)(h)"
    # ... and "ORC 149.43(A)(1)(h)", "O.R.C. 149.43"
    re.compile(r"(?<![\w.])(?P<code>R\.\s?C\.|O\.?\s?R\.?\s?C\.?(?=\s*(?:§+\s*)?\d{3,4}\.\d)|"
               r"Ohio\s+Rev(?:ised|\.)\s+Code(?:\s+Ann\.)?)\s*(?:(?:§+|[Ss]ec(?:tion|\.))\s*)?"
               r"(?P<sec>\d+\.\d+(?:\(\w+\))*)"),
    # Kentucky, Oregon: KRS 61.878(1)(h), ORS 192.345(3)
    re.compile(r"\b(?P<code>KRS|ORS)\s*(?:(?:§+|[Ss]ec(?:tion|\.))\s*)?(?P<sec>\d+[A-Z]?\.\d+(?:\(\w+\))*)"),
    # Minnesota: Minn. Stat. § 13.82, subd. 7 (a subdivision is part of the section cited)
    re.compile(r"\b(?P<code>Minn\.\s?Stat\.(?:\s+Ann\.)?)\s*(?:§+|sections?)\s*(?P<sec>\d+[A-Z]?\.\d+"
               r"(?:,?\s*subd(?:ivision|s?\.)\s*\d+[a-z]?(?:\(\w+\))*)?)", re.IGNORECASE),
    # ... and as Minnesota's own agencies write it, the statutes named in full: "Minnesota Statutes, section 13.46,
    # subdivision 4", "Minnesota Statutes section 13.82, subd. 7", "Minnesota Statutes § 260E.35, subd. 6"
    re.compile(r"\b(?P<code>Minnesota\s+Statutes)(?:\s+Annotated)?,?\s*(?:§+|sections?)\s*(?P<sec>\d+[A-Z]?\.\d+"
               r"(?:,?\s*subd(?:ivision|s?\.)\s*\d+[a-z]?(?:\(\w+\))*)?)", re.IGNORECASE),
    # North Carolina: N.C. Gen. Stat. § 132-1.4(a), N.C.G.S. § 160A-168, G.S. 132-1.2; a section inserted after
    # another carries a capital letter after its number: N.C. Gen. Stat. § 132-1.4A(b) (law enforcement recordings)
    re.compile(r"(?<![\w.])(?P<code>N\.\s?C\.\s?(?:Gen\.\s?Stat\.|G\.\s?S\.)|G\.\s?S\.)\s*(?:§+\s*)?"
               r"(?P<sec>\d+[A-Z]?-\d+(?:\.\d+)?[A-Z]?(?:\(\w+\))*)"),
    # Colorado, Arizona: C.R.S. § 24-72-204(3)(a)(IV), A.R.S. § 39-121.01(D)
    re.compile(r"(?<![\w.])(?P<code>C\.\s?R\.\s?S\.|A\.\s?R\.\s?S\.)\s*(?:§+\s*)?"
               r"(?P<sec>\d+-\d+(?:-\d+)?(?:\.\d+)?(?:\(\w+\))*)"),
    # Wisconsin: Wis. Stat. § 19.36(10)(b)
    # ... and the state named in full, as its universities and cities also write it: "Wisconsin Statute
    # § 19.36(10)(b)", "Wisconsin Statutes section 19.36(8)(b)", "Wis. Stats. § 19.36(10)(a)"
    re.compile(r"\b(?P<code>Wis(?:\.|consin)\s?Stat(?:s?\.|utes?\b))\s*(?:§+|s\.|sections?)\s*"
               r"(?P<sec>\d+\.\d+(?:\s?\(\w+\))*)", re.IGNORECASE),
    # ... and as Wisconsin's agencies also write it, the section first: "sec. 19.36(10)(b), Wis. Stats."
    re.compile(r"(?:\bsecs?\.|\b[Ss]ections?|§+)\s*(?P<sec>\d+\.\d+(?:\(\w+\))*),?\s*(?P<code>Wis\.\s?Stats?\.)"),
    # Maryland: General Provisions Article § 4-351, GP § 4-311, Md. Code Ann., Gen. Prov. § 4-304
    re.compile(r"\b(?P<code>(?:Md\.\s?Code(?:\s+Ann\.)?,?\s*)?(?:Gen(?:eral|\.)\s*Prov(?:isions|\.)|GP)"
               r"(?:\s+Article)?)\s*(?:§+|sections?)\s*(?P<sec>\d+-\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # A state's rule of criminal procedure that keeps a pending case's file from anyone but the defendant, the ground
    # on which a police department refuses it while the prosecution lasts: Tennessee's "Tenn. R. Crim. P. 16(a)(2)"
    # (The Tennessean v. Metro. Gov't, 485 S.W.3d 857), "Colo. R. Crim. P. 16", "Ariz. R. Crim. P. 15.1" (never the
    # federal rules, "Fed. R. Crim. P. 6(e)", which Exemption 3 carries)
    re.compile(r"(?<![\w.])(?P<code>(?:" + _RULE_STATES + r")\s?R\.\s?Crim\.\s?P\.)\s*"
               r"(?P<sec>\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # ... and the rule named in words: "Rule 16(a)(2) of the Tennessee Rules of Criminal Procedure", "Tennessee Rule of
    # Criminal Procedure 16(a)(2)"
    re.compile(r"\bRule\s+(?P<sec>\d+(?:\.\d+)?(?:\(\w+\))*)\s+of\s+the\s+(?P<code>(?:" + _RULE_STATE_NAMES
               + r")\s+Rules\s+of\s+Criminal\s+Procedure)\b"),
    re.compile(r"\b(?P<code>(?:" + _RULE_STATE_NAMES + r")\s+Rules?\s+of\s+Criminal\s+Procedure)\s+"
               r"(?:Rule\s+)?(?P<sec>\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # Utah, Tennessee, Connecticut: Utah Code § 63G-2-305(10), Tenn. Code Ann. § 10-7-504(a)(2),
    # Conn. Gen. Stat. § 1-210(b)(3), and a title with a small letter: Conn. Gen. Stat. § 19a-411
    # ... and Tennessee's code as its agencies abbreviate it: T.C.A. § 10-7-504(a)(2)
    re.compile(r"\b(?P<code>Utah\s+Code(?:\s+Ann\.)?|Tenn\.\s?Code\s+Ann\.|T\.\s?C\.\s?A\.|Conn\.\s?Gen\.\s?Stat\.)\s*"
               r"(?:§+|sections?)\s*(?P<sec>\d+[A-Za-z]?-\d+(?:[A-Z]|[a-z]{1,2})?(?:-\d+)?(?:\.\d+)?(?:\(\w+\))*)"),
    # Virginia: Va. Code § 2.2-3706(B), or "§ 2.2-3705.1" alone (the Code of Virginia's Title 2.2 sections)
    # ... also after the word: "subsection B 4 of section 2.2-3706 of the Code of Virginia"
    re.compile(r"(?P<code>(?:\bVa\.\s?Code(?:\s+Ann\.)?\s*)?)(?:§+\s*|\b[Ss]ections?\s+)"
               r"(?P<sec>2\.2-37\d\d(?:\.\d+)?(?:\(\w+\))*)"),
    # ... and the Code's other titles when it is named: Va. Code § 46.2-208 (motor vehicle records), Va. Code
    # § 19.2-389 (criminal history), Va. Code Ann. § 32.1-127.1:03 (health records); not W. Va. Code
    re.compile(r"(?<![\w.])(?<!W\.\s)(?<!W\.)(?P<code>Va\.\s?Code(?:\s+Ann\.)?)\s*(?:§+|sections?)\s*"
               r"(?P<sec>\d+(?:\.\d+)?-\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?(?:\(\w+\))*)"),
    # ... or named after the section: "§ 32.1-283 of the Code of Virginia" (the Chief Medical Examiner's reports),
    # "section 19.2-389 of the Code of Virginia"
    re.compile(r"(?:§+\s*|\b[Ss]ections?\s+)(?P<sec>\d+(?:\.\d+)?-\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?(?:\(\w+\))*)"
               r"\s+of\s+the\s+(?P<code>Code\s+of\s+Virginia)\b"),
    # Missouri: Section 610.021(3) RSMo, RSMo § 610.100
    # ... and the sections of its chapters of one or two digits that make records confidential: "in conjunction with
    # Section 43.540, RSMo" (criminal history), "Section 58.720, RSMo" (the medical examiner's records)
    re.compile(r"\b(?:[Ss]ections?|§+)\s*(?P<sec>\d{1,3}\.\d{3}(?:\.\d+)?(?:\(\w+\))*),?\s*(?P<code>RSMo)\b"),
    # ... also without the sign ("RSMo 610.021(1)") and as "Mo. Rev. Stat. § 610.021"
    re.compile(r"\b(?P<code>RSMo|Mo\.\s?Rev\.\s?Stat\.)\.?\s*(?:§+|sections?)?\s*"
               r"(?P<sec>\d{1,3}\.\d{3}(?:\.\d+)?(?:\(\w+\))*)"),
    # Indiana: IC 5-14-3-4(b)(1), Ind. Code § 5-14-3-4
    # ... and its other titles' confidentiality sections, title-article-chapter-section: "Ind. Code § 31-33-18-1"
    re.compile(r"\b(?P<code>IC|Ind\.\s?Code)\s*(?:§+\s*)?(?P<sec>5-14-3-\d+(?:\.\d+)?(?:\(\w+\))*|"
               r"\d{1,2}-\d{1,2}(?:\.\d)?-\d{1,2}(?:\.\d)?-\d{1,3}(?:\.\d+)?(?:\(\w+\))*)"),
    # Louisiana: La. R.S. 44:3(A)(1), R.S. 44:11
    re.compile(r"(?<![\w.])(?P<code>(?:La\.\s?)?R\.\s?S\.)\s*(?:§+\s*)?(?P<sec>\d+:\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # Iowa and Idaho: Iowa Code § 22.7(5), Idaho Code § 74-124
    re.compile(r"\b(?P<code>Iowa\s+Code|Idaho\s+Code)\s*(?:§+|sections?)\s*"
               r"(?P<sec>\d+[A-Z]?[.-]\d+[A-Z]?(?:\(\w+\))*)"),
    # Kansas: K.S.A. 45-221(a)(10)
    re.compile(r"\b(?P<code>K\.\s?S\.\s?A\.)\s*(?:§+\s*)?(?P<sec>\d+-\d+[a-z]?(?:\(\w+\))*)"),
    # The District of Columbia: D.C. Official Code § 2-534(a)(2), D.C. Code § 2-534
    re.compile(r"(?<![\w.])(?P<code>D\.\s?C\.\s+(?:Official\s+)?Code)\s*(?:§+\s*)?"
               r"(?P<sec>\d+-\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # New Hampshire: RSA 91-A:5, IV (a paragraph in Roman numerals)
    re.compile(r"\b(?P<code>RSA)\s*(?P<sec>\d+(?:-[A-Z])?:\d+(?:-[a-z])?(?:,\s*[IVXL]+\b(?:\([a-z]\))?)?)"),
    # Oklahoma and Delaware, a title before the code: 51 O.S. § 24A.8(A), 29 Del. C. § 10002(o)(3)
    # ... Oklahoma's also with the title after the code: "Okla. Stat. tit. 51, § 24A.8" is 51 O.S. § 24A.8
    re.compile(r"\b(?P<code>\d+\s+O\.\s?S\.|\d+\s+Del\.\s?C\.|Okla\.\s?Stat\.(?:\s+Ann\.)?\s+tit\.\s*\d+,?)\s*(?:§+\s*)?"
               r"(?P<sec>\d+[A-Z]?(?:\.\d+)?(?:\(\w+\))*)"),
    # South Carolina: S.C. Code Ann. § 30-4-40(a)(3); Rhode Island: R.I. Gen. Laws § 38-2-2(4)(D)
    # ... South Carolina's also without its full stops, "SC Code § 30-4-40(a)(3)", or "S.C. Code of Laws"
    re.compile(r"(?<![\w.])(?P<code>S\.?\s?C\.?\s+Code(?:\s+Ann\.|\s+of\s+Laws(?:\s+Ann\.)?)?|R\.\s?I\.\s?Gen\.\s?Laws)\s*"
               r",?\s*(?:§+|sections?)\s*"
               r"(?P<sec>\d+-\d+(?:\.\d+)?-\d+(?:\.\d+)?(?:\(\w+\))*)", re.IGNORECASE),
    # Nevada and Hawaii: NRS 239.010, HRS § 92F-13(3)
    re.compile(r"\b(?P<code>NRS|HRS|Haw\.\s?Rev\.\s?Stat\.)\s*(?:§+\s*)?(?P<sec>\d+[A-Z]?[.-]\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # New Mexico, cited the other way round as its agencies do: "Section 14-2-1(D) NMSA 1978"
    re.compile(r"(?:\b[Ss]ections?|§+)\s*(?P<sec>\d+-\d+-\d+(?:\.\d+)?(?:\(\w+\))*),?\s+(?P<code>NMSA)(?:\s+1978)?\b"),
    # Michigan's exemptions cited by their section of its Act: "Section 13(1)(a) of the Michigan FOIA", "section
    # 13(1)(b)(iii) of the Freedom of Information Act" (MCL 15.243; the federal FOIA has no section 13)
    re.compile(r"\b[Ss]ections?\s+(?P<sec>13\(\d\)\([a-z]{1,2}\)(?:\(\w+\))*)\s+of\s+(?:the\s+)?"
               r"(?P<code>Michigan\s+(?:FOIA|Freedom\s+of\s+Information\s+Act)|(?:FOIA|Freedom\s+of\s+Information\s+Act)"
               r"(?=[^.]{0,80}\bMCL\b|\s*,?\s*(?:MCL|1976\s+PA\s+442)))\b"),
    # New Mexico: NMSA 1978, § 14-2-1(D); Nebraska: Neb. Rev. Stat. § 84-712.05(5)
    # ... and "NMSA 1978, Section 14-2-1(D)", the word capitalised as New Mexico's agencies write it
    re.compile(r"\b(?P<code>NMSA(?:\s+1978)?,?|Neb\.\s?Rev\.\s?Stat\.)\s*(?:§+|[Ss]ections?)?\s*"
               r"(?P<sec>\d+-\d+(?:-\d+)?(?:\.\d+)?(?:\(\w+\))*)"),
    # Title-chapter-section codes with the state's name before them: Ala. Code § 36-12-40, Ark. Code Ann.
    # § 25-19-105(b)(12) (also A.C.A.), Miss. Code Ann. § 25-61-11.2, N.D.C.C. § 44-04-18.7(2) (also N.D. Cent.
    # Code), W. Va. Code § 29B-1-4(a)(2), Wyo. Stat. § 16-4-203(d)(i) (also W.S.), Mont. Code Ann. § 2-6-1002
    re.compile(r"(?<![\w.])(?P<code>Ala\.\s?Code(?:\s+1975)?,?|Code\s+of\s+Alabama(?:\s+1975)?,?|"
               r"Ark\.\s?Code(?:\s+Ann\.)?|A\.\s?C\.\s?A\.|Miss\.\s?Code(?:\s+Ann\.)?|N\.\s?D\.\s?C\.\s?C\.|"
               r"N\.\s?D\.\s?Cent\.\s?Code|W\.\s?Va\.\s?Code(?:\s+Ann\.)?|Wyo\.\s?Stat\.(?:\s+Ann\.)?|W\.\s?S\.|"
               r"Mont\.\s?Code\s+Ann\.)\s*(?:§+|sections?)?\s*"
               # (a chapter may carry a decimal, as North Dakota's do: N.D.C.C. § 23-02.1-27)
               r"(?P<sec>\d+[A-Z]?-\d+[A-Z]?(?:\.\d+)?-\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # South Dakota and Montana, the code's short name first: SDCL 1-27-1.5(5), MCA 2-6-1002(1)
    # ... a chapter perhaps with a letter, as South Dakota's child-protection chapter: SDCL 26-8A-13
    re.compile(r"\b(?P<code>SDCL|MCA)\s*(?:§+\s*)?(?P<sec>\d+-\d+[A-Z]?(?:\.\d+)?-\d+(?:\.\d+)?(?:\(\w+\))*)"),
    # ... or Montana's way, after the section: "section 2-6-1002(1), MCA"
    re.compile(r"(?:\b[Ss]ections?|§+)\s*(?P<sec>\d+-\d+-\d+(?:\.\d+)?(?:\(\w+\))*),\s*(?P<code>MCA)\b"),
    # Alaska: AS 40.25.120(a)(6)
    re.compile(r"\b(?P<code>AS)\s*(?:§+\s*)?(?P<sec>\d{2}\.\d{2}\.\d{3}(?:\(\w+\))*)"),
    # Connecticut as its agencies abbreviate it: C.G.S. § 1-210(b)(3)
    # ... and a section may carry two letters: C.G.S. § 10-234bb
    re.compile(r"(?<![\w.])(?P<code>C\.\s?G\.\s?S\.)\s*(?:§+|sections?)?\s*(?P<sec>\d+-\d+[a-z]{0,2}(?:\(\w+\))*)"),
    # ... and as its Freedom of Information Commission cites it, the code after the section: "§ 1-210(b)(2), G.S."
    re.compile(r"§+\s*(?P<sec>1-\d{3}[a-z]?(?:\(\w+\))*)(?P<code>,\s*G\.\s?S\.)(?!\s*\d)"),
    # ... or the section first, "of the General Statutes" after it: "§ 14-10 of the General Statutes", "section
    # 1-210(b)(2) of the Connecticut General Statutes" (not North Carolina's, named as such)
    re.compile(r"(?:\b[Ss]ections?|§+)\s*(?P<sec>\d+[a-z]?-\d+[a-z]{0,2}(?:\(\w+\))*)\s+of\s+the\s+"
               r"(?P<code>(?:Connecticut\s+)?General\s+Statutes)\b"),
    # Maine and Vermont, a title before the code: 1 M.R.S. § 402(3)(B), 1 V.S.A. § 317(c)(5)
    # ... a section perhaps inserted after another and numbered with a letter, as Vermont's are: "20 V.S.A. § 2056a"
    # (criminal history records), "20 V.S.A. § 2056c" (not a range's first: "§§ 2056a-2056c" stays unread)
    # ... a Maine title itself perhaps lettered: "30-A M.R.S. § 2702(1)(B)(5)" (municipal personnel records), "29-A
    # M.R.S. § 2251(7)" (motor vehicle accident reports)
    re.compile(r"\b(?P<code>\d+(?:-[A-Z])?\s+M\.\s?R\.\s?S\.(?:\s?A\.)?|\d+\s+V\.\s?S\.\s?A\.)\s*(?:§+|sections?)?\s*"
               r"(?P<sec>\d+(?:[a-z](?![\w-])|-[A-Z])?(?![\da-z])(?:\(\w+\))*)"),
)
# One law, one form: how each state's citations above are written in the proposal.
_CODE_FORMS = (
    *((re.compile(rf"^(?:N\.\s?Y\.\s?)?(?:{spelled})$"), name) for name, spelled in _NEW_YORK_LAWS),
    (re.compile(r"^(?:CPLR|C\.\s?P\.\s?L\.\s?R\.|Civil\s+Practice\s+Law\s+and\s+Rules)$"), "CPLR "),
    (re.compile(r"^,\s?G\.\s?S\.$"), "Conn. Gen. Stat."),  # Connecticut's "§ 1-210(b)(2), G.S."
    (re.compile(r"^(?:Connecticut\s+)?General\s+Statutes$"), "Conn. Gen. Stat."),  # before Maryland's "Gen."
    (re.compile(r"^(?:R\.\s?C\.|Ohio\s+Rev|O\.?\s?R\.?\s?C)"), "R.C. "),
    (re.compile(r"^KRS$"), "KRS "),
    # New York's law by the short name a letter gives it ("Public Officers Law (POL) ... POL § 87(2)(b)")
    (re.compile(r"^(?:POL|Public\s+Officers\s+Law|(?:N\.\s?Y\.\s?)?Pub(?:lic|\.)\s?Off(?:\.|icers)\s?Law)$",
                re.IGNORECASE), "Public Officers Law"),
    (re.compile(r"^ORS$"), "ORS "),
    (re.compile(r"^Minn"), "Minn. Stat."),
    (re.compile(r"^(?:N\.\s?C\.|G\.\s?S\.)"), "N.C. Gen. Stat."),
    (re.compile(r"^C\.\s?R\.\s?S\."), "C.R.S."),
    (re.compile(r"^A\.\s?R\.\s?S\."), "A.R.S."),
    (re.compile(r"^Wis"), "Wis. Stat."),
    (re.compile(r"^(?:Md|Gen|GP)"), "Gen. Prov."),
    (re.compile(r"^Utah"), "Utah Code"),
    (re.compile(r"^(?:Tenn|T\.\s?C\.\s?A)"), "Tenn. Code Ann."),
    (re.compile(r"^Conn"), "Conn. Gen. Stat."),
    (re.compile(r"^(?:Va\.|Code\s+of\s+Virginia$|$)"), "Va. Code"),
    (re.compile(r"^(?:RSMo|Mo\.\s?Rev)"), "RSMo"),
    (re.compile(r"^Mich"), "MCL "),
    (re.compile(r"^Ga\."), "O.C.G.A."),
    (re.compile(r"^(?:IC|Ind)"), "IC "),
    (re.compile(r"^(?:La\.\s?)?R\.\s?S\.$"), "La. R.S. "),
    (re.compile(r"^Iowa"), "Iowa Code"),
    (re.compile(r"^Idaho"), "Idaho Code"),
    (re.compile(r"^K\.\s?S\.\s?A"), "K.S.A. "),
    (re.compile(r"^D\.\s?C\."), "D.C. Official Code"),
    (re.compile(r"^RSA$"), "RSA "),
    (re.compile(r"^NRS$"), "NRS "),
    (re.compile(r"^(?:S\.?\s?C\.?\s|South\s+Carolina)"), "S.C. Code Ann."),
    (re.compile(r"^R\.\s?I\."), "R.I. Gen. Laws"),
    (re.compile(r"^(?:HRS|Haw)"), "HRS"),
    (re.compile(r"^NMSA"), "NMSA 1978,"),
    (re.compile(r"^Neb"), "Neb. Rev. Stat."),
    (re.compile(r"^(\d+) O\.\s?S\.$"), "O.S."),
    (re.compile(r"^Okla\.\s?Stat\.(?:\s+Ann\.)?\s+tit\.\s*(\d+)"), "O.S."),
    (re.compile(r"^(\d+) Del\.\s?C\.$"), "Del. C."),
    (re.compile(r"^(?:Ala|Code\s+of\s+Alabama)"), "Ala. Code"),
    (re.compile(r"^(?:Ark|A\.\s?C\.\s?A)"), "Ark. Code Ann."),
    (re.compile(r"^Miss"), "Miss. Code Ann."),
    (re.compile(r"^N\.\s?D\."), "N.D.C.C."),
    (re.compile(r"^W\.\s?Va"), "W. Va. Code"),
    (re.compile(r"^(?:Wyo|W\.\s?S\.)"), "Wyo. Stat."),
    (re.compile(r"^(?:MCA|Mont)"), "MCA "),
    (re.compile(r"^SDCL$"), "SDCL "),
    (re.compile(r"^AS$"), "AS "),
    (re.compile(r"^C\.\s?G\.\s?S\."), "Conn. Gen. Stat."),
    (re.compile(r"^(\d+(?:-[A-Z])?) M\.\s?R\.\s?S"), "M.R.S."),
    (re.compile(r"^(\d+) V\.\s?S\.\s?A"), "V.S.A."),
)
# Sections that set deadlines or fees, never exemptions (CPRA, PRA, FOIL, PIA procedure).
# Pennsylvania's 67.902 (extension) and 67.1101 (appeal) are procedure too.
_PROCEDURAL = {"7922.535", "7922.530", "6253", "42.56.520", "42.56.120", "89(3)", "552.221", "552.2615", "67.902",
               "67.1101",
               # ... and the leave to refuse a request for what was asked and given before, a ground of its own and no
               # exemption of the record: Pennsylvania's disruptive requests ("Your request is denied as a disruptive
               # request pursuant to Section 506(a)(1) of the RTKL, 65 P.S. § 67.506(a)(1)") and Texas's repetitious
               # or redundant requests (Gov't Code § 552.232)
               "67.506(a)", "552.232",
               # ... and the RTKL's sections on its relation to other law ("Pursuant to Section 306 of the RTKL, 65
               # P.S. § 67.306, nothing in the RTKL supersedes or modifies the confidentiality of records established
               # by another state law"; § 67.3101.1, where the other law prevails): the other law is the ground
               "67.306", "67.3101.1",
               # ... and its definitions (§ 67.102: what a "public record" and a "privilege" are), cited for why a
               # record is none ("are not public records under Section 102 of the RTKL, 65 P.S. § 67.102, because
               # their disclosure is prohibited by federal law": the federal law is the ground), its duty to redact
               # and release the rest (§ 67.706, as Michigan's 15.244 below) and what a denial must say (§ 67.903)
               "67.102", "67.706", "67.903",
               # New York's definition of an unwarranted invasion of personal privacy, Public Officers Law § 89(2),
               # cited beside the exemption that applies it, § 87(2)(b); and its appeal, § 89(4)
               "89(2)", "89(4)",
               # Texas's procedure for asking the Attorney General's decision (Gov't Code §§ 552.301-552.306: the
               # governmental body's request and its deadlines, the presumption of openness, the notice to a third
               # party whose proprietary information may be at stake and its ten business days to answer)
               "552.301", "552.302", "552.303", "552.304", "552.305", "552.306",
               # ... and its sections on who may see what: the public's right of access (§ 552.021), the categories of
               # information that are public (§ 552.022), a person's special right of access to information about
               # himself (§ 552.023) and an employee's election to keep his home address and telephone number
               # confidential (§ 552.024): the condition an exception turns on ("regardless of whether the employee
               # made an election under section 552.024"), never the exception applied (§ 552.117)
               "552.021", "552.022", "552.023", "552.024",
               # ... and so are its agency's duty to disclose, the presumption that records are public, the agency's
               # burden of proof (67.708(a)), the deemed denial and the appeal to court
               "67.302", "67.305", "67.708(a)", "67.901", "67.1302", "67.1303", "47:1A-5", "47:1A-6", "47:1A-7",
               "15.231", "15.234", "15.235", "15.240", "119.07", "50-18-71", "50-18-70", "67.101",
               # Michigan's duty to separate the exempt material from the rest and make the rest available (MCL
               # 15.244), cited beside the exemptions that were applied
               "15.244",
               # ... and California's: the agency may not delay or obstruct (Gov. Code § 7922.500), must make the
               # reasonably segregable rest available (§ 7922.525: "(Gov. Code, § 7922.525, subd. (b))") and must put
               # a denial in writing with the names of those responsible for it (§ 7922.540)
               "7922.500", "7922.525", "7922.540",
               # ... and its enforcement by the courts, cited in the closing paragraph on the requester's remedies ("you
               # may institute proceedings for injunctive or declarative relief or for a writ of mandate under
               # Government Code section 7923.000"): the suit (§§ 7923.000, 7923.005), the court's review and order
               # (§§ 7923.100-7923.115) and the review of that order by writ (§ 7923.500), and the same sections as
               # numbered before 2023 (§§ 6258, 6259); never the investigatory-records exemption, § 7923.600
               "7923.000", "7923.005", "7923.100", "7923.105", "7923.110", "7923.115", "7923.500", "6258", "6259",
               # Washington's duty to make records available unless an exemption "or other statute" applies, the
               # request, the protection of records, the Attorney General's review and the suit to compel
               "42.56.070", "42.56.080", "42.56.100", "42.56.530", "42.56.550",
               # Ohio's duties to respond and explain, its remedies (mandamus or a complaint, R.C. 149.43(C)) and its
               # complaint to the Court of Claims
               "149.43(B)", "149.43(C)", "2743.75",
               # Kentucky's request, inspection, copies and appeal; Oregon's fees, acknowledgement and petitions
               "61.870", "61.872", "61.874", "61.876", "61.880", "61.882", "192.324", "192.329", "192.311",
               "192.314", "192.407", "192.411", "192.415", "192.418", "192.422", "192.427", "192.431",
               # Arkansas's notice to the employee and the Attorney General's opinion on the custodian's decision
               # about personnel or evaluation records, A.C.A. § 25-19-105(c)(3)(B) ("your request for my opinion
               # under A.C.A. § 25-19-105(c)(3)(B)(i)"), never the exemption the decision rests on, (c)(1)
               "25-19-105(c)(3)(B)",
               # ... and Oregon's duty to separate the exempt material from the rest and make the rest available
               # (ORS 192.338), as Michigan's below
               "192.338",
               # Minnesota's access and response sections; North Carolina's right of access, fees and suits
               "13.03", "13.04", "13.072", "13.08", "13.085", "132-1", "132-6", "132-6.2", "132-9",
               # ... and the release of law enforcement recordings, which § 132-1.4A(b) makes no public records, that
               # only a superior court may order, § 132-1.4A(f) and (g) ("released only by order of the superior court
               # under G.S. 132-1.4A(g)"): the way to ask the court for them, never the ground they are withheld on
               "132-1.4A(f)", "132-1.4A(g)",
               # Colorado's and Arizona's response, fee and enforcement sections (Colorado's written statement of
               # the grounds for a denial, 24-72-204(4), and the court's review, (5) and (6))
               "24-72-201", "24-72-203", "24-72-204(4)", "24-72-204(5)", "24-72-204(6)", "24-72-205", "24-72-305.5",
               "24-72-306", "39-121",
               "39-121.01", "39-121.02", "39-121.03",
               # Wisconsin's definitions, access, fees and mandamus; Maryland's response time, fees and review
               "19.31", "19.32", "19.33", "19.34", "19.35", "19.37", "4-202", "4-203", "4-206", "4-1B-04", "4-362",
               # Utah's title, response time, fees, notice of denial (§ 63G-2-205, what the notice must say), appeals
               # and judicial review; Tennessee's access and Connecticut's appeals (Tennessee's § 10-7-503(a) whole:
               # the citizen's right to inspect "unless otherwise provided by state law", (a)(2)(A), the custodian's
               # time to answer, (a)(2)(B), and the fees and proof of citizenship, (a)(7); "exempt from disclosure
               # under Tenn. R. Crim. P. 16(a)(2), as incorporated in the Public Records Act's state law exception,
               # Tenn. Code Ann. § 10-7-503(a)(2)(A)": the rule is the ground; § 10-7-504 holds the exceptions)
               "63G-2-101", "63G-2-204", "63G-2-203", "63G-2-205", "63G-2-401", "63G-2-402", "63G-2-403", "63G-2-404",
               # ... and its duty to segregate what may be disclosed from what may not and release the rest (Utah
               # Code § 63G-2-308), cited for the redaction it allows, as Michigan's 15.244 and Oregon's 192.338: "UDC
               # may redact that information before release. Utah Code § 63G-2-308."
               "63G-2-308",
               "10-7-503(a)", "10-7-505", "1-206", "1-212",
               # Virginia's procedure and fees; Missouri's response time, fees and enforcement; Indiana's title and
               # definitions, its request and response, the information about a suspected crime a law enforcement
               # agency must disclose (IC 5-14-3-5), its fees and its denials
               "2.2-3704", "2.2-3704.1", "2.2-3700", "2.2-3713", "610.023", "610.026", "610.027", "5-14-3-1",
               "5-14-3-2", "5-14-3-3", "5-14-3-5", "5-14-3-8", "5-14-3-9",
               # Louisiana's custody, response and enforcement; Iowa's and Idaho's access, fees and enforcement
               "44:1", "44:31", "44:32", "44:33", "44:35", "44:37", "22.2", "22.3", "22.4", "22.8", "22.10",
               "74-102", "74-103", "74-115",
               # Kansas's, the District's and New Hampshire's access, response and enforcement
               "45-215", "45-216", "45-218", "45-219", "45-222", "2-531", "2-532", "2-537", "91-A:4", "91-A:7",
               # ... and Kansas's definitions (K.S.A. 45-217: what a criminal investigation record is, (c), and the
               # information about a crime that is no such record and so is open, (c)(2)), cited for what a record
               # is or what must be given: "with the information required by K.S.A. 45-217(c)(2)"
               "45-217",
               # ... and the District's duty to release what is reasonably segregable, D.C. Official Code § 2-534(b)
               "2-534(b)",
               # ... and Kansas's like duty to delete what is exempt and release the rest (K.S.A. 45-221(d)), and
               # its complaint to the attorney general (K.S.A. 45-228)
               "45-221(d)", "45-228",
               "91-A:8",
               # New Hampshire's complaint to the Right-to-Know Ombudsman in lieu of the superior court (RSA 91-A:7-a to
               # 91-A:7-d, the office and its complaint process): "file a complaint with the Right-to-Know Ombudsman
               # under RSA 91-A:7-a"
               "91-A:7-a", "91-A:7-b", "91-A:7-c", "91-A:7-d",
               # Idaho's duty to separate the exempt information from the rest and release the rest (Idaho Code §
               # 74-112), cited beside the exemption applied, as Michigan's 15.244 and Oregon's 192.338
               "74-112",
               # Oklahoma's, Delaware's, South Carolina's and Rhode Island's access, fees and enforcement
               "24A.1", "24A.2", "24A.3", "24A.4", "24A.5", "24A.17", "24A.18", "10003", "10005", "30-4-30",
               "30-4-100", "38-2-3", "38-2-4", "38-2-7", "38-2-8", "38-2-9",
               # ... and its hearing before the Administrative Law Court, § 30-4-110 ("request a hearing before the
               # Administrative Law Court under S.C. Code Ann. § 30-4-110"), named beside the relief in the circuit
               # court, § 30-4-100
               "30-4-110",
               # Nevada's, Hawaii's, New Mexico's and Nebraska's response, fees and enforcement
               "239.0107", "239.011", "239.052", "92F-11", "92F-15", "92F-15.5", "92F-27", "14-2-8", "14-2-9",
               "14-2-10", "14-2-11", "14-2-12", "84-712", "84-712.01", "84-712.03", "84-712.04",
               # Alabama's right of every citizen to inspect and copy (§ 36-12-40), its certified copies and its 2024
               # request procedure (§§ 36-12-43 to 36-12-46: definitions,
               # response times, written procedures; SB270, 2024 Regular Session); Alaska's access, electronic
               # services fees, administrative appeal and superior court review (AS 40.25.123-.125) and definitions
               # (checked 2026-12-03)
               # (and Alabama's right of every citizen to inspect and copy public writings, § 36-12-40)
               "36-12-40", "36-12-41", "36-12-43", "36-12-44", "36-12-45", "36-12-46", "40.25.110", "40.25.115",
               "40.25.123", "40.25.124", "40.25.125", "40.25.220",
               # Arkansas's title, policy, definitions, penalty, access and time, meetings and appeal to the circuit
               # court (§ 25-19-107, checked 2026-12-03); Connecticut's definitions and right to inspect
               "25-19-101", "25-19-102", "25-19-103", "25-19-104", "25-19-105(a)", "25-19-105(d)", "25-19-105(e)",
               "25-19-106", "25-19-107", "1-200", "1-210(a)", "1-211",
               # Maine's access, response, appeal and fees; Mississippi's definitions, access, fees and suits
               "400", "401", "408", "408-A", "409", "410", "413", "25-61-1", "25-61-2", "25-61-3", "25-61-5",
               "25-61-7", "25-61-13", "25-61-15",
               # Montana's right to inspect and its requests and fees; North Dakota's definitions, access, meetings
               # and review by the attorney general
               "2-6-1003", "2-6-1006", "44-04-17.1", "44-04-18", "44-04-19", "44-04-20", "44-04-21.1",
               "44-04-21.2",
               # South Dakota's right, requests and review; Vermont's access, procedure and enforcement
               "1-27-1", "1-27-1.1", "1-27-36", "1-27-37", "1-27-38", "1-27-40", "1-27-41", "315", "316", "317(a)",
               "317(b)", "318", "319", "320",
               # West Virginia's definitions, access, fees and enforcement; Wyoming's definitions, right of inspection
               # and time limits (§ 16-4-202), the petition to the district court (§ 16-4-203(f)) and fees
               # (§ 16-4-204) (checked 2026-12-03); § 16-4-203's other subsections are its grounds for denial
               "29B-1-1", "29B-1-2", "29B-1-3", "29B-1-5", "29B-1-6", "29B-1-7", "16-4-201", "16-4-202", "16-4-203(f)",
               "16-4-204"}


# The Texas Public Information Act's leave to redact an exception's information without a decision of the Attorney
# General (Gov't Code §§ 552.130(c), 552.136(c)) and the requester's way to challenge it (§§ 552.130(d)-(e),
# 552.136(d)-(e)): what they apply is the exception they belong to. Social security numbers' own leave is
# § 552.147(b) (its (a) excepts the number; its (b) lets the body redact it without asking for a decision), so
# numbers "redacted pursuant to section 552.147(b) of the Government Code, which likewise permits redaction without
# requesting a decision" are withheld under § 552.147, as much as "redacted under section 552.147 ..., as permitted
# by section 552.147(b)". The requester's challenge to a social security number's redaction, told as the route to
# the Attorney General ("by requesting a decision from the Attorney General in accordance with Section 552.130(d)
# and Section 552.147(d)"), belongs to § 552.147 too.
_TEXAS_LEAVE = {"552.130": "cde", "552.136": "cde", "552.147": "bde"}
_TEXAS_LEAVE_BESIDE = {"552.147": "b"}


def texas_leave(code: str) -> str | None:
    """The exception a Texas subsection of leave to redact belongs to ("Gov't Code § 552.147(b)" is "Gov't Code §
    552.147"; see _TEXAS_LEAVE_BESIDE), or None."""
    match = re.fullmatch(r"Gov't Code § (552\.\d+)\(([a-z])\)", code)
    leave = bool(match and match.group(2) in _TEXAS_LEAVE_BESIDE.get(match.group(1), ""))
    return f"Gov't Code § {match.group(1)}" if match and leave else None


def _without_texas_leave(found: list[str]) -> list[str]:
    """The exemptions of one sentence without a Texas subsection of leave cited beside its own exception (see
    _TEXAS_LEAVE_BESIDE)."""
    return [code for code in found if texas_leave(code) not in found]


def _texas_exception(section: str) -> str:
    """The exception a Texas subsection of leave or challenge belongs to ("552.130(c)" is § 552.130)."""
    match = re.fullmatch(r"(552\.\d+)\(([a-z])\)", section)
    return match.group(1) if match and match.group(2) in _TEXAS_LEAVE.get(match.group(1), "") else section


# A citation followed by "et seq." names a whole act ("the Illinois Freedom of Information Act (5 ILCS 140/1 et
# seq.)"), never the exemption applied.
_ET_SEQ = re.compile(r",?\s*et\s*seq\b", re.IGNORECASE)
# The Illinois FOIA's exemptions are its sections 7 and 7.5 (5 ILCS 140/7, 140/7.5); its other sections are policy,
# definitions, procedure, fees and review (140/1 to 140/11.5; checked 2026-12-03).
_ILLINOIS_EXEMPTIONS = {"7", "7.5"}


# "sections 87(2)(b) and 87(2)(g)": one more full section of the same code, with its subsections (so that
# "and 30 days" is never taken for one).
_MORE_FULL_SECTIONS = re.compile(r"\s*(?:,|and|or)\s*(?:and\s+)?(?:§+\s*)?(\d+(?:[.:-]\d+)*(?:\(\w+\))+)")
# "Conn. Gen. Stat. § 1-210(b)(2) (medical files), § 1-210(b)(3)(B) (witnesses) and § 14-10 (motor vehicle
# records)": more sections of the same code, each with its own section sign, each perhaps after a description in
# parentheses (words, not a subsection). The sign makes a bare "§ 14-10" a section, where a bare "14-10" is not.
# The description may also be a clause: "29 Del. C. § 10002(o)(3), which exempts investigatory files ..., and
# § 10002(o)(4), which exempts criminal files" (a section without a separator, "§ 10002(o)(4)", then needs its
# subsections to be one).
_MORE_SIGNED_SECTIONS = re.compile(r"\s*(?:\([^()]*\s[^()]*\)\s*|,\s*(?:which|that)\s+[^§;()]{1,200}?)?"
                                   r"(?:,|;|\band\b|\bor\b)\s*(?:and\s+|or\s+)?§+\s*"
                                   r"(\d+[A-Z]?(?:(?:[.:-]\d+[A-Z]?)+(?:\(\w+\))*|(?:\(\w+\))+))(?![\w.:-]*\d)")

# "KRS 61.878(1)(a) and Section 61.878(1)(h)", "NMSA 1978, Section 14-2-1(F) and Section 14-2-1(A)": one more section
# of the same code, introduced by the word. Taken only when its number has the shape of the section cited with the
# code ("14-2-1" after "14-2-1", "61.878" after "61.878") and no other code or act follows it ("and section 832.7(b)
# of the Penal Code" is the Penal Code's).
_MORE_WORDED_SECTIONS = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*(?:[Ss]ections?|[Ss]ecs?\.)\s*"
                                   r"(\d+[A-Za-z]?(?:[.:-]\d+[A-Za-z]?)+(?:\(\w+\))*)"
                                   r"(?![\w.:-]*\d)(?!\s?\()(?!,?\s+of\s)(?!,?\s+[A-Z][\w.']*\s*(?:Code|Stat|Law))")


def _number_shape(section: str) -> str:
    """A section number's shape, its figures left out: "14-2-1(F)" and "14-2-1(A)" are both "-" "-"."""
    return re.sub(r"[\dA-Za-z]+", "", re.split(r"\(", section)[0])


# "Sections 14-2-1(F) and 14-2-1(A) NMSA 1978", "sections 119.071(2)(c) and 119.071(4)(d), Florida Statutes": a list
# of sections before a code its state cites after them is each that code's, written out one by one as the patterns
# for a code after its section read them ("section 14-2-1(F), NMSA 1978 and section 14-2-1(A), NMSA 1978").
_LISTED_SECTION = r"\d+[A-Za-z]?(?:[.:-]\d+[A-Za-z]?)+(?:\s?\(\w+\))*"
_LISTED_BEFORE_CODE = re.compile(
    r"(?:\b[Ss]ections?|\b[Ss]ecs?\.|\bss?\.|§+)\s*"
    rf"(?P<list>{_LISTED_SECTION}(?:\s*(?:,\s*and|,\s*or|,|and|or)\s*(?:(?:[Ss]ections?|[Ss]ecs?\.|s\.|§+)\s*)?"
    rf"{_LISTED_SECTION})+)"
    r"(?P<code>,?\s+(?:NMSA(?:\s+1978)?|Florida\s+Statutes|F\.\s?S\.)|,?\s*RSMo\b|,?\s*Wis\.\s?Stats?\.|,\s*MCA\b|"
    # ... or a code named after "of the": "of the General Statutes", "of the Penal Code", "of the South Carolina Code of
    # Laws"
    r"\s+of\s+the\s+(?:[A-Z][\w.']*\s+(?:and\s+)?){0,4}(?:Code|Statutes)(?:\s+of\s+Laws)?(?:\s+Ann(?:otated|\.))?\b"
    r"(?!\s+of\s+[A-Z]))")


# A code named just before the first section ("Gov. Code §", "KRS", "NMSA 1978,"): a capitalised word or an
# abbreviation's full stop.
_CODE_JUST_BEFORE = re.compile(r"(?:\b[A-Z][\w.']*|\.)\s*,?\s*$")


# A further section of another Illinois Act, numbered by article and section, after the first one cited in full:
# "705 ILCS 405/1-7 and 5-905", "705 ILCS 405/1-7, 1-8 and 5-905" (each takes the act before it; a date's
# "12-15-2026" is no section).
_ILLINOIS_ARTICLE_SECTION_AGAIN = re.compile(r"(?P<act>\b\d+\s+ILCS\s+\d+/)(?P<first>\d+-\d+(?:\(\w+\))*)"
                                             r"(?P<sep>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                                             r"(?P<next>\d+-\d+(?:\(\w+\))*)(?![\w/-])")
_ILLINOIS_ACT_AGAIN = re.compile(r"(\b\d+\s+ILCS\s+)?\b140/(?=\d)")


# A letter under the Illinois Freedom of Information Act (one that cites 5 ILCS 140 or names the Act) may cite its
# exemptions by their section alone, the Act named once elsewhere: "Section 7(1)(b) exempts private information ...",
# "redacted pursuant to Section 7(1)(c)", "Sections 7(1)(b) and 7(1)(c) exempt ..." (its sections 7 and 7.5 only).
ILLINOIS_LETTER = re.compile(r"\b\d+\s+ILCS\s+140/|\bIllinois\s+Freedom\s+of\s+Information\s+Act\b")
_ILLINOIS_BARE = re.compile(r"\b[Ss]ections?\s+7(?:\.5)?(?:\(\d+\))?\([a-z]{1,3}(?:-\d+)?\)(?:\(\w+\))*"
                            r"(?:\s*(?:,|and|or)\s*(?:and\s+|or\s+)?7(?:\.5)?(?:\(\d+\))?\([a-z]{1,3}(?:-\d+)?\)"
                            r"(?:\(\w+\))*)*")


def with_illinois_act(sentence: str) -> str:
    """*sentence* with the Illinois Act named after each of its sections cited alone ("Section 7(1)(b) exempts ..."
    is "Section 7(1)(b) of FOIA exempts ..."), for a letter the Act is cited in elsewhere (see ILLINOIS_LETTER)."""
    def named(match: re.Match[str]) -> str:
        rest = sentence[match.end():]
        if re.match(r"\s*(?:of\b|\(|[\w.]*\d)", rest) or re.search(r"\b140/\s*$", sentence[:match.start()]):
            return match.group(0)  # already of a law ("Section 7(1)(c) of the Act"), or part of a fuller cite
        return match.group(0) + " of FOIA"
    return _ILLINOIS_BARE.sub(named, sentence)


# A letter under the Massachusetts Public Records Law: it cites the clause that holds the exemptions, G. L. c. 4,
# § 7(26), somewhere (see with_massachusetts_clause).
MASSACHUSETTS_LETTER = re.compile(r"(?:M\.\s?)?G\.\s?L\.\s?c\.\s?4,?\s*§\s*7\s*\(\s*26\s*\)")
# ... whose exemptions are then named by their letters alone, as headings and in the sentences under them: "Exemption
# (c)", "Clause (n) exempts from disclosure records relating to the security or safety of persons or buildings",
# "redacted under Exemptions (c) and (f)" (not when the clause is cited after them: see _MA_LETTERED).
_MA_BARE_LETTERS = re.compile(r"\b(?:[Ee]xemptions?|[Cc]lauses?)\s+\(\s*[a-u]\s*\)"
                              r"(?:\s*(?:,|and|or)\s*(?:and\s+|or\s+)?\(\s*[a-u]\s*\))*"
                              r"(?![\w(]|\s*(?:,|and|or)\s*(?:and\s+|or\s+)?\(\s*[a-u]\s*\)|"
                              r"\s+(?:of|to|under|in)\s+(?:the\s+)?(?:(?:Massachusetts\s+)?Public\s+Records"
                              r"\s+Law,?\s+)?\(?(?:M\.\s?)?G\.\s?L)")


def with_massachusetts_clause(sentence: str) -> str:
    """*sentence* with the clause named after each Massachusetts exemption cited by its letter alone ("Clause (c)
    exempts ..." is "Clause (c) of G. L. c. 4, § 7(26) exempts ..."), for a letter citing that clause elsewhere."""
    return _MA_BARE_LETTERS.sub(lambda match: match.group(0) + " of G. L. c. 4, § 7(26)", sentence)


# A letter under New York's Freedom of Information Law: it names the Public Officers Law somewhere (see
# with_new_york_law).
NEW_YORK_LETTER = re.compile(r"\bPublic\s+Officers\s+Law\b|\bPub(?:lic|\.)\s?Off(?:\.|icers)\s?Law\b", re.IGNORECASE)
# ... whose exemptions, all in section 87(2), are then cited by the section alone, as a list's headings and in the
# sentences under them: "Section 87(2)(b): the names ... have been redacted", "withheld under Sections 87(2)(b) and
# 87(2)(e)(i)", or with the law named after them, "Section 87(2)(b) of the Public Officers Law" (not the law's own
# citation, "Public Officers Law Section 87(2)(b)", read as it stands).
_NY_SECTION = r"87\(2\)\([a-q]\)(?:\([ivx]+\))?"
_NY_BARE_SECTIONS = re.compile(rf"(?<![\w§.])[Ss]ections?\s+{_NY_SECTION}"
                               rf"(?:\s*(?:,|and|or)\s*(?:and\s+|or\s+)?{_NY_SECTION})*"
                               rf"(?![\w(]|\s*(?:,|and|or)\s*(?:and\s+|or\s+)?87\(|\s*,?\s*(?:POL|Pub|N\.\s?Y))")
_NY_LAW_JUST_BEFORE = re.compile(r"(?:Officers\s+Law|Off\.\s?Law|POL)\s*,?\s*$", re.IGNORECASE)


# A letter under Minnesota's Data Practices Act: it names Minnesota Statutes, or the Act, somewhere (see
# with_minnesota_statutes).
MINNESOTA_LETTER = re.compile(r"\bMinnesota\s+Statutes\b|\bMinn\.\s?Stat\.|\bGovernment\s+Data\s+Practices\s+Act\b",
                              re.IGNORECASE)
# ... whose sections of chapter 13 are then cited by "section" alone, as the Commissioner of Administration's advisory
# opinions and the agencies write them: "denied access ... as active criminal investigative data under section 13.82,
# subdivision 7", "sections 13.43, subd. 2" (not one with the statutes named just before it, read as it stands).
_MN_BARE_SECTION = re.compile(r"(?<![\w§.])(?<!Statutes,\s)(?<!Statutes\s)(?<!Stat\.\s)[Ss]ections?\s+"
                              r"(?=13[A-Z]?\.\d+(?![\d.]))")


def with_minnesota_statutes(sentence: str) -> str:
    """*sentence* with Minnesota Statutes named before each section of the Data Practices Act cited alone ("under
    section 13.82, subdivision 7" is "under Minnesota Statutes, section 13.82, subdivision 7"), for a letter that names
    the statutes elsewhere (see MINNESOTA_LETTER)."""
    return _MN_BARE_SECTION.sub(lambda match: "Minnesota Statutes, " + match.group(0), sentence)


def with_new_york_law(sentence: str) -> str:
    """*sentence* with the Public Officers Law named before each of its exemption sections cited alone ("Section
    87(2)(b): the names ..." is "Public Officers Law Section 87(2)(b): ..."), for a letter that names the law elsewhere
    (see NEW_YORK_LETTER)."""
    def named(match: re.Match[str]) -> str:
        if _NY_LAW_JUST_BEFORE.search(sentence, 0, match.start()):
            return match.group(0)
        return " and ".join(f"Public Officers Law § {section}" for section in re.findall(_NY_SECTION, match.group(0)))
    return _NY_BARE_SECTIONS.sub(named, sentence)


def _listed_before_code(sentence: str) -> str:
    """*sentence* with each list of sections before a code cited after them written out section by section."""
    def one_by_one(match: re.Match[str]) -> str:
        if _CODE_JUST_BEFORE.search(sentence, 0, match.start()):
            return match.group(0)  # "Gov. Code § 7927.705 and section 832.7(b) of the Penal Code": two codes
        code = match.group("code")
        sections = re.findall(_LISTED_SECTION, match.group("list"))
        return " and ".join(f"section {section}{code}" for section in sections)
    return _LISTED_BEFORE_CODE.sub(one_by_one, sentence)


# Statutes named by their act or code rather than by their place in the United States Code, each with the title
# of the Code it is in and, where the act's sections are numbered otherwise than the Code's, the Code section of
# each act section agencies cite under Exemption 3. Only fixed, published mappings:
# - the Internal Revenue Code of 1986 is Title 26 itself, section for section ("I.R.C. § 6103" is 26 U.S.C. § 6103);
# - the Immigration and Nationality Act's sections 210, 222, 244 and 245A are 8 U.S.C. §§ 1160, 1202, 1254a and
#   1255a, subsections alike (the Office of the Law Revision Counsel's notes to Title 8; USCIS's INA table);
# - section 102A of the National Security Act of 1947 is 50 U.S.C. § 3024, section 6 of the Central Intelligence
#   Agency Act of 1949 is 50 U.S.C. § 3507, section 6 of the National Security Agency Act of 1959 is 50 U.S.C.
#   § 3605 (the Law Revision Counsel's 2014 editorial reclassification of Title 50).
# Another section of those acts, or another act, is kept in the letter's words (see _ACT_AFTER_B3).
_ACTS: tuple[tuple[str, str | None, int, dict[str, str] | None], ...] = (
    (r"Internal\s+Revenue\s+Code(?:\s+of\s+1986)?", r"I\.\s?R\.\s?C\.|IRC", 26, None),
    (r"Immigration\s+and\s+Nationality\s+Act", r"INA", 8,
     {"210": "1160", "222": "1202", "244": "1254a", "245A": "1255a"}),
    (r"National\s+Security\s+Act(?:\s+of\s+1947)?", None, 50, {"102A": "3024"}),
    (r"Central\s+Intelligence\s+Agency\s+Act(?:\s+of\s+1949)?|CIA\s+Act(?:\s+of\s+1949)?", None, 50, {"6": "3507"}),
    (r"National\s+Security\s+Agency\s+Act(?:\s+of\s+1959)?", None, 50, {"6": "3605"}),
)
_ACT_SECTION = r"(?P<sec>\d+[A-Z]?)(?P<sub>(?:\(\w{1,4}\))*)"
_SECTION_WORD = r"(?:§+|sec(?:tion|s?\.)?)"
# ... not when the letter gives the Code's place right after ("section 6103 of the Internal Revenue Code,
# 26 U.S.C. § 6103(a)"): that one is read as it stands.
_USC_NEXT = r"(?!\s*,?\s*\(?\s*\d+\s+U\.?\s?S\.?\s?C)"
_NAMED_STATUTES = tuple(
    (re.compile(shape, re.IGNORECASE), title, sections)
    for name, short, title, sections in _ACTS
    for shape in (
        # "section 222(f) of the Immigration and Nationality Act (INA), as amended"
        rf"\bsec(?:tion|\.)\s*{_ACT_SECTION}\s+of\s+the\s+(?:{name})(?:\s*\((?:{short or 'the Act'})\))?"
        rf"(?:,?\s+as\s+amended)?{_USC_NEXT}",
        # "Internal Revenue Code section 6103", "Immigration and Nationality Act (INA) § 222(f)", "I.R.C. § 6103",
        # "INA 222(f)"
        rf"(?<![\w.])(?:{name})(?:\s*\((?:{short or 'the Act'})\))?(?:,?\s+as\s+amended)?,?\s*{_SECTION_WORD}\s*"
        rf"{_ACT_SECTION}{_USC_NEXT}",
        *([rf"(?<![\w.])(?:{short})\s*(?:{_SECTION_WORD}\s*)?{_ACT_SECTION}\b{_USC_NEXT}"] if short else []),
    )
)
# The Code cited by its title in words: "Title 26, United States Code, section 6103", "section 1202(f) of title 8,
# United States Code".
_TITLE_IN_WORDS = (
    re.compile(r"\btitle\s+(?P<title>\d+),?\s+(?:of\s+the\s+)?United\s+States\s+Code,?\s*" + _SECTION_WORD
               + r"\s*(?P<sec>" + _USC_SECTION + r")(?P<sub>(?:\(\w{1,4}\))*)", re.IGNORECASE),
    re.compile(r"\bsec(?:tion|\.)\s*(?P<sec>" + _USC_SECTION + r")(?P<sub>(?:\(\w{1,4}\))*)\s+of\s+title\s+"
               r"(?P<title>\d+),?\s+(?:of\s+the\s+)?United\s+States\s+Code", re.IGNORECASE),
)


def as_code_sections(sentence: str) -> str:
    """*sentence* with each statute it names by its act or code ("Internal Revenue Code section 6103", "section
    222(f) of the Immigration and Nationality Act", "Title 26, United States Code, section 6103") written as the
    section of the United States Code it is ("26 U.S.C. § 6103", "8 U.S.C. § 1202(f)"), where that is fixed."""
    for shape, title, sections in _NAMED_STATUTES:
        def code_section(match: re.Match[str], title: int = title, sections: dict[str, str] | None = sections) -> str:
            section = match.group("sec").upper() if sections else match.group("sec")
            if sections is not None:
                if section not in sections:
                    return match.group(0)
                section = sections[section]
            return f"{title} U.S.C. § {section}{match.group('sub')}"
        sentence = shape.sub(code_section, sentence)
    for shape in _TITLE_IN_WORDS:
        sentence = shape.sub(lambda m: f"{m.group('title')} U.S.C. § {m.group('sec')}{m.group('sub')}", sentence)
    return sentence


# The Act's whole list of exemptions cited as one range, "5 U.S.C. § 552(b)(1)-(9)", "(b)(1) through (b)(9)",
# "Exemptions 1 through 9": all nine named, none applied (a shorter range is read as before).
_ALL_NINE = re.compile(r"(?:\(\s*b\s*\)\s*|\bexemptions\s+)\(?\s*1\s*\)?\s*(?:-|\u2013|\u2014|through|thru|to)\s*"
                       r"(?:\(\s*b\s*\)\s*)?\(?\s*9\s*\)?(?![\w(])", re.IGNORECASE)


def find_exemptions(sentence: str, *, withholding: bool = False) -> list[str]:
    """The exemptions cited in one sentence, canonical and in order, each once. *withholding* says that the
    sentence withholds even without saying so: an item of a list that a withholding sentence introduced
    ("redacted under the following exemptions:" / "Section 7(1)(c), 5 ILCS 140/7(1)(c): personal information")."""
    # (the answer is a function of the sentence and *withholding* alone; kept as a tuple and handed out as a new list
    # each time, so that a caller changing its list changes nothing for the next)
    return list(_remembered(("find_exemptions", sentence, withholding),
                            lambda: tuple(_find_exemptions(sentence, withholding))))


def _find_exemptions(sentence: str, withholding: bool) -> list[str]:
    found: list[str] = []
    _federal(_ALL_NINE.sub(" ", as_code_sections(_b_misread(sentence))), found)
    if withholding or _withholds_not_only_classing_in_general(sentence):
        _state(_SUBLEVEL_RANGE.sub("", sentence), found)
    return _without_texas_leave(list(dict.fromkeys(_canonical_form(code) for code in found)))


# A kind of record classed in general, as the law classes it, its subject no record of this request: "Audio and video
# recordings made by a body camera or vehicle camera are criminal investigation records under K.S.A. 45-254(a).", "A
# student's health record is an education record within the meaning of 20 U.S.C. § 1232g" (a rule recited, the ground
# another sentence's; not "The report is a criminal investigation record under ...", "It is therefore an education
# record ...", "These files are personnel records under ...", which class this request's records and so withhold them).
_CLASSED_IN_GENERAL = re.compile(
    r"^\s*(?:(?:an?|any|all|every)\s+|(?!(?:the|these|those|this|that|it|its|such|your|each|their|our|they|both|some|"
    r"most|portions?|parts?|much|many|none|certain|responsive|requested)\b))"
    r"[A-Za-z][\w'\u2019-]*(?:\s+[\w'\u2019,()-]+){0,14}?(?P<classed>\s+(?:is|are)\s+(?:an?\s+)?(?:education(?:al)?|student|"
    r"juvenile|medical|(?:mental\s+)?health|personnel|criminal\s+(?:investigat\w+|intelligence|history))\s+records?\s+"
    r"(?:under|as\s+defined\s+(?:in|by)|within\s+the\s+meaning\s+of|pursuant\s+to)\b)", re.IGNORECASE)


def _withholds_not_only_classing_in_general(sentence: str) -> bool:
    """Whether the sentence withholds, not only by classing a kind of record in general (_CLASSED_IN_GENERAL): the
    kind itself or what follows the class may still withhold ("Confidential informant files are ...", "... under K.S.A.
    45-254(a) and are exempt from disclosure")."""
    if not withholds(sentence):
        return False
    general = _CLASSED_IN_GENERAL.match(sentence)
    return not general or bool(_WITHHOLDING.search(sentence[:general.start("classed")])
                               or _WITHHOLDING.search(sentence, general.end()))


# A scan's OCR reads the "b" of a FOIA exemption as a "6" ("[X] (b)(6) [X] (6)(7)(C) [XJ (6)(7)(E) EX] (b)(7)(F)"): a
# "(6)" that stands alone (no section before it) before a paragraph's figure and, as may be, a subparagraph's capital is
# the subsection "(b)" where the same sentence cites the FOIA's exemptions rightly spelt or the Act's section 552 (never
# a state section's "(6)(a)", nor "Section 13(6)(2)" or "RCW 42.56.240 (6)(7)", but after "552 ", nor a sentence of no
# FOIA exemption).
_B_READ_AS_6 = re.compile(r"(?:(?<=552\s)|(?<!\d\s))(?<![\w)\].\u00a7/-])\(6\)"
                          r"(?=\s?\([1-9]\)(?:\s?\([A-F]\))?(?![\w(]))")
_FOIA_SPELT = re.compile(r"\(b\)\s?\([1-9]\)|\b552\b")


def _b_misread(sentence: str) -> str:
    """*sentence* with the FOIA exemptions a scan's OCR misread as "(6)(7)(C)" spelt "(b)(7)(C)" (see _B_READ_AS_6),
    and its section misread as "§ 952(b)(7)(F)" spelt "§ 552(b)(7)(F)" (see _SECTION_MISREAD)."""
    sentence = _section_misread(sentence)
    if "(6)" not in sentence or not _FOIA_SPELT.search(sentence):
        return sentence
    return _B_READ_AS_6.sub("(b)", sentence)


# ... and reads one figure of the Act's section "552" wrong in a row of its citations ("5 U.S.C. § 552(b)(6) 5 U.S.C. §
# 552(b)(7)(E) 5 U.S.C. § 952(b)(7)(F)", a 5 read as a 9, 6 or 3): a section of title 5 one figure off 552, cited with
# an exemption's "(b)(N)", is § 552 where the same sentence cites 5 U.S.C. § 552(b) rightly (never alone, nor another
# title's "42 U.S.C. § 652(b)(1)"). Only the figures that make no section of title 5's chapter 5 the Act sits in: never
# its neighbours §§ 551-559 (the notice of "5 U.S.C. § 553(b)(3)" beside a FOIA citation), §§ 561-596 (negotiated
# rulemaking, dispute resolution, the Administrative Conference) or § 502.
_SECTION_READ_FOR_552 = frozenset({f"{figure}52" for figure in "012346789"} | {"512", "522", "532", "542"})
_TITLE_5_SECTION = re.compile(r"(?<![\d.])(?<=\b5\s)(?P<head>U\.?\s?S\.?\s?C\.?\s*(?:\u00a7+\s*)?)(?P<sec>\d{3})"
                              r"(?=\s?\(b\)\s?\([1-9]\))")
_FOIA_CITED = re.compile(r"\b5\s+U\.?\s?S\.?\s?C\.?\s*(?:\u00a7+\s*)?552\s?\(b\)\s?\([1-9]\)")


def _section_misread(sentence: str) -> str:
    """*sentence* with a section of title 5 one figure off 552 spelt 552, where it cites the Act's exemptions rightly
    too (see _TITLE_5_SECTION and _SECTION_READ_FOR_552)."""
    if not _FOIA_CITED.search(sentence):
        return sentence

    def spelt(match: re.Match[str]) -> str:
        section = match.group("sec")
        return match.group("head") + ("552" if section in _SECTION_READ_FOR_552 else section)

    return _TITLE_5_SECTION.sub(spelt, sentence)


# A range of a section's last subdivisions, the section's factors or parts named together: "the public interest under
# K.S.A. 45-221(a)(10)(A) through (F)", "R.C. 149.43(A)(2)(a) to (d)": the section itself is cited, no one of them.
_SUBLEVEL_RANGE = re.compile(r"(?<=\))\s*\((?:[0-9]{1,2}|[A-Za-z]{1,4})\)\s*(?:through|thru|to|\u2013|-)\s*"
                             r"\((?:[0-9]{1,2}|[A-Za-z]{1,4})\)(?!\s*\()")
# A list item's marker: a bullet, or a number or letter with a stop or bracket ("- ", "2. ", "(b) ").
_ITEM_MARK = r"(?:[-*\u2022]\s*|\(?[0-9a-z]{1,2}[.)]\s+)"
# The head of a list item, before its colon or dash: "Section 7(1)(c), 5 ILCS 140/7(1)(c): personal information".
# ... or a table's row, before its first bar: "(b)(7)(C) | Names and identifying information of staff".
_ITEM_HEAD = re.compile(r"^\s*" + _ITEM_MARK + r"?([^:\u2013\u2014|]{1,100}?)\s*"
                        r"(?::|\s[-\u2013\u2014]\s|\|)")


def list_item_exemptions(sentence: str) -> list[str]:
    """The exemptions an item of a list names at its head, before its colon or dash; empty when the sentence does
    not start with a citation (so that a later paragraph is not read as one of the list's items)."""
    found: list[str] = []
    # Bulleted lines run together into one sentence: "- RCW 42.56.240(1): ... . - RCW 42.56.230(7)(a): ...".
    for item in _NEXT_BULLET.split(sentence):
        before = len(found)
        head = _ITEM_HEAD.match(item)
        if head:
            own = find_exemptions(head.group(1), withholding=True)
            # ... or what was taken out first and its citation after the dash: "1. Names and home addresses of
            # witnesses - Section 13(1)(a) of the Michigan FOIA, as information of a personal nature", "The identity
            # of an informant - MCL 15.243(1)(b)(iii)." (the citation opens what follows, before any comma)
            tail = _ITEM_TAIL.match(item, head.end())
            if not own and tail:
                own = find_exemptions(tail.group(1), withholding=True)
            end = _CITATION_AT_END.search(item, head.end() - 1)
            if not own and end:
                # ... or what was taken out, a colon, what it is, and the citation closing the item after its last
                # comma: "- Confidential law enforcement investigatory records: specific investigatory work product,
                # R.C. 149.43(A)(1)(h)." (or one the short tail cut at its abbreviation: "Social security numbers: R.C.
                # 149.45."); not a clause on what the law allows ("..., which MCL 15.243(1)(a) allows to be withheld")
                own = find_exemptions(end.group(1), withholding=True)
            found += own
        elif (note := _CITATION_THEN_NOTE.match(item)) and (own := find_exemptions(note.group(1), withholding=True)):
            # ... or an item that opens with its citation and says in brackets what it covers, however long: "-
            # Minn. Stat. § 13.82, subd. 17 (identities of victims and witnesses who requested ...);"
            found += own
        elif ((first := _CITATION_THEN_COMMA.match(item))
              and (first.group("mark") or _UNMARKED_CITATION.fullmatch(first.group(2).split(",")[0]))
              and (own := find_exemptions(first.group(2), withholding=True))):
            # ... or an item that opens with its citation and a comma, what it covers after, however long: "- RCW
            # 42.56.230(1), personal information in files maintained for ... patients or clients of public
            # institutions ..., or welfare recipients;"
            found += own
        elif _BULLET_ITEM.match(item) or _BULLET_ITEM_UNDER.match(item):
            # ... or a bulleted item of what was taken out with its citation after a comma, no colon or dash: "-
            # Active criminal investigative information, section 119.071(2)(c), F.S."; or after "under", however
            # long the item's explanation after it: "- Security information under Minn. Stat. § 13.37, subd. 1(a),
            # the disclosure of which would likely substantially jeopardize ..."
            found += find_exemptions(item, withholding=True)
        if len(found) > before and (incorporating := _INCORPORATED_BY.search(item)):
            # ... and the law that brings the item's statute into the records act, cited after it, is a ground beside
            # it: "R.C. 4501.27, incorporated by R.C. 149.43(A)(1)(v).", "- KRS 197.025(1), incorporated into the Open
            # Records Act by KRS 61.878(1)(l), security information" (not "incorporated by reference in ...")
            found += find_exemptions(incorporating.group("law"), withholding=True)
    return list(dict.fromkeys(found))


# A cited statute that the records act's exemption for what other laws make confidential brings in, named after it:
# ", incorporated by R.C. 149.43(A)(1)(v)", ", as incorporated into the Open Records Act by KRS 61.878(1)(l)",
# ", incorporated into the Public Records Act through R.C. 149.43(A)(1)(v)" (the law up to the next comma or colon).
_INCORPORATED_BY = re.compile(r"[\w)],\s+(?:as\s+|which\s+is\s+)?incorporated\s+"
                              r"(?:(?:in|into)\s+(?:the\s+)?[^,;:()]{1,60}?\s+)?(?:by|through|via)\s+"
                              r"(?P<law>[^,;:]{3,80})", re.IGNORECASE)


# The last part of a list item after its last comma or colon, when it opens with a citation (a capital, a digit or a
# section sign) and is short: "..., R.C. 149.43(A)(1)(h) and 149.43(A)(2)(a) and (c)."
_CITATION_AT_END = re.compile(r"[,:]\s*((?:[A-Z0-9\u00a7][^,:\n]{0,80}?))\.?\s*$")
# A short bulleted item, one line of a list: "- Personal information in a motor vehicle record, section 119.0712(2)".
_BULLET_ITEM = re.compile(r"^\s*[-*\u2022]\s+[^\n]{1,160}$")
# ... or a numbered one, however long what was taken out before its citation: "1. Social security numbers, dates of
# birth, home addresses and telephone numbers of officers and individuals, under O.C.G.A. § 50-18-72(a)(20)(A)."
_BULLET_ITEM_UNDER = re.compile(r"^\s*(?:[-*\u2022]|\(?(?:\d{1,2}|[a-z])[.)])\s+[^.;:\n]{1,160}?"
                                r"\b(?:under|pursuant\s+to)\s+(?=\S)", re.IGNORECASE)
# (the bracket a note's, set off by a space, not a subsection's: "Minn. Stat. § 13.37, subd. 1(a)")
_CITATION_THEN_NOTE = re.compile(r"^\s*" + _ITEM_MARK + r"((?:[^()\n;:]|\(\w{1,4}\)){3,60}?)\s+"
                                 r"\((?![\w.]{1,5}\))")
# (Minnesota's subdivision after its comma is part of the citation: "Minn. Stat. § 13.37, subd. 1(a), security ...";
# so is California's, its levels in brackets: "Penal Code section 832.7, subdivision (b)(5), to remove personal data")
# ... the item's mark perhaps left off, each item a paragraph of its own after the colon that introduces them:
# "Portions of the records have been redacted pursuant to the following:" / "Government Code section 7927.700, to
# protect the medical information ..."
_CITATION_THEN_COMMA = re.compile(r"^\s*(?P<mark>" + _ITEM_MARK + r")?([^,;:()\n]{3,60}?(?:\(\w{1,4}\))*"
                                  r"(?:,\s*subd\.?\s*\d+[a-z]?(?:\(\w{1,4}\))*|,\s*subd(?:ivision|\.)\s*"
                                  r"(?:\(\w{1,4}\))+)?),"
                                  r"(?!\s*(?:subd|subdivision|para|paragraph|cl|clause|item|sec|section|art|article)\b)\s",
                                  re.IGNORECASE)
# (an item without its mark is one only when it opens with the law itself, its words a law's name: "Penal Code section
# 832.7, ...", "Conn. Gen. Stat. § 1-210(b)(2), ..."; not a later paragraph's clause that names a law on the way:
# "Please be advised that pursuant to Conn. Gen. Stat. § 1-214(c), the trooper was notified of your request")
_UNMARKED_CITATION = re.compile(r"\s*(?:[A-Z0-9§][\w.\u2019'§-]*(?:\(\w{1,4}\))*|(?:section|sections|sec\.)(?=\s))"
                                r"(?:\s+(?:[A-Z0-9§][\w.\u2019'§-]*(?:\(\w{1,4}\))*|section|sections|sec\.|of|the|and|"
                                r"subd\.?|subdivision|title|chapter|article|art\.))*")
_ITEM_TAIL = re.compile(r"\s*([^,;]{1,60}?)(?:[,;]|\.?\s*$|\.\s)")


# An item of a list of grounds that starts with its citation and goes on to say what it covers: "5 U.S.C.
# § 552(b)(6), which concerns material the release of which ...;" (the Office of Information Policy's form).
_CITATION_FIRST = re.compile(r"^\s*" + _ITEM_MARK + r"?"
                             r"(?P<head>(?:5\s+U\.?\s?S\.?\s?C\.?\s*(?:§+\s*)?552\s*)?"
                             r"\(\s*b\s*\)\s*\(\s*[1-9]\s*\)(?:\s*\(\s*[A-F]\s*\))?|"
                             r"exemptions?\s+\(?[1-9]\)?(?:\s*\(\s*[A-F]\s*\))?)"
                             r"(?=\s*(?:,|:|;|\s[-\u2013\u2014]\s|\s+which\b))", re.IGNORECASE)


# A letter under Mississippi's Public Records Act: it names the Code somewhere, as the Ethics Commission's orders and
# the agencies write it ("Section 25-61-13, Miss. Code of 1972", "Miss. Code Ann. § 25-61-12", "the Mississippi Code
# of 1972"), or the Act by its state's name.
MISSISSIPPI_LETTER = re.compile(r"\bMiss(?:\.|issippi)\s+Code\b|\bMississippi\s+Public\s+Records\s+Act\b",
                                re.IGNORECASE)
# ... whose sections, title-chapter-section, are then cited by "Section" alone, or with the Code after them: "The City
# did not violate the Public Records Act by withholding the investigative file under Section 25-61-12(2)(a)",
# "exempt under Section 25-61-9, Miss. Code of 1972", "Miss. Code Ann. Section 25-61-12(2)(a)" (not one with another
# code or act named just before or after it, read as it stands: "Section 3754(b) of the Vehicle Code").
_MS_SECTION = r"\d{1,2}-\d{1,3}-\d{1,3}(?:\.\d+)?(?:\(\w{1,4}\))*(?![\w.-]*\d|\()"
_MS_BARE_SECTIONS = re.compile(
    r"(?:\bMiss(?:\.|issippi)\s+Code(?:\s+Ann(?:\.|otated))?(?:\s+of\s+1972)?,?\s+)?"
    rf"(?<![\w§.])[Ss]ections?\s+(?P<secs>{_MS_SECTION}(?:\s*(?:,|and|or)\s*(?:and\s+|or\s+)?{_MS_SECTION})*)"
    r"(?!\s+of\s+(?!the\s+Miss|Miss))(?!,?\s+(?!Miss)(?:[A-Z][\w.']*\s+)?(?:Code|Stat|Law|Act|Rev)\b)")


def with_mississippi_code(sentence: str) -> str:
    """*sentence* with each section of Mississippi's Code cited by "Section" alone given in the Code's form ("under
    Section 25-61-12(2)(a)" is "under Miss. Code Ann. § 25-61-12(2)(a)"), for a letter that names the Code or the Act
    elsewhere (see MISSISSIPPI_LETTER)."""
    def named(match: re.Match[str]) -> str:
        return " and ".join(f"Miss. Code Ann. § {section}" for section in re.findall(_MS_SECTION, match.group("secs")))
    return _MS_BARE_SECTIONS.sub(named, sentence)


# The laws a letter may name once and then cite by their sections alone, each with the rewrite that names the law
# before those sections again (Illinois and Massachusetts keep rewrites of their own: they are read in more places).
_LAWS_NAMED_ONCE = ((NEW_YORK_LETTER, with_new_york_law), (MINNESOTA_LETTER, with_minnesota_statutes),
                    (MISSISSIPPI_LETTER, with_mississippi_code))


def laws_named_once(body: list[str]) -> list[Callable[[str], str]]:
    """The rewrites (see _LAWS_NAMED_ONCE) of the laws *body* names somewhere, in the order they are tried."""
    return [rewrite for letter, rewrite in _LAWS_NAMED_ONCE if any(letter.search(sentence) for sentence in body)]


# ... or one that opens with the FOIA's paragraphs alone, one or several joined, and says what they cover after a
# space, no punctuation between, as EOUSA's line of exemptions has it: "(b)(5) attorney work product and deliberative
# process", "(b)(6) and (b)(7)(C) the names and identifying information of third parties" (a letter after the codes,
# not a verb of a sentence about them: "(b)(6) was applied to ..." is no item of this form).
_FOIA_CODE = r"\(\s*b\s*\)\s*\(\s*[1-9]\s*\)(?:\s*\(\s*[A-F]\s*\))?"
_CODES_THEN_WHAT = re.compile(r"^\s*" + _ITEM_MARK + r"?(?P<head>" + _FOIA_CODE
                              + r"(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)" + _FOIA_CODE + r")*)\s+"
                              r"(?!(?:is|are|was|were|has|have|had|does|do|did|will|would|may|can|could|shall|"
                              r"should|must|protects?|permits?|allows?|applies|exempts?|covers?|and|or)\b)[A-Za-z]")


def cited_first(sentence: str) -> list[str]:
    """The exemption an item of a list cites at its start, before what it covers (see _CITATION_FIRST and
    _CODES_THEN_WHAT); empty when the sentence does not start so."""
    head = _CITATION_FIRST.match(sentence) or _CODES_THEN_WHAT.match(sentence)
    return find_exemptions(head.group("head"), withholding=True) if head else []


# ... or lines of a list with no marker, each a citation and a dash before what it covers, run together at their
# semicolons: "RCW 70.02.020 - health care information ...; RCW 42.56.360(2) - information ... quality improvement
# committee;", "RCW 42.56.240(1): specific investigative records; RCW 42.56.250(4): ..." (the part after a semicolon
# read as an item when a short head and a dash or colon open it)
# ... and a second head joined to the item before by a comma and "and", a citation and its colon: "IC 5-14-3-4(a)(12):
# Social Security numbers, and IC 5-14-3-4(b)(8): personnel file information ..." (not "..., and the information IC
# 5-14-3-4(b)(8)(A) requires to be disclosed: ...", whose head is no citation)
_NEXT_BULLET = re.compile(r"(?<=[.;])\s+(?=[-*\u2022]\s|\(?[0-9a-z]{1,2}[.)]\s)|"
                          r"(?<=;)\s+(?=[^\s;:|]+(?:\s[^\s;:|]+){0,5}(?:\s[-\u2013\u2014]|:)\s)|"
                          r"(?<=,)\s+(?=and\s+[A-Z0-9\u00a7][^\s;:|,]*(?:\s[^\s;:|,]+){0,4}:\s)")


def _canonical_form(code: str) -> str:
    """The app's one exemption parser has the last word on the stored form."""
    try:
        return parse_exemption(code)
    except ExemptionError:
        return code


def _canonical(number: str, letter: str | None) -> str | None:
    letter = (letter or "").upper()
    if letter and number != "7":
        return None
    return f"(b)({number})" + (f"({letter})" if letter else "")


def _federal(sentence: str, found: list[str]) -> None:
    taken: list[tuple[int, int]] = []
    for match in _FEDERAL_START.finditer(sentence):
        if _STATE_SECTION_BEFORE.search(sentence[:match.start()]) or _OF_ANOTHER_ACT.match(sentence, match.end()) \
                or _OTHER_SECTION_LIST_BEFORE.search(sentence[:match.start()]):
            continue
        end = _run(sentence, match, _FEDERAL_NEXT, found)
        taken.append((match.start(), end))
    for match in _WORD_START.finditer(sentence):
        if any(start <= match.start() < end for start, end in taken):
            continue
        end = _run(sentence, match, _WORD_NEXT, found)
        taken.append((match.start(), end))
    for match in _ORDINAL.finditer(sentence):
        found.append(f"(b)({_ORDINALS[(match.group(1) or match.group(2)).lower()]})")
    if withholds(sentence):
        for match in _SHORT.finditer(sentence):
            if any(start <= match.start() < end for start, end in taken):
                continue
            if _PART_NAMED_BEFORE.search(sentence[:match.start()]) or _PART_OF_SECTION_AFTER.match(
                    sentence, match.end()):
                continue
            code = _canonical(match.group(1) or match.group(3), match.group(2) or match.group(4))
            if code:
                found.append(code)


def _run(sentence: str, first: re.Match[str], follower: re.Pattern[str], found: list[str]) -> int:
    """Read "(b)(6), (7)(C) and (b)(7)(E)" from its first item; returns where the list ends."""
    match: re.Match[str] | None = first
    position = first.end()
    while match is not None:
        groups = [g for g in match.groups()]
        number, letter = groups[0], next((g for g in groups[1:] if g), None)
        code = _canonical(number, letter)
        if code:
            if code == "(b)(3)":
                start = match.end()
                statute = _STATUTE_AFTER_B3.match(sentence[start:])
                # "Exemption 3, 5 U.S.C. § 552(b)(3), in conjunction with ...": the FOIA's own section is where
                # the exemption is, not the statute it rests on; that statute may follow it ("Exemption 3, 5 U.S.C.
                # § 552(b)(3), by virtue of 15 U.S.C. § 57b-2(f)": one "(b)(3) 15 U.S.C. § 57b-2(f)", no bare one).
                if statute and _FOIA_ITSELF.match(_tidy_statute(statute.group(1))):
                    start += statute.end()
                    statute = _STATUTE_AFTER_B3.match(sentence[start:])
                if statute and not _FOIA_ITSELF.match(_tidy_statute(statute.group(1))):
                    code = f"(b)(3) {_tidy_statute(statute.group(1))}"
                    # ... and the statutes listed with it, each its own Exemption 3, in the letter's order: "Exemption
                    # 3, in conjunction with 50 U.S.C. § 3024(i)(1) and 10 U.S.C. § 424"
                    end = start + statute.end()
                    # ... or sections of one title under a double section sign, the title said once: "42 U.S.C. §§
                    # 2000e-5(b) and 2000e-8(e)", each its own Exemption 3 ("§ 2000e-5(b) and (e)" is not this).
                    title = re.match(r"\d+", statute.group(1))
                    same_title = "§§" in statute.group(1) and title is not None
                    while True:
                        if (joined := _NEXT_STATUTE.match(sentence, end)) and not re.match(r"552a?(?:\(|$)",
                                                                                           joined.group(2)):
                            found.append(code)
                            code = f"(b)(3) {joined.group(1)} U.S.C. § {joined.group(2)}"
                        elif same_title and title and (joined := _SAME_TITLE_NEXT.match(sentence, end)):
                            found.append(code)
                            code = f"(b)(3) {title.group(0)} U.S.C. § {joined.group(1)}"
                        else:
                            break
                        end = joined.end()
                elif not statute and (act := _act_after_b3(sentence[match.end():])):
                    code = f"(b)(3) {act}"
            found.append(code)
        position = match.end()
        match = follower.match(sentence, position)
        if match is None and (described := _DESCRIBED_THEN_NEXT.match(sentence, position)):
            match = follower.match(sentence, described.end())
        if match is not None and _enumerator(sentence, match):
            break
    return position


# What the exemptions named so far protect, told between them and the next one: "under 5 U.S.C. § 552(b)(6) and
# (7)(C), which concern material the release of which would constitute a clearly unwarranted invasion of the personal
# privacy of third parties, and (7)(E), which concerns ..." (the next one a code of its own shape, "(7)(E)", "7(E)" or
# "(5)" closing a phrase, never a number that opens something else: "..., and (2) the records ...").
_DESCRIBED_THEN_NEXT = re.compile(
    r",\s*(?:which|that)\s+(?:concerns?|protects?|covers?|permits?|allows?|exempts?|shields?|relates?|pertains?|"
    r"applies|apply)\b[^();:.]{1,300}?(?=,\s*(?:and|or)\s+(?:\(\s*b\s*\)\s*)?(?:\(\s*[1-9]\s*\)\s*\(\s*[A-Fa-f]\s*\)|"
    r"\(\s*[1-9]\s*\)(?=\s*(?:[,;.]|and\b|or\b|$))|[1-9]\s*\(\s*[A-Fa-f]\s*\)))",
    re.IGNORECASE,
)


# A bare "(2)" after a semicolon or a comma that opens the next item of the letter's own numbered list, not the next
# exemption: "consist of (1) staff's analyses ... exempt under exemption 5, 5 U.S.C. § 552(b)(5); (2) information about
# the bank's financial condition exempt under exemptions 4 and 8" (its "(1)" came before, opening words as it does;
# not "(b)(5); (6) and (7)(C)", nor "(b)(1) and (2) of the FOIA", whose "(1)" is the code's own level).
_BARE_ITEM = re.compile(r"\s*(?:,\s*(?:and|or)?|;\s*(?:and|or)?|\band\b|\bor\b|&)?\s*\(\s*([2-9])\s*\)\s+"
                        r"(?!(?:and|or|of|to|through|and/or)\b)[A-Za-z]")


def _enumerator(sentence: str, match: re.Match[str]) -> bool:
    """Whether the next item *match* found is a numbered item of the letter's list (its number after the one that
    opened an earlier item in the sentence), not an exemption."""
    item = _BARE_ITEM.match(sentence, match.start())
    if item is None:
        return False
    before = int(item.group(1)) - 1
    return re.search(rf"(?<![\w)])\(\s*{before}\s*\)\s+(?!(?:and|or|of|to|through)\b)[A-Za-z]",
                     sentence[:match.start()]) is not None


# An act named after Exemption 3 that is not placed in the Code above ("in conjunction with the National Security
# Act of 1947, as amended"; "pursuant to section 103(c)(6) of the National Security Act of 1947") is kept in the
# letter's words, the article and "as amended" left off. Only when tied to the exemption by the words that apply a
# statute (not "(b)(3) and the Privacy Act"), and never the FOIA or the Privacy Act themselves.
_ACT_AFTER_B3 = re.compile(
    r"^[\s,]*(?:(?:is|was|has\s+been|are|were)\s+(?:being\s+)?(?:asserted|invoked|applied|cited|used)\s+)?"
    r"(?:in\s+conjunction\s+with|pursuant\s+to|which\s+incorporates|under)\s+"
    r"(?P<act>(?:sec(?:tion|\.)\s*\d+[A-Z]?(?:\(\w{1,4}\))*\s+of\s+)?the\s+"
    r"(?-i:[A-Z][\w.'\u2019-]*(?:\s+(?:of|and|for|on|to|the|[A-Z][\w.'\u2019-]*)){0,8}?\s+Act)"
    r"(?:\s+of\s+(?:19|20)\d\d)?)",
    re.IGNORECASE,
)

_USC_AFTER_ACT = re.compile(r"(?:\s+of\s+(?:19|20)\d\d)?(?:,?\s+as\s+amended)?,?\s*\(?\s*\d+\s+U\.?\s?S\.?\s?C",
                            re.IGNORECASE)


def _act_after_b3(rest: str) -> str | None:
    """The act an Exemption 3 citation is said to rest on, in the letter's words (see _ACT_AFTER_B3); None when
    there is none, or when its name would not be read back as one statute (a comma or "and" in it)."""
    match = _ACT_AFTER_B3.match(rest)
    if not match or _USC_AFTER_ACT.match(rest, match.end()):
        return None  # "Section 21(f) of the FTC Act, 15 U.S.C. § 57b-2(f)": the Code's section is read instead
    act = re.sub(r"\s+", " ", re.sub(r"^the\s+", "", match.group("act"), flags=re.IGNORECASE))
    if re.search(r"Freedom\s+of\s+Information|Privacy\s+Act", act, re.IGNORECASE):
        return None
    try:
        if parse_exemptions(f"(b)(3) {act}", jurisdiction="US") != [f"(b)(3) {act}"]:
            return None
    except ExemptionError:
        return None
    return act


_FOIA_ITSELF = re.compile(r"5 U\.S\.C\. § 552a?(?:\(|$)")


def _tidy_statute(text: str) -> str:
    match = re.match(r"(\d+)\s+U\.?\s?S\.?\s?(?:Code\b|C\.?)\s*(?:§+|sec(?:tion)?\.?)?\s*(.+)", text, re.IGNORECASE)
    if not match:
        return text
    return f"{match.group(1)} U.S.C. § {match.group(2).strip()}"


# Massachusetts's exemptions named by their letters before the clause that holds them: "redacted pursuant to
# Exemptions (c) and (n) of G. L. c. 4, § 7(26)", "under exemption (f) to G.L. c. 4, § 7(26)", "clauses (c) and (d)
# of G. L. c. 4, § 7(26)": each letter is that clause's exemption, "G. L. c. 4, § 7(26)(c)".
_MA_LETTERED = re.compile(r"\b(?:[Ee]xemptions?|[Cc]lauses?|[Ss]ubclauses?)\s+(?P<letters>\(\s*[a-u]\s*\)"
                          r"(?:\s*(?:,|and|or)\s*(?:and\s+|or\s+)?\(\s*[a-u]\s*\))*)\s+(?:of|to|under|in)\s+(?:the\s+)?"
                          r"(?:(?:Massachusetts\s+)?Public\s+Records\s+Law,?\s+)?\(?(?P<cite>(?:M\.\s?)?G\.\s?L\.\s?c\.\s?4,?\s*"
                          r"§\s*7\s*\(\s*26\s*\))")


# The law a record is open or public under, named right after it, is no ground for withholding: "incident reports are
# open records under Section 610.100.2 RSMo, but investigative reports ... are closed", "the final disposition is
# public data under Minnesota Statutes, section 13.43, subdivision 2", "must be disclosed pursuant to", and a table's
# classification cell "| Public | Minnesota Statutes, section 13.43, subdivision 2(a)(5)" (not "is not a public record
# under", "nonpublic under", "withheld from the public under").
_OPENED_BY = re.compile(
    r"(?:\b(?:(?:is|are|was|were|remains?|be|been)\s+(?:(?:an?|also|likewise|generally|therefore)\s+)?|classified\s+as\s+)"
    r"(?:open|public)(?:\s+(?:records?|data|information))?"
    r"(?:\s+(?:to\s+(?:the\s+)?public|for\s+(?:public\s+)?inspection(?:\s+and\s+copying)?))?\s+"
    r"(?:under|pursuant\s+to|per|by\s+(?:virtue\s+of\s+)?)\s*"
    r"|(?<!\bnot\s)\b(?:must|shall|is|are)\s+(?:be\s+)?(?:disclosed|released|made\s+(?:public|available))\s+"
    r"(?:under|pursuant\s+to)\s+"
    # ... or said to be subject to disclosure under it: "employees ... whose discipline is subject to disclosure under
    # ORS 181A.830" (not "is not subject to disclosure under ...", which withholds)
    r"|\b(?:is|are|was|were|remains?|be|been)\s+(?:(?:also|likewise|generally|otherwise)\s+)?subject\s+to\s+"
    r"(?:public\s+)?(?:disclosure|release|inspection)\s+(?:under|pursuant\s+to|by)\s+"
    # ... or said to have been released under it already, by this office or another: "The officers' body-worn camera
    # recordings were also released by the Aurora Police Department on August 2, 2026, under C.R.S. § 24-31-902(2)(a)"
    r"|(?<!\bnot\s)\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:also|previously|already|earlier)\s+)?"
    r"(?:released|disclosed|made\s+public)\s+(?:by\s+(?:the\s+)?[A-Z][^,;.]{1,60}?\s+)?"
    r"(?:on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}),?\s+)?(?:under|pursuant\s+to)\s+"
    r"|\|\s*public(?:\s+data)?\s*\|\s*)"
    # (the section named first by its number in the act, then cited: "information ... that is released under section
    # 7d of the Child Protection Law, MCL 722.627d, is posted on the Department's website")
    r"(?:(?:the\s+)?(?:sections?|§+)\s*[\w.()-]+\s+of\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,6}?(?:Act|Law|Code),?\s+)?"
    r"(?:the\s+)?(?:sections?\s+|secs?\.\s*|§+\s*)?$", re.IGNORECASE)


# ... nor the law said, after it, to open the record or to require its release: "the information Iowa Code section
# 22.7(11)(a)(5) requires to be made public", "Section 610.100.2 RSMo makes the incident report public", "which R.C.
# 149.43(B)(1) requires the office to release".
# ... or to let it be released: "Although § 37-5-107(c)(4) permits disclosure of records concerning a child fatality,
# it requires the Department to redact ...", "§ 13.82, subd. 7 allows release of", "which authorizes the agency to
# disclose" (not "permits the Department to withhold", "allows redaction of").
_OPENING_AFTER = re.compile(r"\s*,?\s*(?:(?:requires?|required|mandates?|directs?|makes?|made)\s+"
                            r"(?:(?!(?:confidential|exempt|not|closed|private|nonpublic|secret|if|unless|which)\b)"
                            r"[\w'\u2019-]+\s+){0,4}?"
                            r"(?:to\s+be\s+)?(?:made\s+public|public\b|open\b|disclosed|released|to\s+(?:disclose|"
                            r"release|make\s+public|produce))|"
                            # (a leave to refuse is the exemption itself: "K.S.A. 45-221(a)(29) permits a public agency
                            # to refuse to disclose", "allows the Department to decline to release")
                            r"(?:permits?|permitted|allows?|allowed|authori[sz]es?|authori[sz]ed)\s+"
                            r"(?:(?!(?:confidential|exempt|not|closed|private|nonpublic|secret|if|unless|which|refus\w*|"
                            r"declin\w*|withh\w*|deny|denial|redact\w*|keep|without|public)\b)[\w'\u2019-]+\s+){0,4}?"
                            r"(?:to\s+be\s+)?(?:disclosed|released|to\s+(?:disclose|release|produce)|(?:the\s+)?"
                            r"(?:public\s+)?(?:disclosure|release)\b))", re.IGNORECASE)
# ... nor the law that makes the office say which exemption it applies and why: "Under RCW 42.56.210(3), the Department
# is required to identify the specific exemption and give a brief explanation", "5 ILCS 140/9(a) requires the public
# body to state the exemption claimed" (not "Under RCW 42.56.240(1), the Department is required to withhold ...").
_DUTY_TO_EXPLAIN_AFTER = re.compile(r"\s*,?\s*(?:(?:[\w'\u2019-]+\s+){0,4}?(?:is|are)\s+required\s+to|"
                                    r"(?:[\w'\u2019-]+\s+){0,4}?(?:must|shall)|requires?\s+(?:[\w'\u2019-]+\s+){0,4}?to)\s+"
                                    r"(?:(?:both|also|clearly|first)\s+)?(?:identify|state|cite|explain|specify|give|"
                                    r"provide|include|set\s+out|describe)\b[^.;]{0,80}?\b(?:exemptions?|explanation|"
                                    r"basis|reasons?\s+for)\b", re.IGNORECASE)
# ... also when the sentence says it identifies and explains them "as required by" the law
# (not the information said to identify someone, which is what was redacted: "Social Security numbers, driver's license
# numbers and other personal identifying information have been redacted as required by N.C. Gen. Stat. § 132-1.10(d)")
_DUTY_TO_EXPLAIN_BEFORE = re.compile(r"\b(?:identif(?!(?:ying|iable|ication)\s+(?:information|details|data|particulars|"
                                     r"numbers?|cards?|documents?)\b)|explain|explanation|specif)\w*\b[^.;]{0,120}?"
                                     r"\bas\s+(?:required|"
                                     r"mandated|directed)\s+by\s+(?:the\s+)?(?:sections?\s+|secs?\.\s*|§+\s*)?$",
                                     re.IGNORECASE)
# ... nor is the law that defines a word the letter uses ("has not become inactive within the meaning of Section
# 610.100.1(3) RSMo", "criminal investigation records, as that term is defined in K.S.A. 45-217(c)"), nor the one that
# lists who may see records kept from the public ("may be disclosed only to the persons and entities listed in Ind.
# Code § 31-33-18-2").
# ... also without its "as": "Criminal investigative files, defined in § 2.2-3706 as any documents ...", "records,
# which are defined by R.C. 149.43(A)(2) as ..." (the section that defines is not the ground).
_DEFINING_OR_NAMING_RECIPIENTS = re.compile(
    r"(?:\bwithin\s+the\s+meaning\s+of|\b(?:as\s+(?:(?:that|the|this)\s+(?:term|word|phrase)\s+is\s+)?|"
    r"(?:,|\b(?:is|are|were|was)|\bwhich\s+(?:is|are))\s+)defined\s+(?:at|in|by|under)|\bonly\s+to\s+(?:[^.;]{0,100}?\s)?(?:listed|named|set\s+out|enumerated|specified|identified)\s+"
    r"in|"
    # ... nor the law that opens records, named to say the records withheld are none of those it describes: "14 pages,
    # which are not records described in Penal Code section 832.7(b)(1) and are withheld pursuant to ...", "are not
    # among the records listed in" (not "personnel records described in Penal Code section 832.7(a) are confidential")
    r"\bnot\s+(?:among\s+|within\s+|one\s+of\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:records?|documents?|"
    r"categories|kinds?|information)\s+(?:of\s+records\s+)?(?:described|listed|enumerated|specified)\s+(?:in|by)|"
    # ... or said of what the records withheld do not concern: "Information in the complaint summaries that does not
    # concern an incident described in Penal Code section 832.7(b)(1) has been redacted", "portions that do not relate
    # to an event listed in ..." (not "records concerning an incident described in ... are released")
    r"\b(?:not|neither|nor)\s+(?:concern|involve|relate\s+to|pertain\s+to|fall\s+(?:with)?in|arise\s+(?:from|out\s+of)|"
    r"concerning|involving|relating\s+to|pertaining\s+to)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:described|listed|enumerated|specified|defined|identified)\s+(?:in|by))"
    r"\s+(?:the\s+)?(?:sections?\s+|secs?\.\s*|§+\s*)?$", re.IGNORECASE)

# ... nor the law that names who is entitled to the record, or what a requester must give to have it, a condition the
# requester has not met: "You have not indicated that you fall within one of the categories of persons entitled to
# receive the report during the 60-day confidentiality period under section 316.066(2)(b), Florida Statutes, and have
# not provided the sworn statement required by section 316.066(2)(c)", "parties authorized to obtain a copy under
# ...", "the notarized affidavit required under ..." (not the law that keeps the record back: "information required
# by law to be kept confidential under ...", "the report is confidential under ...").
_ENTITLED_OR_REQUIRED_OF_REQUESTER = re.compile(
    r"(?:\b(?:persons?|parties|individuals|people|those|entities|requesters)\s+(?:who\s+are\s+)?(?:entitled|eligible|"
    r"authori[sz]ed|permitted)\s+to\s+(?:receive|obtain|inspect|access|copies|a\s+copy|review)\b[^.;:]{0,100}?\s"
    r"(?:under|in|by|pursuant\s+to)|"
    r"\b(?:sworn\s+statement|affidavit|written\s+statement|declaration|certification|proof|documentation|verification|"
    r"attestation)\s+(?:(?:that\s+is\s+|as\s+)?(?:[\w'\u2019-]+\s+)?)?(?:required|called\s+for|prescribed)\s+"
    r"(?:by|under|in))"
    r"\s+(?:the\s+)?(?:sections?\s+|secs?\.\s*|s\.\s*|§+\s*)?$", re.IGNORECASE)

# ... but a record classed as the kind an exemption names, and withheld for it in the same sentence, is withheld under
# it: "Post orders are security manuals within the meaning of Conn. Gen. Stat. § 1-210(b)(18)(A), and they are withheld
# in their entirety" (not "has not become inactive within the meaning of Section 610.100.1(3) RSMo", whose withholding
# comes before it, nor "are public records within the meaning of §§ 1-200(5) and 1-210(a)", which withholds nothing).
_CLASSED_THEN_WITHHELD = re.compile(
    r"within\s+the\s+meaning\s+of\b[^.;]*?,?\s+and\s+(?:(?:it|they|these|those|the\s+\w+)\s+)?(?:is|are|was|were|have\s+"
    r"been|has\s+been)\s+(?:therefore\s+|thus\s+|accordingly\s+)?(?:withheld|exempt|denied|not\s+(?:disclosed|released))\b",
    re.IGNORECASE)

# A law the letter says is repealed is no ground: "Since the repeal of Civil Rights Law § 50-a, records of this kind are
# no longer confidential", "the former Civil Rights Law § 50-a", "Civil Rights Law § 50-a, which was repealed in 2020".
_REPEALED_BEFORE = re.compile(r"\b(?:repeal(?:ed|ing)?\s+(?:of\s+)?|former\s+)(?:the\s+)?$", re.IGNORECASE)
_REPEALED_AFTER = re.compile(r"\s*,?\s*(?:which|that)?\s*(?:was|were|has\s+been|have\s+been|is\s+now)\s+repealed\b",
                             re.IGNORECASE)
# ... nor a section cited for a condition the answer may later meet, with no withholding of its own between: "the
# recordings will be released within 21 days after that review concludes unless a further delay is warranted under
# C.R.S. § 24-31-902(2)(b)" (not "unless and until the investigation closes, the file is withheld under ...").
_UNLESS_BEFORE = re.compile(r"\bunless\b(?=[^;]{0,160}$)", re.IGNORECASE)


# A citation standing after a full stop as the authority for the statement before it, as Florida's letters cite ("...
# in the foreseeable future. s. 119.011(3)(d), F.S."), is a ground only where that statement withholds: "Criminal
# investigative information is considered active as long as it is related to an ongoing investigation ... s.
# 119.011(3)(d), F.S." cites the definition of a word (not "Active criminal investigative information is exempt from
# public disclosure. s. 119.071(2)(c)1., F.S.").
_STATEMENT_CITED_AFTER = re.compile(r"(?:^|[.;:]\s+)(?P<statement>[A-Z][^.;:]*(?:\.(?!\s)[^.;:]*)*"
                                    r"[\w)\"'\u201d])\.\s+$")


def _authority_for_statement_withholding_nothing(sentence: str, start: int, end: int) -> bool:
    """Whether the citation at *start*..*end* stands alone after a full stop as the authority for a statement that
    withholds nothing (alone: not the subject of a clause of its own, "s. 119.071(2)(c), F.S., exempts ...")."""
    if not re.match(r"\.?\s*(?:$|[A-Z])", sentence[end:]):
        return False
    statement = _STATEMENT_CITED_AFTER.search(sentence, 0, start)
    return bool(statement and statement.end() == start and not _WITHHOLDING.search(statement.group("statement")))


def _conditional_or_repealed(sentence: str, start: int, end: int) -> bool:
    """Whether the citation at *start*..*end* names a repealed law or the law of a condition ("unless ... under")."""
    if _REPEALED_BEFORE.search(sentence, 0, start) or _REPEALED_AFTER.match(sentence, end):
        return True
    unless = _UNLESS_BEFORE.search(sentence, 0, start)
    return bool(unless and not _WITHHOLDING.search(sentence, unless.end(), start))


# The same section cited again just after a code named in words, by another state's code in its own form: "Section
# 3751(b) of the Vehicle Code, 75 Pa.C.S. § 3751(b)" is Pennsylvania's Vehicle Code, cited once, as the citation after
# says (not California's, whose codes are otherwise named so).
_CITED_AGAIN_AFTER = re.compile(r"\s*,\s*(?:\d+\s+)?[A-Z][\w.']*(?:\s+[A-Z][\w.']*){0,3}\s*(?:§+|[Ss]ec(?:tion|\.))\s*"
                                r"(?P<sec>\d[\w.:-]*(?:\(\w{1,4}\))*)")


def _cited_again_after(sentence: str, match: re.Match[str]) -> bool:
    """Whether the section *match* names in words is cited again right after it, in another code's form."""
    again = _CITED_AGAIN_AFTER.match(sentence, match.end())
    if not again:
        return False
    section, other = re.sub(r"\s+", "", match.group("sec")), again.group("sec")
    return other == section or other.endswith(("." + section, "-" + section))


def _state(sentence: str, found: list[str]) -> None:
    hits: list[tuple[int, str]] = []
    sentence = _listed_before_code(sentence)
    if "ILCS" in sentence:
        # "5 ILCS 140/7(1)(c) and 140/7(1)(d)(iv)": a further section of the Illinois Act by its number alone
        sentence = _ILLINOIS_ACT_AGAIN.sub(lambda m: m.group(0) if m.group(1) else "5 ILCS 140/", sentence)
        while (again := _ILLINOIS_ARTICLE_SECTION_AGAIN.search(sentence)) is not None:
            sentence = (sentence[:again.start("next")] + again.group("act") + again.group("next")
                        + sentence[again.end("next"):])
    lettered = list(_MA_LETTERED.finditer(sentence))
    for match in lettered:
        for letter in re.findall(r"\(\s*([a-u])\s*\)", match.group("letters")):
            hits.append((match.start(), f"G. L. c. 4, § 7(26)({letter})"))
    for pattern in _STATE_PATTERNS:
        for match in pattern.finditer(sentence):
            if any(cited.start("cite") <= match.start() < cited.end("cite") for cited in lettered):
                continue  # the clause the letters before it were of, "G. L. c. 4, § 7(26)", cited with them
            if pattern is _CALIFORNIA_CODE_AFTER and _TEXAS_SECTION.search(sentence) \
                    and not match.group("sec").startswith("552."):
                continue
            if pattern is _CALIFORNIA_CODE_AFTER and _cited_again_after(sentence, match):
                continue  # "Section 3751(b) of the Vehicle Code, 75 Pa.C.S. § 3751(b)": one section, cited after
            section = re.sub(r"\s+(?=\()", "", match.group("sec"))
            section = re.sub(r",?\s*subd(?:ivision|s?\.)\s*", ", subd. ", section)  # Minnesota's subdivisions
            if _conditional_or_repealed(sentence, match.start(), match.end()):
                continue
            if _authority_for_statement_withholding_nothing(sentence, match.start(), match.end()):
                continue  # "... is considered active as long as ... future. s. 119.011(3)(d), F.S.": a definition
            if _OPENED_BY.search(sentence[max(0, match.start() - 80):match.start()]):
                continue  # "incident reports are open records under Section 610.100.2 RSMo": the law opening them
            if _OPENING_AFTER.match(sentence, match.end()):
                continue  # "the information Iowa Code section 22.7(11)(a)(5) requires to be made public"
            if _DUTY_TO_EXPLAIN_AFTER.match(sentence, match.end()) \
                    or _DUTY_TO_EXPLAIN_BEFORE.search(sentence[max(0, match.start() - 200):match.start()]):
                continue  # "Under RCW 42.56.210(3), the Department is required to identify the specific exemption"
            defining = _DEFINING_OR_NAMING_RECIPIENTS.search(sentence[max(0, match.start() - 160):match.start()])
            if defining and not _CLASSED_THEN_WITHHELD.match(defining.group(0) + sentence[match.end():]):
                continue  # "within the meaning of Section 610.100.1(3) RSMo": a definition, not the ground
            if _ENTITLED_OR_REQUIRED_OF_REQUESTER.search(sentence[max(0, match.start() - 200):match.start()]):
                continue  # "the sworn statement required by section 316.066(2)(c)": a condition, not the ground
            # Virginia: "subdivision 1 of § 2.2-3705.1" is § 2.2-3705.1(1); "subdivision B 4" is (B)(4).
            # ... and "subsection B 4 of section 2.2-3706" is (B)(4) too.
            subdivision = re.search(r"\bsub(?:division|section)\s+([A-Z0-9]{1,3}(?:\s+\d{1,2})?)\s+of\s+"
                                    r"(?:(?:§+|[Ss]ections?)\s*)?$",
                                    sentence[:match.start()])
            if subdivision and "(" not in section:
                section += "".join(f"({part})" for part in subdivision.group(1).split())
            # California's style puts the subdivision after the section: "Penal Code section 832.7, subdivision
            # (b)(6)", "Gov. Code, § 7927.705, subd. (a)" is § 832.7(b)(6), § 7927.705(a).
            after = _SUBDIVISION_AFTER.match(sentence, match.end())
            if after and "(" not in section and "subd" not in section:
                section += re.sub(r"\s+", "", after.group(1))
            if _procedural(section) and not _own_exception_applied(sentence, match.start(), section):
                continue
            if _ET_SEQ.match(sentence, match.end()):
                continue  # "5 ILCS 140/1 et seq.", "MCL 15.231 et seq.": the whole act, not one of its exemptions
            code = re.sub(r"\s+", " ", match.group("code")).strip()
            if code.startswith("Michigan") or (code in ("FOIA", "Freedom of Information Act")
                                               and section.startswith("13(")):
                code, section = "MCL ", "15.243" + section[2:]  # "Section 13(1)(a) of the Michigan FOIA"
            if re.fullmatch(r"(?:Illinois\s+)?(?:FOIA|Freedom\s+of\s+Information\s+Act)|Act", code):
                code = "5 ILCS 140/"  # "Section 7(1)(c) of FOIA": the Illinois Act's exemption
            if re.fullmatch(r"RTKL|Right-to-Know\s+Law", code):
                code = "65 P.S."  # "Section 708(b)(16) of the RTKL" is 65 P.S. § 67.708(b)(16) (see _cite)
            if code == "5 ILCS 140/" and re.split(r"[(]", section)[0] not in _ILLINOIS_EXEMPTIONS:
                continue
            if not code and section.startswith("2.2-"):
                code = "Va. Code"
            code = _rule_form(code) or (_code_form(code) if code else code)
            # Massachusetts is cited "G.L. c. 4", "G. L. c. 4" and "M.G.L. c. 4": one law, one form.
            code = re.sub(r"^(?:M\.\s?)?G\.\s?L\.\s?c\.\s?(\d+),?", r"G. L. c. \1,", code)
            if code == "G. L. c. 66," and re.split(r"[(]", section)[0] in ("10", "10A"):
                continue  # its Public Records Law's response, burden of proof and appeal (c. 66, §§ 10, 10A)
            if not code or (re.match(r"Gov", code) and section.startswith("552.")):
                # Texas: "section 552.101 of the Government Code"; and "Texas Government Code § 552.130", the
                # Public Information Act's chapter 552 in one form however the code is spelled (California's
                # Government Code has no chapter 552).
                code = "Gov't Code"
                # The subsections that let the body redact without asking the Attorney General, or tell how the
                # requester may ask, are the exception's own: "redacted under section 552.130 ..., as provided by
                # section 552.130(c)" and "as described in section 552.130(d)" apply § 552.130.
                section = _texas_exception(section)
            code = next((name for spelling, name in _CALIFORNIA_CODES if spelling.match(code)
                         and not (name == "Government Code" and section.startswith("552."))), code)
            if code.startswith(("Florida", "F.")):
                code = "Fla. Stat."  # one form for "section 119.071, Florida Statutes" and "Fla. Stat. § 119.071"
            code = re.sub(r"^O\.\s?C\.\s?G\.\s?A\.$", "O.C.G.A.", code)
            if code in ("MCL", "M.C.L."):
                code = "MCL "
            if code.startswith("N.") and not code.startswith(("N.C.", "N.D.")):
                # New Jersey cites its sections without a section sign, the statutes' and the regulations' alike
                code = "N.J.A.C. " if re.match(r"N\.\s?J\.\s?A\.", code) else "N.J.S.A. "
            hits.append((match.start(), _cite(code, section)))
            # "sections 552.101 and 552.108", "RCW 42.56.240(1) and .250": more sections of the same code.
            # A hyphen after the number makes it another code's section ("§ 2.2-3706"), not one more of these.
            more_sections = re.match(r"(?:\s*(?:,|and|or)\s*(?:and\s+)?(?:§+\s*)?(?:RCW\s*)?\d+\.\d+(?:\.\d+)?"
                                     r"(?:\(\w+\))*(?![\w-]))+", sentence[match.end():])
            if more_sections and "(" not in section[:1]:
                for extra in re.findall(r"\d+\.\d+(?:\.\d+)?(?:\(\w+\))*", more_sections.group(0)):
                    if not _procedural(extra):
                        hits.append((match.start() + 1, _cite(code, extra)))
            # "Penal Code sections 11105 and 13300", "Welfare and Institutions Code §§ 827 and 828": California's
            # sections are often whole numbers, and after the plural each number listed is one more of that code.
            if code in _CALIFORNIA_CODE_NAMES and match.start("code") < match.start("sec") \
                    and _PLURAL_SECTIONS_BEFORE.search(sentence[match.start():match.start("sec")]):
                listed = _MORE_WHOLE_SECTIONS.match(sentence, match.end())
                for extra in re.findall(r"\d+(?:\.\d+)?(?:\([a-z0-9]+\))*", listed.group(0) if listed else ""):
                    if "." not in extra and not _procedural(extra):
                        hits.append((match.start() + 1, _cite(code, extra)))
            rest, position = sentence[match.end():], 0
            while extra := (_MORE_FULL_SECTIONS.match(rest, position) or _MORE_SIGNED_SECTIONS.match(rest, position)
                            or _worded_section_alike(section, rest, position)):
                position = extra.end()
                if extra.group(1) not in _PROCEDURAL and not _procedural(extra.group(1)):
                    hits.append((match.start() + 1, _cite(code, extra.group(1))))
                    # "R.C. 149.43(A)(1)(h) and 149.43(A)(2)(a) and (c)": the short subsections listed after one
                    # more full section belong to it, as they do after the first (see _following_subsections).
                    if not (code.lower() in ("public officers law", "pol") or code.startswith("G. L.")):
                        for extra_section in _following_subsections(extra.group(1), rest[position:]):
                            if not _procedural(extra_section):
                                hits.append((match.start() + 1, _cite(code, extra_section)))
            # "Public Officers Law § 87(2)(b) and (e)": the following letters belong to the same section.
            if not (code.lower() in ("public officers law", "pol") or code.startswith("G. L.")):
                for extra_section in _following_subsections(section, sentence[match.end():]):
                    if not _procedural(extra_section):
                        hits.append((match.start() + 1, _cite(code, extra_section)))
            if code.lower() in ("public officers law", "pol") or code.startswith("G. L."):
                base = re.match(r"(\d+\(\d+\))", section)
                rest = sentence[match.end():]
                more = re.match(r"((?:\s*(?:,|and|or)\s*(?:and\s+)?\([a-z]\))+)", rest)
                if base and more:
                    for letter in re.findall(r"\(([a-z])\)", more.group(1)):
                        hits.append((match.start() + 1, f"{code} § {base.group(1)}({letter})"))
    # "under Public Officers Law § 87(2)(b) and could endanger the life or safety of those persons, § 87(2)(f)": a
    # bare section further on in the sentence, of the same section number as one cited with its law, is that law's.
    for match in _BARE_SIGNED.finditer(sentence):
        # (Florida's subparagraph after the brackets is the same section: "§ 119.071(2)(h)1.a.")
        if any(start <= match.start() < start + 60 and re.sub(r"\d{1,2}\.(?:[a-z]\.)?$", "", cited).endswith(
                match.group(1)) for start, cited in hits):
            continue
        if any(letters.start("cite") <= match.start() < letters.end("cite") for letters in lettered):
            continue
        if _conditional_or_repealed(sentence, match.start(), match.end()) \
                or _OPENING_AFTER.match(sentence, match.end()):
            continue  # (nor the section said to let the record out: "Although § 37-5-107(c)(4) permits disclosure")
        base = re.match(r"[\d.:-]+", match.group(1))
        same = [cited for start, cited in hits if start < match.start() and base
                and re.search(rf"§ {re.escape(base.group(0))}\(", cited)]
        if same and not _procedural(match.group(1)):
            law = same[-1].rsplit("§", 1)[0].rstrip()
            if f"{law} § {match.group(1)}" not in [cited for _, cited in hits]:
                hits.append((match.start(), f"{law} § {match.group(1)}"))
    # "... personal information of a student, Md. Code Ann., Gen. Prov. § 4-313. The coach's file is kept back as a
    # personnel record, § 4-311.": a bare section of the same title of a code numbered title-section ("4-", "24-72-")
    # is that code's.
    spans = [(m.start(), m.end()) for pattern in _STATE_PATTERNS for m in pattern.finditer(sentence)]
    for match in _BARE_TITLED.finditer(sentence):
        if any(start <= match.start() < end for start, end in spans) or _procedural(match.group(1)) \
                or _conditional_or_repealed(sentence, match.start(), match.end()) \
                or _OPENING_AFTER.match(sentence, match.end()):
            continue
        title = match.group(1).rsplit("-", 1)[0]
        same = [cited for start, cited in hits if start < match.start()
                and re.search(rf"§ {re.escape(title)}-\d", cited)]
        if same:
            law = same[-1].rsplit("§", 1)[0].rstrip()
            if f"{law} § {match.group(1)}" not in [cited for _, cited in hits]:
                hits.append((match.start(), f"{law} § {match.group(1)}"))
    hits.extend(_constitution_privacy(sentence))
    found.extend(cited for _, cited in sorted(hits))


# The sections of state constitutions that give a right of privacy, which agencies cite beside a statute to withhold
# personal information ("the individual privacy of the residents clearly exceeds the merits of public disclosure under
# Article II, Section 10 of the Montana Constitution"): each state's abbreviation, article and section. Other
# sections (Montana's right to know, Article II, Section 9) are never grounds for withholding.
_PRIVACY_SECTIONS = {
    "montana": ("Mont.", "II", "10"), "california": ("Cal.", "I", "1"), "alaska": ("Alaska", "I", "22"),
    "hawaii": ("Haw.", "I", "6"), "florida": ("Fla.", "I", "23"), "washington": ("Wash.", "I", "7"),
    "arizona": ("Ariz.", "II", "8"), "illinois": ("Ill.", "I", "6"), "louisiana": ("La.", "I", "5"),
    "south carolina": ("S.C.", "I", "10"),
}
_ABBREVIATED_STATES = {abbreviation.rstrip(".").replace(".", "").lower(): state
                       for state, (abbreviation, _, _) in _PRIVACY_SECTIONS.items()}
_ARTICLE_SECTION = r"Art(?:icle|\.)\s+(?P<art>[IVX]+),?\s+(?:[Ss]ec(?:tion|\.)|§)\s*(?P<sec>\d+)"
_CONSTITUTION_CITES = (
    # "Article II, Section 10 of the Montana Constitution", "Art. I, § 1 of the California Constitution"
    re.compile(r"\b" + _ARTICLE_SECTION + r",?\s+of\s+the\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+Constitution\b"),
    # "the Montana Constitution, Article II, Section 10"
    re.compile(r"\b(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+Constitution,?\s+" + _ARTICLE_SECTION),
    # "Mont. Const. art. II, § 10", "Cal. Const., art. I, § 1"
    re.compile(r"(?<![\w.])(?P<abbr>Mont|Cal|Alaska|Haw|Fla|Wash|Ariz|Ill|La|S\.\s?C)\.?\s+Const\.,?\s+"
               + _ARTICLE_SECTION, re.IGNORECASE),
)


def _constitution_privacy(sentence: str) -> list[tuple[int, str]]:
    """A state constitution's privacy section cited in a withholding sentence, as "Mont. Const. art. II, § 10"."""
    hits = []
    for pattern in _CONSTITUTION_CITES:
        for match in pattern.finditer(sentence):
            if "abbr" in match.groupdict():
                state = _ABBREVIATED_STATES.get(re.sub(r"[\s.]", "", match.group("abbr")).lower(), "")
            else:
                state = match.group("state").lower()
            abbreviation, article, section = _PRIVACY_SECTIONS.get(state, ("", "", ""))
            if (match.group("art").upper(), match.group("sec")) == (article, section):
                hits.append((match.start(), f"{abbreviation} Const. art. {article}, § {section}"))
    return hits


# A section sign and a title-section number standing alone: "§ 4-311", "§ 24-72-204(3)(a)(I)".
# ... its paragraphs numbered with a decimal as well: "§ 50-18-72(a)(26.2)".
_BARE_TITLED = re.compile(r"(?<![\w.])§\s*(\d+[A-Z]?(?:-\d+){1,2}[a-z]{0,2}(?:\.\d+)?(?:\((?:\w+|\d+\.\d+)\))*)"
                          r"(?![\w.-]*\d)")


# A section sign and a section with its subsections standing alone: "§ 87(2)(f)".
_BARE_SIGNED = re.compile(r"(?<![\w.])§\s*(\d+(?:[.:-]\d+)*(?:\((?:\w+|\d+\.\d+)\))+)")


def bare_sections(sentence: str) -> list[str]:
    """The sections a sentence cites by a section sign alone, no law named, where it withholds something under them:
    "disclosing it could endanger their life or safety, § 87(2)(f)" (not "must be disclosed under § 87(2)(g)(i)")."""
    if not withholds(sentence):
        return []
    return list(dict.fromkeys([match.group(1) for match in _BARE_SIGNED.finditer(sentence)]
                              + [match.group(1) for match in _BARE_TITLED.finditer(sentence)]))


def signed_sections(text: str) -> list[str]:
    """The sections *text* names by a section sign alone, no law named, whatever it says of them: "§ 87(2)(e)(i) does
    not apply" names 87(2)(e)(i)."""
    return list(dict.fromkeys([match.group(1) for match in _BARE_SIGNED.finditer(text)]
                              + [match.group(1) for match in _BARE_TITLED.finditer(text)]))


def _code_form(code: str) -> str:
    """The one form of a state's code name; a title number before it is kept ("51 O.S.")."""
    for shape, form in _CODE_FORMS:
        match = shape.search(code)
        if match:
            return f"{match.group(1)} {form}" if match.groups() else form
    return code


def _worded_section_alike(section: str, rest: str, position: int) -> re.Match[str] | None:
    """One more section of the same code introduced by the word (see _MORE_WORDED_SECTIONS), shaped as *section*."""
    extra = _MORE_WORDED_SECTIONS.match(rest, position)
    return extra if extra and _number_shape(extra.group(1)) == _number_shape(section) else None


# A section of access that holds an exception of its own beside the right it grants: Alabama's § 36-12-40 gives every
# citizen the right to inspect and copy public writings and, in its second paragraph, excepts "records concerning
# security plans, procedures, assessments, measures, or systems" whose disclosure "could reasonably be expected to be
# detrimental to the public safety or welfare" (Act 2004-487). Cited for the request ("your public records request
# under Ala. Code § 36-12-40") it is the right; cited as what excepts the records, the exception.
_ACCESS_WITH_OWN_EXCEPTION = {"36-12-40"}
# ... so cited right after the words that withhold under it: "are excepted from public disclosure under", "are exempt
# from disclosure pursuant to", "is protected from disclosure by", "are withheld under".
_WITHHELD_UNDER_JUST_BEFORE = re.compile(
    r"\b(?:(?:exempt(?:ed)?|excepted|protected|shielded|withheld|excluded)\s+(?:from\s+(?:public\s+)?"
    r"(?:disclosure|inspection|release|production)\s+)?|(?:withhold(?:s|ing)?|deny(?:ing)?|denied)\s+"
    r"(?:them\s+|it\s+|the\s+(?:[\w'’-]+\s+){1,3})?)(?:under|pursuant\s+to|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _own_exception_applied(sentence: str, start: int, section: str) -> bool:
    """Whether the section at *start*, one of access that holds an exception of its own (_ACCESS_WITH_OWN_EXCEPTION),
    is cited as what withholds the records: "are excepted from public disclosure under Ala. Code § 36-12-40"."""
    return re.split(r"[(,]", section)[0] in _ACCESS_WITH_OWN_EXCEPTION \
        and bool(_WITHHELD_UNDER_JUST_BEFORE.search(sentence[max(0, start - 80):start]))


# A ground of withholding set in a subsection of a section that otherwise gives the right to inspect: Montana's
# security exception, Mont. Code Ann. § 2-6-1003(2) ("A public officer may withhold from public scrutiny information
# relating to individual or public safety or the security of public facilities, including jails, correctional
# facilities ..."), its (1) being the right itself; cited whole, "§ 2-6-1003" stays the right to inspect.
_GROUND_IN_PROCEDURAL = ("2-6-1003(2)",)


def _procedural(section: str) -> bool:
    """A section (or subsection: "149.43(B)") that sets procedure, deadlines or fees, never an exemption."""
    if section.startswith(_GROUND_IN_PROCEDURAL):
        return False
    base = re.split(r"[(,]", section)[0]
    return section in _PROCEDURAL or base in _PROCEDURAL or any(
        "(" in entry and section.startswith(entry) for entry in _PROCEDURAL)


_FOLLOWING = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\band\s+|\bor\s+)((?:\(\w{1,4}\))+)")


def _following_subsections(section: str, rest: str) -> list[str]:
    """"R.C. 149.43(A)(1)(h) and (A)(2)(c)": the subsections listed after a cited section belong to it, in
    place of as many of its own last levels as they have ("(A)(2)(c)" replaces "(A)(1)(h)"; "(g)" after
    "87(2)(b)" replaces "(b)"); after the first, each replaces levels of the one listed just before it."""
    base, _, own = section.partition("(")
    if "subd." in section:
        # Minnesota's subdivision is part of the section, its brackets the levels: "Minn. Stat. § 13.82, subd. 17(c)
        # and (d)" is subd. 17(c) and subd. 17(d) (not a subdivision without brackets: "subd. 7 and (d)").
        subdivided = re.fullmatch(r"(?P<base>.*?subd\.\s*\d+[a-z]?)(?P<own>(?:\([^)]*\))+)", section)
        if not subdivided:
            return []
        base, own = subdivided.group("base"), subdivided.group("own")[1:]
    if not own:
        return []
    levels = re.findall(r"\([^)]*\)", "(" + own)
    out, position = [], 0
    while match := _FOLLOWING.match(rest, position):
        position = match.end()
        extra = re.findall(r"\([^)]*\)", match.group(1))
        # "(a)(2) and (a)(3)(C)": the first listed level is of the kind (number, letter, capital) of one of
        # the section's own, and replaces it and what follows.
        same = [index for index, level in enumerate(levels) if _level_kind(level) == _level_kind(extra[0])]
        if not same:
            break
        # ... and each listed one is read against the one just before it: "(A)(1)(h) and (A)(2)(a) and (c)" is
        # (A)(2)(c), the last division named.
        levels = levels[:same[-1]] + extra
        out.append(base + "".join(levels))
    return out


def _level_kind(level: str) -> str:
    inner = level.strip("()")
    # (a paragraph inserted between two others is a number too: Georgia's "(26.2)")
    return "number" if re.fullmatch(r"\d+(?:\.\d+)?", inner) else "capital" if inner.isupper() else "letter"


# California's codes, each in one form however a letter abbreviates it: "Gov. Code § 7927.705", "Govt. Code §
# 7927.705" and "Government Code section 7927.705" are one law. (Texas's Government Code, chapter 552, is "Gov't
# Code", chosen before these are looked at: California's has no chapter 552.)
_CALIFORNIA_CODES = tuple((re.compile(spelling, re.IGNORECASE), name) for spelling, name in (
    (r"Gov(?:ernment|'t|t)?\.?\s*Code$", "Government Code"),
    (r"Evid(?:ence|\.)?\s*Code$", "Evidence Code"),
    (r"Pen(?:al|\.)\s*Code$", "Penal Code"),
    (r"Welf", "Welfare and Institutions Code"),
    (r"Veh(?:icle|\.)\s*Code$", "Vehicle Code"),
    (r"Civ(?:il|\.)\s*Code$", "Civil Code"),
    (r"Health", "Health and Safety Code"),
    (r"Educ(?:ation|\.)\s*Code$", "Education Code"),
))
_CALIFORNIA_CODE_NAMES = frozenset(name for _, name in _CALIFORNIA_CODES)
# The plural before a California section ("sections", "§§") and the whole numbers listed after it: "Penal Code
# sections 11105 and 13300", "Gov. Code §§ 7927.700, 7927.705 and 7922.000" (a number that counts something, "and 30
# days", "and 12 pages", is none).
_PLURAL_SECTIONS_BEFORE = re.compile(r"(?:\bsections|\bsecs\.|§§)\s*$", re.IGNORECASE)
_MORE_WHOLE_SECTIONS = re.compile(r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\d{2,6}(?:\.\d+)?"
                                  r"(?:\([a-z0-9]+\))*(?![\w-]|\.\d|\s+(?:calendar\s+|business\s+|working\s+)?"
                                  r"(?:days?|pages?|hours?|records?|documents?|items?)\b))+", re.IGNORECASE)


def _cite(code: str, section: str) -> str:
    """A state section as cited: "RCW 42.56.240(1)", "5 ILCS 140/7(1)(c)", "Gov. Code § 7927.705"."""
    if code == "RCW":
        return f"RCW {section}"
    if code == "65 P.S." and section.startswith("708("):
        section = "67." + section  # the RTKL's own section number, "708(b)(16)", in Purdon's: 67.708(b)(16)
    return f"{code}{section}" if code.endswith(("/", " ")) else f"{code} § {section}"


# A code named in words reads as California's ("Section 3754(b) of the Vehicle Code" is "Vehicle Code § 3754(b)"),
# but another state names its codes in words too: where the letter also cites that very section in a state's own
# form, in the sentence after ("... or disclosed to the public. 75 Pa.C.S. § 3754(b).") or anywhere else, the words
# named that section, cited once, in the form the letter gives it.
_CODE_IN_WORDS = re.compile(r"(?P<code>" + "|".join(map(re.escape, sorted(_CALIFORNIA_CODE_NAMES)))
                            + r") § (?P<sec>.+)")


def one_form_per_section(codes: list[str]) -> list[str]:
    """*codes* with a section read in California's form of a code named in words ("Vehicle Code § 3754(b)") given
    as the other form the letter cites of the same section ("75 Pa.C.S. § 3754(b)"), in the first one's place; not
    where the other is also a California code's ("Government Code § 1808.21") or federal, nor a section of another
    number ("75 Pa.C.S. § 3754(a)")."""
    out: list[str] = []
    for code in codes:
        words = _CODE_IN_WORDS.fullmatch(code)
        other = next((own for own in codes if words and own != code and own.endswith(f" § {words.group('sec')}")
                      and not _CODE_IN_WORDS.fullmatch(own) and not own.startswith("(b)")
                      and "U.S.C." not in own and "C.F.R." not in own), None)
        out.append(other or code)
    return list(dict.fromkeys(out))


# A section may run on past a hyphen: "15 U.S.C. § 57b-2(f)".
# ... and the code may be spelled out: "50 U.S. Code 3605", "50 U.S. Code § 3024(i)".
# (the section sign as Florida's letters write it too: "18 U.S.C. s. 2721")
_USC = re.compile(r"\b(\d+)\s+U\.?\s?S\.?\s?(?:C\.?|Code\b)\s*(?:§+|sec(?:tion)?\.?|ss?\.)?\s*"
                  r"(" + _USC_SECTION + r"(?:\([\w]+\))*)", re.IGNORECASE)
_B3 = re.compile(r"\(\s*b\s*\)\s*\(\s*3\s*\)|\bexemption\s+\(?3\)?(?![\d(])|\bb\s?\(?3\)?(?![\w(])", re.IGNORECASE)
# The statute may follow the section of the Act it codifies: "in conjunction with Section 21(f) of the FTC Act,
# 15 U.S.C. § 57b-2(f)", "pursuant to section 6103 of the Internal Revenue Code, 26 U.S.C. § 6103".
# ... or joined to it by "and" where the section of the Act is named before its code: "withheld under subsection (b)(3)
# and section 222(f) of the Immigration and Nationality Act, 8 U.S.C. § 1202(f)" (not "(b)(3) and (b)(4), and 18
# U.S.C. § 1905", a statute cited for the other exemption).
# ... or named as the statute of this case after what Exemption 3 protects in general: "(b)(3), which permits the
# withholding of information prohibited from disclosure by another statute, in this instance Rule 6(e) of the Federal
# Rules of Criminal Procedure".
_B3_LINK = re.compile(r"^[^.;]{0,160}?(?:(?:in\s+conjunction\s+with|(?:together|along|coupled|read)\s+with|"
                      # ... "by reason of Section 21(f) of the FTC Act, 15 U.S.C. § 57b-2(f)", "by virtue of"
                      r"in\s+combination\s+with|pursuant\s+to|incorporat\w*|under|by\s+(?:reason|virtue)\s+of|by|"
                      r"in\s+this\s+(?:instance|case|matter),?|here,?|namely,?|specifically,?)\s+(?:the\s+)?"
                      r"(?:section\s+\d+[a-z]?(?:\(\w+\))*\s+of\s+the\s+[^.;,]{2,60}?\b(?:Act|Code)\s*,?\s*)?|"
                      r"\band\s+(?:the\s+)?section\s+\d+[a-z]?(?:\(\w+\))*\s+of\s+the\s+[^.;,]{2,60}?\b(?:Act|Code)\s*,?\s*)$",
                      re.IGNORECASE)
_B3_AFTER_STATUTE = re.compile(r"^\s*,?\s*(?:(?:and\s+|which\s+)?(?:(?:is|are|were|was)\s+)?"
                               r"(?:therefore|thus|accordingly|hence|so)\s+(?:\w+\s+){0,2}?|"
                               # ... or joined by "and" to the statute that makes them so: "are Critical Electric
                               # Infrastructure Information designated under ... 16 U.S.C. § 824o-1(d)(1), and are
                               # exempt under 5 U.S.C. § 552(b)(3)"
                               r"(?:and|which)\s+(?:is|are|were|was)\s+(?:also\s+)?)"
                               r"(?:exempt|protected|withheld)\w*\s+(?:from\s+(?:disclosure|"
                               r"release)\s+)?(?:under|pursuant\s+to|by)\s+(?:exemption\s+|5\s+U\.?\s?S\.?\s?C\.?\s*"
                               r"(?:§+\s*)?552\s*)?$", re.IGNORECASE)
_CODE_ITEM = re.compile(r"\(\s*[bj]\s*\)\s*(?:\(\s*\w{1,2}\s*\)\s*)*|\bexemptions?\b|\bsection\s+552a?\b|\band\b|"
                        r"[,;:&]",
                        re.IGNORECASE)


# The next section of one title after a double section sign, its title not said again: "42 U.S.C. §§ 2000e-5(b) and
# 2000e-8(e)", "§§ 1306, 1307 and 1309" (never another title's section, "... and 42 U.S.C. § 1306", read above, nor a
# number of something else: "and 2000e-8(e) pages" does not occur, "and 12 others" has no section's shape).
_SAME_TITLE_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:§\s*)?(\d+(?:[a-z]{1,3}(?![a-z]))?"
                              r"(?:-\d+[a-z]?)?(?:\([\w]+\))*)(?!\w|\.\d|\s*U\.?\s?S\.?\s?(?:C\b|C\.|Code\b)|\s+(?:[A-Za-z]+\s+)?"
                              r"(?:pages?|days?|years?|others?|percent)\b)", re.IGNORECASE)


# A statute listed right after another: ", and 10 U.S.C. § 424", " and 50 U.S.C. § 3605".
# ... also after what the one before protects, said in a clause of its own: "50 U.S.C. § 3024(i)(1), which protects
# intelligence sources and methods, and 50 U.S.C. § 3024(m)(1), which protects ..." (ODNI).
_NEXT_STATUTE = re.compile(r"(?:\s*,\s*which\s+(?:protects|covers|exempts|concerns|applies\s+to|pertains\s+to)\s+"
                           r"[^.;,()]{1,100}?(?=\s*,\s*(?:and|or)\s))?"
                           r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)"
                           # ... its preposition said again: "by 31 U.S.C. § 5319 and by 31 U.S.C. § 5318(g)(2)"
                           r"(?:(?:by|under|pursuant\s+to|in\s+conjunction\s+with)\s+)?(?:the\s+)?"
                           r"(\d+)\s+U\.?\s?S\.?\s?(?:C\.?|Code\b)\s*"
                           r"(?:§+|sec(?:tion)?\.?)?\s*(" + _USC_SECTION + r"(?:\([\w]+\))*)", re.IGNORECASE)


def b3_statutes(sentence: str) -> list[str]:
    """Statutes a sentence ties to Exemption 3 ("Exemption 3 is invoked in conjunction with 49 U.S.C. § 114(r)"),
    so that a list of codes elsewhere in the letter can be read as "(b)(3) 49 U.S.C. § 114(r)"."""
    out = []
    sentence = as_code_sections(sentence)
    for match in _B3.finditer(sentence):
        rest = sentence[match.end():]
        for statute in _USC.finditer(rest):
            if _B3_LINK.match(rest[:statute.start()]) and statute.group(2) not in ("552", "552a"):
                out.append(f"{statute.group(1)} U.S.C. § {statute.group(2)}")
                # ... and the statutes listed with it: "in conjunction with 50 U.S.C. § 3024(i)(1) and 10 U.S.C. § 424"
                end = statute.end()
                while (joined := _NEXT_STATUTE.match(rest, end)) and not re.match(r"552a?(?:\(|$)", joined.group(2)):
                    out.append(f"{joined.group(1)} U.S.C. § {joined.group(2)}")
                    end = joined.end()
                break
        else:
            # The statute first: "confidential and privileged under 38 U.S.C. § 5705 and therefore exempt under
            # 5 U.S.C. § 552(b)(3)".
            before = sentence[max(0, match.start() - 200):match.start()]
            statutes = [m for m in _USC.finditer(before) if m.group(2) not in ("552", "552a")
                        and not re.match(r"552a?\(", m.group(2))]
            if statutes and _B3_AFTER_STATUTE.match(before[statutes[-1].end():]):
                out.append(f"{statutes[-1].group(1)} U.S.C. § {statutes[-1].group(2)}")
        rule = _GRAND_JURY_RULE.search(rest)
        if rule and not out and (_B3_LINK.match(rest[:rule.start()])
                                 or re.fullmatch(r"\s*[-:\u2013\u2014]?\s*", rest[:rule.start()])):
            # "Exemption 3, in conjunction with Rule 6(e) of the Federal Rules of Criminal Procedure"; or set right
            # after the code, as EOUSA's line of exemptions has it: "5 U.S.C. 552: (b)(3) Fed. R. Crim. P. 6(e) (grand
            # jury material); (b)(5); (b)(6)", "(b)(3) - Rule 6(e) of the Federal Rules of Criminal Procedure"
            out.append(GRAND_JURY_RULE)
    return out


# The grand jury's secrecy rule, the one rule of court Exemption 3 rests on in Justice Department letters: "Rule 6(e)
# of the Federal Rules of Criminal Procedure", "Fed. R. Crim. P. 6(e)", "Federal Rule of Criminal Procedure 6(e)",
# "FRCrP 6(e)", and as OIP lists it, "Rule 6(e), Federal Rules of Criminal Procedure", or as a form's line sets it,
# "Federal Rules of Criminal Procedure, Rule 6(e)"; read as "Fed. R. Crim. P. 6(e)".
_GRAND_JURY_RULE = re.compile(r"\brule\s+6\s*\(\s*e\s*\)(?:\s*\(\w{1,4}\))*\s+of\s+the\s+federal\s+rules\s+of\s+"
                              r"criminal\s+procedure\b|\bfed(?:eral|\.)?\s*r(?:ules?|\.)?\s*(?:of\s+)?crim(?:inal|\.)?\s*"
                              r"p(?:rocedure|\.)?\s*6\s*\(\s*e\s*\)|\bFRCr?P\s*6\s*\(\s*e\s*\)|"
                              r"\brule\s+6\s*\(\s*e\s*\)\s*,\s*(?:the\s+)?federal\s+rules\s+of\s+criminal\s+procedure\b|"
                              r"\bfederal\s+rules\s+of\s+criminal\s+procedure\s*,\s*rule\s+6\s*\(\s*e\s*\)",
                              re.IGNORECASE)


def grand_jury_rule_alone(line: str) -> bool:
    """A line that is the grand jury's rule and nothing else ("Federal Rules of Criminal Procedure, Rule 6(e)"), as a
    form sets it below its ticked "(b)(3)"."""
    return bool(_GRAND_JURY_RULE.search(line)) and not re.search(r"[A-Za-z0-9]", _GRAND_JURY_RULE.sub("", line))


def grand_jury_rule_then_codes(line: str) -> bool:
    """A line of a form's table of boxes that starts with the grand jury's rule, set below the ticked "(b)(3)" of the
    first column, and goes on with the ticked codes of the next column beside it ("Federal Rules of Criminal
    Procedure 6(e)   [X] (b)(7)(D)   [ ] (k)(2)", the empty boxes dropped): the rule, then nothing but codes."""
    rule = _GRAND_JURY_RULE.match(line.lstrip())
    return rule is not None and exemption_list(line.lstrip()[rule.end():])


GRAND_JURY_RULE = "Fed. R. Crim. P. 6(e)"


def grand_jury_rule(sentence: str) -> list[str]:
    """The grand jury's secrecy rule, where a sentence names it (["Fed. R. Crim. P. 6(e)"]); empty otherwise."""
    return [GRAND_JURY_RULE] if _GRAND_JURY_RULE.search(sentence) else []


def federal_statutes(sentence: str) -> list[str]:
    """Federal statutes other than the FOIA and the Privacy Act cited in a sentence ("18 U.S.C. § 2721")."""
    return [f"{m.group(1)} U.S.C. § {m.group(2)}" for m in _USC.finditer(as_code_sections(sentence))
            if not re.match(r"552a?(?:\(|$)", m.group(2))]


# A federal statute cited only for the meaning of a word, with or without its act's name between: "education records,
# as defined in the Family Educational Rights and Privacy Act (FERPA), 20 U.S.C. s. 1232g, ... are confidential and
# exempt from s. 119.07(1), Florida Statutes", "protected health information as defined by 42 U.S.C. § 1320d" (the
# state law applying it is the ground; not "within the meaning of", by which a letter may name the ground itself:
# "records of reports within the meaning of 31 U.S.C. § 5319").
_DEFINED_IN_BEFORE = re.compile(r"\bas\s+(?:(?:that|the|this)\s+(?:term|word|phrase)\s+is\s+)?defined\s+"
                                r"(?:in|by|under|at)\s+(?:[^.;:§\d]{0,80}?,\s*)?$", re.IGNORECASE)


def defining_statutes(sentence: str) -> list[str]:
    """The federal statutes a sentence cites only as where a word it uses is defined ("as defined in the Family
    Educational Rights and Privacy Act (FERPA), 20 U.S.C. s. 1232g"): never the ground of a withholding."""
    sentence = as_code_sections(sentence)
    return [f"{m.group(1)} U.S.C. § {m.group(2)}" for m in _USC.finditer(sentence)
            if _DEFINED_IN_BEFORE.search(sentence[max(0, m.start() - 120):m.start()])]


# A federal regulation: "28 C.F.R. § 20.33", "45 CFR 164.512(f)".
_CFR = re.compile(r"\b(\d+)\s+C\.?\s?F\.?\s?R\.?\s*(?:§+|sec(?:tion)?\.?)?\s*(\d+\.\d+[a-z]?(?:\(\w+\))*)")


def withholds(sentence: str) -> bool:
    """Whether a sentence withholds, redacts, denies or keeps something back (as a state letter says it: "is
    confidential under", "has been removed pursuant to", "its release is prohibited by")."""
    # (whether _WITHHOLDING is found anywhere in the sentence depends on its text alone: remembered, see remembering)
    # (and searched alternative by alternative, each only where the words it needs are in it: literals.found, the
    # same answer as bool(search))
    return bool(_remembered(("withholds", sentence, False),
                            lambda: literals.found(_WITHHOLDING, sentence)))


_OPEN_ONLY_ONCE_SAID = re.compile(_OPEN_ONLY_ONCE, re.IGNORECASE)


def withholds_only_till(sentence: str) -> bool:
    """Whether a sentence withholds only by a law that opens records once something happens ("Under Ark. Code Ann. §
    25-19-105(c)(1), such records are open to public inspection only upon final administrative resolution"), so that
    what the letter says next decides whether it was the ground."""
    rest = _OPEN_ONLY_ONCE_SAID.sub(" ", sentence)
    return rest != sentence and not _WITHHOLDING.search(rest)


def federal_regulations(sentence: str) -> list[str]:
    """Federal regulations a sentence cites for keeping something back ("their release is prohibited by federal law,
    28 C.F.R. § 20.33"); none where it speaks of fees."""
    if not withholds(sentence) or re.search(r"\bfees?\b|\bcharges?\b", sentence, re.IGNORECASE):
        return []
    return [f"{m.group(1)} C.F.R. § {m.group(2)}" for m in _CFR.finditer(sentence)]


def exemption_list(sentence: str) -> bool:
    """A line that is only a list of codes ("Section 552: (b)(3), (b)(6), (b)(7)(C)"), as on a checkbox form."""
    if not _FEDERAL_START.search(sentence):
        return False
    return not re.search(r"[A-Za-z]{3,}", _CODE_ITEM.sub(" ", sentence))


# A table's column headed as the exemptions applied: "Exemptions", "FOIA Exemption(s)", "Exemptions applied".
_EXEMPTIONS_COLUMN = re.compile(r"(?:foia\s+)?exemptions?(?:\s*\(s\))?(?:\s+(?:applied|claimed|asserted|cited|"
                                r"invoked|upheld))?", re.IGNORECASE)
# ... and a cell of it that gives the FOIA's exemptions by number alone: "5", "4, 6", "6 and 7(C)", "6, 7(C), 7(E)".
_BARE_NUMBER = r"(?:[1-689]|7\s*\(\s*[A-F]\s*\))"
_BARE_EXEMPTIONS_CELL = re.compile(rf"{_BARE_NUMBER}(?:\s*(?:,|;|&|\band\b)\s*(?:and\s+)?{_BARE_NUMBER})*")
# (one exemption of such a cell, its number and any letter: "7(C)" -> ("7", "C"))
_NUMBER_IN_CELL = re.compile(r"(\d)(?:\s*\(\s*([A-F])\s*\))?")


def bare_exemption_cells(text: str) -> str:
    """*text* with each cell of a column headed "Exemptions" that gives the FOIA's exemptions by number alone
    ("| Withheld in full | 5 |") spelt as the FOIA's ("| Withheld in full | (b)(5) |"), where the letter cites the
    FOIA's exemptions elsewhere (a federal letter: "withheld 61 pages in full under FOIA Exemptions 4, 5 and 6"); a
    state's table numbering its own exceptions stays as it is. A row whose cells do not line up with the header's ends
    the table."""
    lines = text.split("\n")
    # (cheapest first: a table with an "Exemptions" column, and only then the letter's own citations, read line by
    # line; with no such column the loop below changes nothing)
    if not any(_EXEMPTIONS_COLUMN.fullmatch(cell.strip()) for line in lines if "|" in line
               for cell in line.strip().strip("|").split("|")):
        return text
    if not any(code.startswith("(b)(") for line in lines if "|" not in line
               for code in find_exemptions(line, withholding=True)):
        return text
    column = width = None
    for n, line in enumerate(lines):
        if "|" not in line:
            column = width = None
            continue
        cells = line.strip().strip("|").split("|")
        if column is None or len(cells) != width:
            heads = [at for at, cell in enumerate(cells) if _EXEMPTIONS_COLUMN.fullmatch(cell.strip())]
            column, width = (heads[0], len(cells)) if len(cells) >= 2 and len(heads) == 1 else (None, None)
            continue
        if _BARE_EXEMPTIONS_CELL.fullmatch(cell := cells[column].strip()):
            codes = [f"(b)({number})" + (f"({letter})" if letter else "")
                     for number, letter in _NUMBER_IN_CELL.findall(cell)]
            cells[column] = cells[column].replace(cell, ", ".join(codes))
            stripped = line.strip()
            lead = line[:len(line) - len(line.lstrip())] + ("|" if stripped.startswith("|") else "")
            tail = "|" if stripped.endswith("|") and len(stripped) > 1 else ""
            lines[n] = lead + "|".join(cells) + tail
    return "\n".join(lines)
