"""The three-hundred-and-sixty-seventh held-out set: 14 everyday letters (letters/heldout367) from fourteen federal
departments and agencies other than DHS and DOJ, in the formats they really send: a Navy NAVFAC final response
releasing drinking-water records in part under Exemptions 5 and 6; an Air Force Civil Engineer Center e-mail
acknowledging a request, placing it in the complex track and taking 10 more working days with an estimated completion
date; a Defense Health Agency fee estimate to a commercial requester with an advance payment; an NIH first interim
release (PDF) under Exemptions 4, 5 and 6; a CMS e-mail with its acknowledgement attached in Word granting a fee
waiver; an ACF no-records letter to a lawyer for a detained father; an MSHA full release in Word with a page table; an
ETA e-mail (letter attached as PDF) referring all the records to the Labor OIG; a National Park Service partial release
(PDF) under Exemptions 6, 7(C) and 7(E) with the DOI appeal paragraph; an FSIS fee-waiver denial; a Census Bureau denial
in full (PDF) under Exemption 3 and Title 13; an FTC appeal acknowledgement e-mail; a VA Office of General Counsel
appeal decision in Word granted in part; and an FRA appeal decision affirming Exemption 4. Written blind and committed
before the rules were run on them.

- w01-navy-final-partial.txt: NAVFAC final response, DON-NAVY-2027-000412, 63 pages, 49 in full, 9 in part, 5
  withheld, Exemptions 5 and 6, dated "1 Dec 26".
- w02-usaf-ack-complex-extension.eml: AFCEC acknowledgement, 2027-00581-F, received November 19, 2026, complex track,
  10 more working days, estimated completion February 26, 2027.
- w03-dha-fee-estimate.txt: DHA fee estimate, 27-F-0217, commercial use, $1,140.00 in all, advance payment.
- w04-nih-interim-release.pdf: NIH first interim response, Case No. 62514, 312 pages reviewed, 241 in full, 46 in part,
  25 withheld, Exemptions 4, 5, 6.
- w05-cms-ack-fee-waiver-granted.eml: CMS acknowledgement (attached in Word), control number 112026267015, received
  November 20, 2026, fee waiver granted under 45 C.F.R. 5.54.
- w06-acf-no-records.txt: ACF final response, 2027-ACF-00094, no records of an ORR placement found.
- w07-msha-final-full.docx: MSHA full release, 2026-F-18447, 74 pages in a table.
- w08-eta-referral.eml: ETA final response (attached as PDF), 2027-F-00612, all 143 pages referred to the Labor OIG.
- w09-nps-final-partial.pdf: NPS response, NPS-2027-00163, 112 pages in full, 38 in part, 4 withheld, Exemptions 6,
  7(C), 7(E).
- w10-fsis-fee-waiver-denied.txt: FSIS fee waiver denied, 2027-FSIS-00122-F, commercial interest, no dissemination.
- w11-census-final-denied.pdf: Census Bureau denial, DOC-CEN-2027-000214, 27 pages withheld in full under Exemption 3
  and 13 U.S.C. 9.
- w12-ftc-appeal-ack.eml: FTC Office of the General Counsel appeal acknowledgement, appeal FOIA-2027-00198 of request
  FOIA-2026-01743, received December 1, 2026.
- w13-va-appeal-partly.docx: VA OGC final agency decision, appeal 27-00136-A of request 26-09114-F, granted in part,
  Exemption 5 withholding of the findings reversed, recommendations and Exemption 6 redactions upheld, 14 pages
  released in part.
- w14-fra-appeal-affirmed.txt: FRA Office of the Chief Counsel, appeal FRA-2027-0009-A of request FRA-2026-01274,
  Exemption 4 affirmed.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 Navy final response: 32 C.F.R. part 701 (Initial Denial Authority, appeals to the Office of the General
  Counsel, "FREEDOM OF INFORMATION ACT APPEAL"), http://laws9.com/cfr/text/32/701/12 and
  https://www.govinfo.gov/content/pkg/CFR-2002-title32-vol5/html/CFR-2002-title32-vol5-part701-subpartA.htm
- w02 Air Force acknowledgement: the DoD acknowledgement letters of earlier sets (unusual circumstances, 10 additional
  working days, estimated completion date, OGIS paragraph) and 5 U.S.C. 552(a)(6)(B).
- w03 DHA fee estimate: 32 C.F.R. 286.12 (commercial use requesters, professional rate $48 an hour, $0.15 a page),
  http://www.law.cornell.edu/cfr/text/32/286.12?quicktabs_7=0 and
  https://www.aafes.com/about-exchange/public-affairs/FOIA/fees.htm
- w04 NIH interim release and w06 ACF no records: the HHS appeal paragraph (Deputy Agency Chief FOIA Officer, 90 days,
  "FOIA Appeal"), 45 C.F.R. 5.61 and 5.62, http://federal.elaws.us/cfr/title-45/section-5.62,
  https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61 and
  https://hhs.gov/foia/faqs/how-do-i-appeal-a-denial/index.html
- w05 CMS acknowledgement: 45 C.F.R. 5.54 fee-waiver factors and the CMS FOIA addresses in 45 C.F.R. 5.62,
  http://federal.elaws.us/cfr/title-45/section-5.62
- w07 MSHA full release and w08 ETA referral: 29 C.F.R. 70.22 (appeals to the Solicitor of Labor, FOIA Appeals Unit,
  Room N-2420, "Freedom of Information Act Appeal"), https://stepo.ai/osha/70/70.22 and
  https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24
- w09 NPS partial release: the NPS response letters ("You may appeal this response to the Department's FOIA/Privacy Act
  Appeals Officer ... no later than 90 workdays", the 552(c) notice), https://ufoseekers.com/2020/01/01/foia-nps-2019-01569-death-valley-national-park-ufo-documents/
  and https://docslib.org/doc/10021182/national-park-service-nps-intermountain-region-imr-office-weekly-reports-sent-to-the-nps-national-office-january-1-august-31-2017
- w10 FSIS fee-waiver denial: 7 C.F.R. part 1, appendix A (USDA fee waiver criteria) and the USDA letters of earlier
  sets.
- w11 Census denial: the Census FOIA pages and guide on Exemption 3 and Title 13,
  https://www.census.gov/about/policies/foia/foia-requests/why_is_certain_information_withheld.html,
  https://vdocuments.us/freedom-of-information-act-reference-guide-census-freedom-of-information-act-foia.html,
  Seymour v. Barabba, http://web.openjurist.org/559/f2d/806/seymour-v-p-barabba-us, and the Commerce appeal paragraph
  of earlier sets.
- w12 FTC appeal acknowledgement: 16 C.F.R. 4.11 (requests and appeals to the Office of the General Counsel),
  http://federal.elaws.us/cfr/16-cfr-4.11(a)(1)(ii) and https://docslib.org/doc/8209767/foia-handbook
- w13 VA appeal decision: 38 C.F.R. 1.559 (appeals to the Office of the General Counsel (024)),
  https://ecfr.io/Title-38/Section-1.559, and the VA tracking numbers on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/upper-level-vba-loan-guaranty-employees-deliberative-process-regarding-va-circular-26-20-12-161423
- w14 FRA appeal decision: the DOT appeal decisions of earlier sets (NHTSA, FAA) and Food Marketing Institute v. Argus
  Leader Media on Exemption 4.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 836a6ac3: 9 of 14 fully right. Wrong were:
- w03 (w03-dha-fee-estimate.txt): kinds ['acknowledged', 'fee_estimate'] != ['fee_estimate']; received '2026-11-02' !=
  None
- w08 (w08-eta-referral.eml): outcome 'full_grant' != 'other'; pages_released 143 != None
- w10 (w10-fsis-fee-waiver-denied.txt): kinds ['acknowledged', 'fee_waiver_decision'] != ['fee_waiver_decision'];
  received '2026-11-03' != None
- w11 (w11-census-final-denied.pdf): outcome 'partial_grant' != 'denied'; pages_released 27 != None; pages_withheld None
  != 27
- w13 (w13-va-appeal-partly.docx): exemptions ['(b)(6)'] != ['(b)(5)', '(b)(6)']
Its expected values for w03 and w10 were then corrected, in a commit of its own, to the earlier sets' convention (a
letter on fees or a fee waiver that says when the request was received acknowledges it too: heldout357 a05, heldout353
c03, heldout334 s10; "Your request was received in this office on November 2, 2026", "received by the Food Safety and
Inspection Service (FSIS) FOIA Office on November 3, 2026"), 11 of 14.
After general fixes: w11's pages named after "no portion of" are
withheld, none released ("no portion of the 27 pages can be segregated and released"); w08's records all referred are
no release where the letter only asks whether they may be released ("is best able to determine whether they may be
released, we have referred the 143 pages to the OIG"), nor a search that found none where it finds none of its own
beside the referral ("no records originating with ETA were located"), 13 of 14.
After general fixes (a ground a decision in part reverses for some records still applies where another sentence keeps
it: the release now "with only the Exemption 5 and Exemption 6 redactions upheld in this decision remaining", or a
withholding under it affirmed by name), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.intake import patterns as P

SET = "heldout367"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_DECISION = ("This is the final agency decision on your FOIA appeal. For the reasons set forth below, your appeal is "
             "granted in part and denied in part. ")


@pytest.mark.parametrize(("body", "exemptions"), [
    (_DECISION + "VHA's withholding under Exemption 5 of the findings of fact and conclusions is therefore reversed. "
     "VHA's remaining Exemption 6 redactions are upheld. VHA has provided this office with the re-processed records, "
     "and 14 pages are enclosed, released in part, with only the Exemption 5 and Exemption 6 redactions upheld in this "
     "decision remaining.", ("(b)(5)", "(b)(6)")),
    (_DECISION + "The withholding under Exemption 5 of the factual portions of the report is reversed. The withholding "
     "of the recommendations under Exemption 5 is affirmed. The withholding of names under Exemption 6 is affirmed.",
     ("(b)(5)", "(b)(6)")),
    # The near miss: the ground reversed and kept nowhere else stays out.
    (_DECISION + "VHA's withholding under Exemption 5 of the findings of fact is therefore reversed. VHA's Exemption 6 "
     "redactions are upheld.", ("(b)(6)",)),
])
def test_a_ground_reversed_for_some_records_and_kept_for_the_rest_applies(body: str,
                                                                          exemptions: tuple[str, ...]) -> None:
    [event] = events_in(body)
    assert event.exemptions == exemptions


@pytest.mark.parametrize(("text", "found"), [
    ("14 pages are enclosed, released in part, with only the Exemption 5 and Exemption 6 redactions upheld", True),
    ("The pages are released with the (b)(6) and (b)(7)(C) excisions.", True),
    ("The report is enclosed with Exemptions 6 and 7(C) redactions.", True),
    # The near misses: redactions taken away, and redactions whose ground is not named.
    ("The report is enclosed with the Exemption 5 redactions removed.", False),
    ("The report is enclosed with the redactions.", False),
])
def test_the_ground_of_a_release_named_before_its_redactions(text: str, found: bool) -> None:
    assert bool(P.RELEASED_REDACTED_UNDER.search(text)) is found
