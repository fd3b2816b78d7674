"""The four-hundred-and-eighty-fifth held-out set: 14 letters (letters/heldout485) that come after the first answer,
federal and state mixed, from fourteen offices seldom or never seen in earlier sets, in the formats they really send:
an Amtrak FOIA Office e-mail acknowledging an appeal with its appeal number and day of receipt; a Railroad Retirement
Board General Counsel decision affirming Exemption 6 redactions in an Inspector General referral; a Hawaii Office of
Information Practices appeal decision (PDF) finding that a county department improperly denied building inspection
records and must disclose them in full (docket only); a Patent and Trademark Office decision remanding a request for
a new search of the Vice Chief Judges' e-mail; an FDIC Legal Division appeal decision in Word granted in part, with a
table of 26 pages released and 21 still withheld under Exemptions 5 and 8; a Connecticut Freedom of Information
Commission letter acknowledging a complaint with its docket number and day of receipt (docket only); an Iowa Public
Information Board e-mail with a Dismissal Order closing a complaint as moot after the city produced the records
(docket only); a Vermont Commissioner of Public Safety letter (scanned PDF) upholding on appeal the denial of a
death-investigation file under 1 V.S.A. § 317(c)(5)(A)(i) and (iii); a Merit Systems Protection Board supplemental
response in Word after the Chairman's remand, with a table of dispositions; an Export-Import Bank e-mail asking
whether the requester is still interested once submitter notice is complete, with a 30-day close; an AmeriCorps
letter dismissing an appeal sent after the 90 days; a Peace Corps third interim production in FOIA litigation (PDF);
a Utah State Records Committee Decision and Order granting an appeal in part against a sheriff's office (docket
only); and an NTSB letter confirming the withdrawal of a request in favour of the public docket. Written blind and
committed before the rules were run on them.

- r01-amtrak-appeal-ack.eml: Amtrak FOIA Office, appeal AP-2027-0009 of request FOIA-2026-00871 acknowledged, received
  December 4, 2026, sent to the Law Department.
- r02-rrb-appeal-affirmed.txt: RRB Office of General Counsel, appeal RRB-A-27-002 of request RRB-26-0387, denied:
  Exemption 6 redactions of annuitants' names affirmed.
- r03-hi-oip-appeal-opinion.pdf: Hawaii OIP, U APPEAL 26-31, County of Hawaii Department of Public Works improperly
  denied inspection reports; HRS § 92F-13(3) rejected; records to be disclosed in their entirety.
- r04-uspto-appeal-remanded.txt: USPTO Office of the General Counsel, appeal A-27-00014 of request F-26-00642,
  remanded to the FOIA Office for a new search.
- r05-fdic-appeal-partly.docx: FDIC Legal Division, appeal FDIC-APP-27-0006 of request FDIC-26-0519, granted in part:
  26 pages released (9 in full, 17 in part under Exemption 6), 21 still withheld in full under Exemptions 5 and 8,
  Exemption 4 redactions affirmed; a table of the records.
- r06-ct-foic-complaint-ack.txt: Connecticut FOI Commission, Docket #FIC 2026-0714 against the Norwich police,
  complaint received December 9, 2026, referred to the ombudsman program.
- r07-ia-ipib-complaint-dismissed.eml: Iowa Public Information Board, 26FC:0148 against the City of Pella, dismissed as
  moot after 64 pages were produced.
- r08-vt-dps-appeal-denied.pdf: Vermont Department of Public Safety, request PRR-2026-1187, the Commissioner upholds
  the denial under 1 V.S.A. § 317(c)(5)(A)(i) and (iii); scanned.
- r09-mspb-supplemental-release.docx: MSPB Office of the Clerk of the Board, request MSPB-2026-000412, supplemental
  response after a remand: 58 pages, 31 in full, 19 in part, 8 withheld, Exemptions 5 and 6; a table.
- r10-exim-still-interested.eml: Export-Import Bank, request 202600318-F, still interested? (and would you narrow?),
  reply within 30 days or the request is closed.
- r11-americorps-appeal-untimely.txt: AmeriCorps Office of General Counsel, appeal 2027-AP-003 of request
  2026-FOIA-00117, dismissed as sent after the 90 calendar days.
- r12-peace-corps-litigation-production.pdf: Peace Corps third interim production in litigation, request
  PC-FOIA-26-0193: 412 pages processed, 263 in full, 121 in part, 28 withheld, Exemptions 5 and 6.
- r13-ut-src-decision-order.txt: Utah State Records Committee, Case No. 26-58 against the Utah County Sheriff's Office,
  granted in part: § 63G-2-305(10) rejected, § 63G-2-305(13) and § 63G-2-302(2)(d) upheld.
- r14-ntsb-request-withdrawn.txt: NTSB FOIA Office, request FOIA-2026-00733 withdrawn and closed in favour of the
  public docket.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- r01 Amtrak appeal acknowledgement: 49 C.F.R. part 701 (701.10 appeals),
  https://lexbuild.dev/ecfr/title-49/chapter-VII/part-701/section-701.1 and http://m.mydoc123.com/d-702235.html, and
  the FOIA Office's address, https://amtraktrains.com/threads/amtrak-booking-website-issues-timetables-removed.77428/post-899612
- r02 RRB appeal decision: 20 C.F.R. part 200 and the Board's FOIA guide (the General Counsel as Chief FOIA Officer),
  http://laws9.com/cfr/text/20/200/4 and https://rrb.gov/node/2362
- r03 Hawaii OIP appeal decision: OIP's appeal rules, HAR chapter 2-73, and guide to appeals,
  https://ags.hawaii.gov/oip/appeal-rules/ and https://ags.hawaii.gov/oip/?p=13210, and the UIPA guide,
  https://vdocument.in/guide-to-hawaiis-uniform-information-practices-act.html
- r04 USPTO remand: the Office of General Law decides FOIA appeals (MPEP 1002.02(k)(2)),
  https://blueironip.com/ufaqs/what-is-the-process-for-appealing-a-foia-officers-decision-at-the-uspto, and the
  search disputes of https://valawyersweekly.com/2023/04/03/search-for-responsive-records-request-was-adequate/
- r05 FDIC appeal decision: 12 C.F.R. part 309 and Exemption 8 in the FDIC's FOIA litigation,
  http://elawyers.us/opinion/dcd/2010/infdco20101224185/mckinley-v-f-d-i-c- and
  https://docs.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2015cv01764/174459/16
- r06 Connecticut FOI Commission: the form of complaint and the Commission's docket captions ("FIC 2013-558 ... v.
  Director, ...; and ..."), https://portal.ct.gov/FOI/Regulations/Regulations/Section-121j28-ab--Form-of-complaint and
  https://portal.ct.gov/FOI/Minutes-and-Agendas/CaseHearings2014/HearingAGD20140421
- r07 Iowa Public Information Board: the Executive Director's Dismissal Orders ("COMES NOW ... and enters this
  Dismissal Order", Facts, Applicable Law, Analysis),
  https://ipib.iowa.gov/25fc0123-jack-elder-v-city-lake-city-iowa-dismissal-order and
  https://ipib.iowa.gov/24fc0086-ben-wardoffice-civil-rights-dismissal-order
- r08 Vermont appeal to the head of the agency: 1 V.S.A. § 318 and § 319,
  http://vermont-archives.org/records/right-to-know/response.html and
  https://sos.vermont.gov/vsara/learn/public-records-act/procedure
- r09 MSPB supplemental response: 5 C.F.R. part 1204 (appeals to the Chairman), https://law.lawstack.com/cfr/5/1204.21/
  and https://checkoutapi.com/regulations/expand/title5_chapterII_part1204_subpartC_section1204.22
- r10 Export-Import Bank still-interested e-mail: 12 C.F.R. part 404 (submitter notice) and the FOIA Office's contact,
  https://www.govinfo.gov/content/pkg/FR-2022-07-11/html/2022-14068.htm and http://cfr.laws-info.com/text/12/404/7
- r11 AmeriCorps untimely appeal: 45 C.F.R. part 2507 (90 days to appeal),
  http://federal.elaws.us/citation/87-FR-55309 and https://americorps.gov/about/agency-overview/foia-privacy-act
- r12 Peace Corps litigation production: 22 C.F.R. part 303, http://www.law.cornell.edu/cfr/text/22/303.9 and
  http://www.gpo.gov/fdsys/pkg/FR-2014-04-10/html/2014-07178.htm, and the litigation productions of earlier sets.
- r13 Utah State Records Committee: the Committee's Decisions and Orders ("BEFORE THE STATE RECORDS COMMITTEE OF THE
  STATE OF UTAH", Statement of Reasons for Decision),
  http://archives.state.ut.us/cgi-bin/appxretcget.cgi?WEBINPUT_RUNWHAT=HTML_1SERIES&WEBINPUT_BIBLGRPC_RID=20325&A=B
  and https://www.lawserver.com/law/state/utah/ut-code/utah_code_63g-2-502
- r14 NTSB withdrawal: the FOIA Office's letters ("Re: National Transportation Safety Board (NTSB) Freedom of
  Information Act (FOIA) No. FOIA-...") and exemptions page,
  https://gitea.tunnel.litchi.quest/lzw-723/take_out/commit/cdc16c78803a235701d35ab59aa88aaf3555bbd3?style=split&whitespace=show-all
  and https://www.ntsb.gov/about/foia/Pages/foia_exemptions.aspx

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at ff6c1a62: 11 of 14 fully right. Wrong were:
- r05 (r05-fdic-appeal-partly.docx): exemptions ['(b)(5)', '(b)(8)'] != ['(b)(4)', '(b)(5)', '(b)(6)', '(b)(8)'];
  pages_withheld None != 21
- r07 (r07-ia-ipib-complaint-dismissed.eml): outcome 'denied' != 'other'
- r08 (r08-vt-dps-appeal-denied.pdf): exemptions ['1 V.S.A. § 317(c)(5)(A)(i)'] != ['1 V.S.A. § 317(c)(5)(A)(i)', '1
  V.S.A. § 317(c)(5)(A)(iii)']
After general fixes (what was read, with the sentence quoted), 12 of 14: r07's "Formal complaint 26FC:0148 is
dismissed as moot pursuant to Iowa Code § 23.8(2) ..." closes the complaint with nothing left to decide (outcome other,
as an appeal found moot in earlier sets: 407 y06, 152 p11), no longer read as a dismissal that leaves the denial
standing.

Then (what was read, with the sentence quoted), 14 of 14. r08: the scan's OCR read "their names and
statements are exempt under 1 V.S.A. § 317(c)(5)(A)/(iii)", a stroke between two levels of one section's number, now
dropped where the level after it goes one deeper (never between two citations, "552(b)(6)/(b)(7)(C)"). r05: "The
redactions of commercial information supplied by the bank's holding company under Exemption 4 are likewise affirmed"
upholds Exemption 4; the row "| Compliance progress reports, 2024-2025 | 17 | Released in part; names of bank employees
withheld under Exemption 6 |" under "| Record | Pages | Treatment on appeal |" is the decision's own release in part,
its ground Exemption 6; and "The remaining 21 pages withheld in full consist of ..." then "These are records contained
in or related to examination, operating or condition reports ..., and remain exempt under Exemption 8" keeps the 21
pages back. r07 is still wrong (not one of these fixes).
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.exchange import correspondence
from foiatrack.intake import Letter, understand
from foiatrack.intake import patterns as P
from foiatrack.intake.pages import rows_decided_on_appeal

SET = "heldout485"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# r07: a complaint dismissed because nothing is left to decide closes it (outcome other), as an appeal found moot does;
# one dismissed on its merits or as insufficient leaves the denial standing.
@pytest.mark.parametrize(("order", "outcome"), [
    ("IT IS SO ORDERED: Formal complaint 26FC:0148 is dismissed as moot pursuant to Iowa Code § 23.8(2).",
     Outcome.OTHER),
    ("The Board therefore voted to dismiss the complaint as moot, the records having been produced.", Outcome.OTHER),
    ("Complaint No. 2026-187 is hereby dismissed, the matter having become moot.", Outcome.OTHER),
    ("IT IS SO ORDERED: Formal complaint 26FC:0142 is dismissed as legally insufficient pursuant to Iowa Code § "
     "23.8(2).", Outcome.DENIED),
    ("The Board therefore voted to dismiss the complaint as without merit.", Outcome.DENIED),
])
def test_a_complaint_dismissed_as_moot_is_closed(order: str, outcome: Outcome) -> None:
    text = ("The Iowa Public Information Board\n\nIn re the Matter of:\n\nHollis Varga-Nakamura, Complainant\n\n"
            "And Concerning:\n\nCity of Marion, Respondent\n\nCase Number: 26FC:0148\n\nDismissal Order\n\n"
            "COMES NOW, Ardith Pell, Executive Director for the Iowa Public Information Board (IPIB), and enters this "
            "Dismissal Order:\n\nOn November 2, 2026, Hollis Varga-Nakamura filed formal complaint 26FC:0148, "
            "alleging the City of Marion violated Iowa Code chapter 22.\n\n"
            f"{order}\n\nThis document was sent on the 15th day of December 2026.")
    found = understand(Letter(text=text)).events
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, outcome)]
# r08: a scan's OCR read a stroke between two bracketed levels of one section's number: "1 V.S.A. § 317(c)(5)(A)/(iii)"
# for "317(c)(5)(A)(iii)". The stroke goes where the level after it is one deeper (another kind than the one before,
# not the first level again); never where it joins two citations or stands between words.
@pytest.mark.parametrize(("read", "meant"), [
    ("are exempt under 1 V.S.A. § 317(c)(5)(A)/(iii). No", "are exempt under 1 V.S.A. § 317(c)(5)(A)(iii). No"),
    ("withheld under RCW 42.56.240(1)|(a) and", "withheld under RCW 42.56.240(1)(a) and"),
    ("under K.S.A. 45-221(a)/(10)(A)", "under K.S.A. 45-221(a)(10)(A)"),
    # the near misses: two exemptions a stroke joins, two levels of one kind, a stroke between words or spaced out
    ("5 U.S.C. § 552(b)(6)/(b)(7)(C)", "5 U.S.C. § 552(b)(6)/(b)(7)(C)"),
    ("RCW 42.56.240(1)/(2)", "RCW 42.56.240(1)/(2)"),
    ("1 V.S.A. § 317(c)(5)(A)(i)/(ii)", "1 V.S.A. § 317(c)(5)(A)(i)/(ii)"),
    ("Exemptions (b)(6) / (b)(7)(C) and/or (A)/(B)", "Exemptions (b)(6) / (b)(7)(C) and/or (A)/(B)"),
])
def test_a_stroke_ocr_read_inside_a_section_number_is_dropped(read: str, meant: str) -> None:
    assert correspondence._rejoined_numbers(read) == meant


# r05: a decision upholding a withholding beside the others it upholds: "The redactions of commercial information
# supplied by the bank's holding company under Exemption 4 are likewise affirmed."
@pytest.mark.parametrize(("sentence", "upholds"), [
    ("The redactions of commercial information supplied by the bank's holding company under Exemption 4 are "
     "likewise affirmed.", True),
    ("The withholding of the names of examiners under Exemption 6 is similarly upheld.", True),
    ("The redactions under Exemption 6 are equally sustained.", True),
    # the near misses: a question, and a redaction not upheld
    ("You ask whether the redactions under Exemption 4 are likewise affirmed.", False),
    ("The redactions under Exemption 4 are likewise reversed.", False),
])
def test_a_withholding_likewise_affirmed_is_upheld(sentence: str, upholds: bool) -> None:
    assert bool(P.UPHELD.search(sentence)) is upholds


# r05: a table's column headed as the appeal's treatment of each record: "| Record | Pages | Treatment on appeal |".
@pytest.mark.parametrize(("head", "decided"), [
    ("| Record | Pages | Treatment on appeal |", True),
    ("| Record | Pages | Handling on appeal |", True),
    ("| Record | Pages | Disposition on appeal |", True),
    # the near misses: the first answer's columns
    ("| Record | Pages | Treatment |", False),
    ("| Record | Pages | Action taken |", False),
])
def test_a_column_headed_as_the_treatment_on_appeal_is_the_decisions(head: str, decided: bool) -> None:
    row = "| Compliance progress reports | 17 | Released in part; names withheld under Exemption 6 |"
    assert bool(rows_decided_on_appeal([head, row])) is decided


# r05: the pages a decision in part names as withheld in full, then says remain exempt, what they are told at length
# between: "The remaining 21 pages withheld in full consist of ... These are records contained in or related to
# examination, operating or condition reports ..., and remain exempt under Exemption 8".
@pytest.mark.parametrize(("sentence", "kept"), [
    ("These are records contained in or related to examination, operating or condition reports prepared by, on behalf "
     "of, or for the use of an agency responsible for the regulation or supervision of financial institutions, and "
     "remain exempt under Exemption 8, 5 U.S.C. § 552(b)(8).", True),
    ("They remain exempt from disclosure under Exemption 5.", True),
    ("These pages continue to be exempt pursuant to Exemption 7(A).", True),
    # the near misses: not exempt, no longer exempt, exempt only in part
    ("These are not records of that kind, and remain exempt under nothing.", False),
    ("They no longer remain exempt under Exemption 5.", False),
    ("These are drafts, and remain exempt under Exemption 5 in part.", False),
])
def test_pages_said_to_remain_exempt_are_kept_back(sentence: str, kept: bool) -> None:
    assert bool(P.THEY_RIGHTLY_WITHHELD.search(sentence)) is kept


def test_an_appeal_granted_in_part_counts_the_remaining_pages_it_keeps_exempt() -> None:
    body = " ".join([
        "This letter responds to your appeal of the partial denial of your request under the FOIA.",
        "I grant your appeal in part.",
        "I have therefore determined to release the draft agendas, 12 pages, which are enclosed.",
        "The remaining 9 pages withheld in full consist of the supervisory staff's recommendations to the board.",
        "These are predecisional and deliberative records, and remain exempt under Exemption 5.",
        "The redactions of personal telephone numbers under Exemption 6 are likewise affirmed.",
    ])
    decision = next(e for e in events_in(body) if e.kind is EventKind.APPEAL_DECISION)
    assert (decision.outcome, decision.pages_released, decision.pages_withheld, decision.exemptions) == (
        Outcome.PARTIAL_GRANT, 12, 9, ("(b)(5)", "(b)(6)"))
