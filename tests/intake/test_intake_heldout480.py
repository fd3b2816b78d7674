"""The four-hundred-and-eightieth held-out set: 14 letters (letters/heldout480) that come after the first answer,
federal and state mixed, from fourteen offices little seen in the earlier sets, in the formats they really send: a
Justice Department Office of Information Policy e-mail acknowledging an appeal from the Executive Office for United
States Trustees, with its appeal number and day of receipt; an EPA Office of General Counsel appeal decision (PDF)
upholding a Region 5 withholding under Exemptions 5, 6 and 7(A) of an open enforcement file; a Pension Benefit
Guaranty Corporation appeal decision in Word granted in part, with a table of the records, releasing 14 pages and
upholding Exemptions 4, 5 and 6; a USDA Risk Management Agency letter reversing an Exemption 4 denial of 27 pages of
county crop summaries; an Interior Solicitor's letter remanding a Bureau of Trust Funds Administration "no records"
answer for a search of the American Indian Records Repository; a Labor Department Office of the Solicitor e-mail
closing as moot a non-response appeal about a Veterans' Employment and Training Service request; a U.S. African
Development Foundation letter dismissing an appeal filed after the 90 days; a New Jersey Government Records Council
interim order (PDF, docket only) finding a township unlawfully denied towing contracts but lawfully redacted employees'
home addresses; a Salt Lake City release in Word after a State Records Committee order, with a table and two Utah Code
grounds; a DHS Science and Technology Directorate supplemental response after OGIS mediation, 37 pages released in part
and 27 still withheld; a Southwestern Power Administration e-mail asking whether the requester still wants the records,
with the 30-day close; an Army INSCOM letter (PDF) closing a request now in a lawsuit; a State Department fifth interim
litigation production that counts documents, not pages; and a Charleston, West Virginia, police release after a
circuit court order, 233 pages with redactions and 16 withheld. Written blind and committed before the rules were run
on them.

- n01-eoust-appeal-ack.eml: OIP appeal acknowledgement, appeal A-2027-00312 of EOUST request EOUST-2026-00487,
  received December 2, 2026 ("This is to advise you that your administrative appeal from the action of ...").
- n02-epa-appeal-affirmed.pdf: EPA OGC, appeal EPA-HQ-2027-001162 of Region 5 request EPA-R5-2026-008734, denied:
  Exemptions 5, 6 and 7(A) upheld.
- n03-pbgc-appeal-partly.docx: PBGC OGC, appeal 2027-0041-A of Disclosure Division No. 2026-DD-3318, granted in part:
  14 pages released (8 in full, 6 in part), 23 still withheld in full under Exemptions 4 and 5; a table of the records.
- n04-rma-appeal-reversed.txt: USDA RMA, appeal 2027-RMA-00019-A of request 2026-RMA-04418-F, granted: the 27 pages
  withheld under Exemption 4 enclosed without redaction.
- n05-bfta-appeal-remanded.txt: DOI Office of the Solicitor, appeal 2027-052 of request DOI-BTFA-2026-000913 ("In Reply
  Refer To"), remanded to BTFA for a new search.
- n06-dol-vets-appeal-moot.eml: DOL Office of the Solicitor, appeal 2027-APL-00214 of VETS request 2026-F-11872,
  non-response appeal closed as moot after VETS's final response.
- n07-usadf-appeal-untimely.txt: USADF, appeal USADF-A-2027-003 of request USADF-2026-0028, dismissed as filed 71 days
  after the 90 calendar days ran.
- n08-nj-grc-interim-order.pdf: New Jersey Government Records Council, Complaint No. 2026-187, Township of Lakewood
  unlawfully denied item No. 2, lawfully redacted under N.J.S.A. 47:1A-1 (docket only).
- n09-ut-slc-release-after-src-order.docx: Salt Lake City Recorder, GRAMA request R003417-082626, 105 pages released
  after State Records Committee Case No. 26-38 (a table), redactions under Utah Code § 63G-2-302(2)(d) and
  § 63G-2-305(10).
- n10-dhs-st-supplemental-after-ogis.txt: DHS S&T, 2026-STFO-00742, supplemental response after OGIS case 2026-00934,
  37 pages released in part, 27 withheld in full, Exemptions 4, 5 and 6.
- n11-swpa-still-interested.eml: Southwestern Power Administration, SWPA-2026-00031-F, "still require the remaining
  records?", 30 calendar days to reply.
- n12-inscom-closed-litigation.pdf: Army INSCOM FOI/PA Office, FP-26-031487, administratively closed because the request
  is in litigation.
- n13-state-litigation-production.txt: State Department fifth interim response in litigation, F-2026-07719, 184
  documents (96 in full, 77 in part, 11 withheld), Exemptions 1, 5 and 6; no page counts.
- n14-wv-charleston-pd-release-after-court-order.txt: City of Charleston for its police department, CPD-FOIA-26-0644,
  233 pages produced after the Kanawha County Circuit Court's order, redactions under W. Va. Code § 29B-1-4(a)(2) and
  (a)(4), 16 pages withheld.

Conventions followed: a "still interested?" letter that recalls the day of receipt is clarification_requested only, as
heldout448 d11 logs it; a State Department production counting documents logs no pages; an interim order of an appeals
body naming only its own docket has no tracking number, as heldout407 y08.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- n01 OIP appeal acknowledgement: the Justice Department's appeals page (OIP adjudicates the appeals of forty of its
  components), http://www.justice.gov/open/appeals, and a published OIP acknowledgement,
  http://jbhfile.blogspot.com/2007/04/doj-appeal-reply-recieved.html
- n02 EPA appeal decision: 40 C.F.R. part 2 (appeals decided by the Office of General Counsel), and the appeal
  decisions of the General Counsel's office as FERC describes the same steps,
  https://www.ferc.gov/enforcement-legal/foia/overview/administrative-appeals
- n03 PBGC appeal decision: PBGC's FOIA pages (appeals through the Disclosure Division to the Office of the General
  Counsel, 445 12th Street SW), https://pal.pbgc.gov/app/MainPage.aspx, and 29 C.F.R. part 4901,
  https://www.govregs.com/regulations/expand/title29_chapterXL_part4901_subpartB_section4901.12 and
  http://print.casetext.com/federal-register/examination-and-copying-of-pbgc-records-2
- n04 RMA appeal reversed: USDA's FOIA regulations, 7 C.F.R. part 1, subpart A (appeals decided by the agency's appeal
  official with the Office of the General Counsel), and the reversals of earlier sets.
- n05 Interior remand: 43 C.F.R. 2.57 to 2.59 and the Solicitor's "In Reply Refer To" letterhead, as in heldout407 y05,
  http://laws9.com/cfr/text/43/2/21
- n06 DOL appeal closed as moot: 29 C.F.R. 70.22 and 70.24 (appeals to the Solicitor of Labor, Room N-2420, 90 days),
  https://stepo.ai/osha/70/70.22 and https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24
- n07 USADF untimely appeal: 22 C.F.R. part 1502 (1400 I Street NW, Suite 1000; appeals within 90 days),
  https://lexbuild.dev/ecfr/title-22/chapter-XV/part-1502/section-1502.3 and
  https://thefederalregister.org/82-FR/9129
- n08 New Jersey GRC interim order: the Council's process (complaint, mediation, statement of information, decision),
  https://njfog.org/73/government-records-council-work/ and https://nj.gov/grc/mediation/
- n09 Salt Lake City release after the State Records Committee: Utah Admin. Code R35-4 (compliance with Committee
  orders), http://utrules.elaws.us/rule/R35-4
- n10 DHS S&T supplemental response: the DHS response letter's exemption paragraphs and appeal notice (6 C.F.R. 5.8,
  Privacy Office, Mail Stop 0655), as in the DHS letters of earlier sets, and the OGIS supplemental releases of
  heldout394 and heldout456.
- n11 SWPA still-interested e-mail: the Department of Energy's FOIA Public Liaison and the still-interested letters of
  earlier sets (30 calendar days, then administrative closure).
- n12 INSCOM closure for litigation: Army Regulation 25-55 (requests in litigation handled with the Litigation
  Division), https://cryptome.org/doa022206.htm, and the litigation closures of earlier sets.
- n13 State Department litigation production: State's productions in FOIA suits,
  https://print.casetext.com/case/100reporters-v-united-states-dept-of-state and
  http://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2013cv01627/162695/21/
- n14 Charleston release after a court order: W. Va. Code chapter 29B, https://code.wvlegislature.gov/email/29B/, the
  Attorney General's handbook,
  https://fdocuments.us/document/freedom-of-information-act-handbook-office-of-the-west-virginia.html, and the
  police-records section of the open government guide,
  http://www.rcfp.org/west-virginia-open-government-guide/iv-record-categories-open-or-closed/n-police-records

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 818f5d10: 12 of 14 fully right. Wrong were:
- n07 (n07-usadf-appeal-untimely.txt): outcome None != 'denied'
- n13 (n13-state-litigation-production.txt): pages_released 500 != None

After general fixes (what was read, with the sentence quoted), 13 of 14. n07 is read denied from "Because your appeal
was not filed within the time allowed, it is untimely, and the Foundation is unable to consider it" (an appeal called
late, then the office unable to hear it). n13 is still wrong.

Then (what was read, with the sentence quoted), 14 of 14. n13: "The Department has completed its review
of an additional 500 pages of potentially responsive material for this production." The production it names is what
the review was for, not a release: the 500 pages are a total reviewed, and the letter counts what it releases in
documents only ("96 documents may be released in full, 77 documents may be released with excisions").
"""

