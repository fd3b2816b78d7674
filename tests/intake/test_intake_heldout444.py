"""The four-hundred-and-forty-fourth held-out set: 14 letters (letters/heldout444) that come after the first answer,
federal and state mixed, from fourteen less common offices, in the formats they really send: a Federal Transit
Administration Office of Chief Counsel e-mail confirming the receipt of an appeal, with its appeal number and the day it
came in; a Selective Service System Director's appeal decision (PDF) upholding the Chief FOIA Officer's Exemption 5
and 6 withholdings "in its entirety"; a Farm Credit Administration General Counsel's decision in Word granting an
appeal in part, with 14 pages to be released and 31 kept under Exemptions 4 and 8 (a table of the records); a
National Endowment for the Humanities Deputy Chairman's letter reversing an Exemption 4 withholding of grant reports;
an HHS Deputy Agency Chief FOIA Officer's letter remanding an ACF request for a new search; a South Dakota Office of
Hearing Examiners decision (PDF) reversing in part and affirming in part a sheriff's denial; an Illinois Attorney
General binding Public Access Opinion directing a village to release a settlement agreement; an Economic Development
Administration e-mail releasing more pages after OGIS's facilitation; a Louisiana State Police supplemental production
in Word after a district court's mandamus judgment; a DFAS release after its appellate authority's remand; a Bureau
of Engraving and Printing e-mail asking whether the requester wishes to continue; a DCAA letter (PDF) closing a
request after no answer to a request for clarification; an Office of Legal Counsel third interim response in FOIA
litigation; and a DFC General Counsel's letter dismissing an appeal sent after the 90 days. Written blind and
committed before the rules were run on them.

- y01-fta-appeal-ack.eml: FTA Office of Chief Counsel, FOIA Appeal No. 2027-APL-00019 of FOIA Control No.
  FTA-2026-000412, received December 2, 2026.
- y02-sss-appeal-affirmed.pdf: Selective Service System Director, FOIA Appeal No. A-2027-002 of request SSS-2026-0087,
  denied: Exemptions 5 and 6 upheld ("I uphold the Chief FOIA Officer's decision in its entirety").
- y03-fca-appeal-partly.docx: Farm Credit Administration, FOIA Appeal No. 2027-A-03 of request 2026-058, granted in
  part: 14 pages released with redactions under Exemptions 6 and 8, 31 pages withheld in full under Exemptions 4 and
  8; a table of the records.
- y04-neh-appeal-reversed.txt: NEH Deputy Chairman, appeal NEH-APP-2027-001 of request NEH-2026-000093, granted: the
  46 pages withheld under Exemption 4 to be released in full after reprocessing.
- y05-acf-appeal-remanded.txt: HHS, appeal 2027-00073-A-ACF of request 2026-01877-FOIA-ACF, remanded to ACF for a new
  search of the ORR Division of Monitoring and case management system.
- y06-sd-ohe-decision.pdf: South Dakota Office of Hearing Examiners, OHE File No. PR 26-09 on Minnehaha County
  Sheriff's Office request MCSO-PR-26-0214: jail incident reports and video not investigative records under SDCL
  1-27-1.5(5) (reversed), medical intake records exempt under SDCL 1-27-1.5(2) (affirmed).
- y07-il-pac-binding-opinion.txt: Illinois Attorney General, Public Access Opinion 26-014 (2026 PAC 88731), Village of
  Frankfort FOIA No. 26-1187: the Village violated FOIA withholding a settlement agreement under 7(1)(c) and 7(1)(f),
  directed to release it in full.
- y08-eda-release-after-ogis.eml: EDA, DOC-EDA-2026-001204, 21 more pages after OGIS's facilitation, Exemptions 4 and 6,
  3 pages still withheld in full.
- y09-la-lsp-release-after-judgment.docx: Louisiana State Police, PRR-26-04418, supplemental production after the 19th
  JDC's mandamus judgment, 212 pages and 9 video files (a table), redactions under La. R.S. 44:3(A)(2) and (A)(3).
- y10-dfas-release-after-remand.txt: DFAS, DFAS-26-0417-F, 38 pages (5 in full, 33 in part) after the Office of
  General Counsel's remand, Exemption 6.
- y11-bep-still-interested.eml: BEP "do you wish to continue?" e-mail, BEP-FOIA-2026-00117, reply by January 18, 2027.
- y12-dcaa-closed-no-reply.pdf: DCAA, DCAA-FOIA-26-0082, administratively closed after no answer to the October 27
  request to identify the contractors.
- y13-olc-litigation-production.txt: OLC third interim response in litigation, FY26-071, 312 pages reviewed, 188 in
  full, 41 in part, 83 withheld, Exemptions 5 and 6.
- y14-dfc-appeal-untimely.txt: DFC Office of the General Counsel, appeal DFC-APL-2027-002 of request
  DFC-FOIA-2026-0061, dismissed as sent after the ninety calendar days of 22 C.F.R. 706.34(a).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- y01 FTA appeal acknowledgement: DOT's FOIA regulations, 49 C.F.R. part 7 (appeals within ninety calendar days, the
  responsible DOT appeal official), https://www.govregs.com/regulations/title49_chapterA_part7_subpartD_section7.32 and
  http://www.gpo.gov/fdsys/pkg/FR-2014-03-25/html/2014-06503.htm
- y02 Selective Service appeal decision: 32 C.F.R. 1662.16 (appeals decided by the Director of Selective Service, the
  final decision letter) and 1662.22 to 1662.23, https://checkoutapi.com/regulations/32/1662.16 and
  https://govregs.com/regulations/expand/title32_chapterXVI_part1662_section1662.19
- y03 FCA appeal decision: FCA's FOIA page and Exemption 8 for the Farm Credit System's examination reports,
  https://www.fca.gov/about/foia (listed in
  https://raw.githubusercontent.com/api-evangelist/farm-credit-administration/refs/heads/main/apis.yml), and the
  appeal decisions in part of earlier sets.
- y04 NEH appeal reversed: 45 C.F.R. 1171.10 (appeals to the Deputy Chairman; "If the denial of your request is
  reversed ... the NEH will reprocess your request"),
  https://www.govregs.com/regulations/title45_chapterXI_part1171_section1171.10 and
  http://www.gpo.gov/fdsys/pkg/FR-2014-02-19/html/2014-03549.htm
- y05 HHS remand: 45 C.F.R. 5.61 to 5.62 (the Deputy Agency Chief FOIA Officer as review official),
  https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61 and
  https://regulations.vlex.com/vid/freedom-of-information-regulations-652056285
- y06 South Dakota Office of Hearing Examiners: SDCL 1-27-38 (written notice of review) and 1-27-1.5, as the DCI
  denial of an earlier set recites them, and the Pennsylvania Office of Open Records' final determinations granted in
  part and denied in part, https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor
- y07 Illinois binding opinion: the Public Access Counselor's binding opinions ("Public Access Opinion 17-005 ... a
  municipality violated the FOIA by failing to disclose"),
  https://zrfmlaw.com/illinois-attorney-general-issues-three-more-access-opinions/ and
  https://geneva.il.us/221/Attorney-General-Information
- y08 EDA release after OGIS: Commerce's FOIA appeals (15 C.F.R. part 4) and the releases after OGIS of earlier sets.
- y09 Louisiana State Police production after judgment: La. R.S. 44:3 (pending criminal litigation, confidential
  sources, investigative techniques), as earlier sets' Louisiana letters cite it, and the mandamus suits of the Public
  Records Law.
- y10 DFAS release after remand: the DoD FOIA program and DFAS's FOIA/PA Program Office in Indianapolis, as in an
  earlier set's DFAS answer, and the releases after remand of earlier sets.
- y11 BEP still-interested e-mail: BEP's FOIA page (Office of the Chief Counsel - FOIA and Transparency Services,
  (202) 874-2500, 31 C.F.R. part 1),
  https://webarchive.library.unt.edu/web/20170124193314/https://www.moneyfactory.gov/foia.html
- y12 DCAA closure: 32 C.F.R. part 290 (DCAA's FOIA program), https://chanrobles.com/usa/uslaws/cfr/title32/32-2.1.1.2.59.php
  and DCAA's FOIA statistics, https://pacificnwc.blogspot.com/search/label/FOIA
- y13 OLC litigation production: OLC's interim response letters in FOIA litigation ("a portion of the identified
  responsive records", attorney-client and presidential communications privileges, "administrative appeals are not
  ordinarily acted upon in such situations"), https://knightcolumbia.org./documents/8azzank3hr and
  https://knightcolumbia.org./documents/z92tjtub6p
- y14 DFC untimely appeal: 22 C.F.R. 706.34 (appeals to DFC's Vice President and General Counsel "within ninety
  calendar days after the date of the response"), https://checkoutapi.com/regulations/22/706.34 and
  https://checkoutapi.com/regulations/expand/title22_chapterVII_part706_subpartA_section706.3

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 42f444c3: 12 of 14 fully right. Wrong were:
- y06 (y06-sd-ohe-decision.pdf): kinds ['final_determination'] != ['appeal_decision']; appeal_number None != 'PR 26-09';
  outcome 'denied' != 'partial_grant'; exemptions ['SDCL 1-27-1.5(5)', 'SDCL 1-27-1.5(2)'] != ['SDCL 1-27-1.5(2)']
- y08 (y08-eda-release-after-ogis.eml): pages_released 30 != 21

After general fixes (what was read, with the sentence quoted): y06 read as an appeal's decision by the filing for review
it answers ("Corinna Halvorsen-Adeyemi ("Requester") filed a written notice of review with the Office of Hearing
Examiners on October 30, 2026, under SDCL 1-27-38, after the Minnehaha County Sheriff's Office ("Sheriff's Office")
denied her written request for records No. MCSO-PR-26-0214."), its order then giving the verdict, the hearing examiner's
file number and the ground upheld: 13 of 14.

Then (a sum of pages at a colon, then the items each opening on its pages of what it holds, is
counted once, as in y08's "We are now releasing to you 21 additional pages: 9 pages of budget narratives ..., and 12
pages of merit review scoresheets, ..."), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout444"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# After the sealed score: a hearing examiner's decision on the requester's written notice of review of a denial is an
# appeal's decision, told by the filing for review it answers.
_ORDER = " The Sheriff's Office's denial is REVERSED IN PART and AFFIRMED IN PART."


@pytest.mark.parametrize("filing", [
    'Corinna Halvorsen-Adeyemi ("Requester") filed a written notice of review with the Office of Hearing Examiners on '
    "October 30, 2026, under SDCL 1-27-38, after the Minnehaha County Sheriff's Office denied her written request for "
    "records.",
    "The requester submitted a petition for review of the Sheriff's Office's denial of his request on October 30, "
    "2026.",
    "Mr. Okafor lodged an application for review with the Board after the County withheld the reports.",
])
def test_a_filing_for_review_of_a_denial_makes_the_letter_an_appeal_decision(filing: str) -> None:
    found = events_in(filing + _ORDER)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT)]


@pytest.mark.parametrize("sentence", [
    # the right to a review, offered or conditional, and a filing that reviews no denial
    "You may file a written notice of review with the Office of Hearing Examiners if your request is denied.",
    "If you filed a petition for review of the denial, the examiner will decide it within 30 days.",
    "The County filed a notice of review of the zoning decision with the board.",
])
def test_a_review_offered_or_of_no_denial_is_no_appeal(sentence: str) -> None:
    assert not P.APPEAL_LETTER.search(sentence)
# --- A sum of pages at a colon, then the pages of what each item holds, counted once (y08) -----------------------


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    ("We are now releasing to you 21 additional pages: 9 pages of budget narratives from which earlier redactions "
     "have been lifted, and 12 pages of merit review scoresheets, from which we have redacted only the names of the "
     "reviewers under Exemption 6.", 21, None),
    ("Enclosed are 40 pages: 25 pages of incident reports, 10 pages of dispatch logs and 5 pages of photographs.", 40,
     None),
    ("We are releasing 40 pages: 25 pages of incident reports and 15 pages of dispatch logs; 3 pages are withheld in "
     "full.", 40, 3),
])
def test_the_items_of_a_sum_at_a_colon_are_counted_once(sentence: str, released: int, withheld: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


def test_shares_of_a_sum_told_by_what_was_done_are_still_read() -> None:
    # The near miss: the items say what was done with each share, not what the pages hold.
    counts = pages_in("A total of 50 pages was reviewed: 30 pages are released and 20 pages withheld.")
    assert (counts.pages_released, counts.withheld_full) == (30, 20)
