"""The four-hundred-and-seventieth held-out set: 14 letters (letters/heldout470) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a National Mediation Board e-mail
acknowledging an appeal with its docket number and day of receipt; a VA Office of General Counsel final agency decision
(PDF) affirming a VBA regional office's Exemption 6 withholding of the veterans named in a special review; a Labor
Department Office of the Solicitor appeal decision in Word granted in part for an OFCCP compliance evaluation file,
with a table, releasing 14 more pages and upholding Exemption 4 for 32; an Agricultural Research Service Administrator
reversing an Exemption 5 withholding of a peer review panel's report; an Office of Information Policy letter remanding
an Environment and Natural Resources Division no-records answer for a search of e-mail; an Occupational Safety and
Health Review Commission e-mail dismissing an appeal filed after the 90 days; an Arkansas Attorney General opinion
(PDF) finding a city custodian's decision on a department head's separation records partially consistent with the
FOIA (opinion number only); a Maryland Public Access Ombudsman final determination closing a mediation partly
resolved; a Charlotte-Mecklenburg police release in Word of body-worn and dashboard camera recordings under a Superior
Court order, with a table; a Labor Department OWCP supplemental response after OGIS assistance; a SAMHSA e-mail asking
whether the requester still wants the records, with the 30-day close; a Justice Department Civil Division letter
administratively closing a request now in a lawsuit; a DHS Office of Intelligence and Analysis fourth interim
production (PDF) in FOIA litigation; and an HHS letter closing an appeal of an AHRQ answer as moot after a revised
release. Written blind and committed before the rules were run on them.

- y01-nmb-appeal-ack.eml: National Mediation Board Office of the General Counsel, FOIA Appeal No. 2027-A-003 of
  request NMB-FOIA-2026-0041, received Friday, December 4, 2026.
- y02-vba-appeal-affirmed.pdf: VA Office of General Counsel (024), OGC Case No. 27-0118-FA of VBA request
  26-14872-F, appeal denied: Exemption 6 upheld for the veterans' names, file numbers and diagnoses.
- y03-ofccp-appeal-partly.docx: DOL Office of the Solicitor, FOIA Appeal No. 2027-A-00214 of OFCCP request
  2026-F-09318, granted in part and denied in part: 14 additional pages to be released, 32 still withheld in full
  under Exemption 4, employee names still redacted under Exemption 6 (not reviewed); a table of the records.
- y04-ars-appeal-reversed.txt: USDA Agricultural Research Service Administrator, appeal 2027-REE-00027-A of request
  2026-REE-03318-F, initial determination reversed: the 16-page panel report to be released without redaction.
- y05-enrd-appeal-remanded.txt: DOJ Office of Information Policy, Appeal No. A-2027-00412 of ENRD request
  FOIA-2026-00871, remanded to ENRD for a further search of the trial attorneys' e-mail.
- y06-oshrc-appeal-untimely.eml: OSHRC Chief FOIA Officer for the Chairman, OSHRC FOIA No. 26-017 (Appeal 27-01),
  dismissed as received 35 days after the 90 calendar days of 29 C.F.R. part 2201.
- y07-ar-ag-foia-opinion.pdf: Arkansas Attorney General Opinion No. 2026-187 under A.C.A. § 25-19-105(c)(3)(B)(i),
  City of Conway custodian's decision partially consistent: redactions under A.C.A. § 25-19-105(b)(12) and the
  withholding of a reprimand under § 25-19-105(c)(1) upheld, the investigation report and notice of termination to be
  released.
- y08-md-ombudsman-final-determination.txt: Maryland Public Access Ombudsman final determination, Matter No.
  PAO-27-0307 on Anne Arundel County Police Department PIA Request No. 26-4471, dispute resolved in part and the
  remainder not resolved; the matter closed.
- y09-nc-cmpd-release-after-court-order.docx: Charlotte-Mecklenburg Police Department, request CMPD-PRR-2026-06318,
  three recordings released under a Superior Court order under N.C. Gen. Stat. § 132-1.4A(g), one with minors' faces
  blurred, the later officers' recordings not released (a table); the request closed.
- y10-owcp-supplemental-after-ogis.txt: DOL OWCP Division of Energy Employees Occupational Illness Compensation,
  request 2026-F-11427, supplemental response after OGIS: 12 more pages (3 in full, 9 in part), 2 still withheld in
  full, Exemptions 5 and 6.
- y11-samhsa-still-interested.eml: SAMHSA FOIA Office "still interested?" e-mail, 26-F-0187, 30 calendar days to
  reply (by January 17, 2027), an invitation to narrow.
- y12-civ-closed-litigation.txt: DOJ Civil Division FOIA/PA Office, 145-FOI-21874, administratively closed because
  the request is the subject of a lawsuit.
- y13-dhs-ia-litigation-production.pdf: DHS I&A fourth interim production in litigation, 2026-IAFO-00214, 436 pages
  reviewed, 118 in full, 224 in part, 53 withheld in full, 41 non-responsive or duplicate, 19 referred to CBP;
  Exemptions 3 (50 U.S.C. § 3024(i)(1)), 5, 6, 7(C) and 7(E).
- y14-ahrq-appeal-moot.txt: HHS Assistant Secretary for Public Affairs, FOIA Appeal 2027-00096-A-AHRQ of request
  2026-00612-FOIA-AHRQ, closed as moot after AHRQ's revised release.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- y01 NMB appeal acknowledgement: the Board's FOIA regulations, 29 C.F.R. part 1208,
  https://www.ecfr.gov/current/title-29/subtitle-B/chapter-X/part-1208, and the appeal acknowledgements of earlier
  sets.
- y02 VA appeal decision: VA request numbers (24-11792-F) and VBA processing,
  https://muckrock.com/foi/united-states-of-america-10/upper-level-vba-loan-guaranty-employees-deliberative-process-regarding-va-circular-26-20-12-161423,
  and 38 C.F.R. 1.557 to 1.559 (appeals to the Office of General Counsel),
  https://www.ecfr.gov/current/title-38/chapter-I/part-1
- y03 DOL appeal decision: 29 C.F.R. 70.22 and 70.26 (appeals to the Solicitor, Executive Order 12600 notice) and
  OFCCP's FOIA page, https://dol.gov/agencies/ofccp/faqs/foia, and the Exemption 4 dispute over contractors' data,
  https://blog.dciconsult.com/california-district-court-rules-in-favor-of-center-for-investigative-reporting-in-ongoing-dol-case
- y04 ARS appeal decision: USDA's FOIA regulations, 7 C.F.R. 1.14 (appeals decided by the agency head),
  https://www.ecfr.gov/current/title-7/subtitle-A/part-1/subpart-A, and OHA's reversal and remand summaries,
  https://www.energy.gov/oha/downloads/fia-19-0010-matter-american-oversight
- y05 OIP remand: OIP's appeal letters and its guidance on adjudicating appeals,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html and
  https://about.usps.com/handbooks/as353/as353c4_039.htm (remand in whole or in part for further processing)
- y06 OSHRC untimely appeal: the Commission's FOIA rules, 29 C.F.R. part 2201 (the Chairman and the Chief FOIA
  Officer), https://checkoutapi.com/regulations/expand/title29_chapterXX_part2201_section2201.7, its FOIA reference
  guide, https://www.oshrc.gov/foia/the-freedom-of-information-act-reference-guide/, and the untimely-appeal
  dismissals of earlier sets.
- y07 Arkansas Attorney General opinion: the Office's FOIA opinions ("Is the custodian's decision ... consistent with
  the Arkansas Freedom of Information Act?", "partially consistent"), https://arkansasag.gov/ ,
  https://ezel.ai/ag-opinions/ar/2025-094-question-is-the-custodian-s-decision-to-withhold-the-request and
  https://arkansas.lexroll.com/opinion-no-2010-119/amp
- y08 Maryland Ombudsman final determination: GP § 4-1B-04 and the Ombudsman's dispute resolution process ("the
  Ombudsman will issue a written Final Determination"), https://piaombuds.maryland.gov/Pages/RequestMediation.aspx
  and https://codes.findlaw.com/md/general-provisions/md-code-gen-provis-sect-4-1a-05/
- y09 CMPD release under court order: N.C. Gen. Stat. § 132-1.4A,
  https://lawserver.com/law/state/north-carolina/nc-laws/north_carolina_laws_132-1-4a and
  https://nccriminallaw.sog.unc.edu/may-a-police-department-release-its-own-body-worn-camera-footage-to-the-public/
- y10 OWCP supplemental response: DOL's response and appeal language (foiaappeals@dol.gov, "Freedom of Information
  Act Appeal" on the envelope), 29 C.F.R. 70.22, and the supplemental releases after OGIS of earlier sets.
- y11 SAMHSA still-interested e-mail: HHS FOIA regulations, 45 C.F.R. part 5 (requests closed when the requester
  does not answer), https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5, and the still-interested
  letters of earlier sets.
- y12 Civil Division closure for litigation: the Division's FOIA/PA Office (145-FOI- numbers) and OIP's court
  decision summaries, https://www.usdoj.gov/oip/foiapost/2007foiapost19.htm, and the litigation closures of earlier
  sets.
- y13 DHS I&A litigation production: DHS interim releases ("releasable in their entirety ... partially releasable
  ... withheld in their entirety"), http://www.scribd.com/doc/145514081/2013-HQFO-00304-First-Interim-Response-Letter
  and https://assets.documentcloud.org/documents/5977946/DHS-FOIA-Response-Regarding-Border-Militias.txt, and I&A
  request numbers (2016-IAFO-00220), https://www.foiabasics.org/admin-appeal-example-2
- y14 HHS appeal closed as moot: HHS FOIA regulations, 45 C.F.R. 5.61 to 5.63 (appeals to the Deputy Agency Chief
  FOIA Officer), https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5, and the moot appeals of
  earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 34f3fd36: 9 of 14 fully right. Wrong were:
- y03 (y03-ofccp-appeal-partly.docx): pages_released 23 != 14; pages_withheld 37 != 32
- y04 (y04-ars-appeal-reversed.txt): pages_released None != 16
- y06 (y06-oshrc-appeal-untimely.eml): appeal_number '24-1187' != '27-01'
- y08 (y08-md-ombudsman-final-determination.txt): kinds ['final_determination'] != ['appeal_decision']; appeal_number
  None != 'PAO-27-0307'; outcome 'partial_grant' != 'other'; exemptions ['(b)(1)', 'Gen. Prov. § 4-1', 'Gen. Prov. §
  4-351'] != None
- y09 (y09-nc-cmpd-release-after-court-order.docx): outcome None != 'partial_grant'; exemptions ['N.C. Gen. Stat. §
  132-1.4(c)', 'N.C. Gen. Stat. § 132-1.4A(b)'] != None

After general fixes (what was read, with the sentence quoted; tests below), 11 of 14: y03's "OFCCP will release to you
14 additional pages: the 9 pages of the Conciliation Agreement and Notice of Violation without the Exemption 4
redactions, and 5 pages of the AAP that were withheld in full" is a sum at a colon and its items, the first naming its
pages with the article, counted once as the 14 (not 9 more released, nor 5 more withheld); y04's "The REE FOIA Office
has been instructed to release the 16-page report to you without redaction" is the decision's release, as "directed to
release" was (not "instructed ... not to release"). y06, y08 and y09 were not yet right.

Then (tests below): the docket of the proceeding whose records the request sought, named by its
parties in the sentence that says so ("That request sought the settlement conference notes ... in Secretary of Labor
v. Halloway Steel Erectors, LLC, OSHRC Docket No. 24-1187"), is the records', not the appeal's: y06 right. A mediator
closing its mediation ("It concludes our mediation of the dispute over Mr. Quist-Mahlangu's Public Information Act
request", Maryland's Public Access Ombudsman) decides the review and rules on nothing: an appeal decision, outcome
other, no exemptions (as set 151's n11 logs the Ombudsman's acknowledgement as an appeal's): y08 right. 13 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout470"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "y09-nc-cmpd-release-after-court-order.docx",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_REVERSAL = ("This is in response to your letter appealing the decision of the FOIA Office on your request for the "
             "panel's summary report. The FOIA Office withheld the 16-page summary report in its entirety under FOIA "
             "Exemption 5. I am therefore reversing the initial determination and granting your appeal in full. "
             "{order}")


def _decision_pages_released(order: str) -> int | None:
    found = [e for e in events_in(_REVERSAL.format(order=order)) if e.kind is EventKind.APPEAL_DECISION]
    return found[0].pages_released if found else None


@pytest.mark.parametrize("order", [
    # the wording read (y04): the office instructed to release the record counted before
    "The FOIA Office has been instructed to release the 16-page report to you without redaction, and you should "
    "receive it within ten working days.",
    # other wordings of the same idea
    "I have instructed the FOIA Office to release the 16-page report to you in full.",
    "The FOIA Office is instructed to disclose the 16-page report to you without redaction.",
    "I have directed the FOIA Office to release the 16-page report to you.",
])
def test_pages_an_office_is_instructed_to_release_are_released(order: str) -> None:
    assert _decision_pages_released(order) == 16


@pytest.mark.parametrize("order", [
    # near misses: an instruction not to release, or to do something else
    "I have instructed the FOIA Office not to release the 16-page report until the submitter is notified.",
    "The FOIA Office has been instructed to search again for the panel's working papers.",
])
def test_an_instruction_that_releases_nothing_counts_no_pages(order: str) -> None:
    assert _decision_pages_released(order) is None


@pytest.mark.parametrize(("sentence", "released", "withheld"), [
    # the wording read (y03): the sum at a colon, then its items, the first naming its pages with the article
    ("As a result of this decision, OFCCP will release to you 14 additional pages: the 9 pages of the Conciliation "
     "Agreement and Notice of Violation without the Exemption 4 redactions, and 5 pages of the AAP that were withheld "
     "in full, with employee names redacted under Exemption 6.", 14, None),
    # other wordings of the same idea
    ("The Bureau will release 12 more pages: the 8 pages of the audit report without the earlier redactions, and the "
     "4 pages of the cover memoranda that were withheld in full.", 12, None),
    # near misses: items that do not add up to the sum are read as they stand
    ("The Bureau will release 12 more pages: the 8 pages of the audit report, and the 6 pages of the cover memoranda "
     "that were withheld in full.", 20, 6),
])
def test_items_naming_their_pages_with_the_article_after_a_sum_at_a_colon_are_counted_once(
        sentence: str, released: int, withheld: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)
@pytest.mark.parametrize("caption", [
    "That request sought the settlement conference notes in Secretary of Labor v. Halloway Steel Erectors, LLC, "
    "OSHRC Docket No. 24-1187.",
    "You requested the hearing transcript of Roe v. City of Eastfield, Case No. 26-0412.",
    "Your request sought the exhibits filed in Acme Holdings, Inc. v. National Labor Relations Board, Docket No. "
    "25-3318.",
])
def test_the_docket_of_the_proceeding_the_records_belong_to_is_not_the_appeals(caption: str) -> None:
    found = events_in(f"{caption} Because the appeal was not timely filed, it is dismissed. This dismissal is the "
                      "Commission's final action on FOIA No. 26-017 (Appeal 27-01).")
    assert [(e.kind, e.appeal_number) for e in found] == [(EventKind.APPEAL_DECISION, "27-01")]


def test_a_review_bodys_docket_in_its_own_caption_is_still_the_appeals() -> None:
    # Near miss: no request sought the case; the caption names the appeal itself.
    found = events_in("Re: Jane Roe v. Town of Eastfield, Docket No. FIC 2026-0412\n\nThe appeal is dismissed as "
                      "untimely.")
    assert [e.appeal_number for e in found] == ["FIC 2026-0412"] or [e.appeal_number for e in found] == [
        "2026-0412"]


@pytest.mark.parametrize("closing", [
    "It concludes our mediation of the dispute over your Public Information Act request to the Department.",
    "The parties could not resolve the rest of the dispute, and we are closing this mediation.",
    "Our mediation file is now closed.",
    "This letter closes the Ombudsman's mediation of your dispute with the County.",
])
def test_a_mediator_closing_its_mediation_decides_the_review_with_no_verdict(closing: str) -> None:
    found = events_in(f"{closing} The Department had denied access to the files under § 4-351 of the General "
                      "Provisions Article.")
    assert [(e.kind, e.outcome, e.exemptions) for e in found] == [(EventKind.APPEAL_DECISION, Outcome.OTHER, ())]


@pytest.mark.parametrize("body", [
    # near misses: a mediation foreseen, or the law's condition
    "If the mediation is closed without agreement, the Ombudsman will issue a final determination.",
    "Once this mediation concludes, you may file a complaint with the Compliance Board.",
    "A complaint may be filed after the Government Records Ombudsman certifies in writing that mediation is "
    "concluded.",
])
def test_a_mediation_foreseen_decides_nothing(body: str) -> None:
    assert EventKind.APPEAL_DECISION not in [e.kind for e in events_in(body)]
