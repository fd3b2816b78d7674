"""The four-hundred-and-eighty-ninth held-out set: 14 letters (letters/heldout489) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: an Interior FOIA Appeals Office
e-mail acknowledging an appeal of an Office of Natural Resources Revenue request with its FOIA/PA appeal number and
day of receipt; an OSD/JS appeal decision (PDF) affirming the Pentagon Force Protection Agency's withholdings under
Exemptions 6, 7(C), 7(E) and 7(F); a Labor Solicitor's appeal decision in Word on a Bureau of Labor Statistics request
granted in part (14 more pages, CIPSEA under Exemption 3 and Exemption 5 upheld for 12 pages, a table); a Justice
Office of Information Policy decision reversing the COPS Office's Exemption 5 withholding of a grant monitoring
report; a National Agricultural Statistics Service Administrator remanding a no-records answer for a new search; a
Coast Guard administrative law judge's e-mail dismissing a Federal Protective Service appeal as untimely (90 working
days); a Pennsylvania Office of Open Records final determination (PDF) granting in part an appeal against PennDOT;
a Washington Attorney General's opinion under RCW 42.56.530 on a Liquor and Cannabis Board denial; a Charleston
County Sheriff's Office production in Word after a circuit court's order; a Defense Commissary Agency supplemental
release after OGIS; a DoDEA e-mail asking whether the requester is still interested; a scanned AFOSI memorandum
closing a request now in litigation; a DOJ Inspector General third production in FOIA litigation; and a Bexar
County Sheriff's Office release after an Attorney General letter ruling. Written blind and committed before the
rules were run on them.

- w01-doi-onrr-appeal-ack.eml: DOI FOIA Appeals Office, FOIA/PA Appeal No. 2027-067 of request OS-2026-01874 (ONRR),
  received December 4, 2026.
- w02-pfpa-appeal-affirmed.pdf: OSD/JS FOIA Appeals, appeal 27-A-0041-A1 of request 26-F-1873 (PFPA incident
  records), denied: Exemptions 6, 7(C), 7(E) and 7(F) affirmed; the signature on a second page.
- w03-dol-bls-appeal-partly.docx: DOL Office of the Solicitor, appeal 2027-A-00133 of BLS request 2026-F-09184,
  granted in part: 14 data-quality pages to be released by BLS, 12 still withheld in full under Exemption 3 (CIPSEA,
  44 U.S.C. § 3572) and Exemption 5, Exemption 6 redactions affirmed; a table of the records.
- w04-cops-appeal-reversed.txt: DOJ OIP, appeal A-2027-00412 of COPS Office request 26-COPS-00187, reversed: the
  9-page site visit report withheld under Exemption 5 to be released in full by the COPS Office.
- w05-usda-nass-appeal-remanded.txt: NASS, appeal 2027-NASS-00021-A of request 2026-NASS-00614-F, no-records answer
  remanded to the FOIA Office for a new search (7 C.F.R. § 1.14).
- w06-fps-appeal-untimely.eml: USCG Office of the Chief Administrative Law Judge for DHS, appeal 2027-HQAP-00118 of
  FPS request 2026-MGFO-00742, dismissed as transmitted after the 90 working days of 6 C.F.R. § 5.8(a)(1).
- w07-pa-oor-final-determination.pdf: Pennsylvania Office of Open Records, AP 2026-2914, PennDOT Right-to-Know
  Request No. 2026-1187, granted in part and denied in part: the bridge inspection reports (23 U.S.C. § 407 not
  shown) and load-rating figures to be provided, the memoranda properly withheld under 65 P.S. § 67.708(b)(10)(i)(A).
- w08-wa-ago-review-of-denial.txt: Washington Attorney General opinion, file PRR-2026-0147, LCB request L26-04871:
  RCW 42.56.240(1) does not exempt the closed investigative file, the complainant's identity properly redacted under
  RCW 42.56.240(2).
- w09-sc-ccso-release-after-order.docx: Charleston County Sheriff's Office, CCSO FOIA 2026-1193, 112 pages produced
  under a circuit court's order with redactions under S.C. Code Ann. § 30-4-40(a)(2) and § 30-2-330 (a table), none
  withheld in full.
- w10-deca-supplemental-after-ogis.txt: Defense Commissary Agency, FOIA Case DeCA 26-0147, supplemental release after
  OGIS: 16 pages (5 in full, 11 in part), 6 still withheld in full, Exemptions 4 and 6.
- w11-dodea-still-interested.eml: DoDEA "still interested?" e-mail, DoDEA-2026-F-00233, 30 calendar days to reply.
- w12-afosi-closed-litigation.pdf: scanned AFOSI memorandum administratively closing 2026-04711-F because the
  request is in litigation ("does not constitute a denial").
- w13-doj-oig-litigation-production.txt: DOJ OIG third partial response in litigation, 26-OIG-214, 512 pages
  processed, 388 in full, 97 in part, 27 withheld, Exemptions 5, 6, 7(C), 7(E), 43 pages referred to BOP.
- w14-tx-bexar-so-release-after-ag-ruling.txt: Bexar County Sheriff's Office, request R118734-092126, 46 pages
  released after Letter Ruling OR2026-28714 with redactions under Gov't Code §§ 552.108(a)(1), 552.101 and 552.130,
  19 pages withheld under 552.108(a)(1).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 Interior appeal acknowledgement: the FOIA Appeals Office's pages and 43 C.F.R. part 2 ("FREEDOM OF INFORMATION
  APPEAL", the Office of the Solicitor, 1849 C Street), https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm,
  http://www.fws.gov/irm/bpim/appeal2.html and http://www.law.cornell.edu/cfr/text/43/2.30; ONRR requests filed
  through the Office of the Secretary, https://www.onrr.gov/FOIA/index.htm
- w02 OSD/JS appeal decision: the OSD/JS FOIA case files and appeals (4800 Mark Center Drive),
  https://dpcld.defense.gov/Privacy/SORNsIndex/DOD-wide-SORN-Article-View/Article/570752/dwhs-e02, and the appeal
  decisions of earlier sets.
- w03 Labor appeal decision: 29 C.F.R. § 70.22 (appeals decided by the Solicitor of Labor) and the CIPSEA withholding
  of earlier sets; the layout of the SEC decision in heldout407 y03.
- w04 OIP appeal decision: OIP's guidance on adjudicating administrative appeals and its stock closing paragraphs,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html and
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter
- w05 USDA remand: 7 C.F.R. § 1.14 (appeals decided by the agency's appeal official) and the remands of earlier sets.
- w06 DHS appeal dismissed as untimely: 6 C.F.R. § 5.8 (90 working days; adjudication by the Office of the General
  Counsel or its designee), https://ecfr.federalregister.gov/current/title-6/chapter-I/part-5/subpart-A/section-5.8,
  the Coast Guard's role in DHS appeals, https://www.muckrock.com/project/foia-administrative-record-in-cases-with-successful-administrative-appeal-941/
  and https://www.maritimelegalaid.com/foia/mlaa-prepares-for-full-scale-litigation-against-uscg-court-system
- w07 Pennsylvania OOR final determination: the OOR's final determinations ("FINAL DETERMINATION", "Docket No.: AP",
  "the appeal is granted in part and denied in part", the Commonwealth Court notice),
  https://lawsdocbox.com/amp/76784313-Legal_Issues/Final-determination-introduction-amanda-st-hilaire-a-reporter-for-abc27-news-collectively-the-requester-submitted.html,
  https://ja.scribd.com/document/363123321/Gillen-PennDOT-OOR-Appeal-10-24-2017 and
  https://delawareriverkeeper.org/delaware-riverkeeper-network-v-pennsylvania-department-transportation-oor-dkt-ap-2012-1968-appeals
- w08 Washington Attorney General review: RCW 42.56.530 and WAC 44-06-160 as the agencies describe them,
  https://doc.wa.gov/records/public-records-act/review-agency-denials and
  http://app.leg.wa.gov/WAC/default.aspx?cite=292-130-140
- w09 Charleston County release after a court order: the South Carolina Freedom of Information Act (§ 30-4-40
  exemptions, § 30-4-30 fees), http://www.sccourts.org/summaryCourtBenchBook/displaychapter.cfm?chapter=GeneralG and
  https://clawsonfargnoli.com/freedom-of-information-act/
- w10 DeCA supplemental release after OGIS: the supplemental releases after OGIS of earlier sets and the DoD
  component appeal paragraph (90 calendar days).
- w11 DoDEA still-interested e-mail: DoDEA's FOIA Requester Service Center page (4800 Mark Center Drive, (571)
  372-1890, FOIA Public Liaison 571-372-0462), https://www.dodea.edu/Offices/ExecutiveServices/foia.cfm
- w12 AFOSI closure for litigation: the Air Force memorandum format and the OLC letter on a request in litigation,
  https://knightcolumbia.org./documents/z92tjtub6p
- w13 DOJ OIG litigation production: the OIG's partial response in Citizens United v. DOJ ("Subject: Freedom of
  Information/Privacy Act Requests [20-OIG-171]", "We have processed 460 pages", the list of exemptions),
  https://www.scribd.com/document/630191231/CU-v-DOJ-IG-Production-1
- w14 Bexar County release after an Attorney General ruling: the Texas Public Information Act releases after letter
  rulings of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c0306872: 8 of 14 fully right. Wrong were:
- w03 (w03-dol-bls-appeal-partly.docx): pages_withheld 6 != 12
- w07 (w07-pa-oor-final-determination.pdf): exemptions ['23 U.S.C. § 407', '65 P.S. § 67.708(b)(10)(i)(A)'] != ['65 P.S.
  § 67.708(b)(10)(i)(A)']
- w08 (w08-wa-ago-review-of-denial.txt): kinds ['final_determination'] != ['appeal_decision']; appeal_number None !=
  'PRR-2026-0147'; exemptions ['RCW 42.56.240(1)', 'RCW 42.56.240(2)'] != ['RCW 42.56.240(2)']
- w09 (w09-sc-ccso-release-after-order.docx): exemptions ['S.C. Code Ann. § 30-4-40(a)(3)', 'S.C. Code Ann. §
  30-4-40(a)(2)', 'S.C. Code Ann. § 30-2-330'] != ['S.C. Code Ann. § 30-4-40(a)(2)', 'S.C. Code Ann. § 30-2-330']
- w10 (w10-deca-supplemental-after-ogis.txt): tracking ['202702118'] != DeCA 26-0147; not matched to its request (the
  OGIS case number read first, the agency's own "FOIA Case: DeCA 26-0147" not taken for a request number)
- w12 (w12-afosi-closed-litigation.pdf): outcome None != 'other'
After general fixes (a closure for litigation read past a bare paragraph number between the litigation and the closing,
as a memorandum's numbered paragraphs leave it: "Because the request is now the subject of litigation, any further
processing of it will be conducted under the supervision of the court ..." then "3. Accordingly, we are
administratively closing FOIA request 2026-04711-F in our tracking system."), 9 of 14: w12 right.
After the office's initials written in mixed case read as the prefix of its number ("FOIA Case: DeCA 26-0147", as the
DoD Education Activity writes "DoDEA 2026-0233"), 10 of 14: w10 right and matched to its request.
After the pages an appeal decision keeps back read from its table of the records where the text names only one row's
("Six pages withheld in full ... remain withheld in full" and "The other 6 pages ... remain withheld" above two rows of
6 pages withheld, the table releasing the 14 pages the text releases), 11 of 14: w03 right.
After a ground a court or review body found not to reach the records read as not applied ("The Court found that the
records were not exempt as records compiled for law enforcement purposes under S.C. Code Ann. § 30-4-40(a)(3), because
the related criminal matters had concluded, ..."), 12 of 14: w09 right.
After the one ground the agency argued set aside where the review then finds its burden not met, naming no ground ("The
Department argues that the inspection reports are protected by 23 U.S.C. § 407, ..." and "The Department has not met
its burden of proving that the reports are exempt."), 13 of 14: w07 right.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout489"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "w08-wa-ago-review-of-denial.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- An office's initials in mixed case before its number ------------------------------------------------------------


@pytest.mark.parametrize(("head", "number"), [
    # w10's wording: the agency's own case above OGIS's, which is not the request's number
    ("FOIA Case: DeCA 26-0147\nOGIS Case No. 202702118", "DeCA 26-0147"),
    ("Re: FOIA Request DoDEA 2026-0233", "DoDEA 2026-0233"),
    ("Subject: Your FOIA case DoD 27-0412", "DoD 27-0412"),
])
def test_an_offices_initials_in_mixed_case_are_part_of_its_number(head: str, number: str) -> None:
    body = (f"{head}\n\nDear Ms. Roe:\n\nWe have completed our search and located no records responsive to your "
            "request.")
    assert [e.tracking_number for e in events_in(body)] == [number]


@pytest.mark.parametrize("head", [
    # The near misses: a word in title case, no office's initials, before the figures is no part of a number
    "FOIA Case: Vol 26-0147",
    "Re: FOIA Request Item 2026-0233",
])
def test_a_word_in_title_case_before_figures_is_no_offices_prefix(head: str) -> None:
    body = (f"{head}\n\nDear Ms. Roe:\n\nWe have completed our search and located no records responsive to your "
            "request.")
    assert [e.tracking_number for e in events_in(body)] == [None]


# --- A closure for litigation after a bare paragraph number ----------------------------------------------------------


@pytest.mark.parametrize(("reason", "closing"), [
    # w12's wording: a memorandum's numbered paragraphs, the litigation said in the paragraph before the closing
    ("Because the request is now the subject of litigation, any further processing of it will be conducted under "
     "the supervision of the court.",
     "3. Accordingly, we are administratively closing FOIA request 2026-04711-F in our tracking system."),
    ("As your client has filed a lawsuit concerning this request, the records will be processed in that case.",
     "4. We are therefore closing your request."),
    ("The request is now the subject of a pending civil action in federal court.",
     "(c) The Bureau has administratively closed your request."),
])
def test_a_closure_for_litigation_read_past_a_paragraph_number(reason: str, closing: str) -> None:
    body = f"1. This responds to your request.\n\n2. {reason}\n\n{closing}"
    events = events_in(body)
    assert [e.kind for e in events] == [EventKind.FINAL_DETERMINATION]
    assert events[0].outcome == "other"


@pytest.mark.parametrize("reason", [
    # The near misses: a lawsuit offered as a right, or none at all, before the numbered closing
    "If you file a lawsuit concerning this request, the records will be processed in that case.",
    "We searched the records of the Detachment and located nothing responsive.",
])
def test_a_closure_after_a_paragraph_number_with_no_litigation_is_not_one_for_litigation(reason: str) -> None:
    body = (f"1. This responds to your request.\n\n2. {reason}\n\n"
            "3. Accordingly, we are administratively closing your request.")
    assert [e.outcome for e in events_in(body)] != ["other"]


# --- A ground a court or review body found did not reach the records ------------------------------------------------

_WITHHELD_BEFORE = ("The Department redacted the names of witnesses under S.C. Code Ann. § 30-4-40(a)(2) and withheld "
                    "the incident logs under S.C. Code Ann. § 30-4-40(a)(3). ")
_RELEASED_NOW = " Your request is granted in part; the enclosed 12 pages are released with redactions."


@pytest.mark.parametrize("finding", [
    # w09's wording: the court's order recited in the release that complies with it
    "The Court found that the records were not exempt as records compiled for law enforcement purposes under S.C. "
    "Code Ann. § 30-4-40(a)(3), because the related criminal matters had concluded.",
    "The Commission concluded that the incident logs are not exempt under S.C. Code Ann. § 30-4-40(a)(3), and "
    "ordered their release.",
    "The circuit court held that the logs were not protected by S.C. Code Ann. § 30-4-40(a)(3).",
])
def test_a_ground_found_not_to_reach_the_records_is_not_logged(finding: str) -> None:
    found = events_in(_WITHHELD_BEFORE + finding + _RELEASED_NOW)
    assert [e.exemptions for e in found] == [("S.C. Code Ann. § 30-4-40(a)(2)",)]


@pytest.mark.parametrize("not_a_finding", [
    # The near misses: the requester's argument, and a finding that keeps a part back under the ground
    "You argue that the court found that the logs are not exempt under S.C. Code Ann. § 30-4-40(a)(3).",
    "The court found that the logs are not exempt except for the witness statements, which remain withheld under "
    "S.C. Code Ann. § 30-4-40(a)(3).",
    "The court found that the logs are exempt under S.C. Code Ann. § 30-4-40(a)(3).",
])
def test_a_ground_argued_against_or_kept_for_a_part_is_still_logged(not_a_finding: str) -> None:
    found = events_in(_WITHHELD_BEFORE + not_a_finding + _RELEASED_NOW)
    assert [e.exemptions for e in found] == [("S.C. Code Ann. § 30-4-40(a)(2)", "S.C. Code Ann. § 30-4-40(a)(3)")]

# --- A ground the agency argued, its burden found not met ------------------------------------------------------------

_REVIEWED = ("The Department withheld the inspection reports under 23 U.S.C. § 407 and the memoranda under 65 P.S. § "
             "67.708(b)(10)(i)(A). The Requester appealed to the Office of Open Records. ")
_DECIDED = (" The Department has met its burden as to the memoranda under 65 P.S. § 67.708(b)(10)(i)(A). For the "
            "foregoing reasons, the appeal is granted in part and denied in part.")


@pytest.mark.parametrize(("argued", "finding"), [
    # w07's wording: Pennsylvania's Office of Open Records
    ("The Department argues that the inspection reports are protected by 23 U.S.C. § 407, which bars their use in "
     "litigation.", "The Department has not met its burden of proving that the reports are exempt."),
    ("The Department contends that the inspection reports are confidential under 23 U.S.C. § 407.",
     "Its attestation does not address how the reports were prepared. The Department has failed to carry its burden."),
    ("PennDOT asserts that the reports are exempt under 23 U.S.C. § 407.",
     "PennDOT has not demonstrated that the reports are exempt."),
])
def test_the_one_ground_argued_is_set_aside_when_the_burden_is_not_met(argued: str, finding: str) -> None:
    found = events_in(f"{_REVIEWED}{argued} {finding}{_DECIDED}")
    assert [e.exemptions for e in found] == [("65 P.S. § 67.708(b)(10)(i)(A)",)]


@pytest.mark.parametrize(("argued", "finding"), [
    # The near misses: the requester's argument, an argument on two grounds, and the burden met
    ("The Requester argues that the inspection reports are not protected by 23 U.S.C. § 407.",
     "The Department has not met its burden of proving that the reports are exempt."),
    ("The Department argues that the inspection reports are protected by 23 U.S.C. § 407 and by 65 P.S. § "
     "67.708(b)(3).", "The Department has not met its burden of proving that the reports are exempt."),
    ("The Department argues that the inspection reports are protected by 23 U.S.C. § 407.",
     "The Department has met its burden of proving that the reports are exempt."),
])
def test_a_ground_not_so_argued_or_made_out_stays(argued: str, finding: str) -> None:
    found = events_in(f"{_REVIEWED}{argued} {finding}{_DECIDED}")
    assert [e.exemptions[0] for e in found] == ["23 U.S.C. § 407"]