from __future__ import annotations

import pytest
from intake_scoring import pages_in, set_tests

from foiatrack.intake import patterns as P

SET = "heldout480"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("sentence", [
    "Because your appeal was not filed within the time allowed, it is untimely, and the Foundation is unable to "
    "consider it.",
    "Your appeal is untimely; we cannot review it.",
    "As the appeal reached this office after the 90-day deadline, it was not timely filed, and the Agency will not "
    "consider your appeal.",
    "The petition was filed too late, and I am not able to adjudicate it.",
])
def test_an_appeal_called_late_that_the_office_cannot_hear_is_turned_away(sentence: str) -> None:
    assert P.APPEAL_UNTIMELY.search(sentence)


@pytest.mark.parametrize("sentence", [
    "If your appeal is untimely, we cannot consider it.",
    "Although your appeal was untimely, we have considered it on its merits.",
    "Your appeal is timely, and the Foundation is unable to grant it.",
    "Because the response was untimely, we cannot consider your fee.",
])
def test_an_appeal_heard_or_only_possibly_late_is_not_turned_away(sentence: str) -> None:
    assert not P.APPEAL_UNTIMELY.search(sentence)


@pytest.mark.parametrize("sentence", [
    # the wording read (n13): a review "for this production", its pages only reviewed
    "The Department has completed its review of an additional 500 pages of potentially responsive material for this "
    "production.",
    # other wordings of the same idea
    "CBP has reviewed 350 pages of potentially responsive records for this release.",
    "NNSA has processed 400 pages of records for this production.",
    "Ecology reviewed 441 pages for this installment.",
    "The Office of Regulatory Affairs has reviewed 512 pages for the current interim release.",
])
def test_pages_reviewed_for_this_production_are_a_total_not_a_release(sentence: str) -> None:
    counts = pages_in(sentence)
    assert counts.released is None
    assert counts.total is not None


@pytest.mark.parametrize(("sentence", "released"), [
    # near misses: a verb that gives the pages out, whatever production it names
    ("We are enclosing 500 pages for this production.", 500),
    ("500 pages are released for this installment.", 500),
    ("The 212 pages produced in this release are enclosed.", 212),
])
def test_pages_given_out_in_this_production_stay_released(sentence: str, released: int) -> None:
    assert pages_in(sentence).released == released
