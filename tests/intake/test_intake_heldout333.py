"""The three-hundred-and-thirty-third held-out set: 14 everyday letters (letters/heldout333) from fourteen federal
departments and agencies other than DHS and DOJ, in the formats they really send: a National Security Agency final
response releasing an Inspector General report in part (Exemptions 1, 3 and 6, the agency's three statutes); a Food
and Drug Administration acknowledgement e-mail with its control number and day of receipt; a Headquarters Marine Corps
final response (PDF, two pages, military date) releasing a command investigation in part; a Social Security
Administration no-records letter; a Fish and Wildlife Service acknowledgement (e-mail, letter attached as PDF) placing
the request in the complex track and taking a 10-workday extension under 43 C.F.R. 2.19; a Forest Service fee estimate
with an itemised search and duplication charge and an advance payment; a Nuclear Regulatory Commission NRC Form 464
interim response in Word (tables with check marks, the exemptions marked in Part II); an Office of Personnel Management
final response releasing everything (e-mail, letter attached as PDF); an FDIC Legal Division appeal decision (PDF)
affirming the withholding of a failed bank's examination records under Exemptions 4 and 8; an Indian Health Service
letter referring the request to the Bureau of Indian Affairs and explaining that the tribe's records are not agency
records; a Consumer Financial Protection Bureau e-mail acknowledging an appeal; a Peace Corps final response in Word
with a page table (letterhead in the page header); a General Services Administration acknowledgement denying
expedited processing and granting a fee waiver; and a Defense Intelligence Agency final response (PDF) to a lawyer for
a detained person, releasing assessments in part under Exemptions 1, 3 (10 U.S.C. 424) and 6. Written blind and
committed before the rules were run on them.

- u01-nsa-final-partial.txt: NSA/CSS case 124417, 41 pages located, 29 released with deletions, 12 withheld in full,
  Exemptions 1, 3 (18 U.S.C. 798, 50 U.S.C. 3024(i), 50 U.S.C. 3605) and 6; letter dated 1 December 2026.
- u02-fda-ack.eml: FDA acknowledgement of control number 2027-1184, received 11/17/2026.
- u03-usmc-final-partial.pdf: HQMC final response DON-USMC-2026-009184, 84 pages, 71 released with redactions, 13
  withheld in full, Exemptions 5 and 6; dated "19 Nov 26".
- u04-ssa-no-records.txt: SSA Office of Privacy and Disclosure, SSA-2027-000318, no responsive records.
- u05-fws-ack-complex-extension.eml: FWS Mountain-Prairie Region acknowledgement, DOI-FWS-2027-000218, received
  November 16, 2026, complex track, 10-workday extension.
- u06-usfs-fee-estimate.txt: Forest Service Pacific Northwest Region fee estimate, 2027-FS-R6-00318-F, $868.50.
- u07-nrc-form464-interim.docx: NRC Form 464 first interim response, NRC-2027-000087, 112 pages released with
  redactions, 9 withheld in full, Exemptions 5 and 6, dated 12/01/2026 in the form.
- u08-opm-final-full.eml: OPM final response 2027-00412, 58 pages released in full.
- u09-fdic-appeal-affirmed.pdf: FDIC appeal A-27-0021 of FOIA Log No. 27-0118, withholding under Exemptions 4 and 8
  affirmed.
- u10-ihs-referral-bia.txt: IHS 27-00213-FOIA, records referred to the Bureau of Indian Affairs for direct response,
  the tribe's records not agency records.
- u11-cfpb-appeal-ack.eml: CFPB acknowledgement of appeal CFPB-2027-0007-A of request CFPB-2027-0091-F, received
  November 20, 2026.
- u12-peacecorps-final-partial.docx: Peace Corps final response 27-0034, table of 163 pages reviewed, 121 in full, 30
  in part, 12 withheld in full, Exemptions 5 and 6.
- u13-gsa-ack-expedite-denied-waiver.txt: GSA acknowledgement GSA-2027-000214, received November 17, 2026, expedited
  processing denied, fee waiver granted.
- u14-dia-final-partial.pdf: DIA final response FOIA-00418-2026, 62 pages, 48 released in part, 14 withheld in full,
  Exemptions 1, 3 (10 U.S.C. 424) and 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- u01 NSA final response: the NSA letters quoted at
  https://hcgroups.wordpress.com/2008/10/31/nsa-replies-to-foia-request-no-chance/
  and
  https://tr.scribd.com/document/29945375/CREW-Department-of-Defense-Central-Intelligence-Agency-Regarding-NSA-Reporting-Requirements-Cover-Letter
  ("FOIA Case:" under the letterhead, the day-month-year date, "currently and properly classified ... Subparagraph (c)
  of Section 1.4", "this Agency is authorized by various statutes to protect certain information concerning its
  activities"), and the NSA case numbers of earlier sets and of https://reddit.owo.si/r/FOIAcompliance.
- u02 FDA acknowledgement: the FDA FOIA FAQ ("The acknowledgement letter will provide you with a control number for your
  request"),
  https://www.fda.gov/regulatory-information/freedom-information/frequently-asked-questions-faq-freedom-information,
  and the FDA automated message at https://muckrock.com/foi/united-states-of-america-10/fda-processing-176736.
- u03 Marine Corps final response: SECNAVINST 5720.42 and 32 C.F.R. 701.12 (appeals to the Department of the Navy
  Office of the General Counsel), http://laws9.com/cfr/text/32/701/12, the HQMC FOIA pages
  https://webarchive.library.unt.edu/web/20130214172918/http://www.hqmc.marines.mil/Agencies/USMCFOIA/Howtomakearequest.aspx
  and https://www.29palms.marines.mil/Staff-Offices/Adjutant-Office/FOIA/, and the Department of the Navy letters of
  earlier sets (SSIC block, "DON-" case numbers, PAL appeals).
- u04 SSA no-records letter: POMS GN 03350.005 and 20 C.F.R. part 402 (the Freedom of Information Officer of the Office
  of Privacy and Disclosure, appeals to its Executive Director),
  http://pomsresource.org/poms/GN-03350.005/FOIA-and-privacy-act-denials-and-appeals and
  https://secure.ssa.gov/poms.nsf/lnx/0203350005.
- u05 FWS acknowledgement: 43 C.F.R. 2.19 on extensions (its older form at
  http://edocket.access.gpo.gov/cfr_2002/octqtr/43cfr2.17.htm), the FWS FOIA pages https://fws.gov/node/268527 and
  http://www.fws.gov/mountain-prairie/foia/Appeals.htm, and the DOI acknowledgements of earlier sets.
- u06 Forest Service fee estimate: the Forest Service FOIA pages ("You will be notified in advance if fees will exceed
  $25", the four fee categories), https://fs.usda.gov/detail/arp/home/?cid=fseprd601618+ and
  https://webarchive.library.unt.edu/eot2008/20090114183051/http://www.fs.fed.us/im/foia/referenceguide.htm, and 7
  C.F.R. part 1, subpart A (advance payment over $250).
- u07 NRC Form 464: the form's text, https://kanterella.com/ML25190A552 and
  https://vdocuments.net/response-to-freedom-of-information-act-foia-foiapa-2017-0070-final-response.html (Part I,
  I.A Fees, I.B "Because this is an interim response to your request, you may not appeal at this time", Part II.A
  exemptions, II.B denying officials), and the NRC desk guide https://kanterella.com/ML25099A105.
- u08 OPM final response: 5 C.F.R. 294.110 (appeals to the Office of the General Counsel),
  https://ecfr.io/Title-05/se5.1.294_1110,
  https://cybercemetery.unt.edu/archive/oilspill/20120924195345/https://www.opm.gov/efoia/FOIAAppeals/, and OPM's
  tracking numbers at https://www.muckrock.com/foi/united-states-of-america-10/opm-trans-regression-64243/.
- u09 FDIC appeal decision: the FDIC appeals page (appeals to the General Counsel or designee),
  https://webarchive.library.unt.edu/eot2008/20090512195612/https://www.fdic.gov/about/freedom/appeals.html, an appeal
  of an FDIC log number at
  https://pdfslide.us/documents/case-113-cv-01123-document-1-filed-072313-page-1-of-113-cv-01123-document-1-2.html,
  and a banking regulator's published appeal decision, https://ncua.gov/foia/appeals/foia-appeal-response-22-foi-00012.
- u10 IHS referral: the IHS FOIA pages, http://www.ihs.gov/FOIA/index.cfm?module=dsp_foia_appeal_rights and
  https://www.ihs.gov/FOIA/index.cfm?module=dsp_foia_elec_read_room, and the HHS referral letters of earlier sets.
- u11 CFPB appeal acknowledgement: 12 C.F.R. 1070.21,
  https://legalfix.com/CFR/2019/title-12/chapter-x/part-1070/section-1070%2E21,
  and the CFPB FOIA FAQ, http://www.consumerfinance.gov/foia-requests/faqs/.
- u12 Peace Corps final response: 22 C.F.R. part 303 (appeals to the Associate Director for Management),
  https://www.law.cornell.edu/cfr/text/22/303.12, and the Peace Corps FOIA FAQ,
  https://www.peacecorps.gov/about/open-government/foia/foia-faqs/.
- u13 GSA acknowledgement: 41 C.F.R. 105-60.301 (acknowledgement with the tracking number) and 105-60.700 (appeals to
  the FOIA Requester Service Center),
  https://casetext.com/regulation/code-of-federal-regulations/title-41-public-contracts-and-property-management/subtitle-c-federal-property-management-regulations-system/chapter-105-general-services-administration/part-105-60-public-availability-of-agency-records-and-informational-materals/subpart-d-responding-to-requests/section-105-60301-acknowledging-foia-requests,
  and the older 105-60.402-2 on expedited processing, http://cfr.laws-info.com/text/41/105-60/402-2.
- u14 DIA final response: DoDM 5400.07,
  https://docslib.org/doc/12588490/dodm-5400-07-dod-freedom-of-information-act-foia-program,
  DIA's use of 10 U.S.C. 424 for its personnel,
  https://cetient.com/case/2314270/wickwire-gavin-pc-v-defense-intelligence-agency,
  and the DIA letters of earlier sets (the "U-../FAC-2C (FOIA)" reference, appeals to FAC-2C, 7400 Pentagon).

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 96bb9cfe: 12 of 14 fully right. Wrong were:
- u07 (u07-nrc-form464-interim.docx): kinds ['final_determination'] != ['interim_release']; date {'2024-09-25'} !=
  2026-12-01; outcome 'partial_grant' != None; exemptions ['(b)(1)', '(b)(2)', '(b)(3)', '(b)(4)', '(b)(5)', '(b)(6)',
  '(b)(7)'] != ['(b)(5)', '(b)(6)']
- u09 (u09-fdic-appeal-affirmed.pdf): exemptions ['(b)(4)'] != ['(b)(4)', '(b)(8)']

After general fixes (what the rules now read: the requester's argument that a ground no longer applies, recited by
the deciding office, "In your appeal, you argue that Exemption 8 no longer applies because the bank has failed", no
longer sets that ground aside), 13 of 14; then (a Word form's column of check boxes, its blank cells read as boxes
left empty, so that "|   | Exemption 1: ..." beside "| X | Exemption 5: ..." applies only the ticked; the standard
notice of the exclusions, "Agencies may treat three discrete categories of law enforcement and national security
records as not subject to the FOIA", no final answer; and the form's date in the cell under its "Date:" header, not its
edition, "NRC FORM 464 Part I (09-25-2024)"), 14 of 14.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import events_in, exemptions_in, set_tests
from letter_files import materialise

from foiatrack.core.vocabulary import EventKind
from foiatrack.exchange.correspondence import read_correspondence
from foiatrack.intake import Letter, understand

SET = "heldout333"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_AFFIRMED = ("This responds to your appeal of the denial of FOIA request 27-0118. By letter dated October 6, 2026, the "
             "FOIA Group withheld the records in full under Exemptions 4 and 8. {argument} Exemption 8 protects "
             "examination reports of financial institutions. Accordingly, the FOIA Group's determination is affirmed, "
             "and your appeal is denied. The records will continue to be withheld in full under Exemptions 4 and 8.")


@pytest.mark.parametrize("argument", [
    "In your appeal, you argue that Exemption 8 no longer applies because the bank has failed.",
    "The appellant contends that Exemption 8 no longer applies to the reports of a closed bank.",
    "Your appeal asserts that the agency can no longer rely on Exemption 8 once the bank has failed.",
])
def test_the_requesters_argument_that_a_ground_no_longer_applies_sets_nothing_aside(argument: str) -> None:
    assert exemptions_in(_AFFIRMED.format(argument=argument)) == ["(b)(4)", "(b)(8)"]


def test_a_ground_the_office_says_no_longer_applies_is_set_aside() -> None:
    # The near miss: the office's own word that it no longer applies the ground.
    body = ("This responds to your request 27-0118. We previously withheld the records under Exemptions 4 and 8. "
            "Because the bank has failed, the FDIC no longer relies on Exemption 8 for these records. The records "
            "continue to be withheld in full under Exemption 4.")
    assert exemptions_in(body) == ["(b)(4)"]


_FORM_BOXES = ("RESPONSE TO FREEDOM OF INFORMATION ACT (FOIA) REQUEST\n"
               "PART I. -- INFORMATION RELEASED\n"
               "| X | Agency records subject to the request are enclosed. |\n"
               "| X | We have withheld certain information pursuant to the FOIA exemptions described in Part II. |\n"
               "Enclosed are 112 pages of records, which are released to you with redactions.\n"
               "PART II.A -- APPLICABLE EXEMPTIONS\n"
               "| {first} | Exemption 1: The withheld information is properly classified. |\n"
               "| {second} | Exemption 5: The withheld information consists of interagency or intraagency records. |\n"
               "| {third} | Exemption 6: The withheld information is exempted to protect personal privacy. |\n")


@pytest.mark.parametrize(("boxes", "expected"), [
    (("", "X", "X"), ["(b)(5)", "(b)(6)"]),
    (("X", "", "x"), ["(b)(1)", "(b)(6)"]),
    # The near miss: every box of the column ticked, each item said.
    (("X", "X", "X"), ["(b)(1)", "(b)(5)", "(b)(6)"]),
])
def test_a_word_forms_column_of_boxes_left_blank_leaves_those_items_out(tmp_path: Path, boxes: tuple[str, str, str],
                                                                        expected: list[str]) -> None:
    source = tmp_path / "source"
    source.mkdir()
    first, second, third = boxes
    (source / "form.docx.txt").write_text(_FORM_BOXES.format(first=first, second=second, third=third),
                                          encoding="utf-8")
    proposal = understand(read_correspondence(materialise(source, "form.docx", tmp_path)))
    assert [code for event in proposal.events for code in event.exemptions] == expected


@pytest.mark.parametrize("head", [
    "NRC FORM 464 Part I (09-25-2024)",
    "DD Form 2086 (Rev. 05/2022)",
])
def test_a_forms_edition_is_not_its_date_the_date_column_is(head: str) -> None:
    text = (f"{head}\nU.S. NUCLEAR REGULATORY COMMISSION\nFOIA or Reference Number | Response Type\n"
            "NRC-2027-000087 | Interim\nRequester: | Date:\nEvander Kowalczyk-Boateng, Reactor Safety Alliance | "
            "12/01/2026\nThis is the first interim response to your request. Enclosed are 112 pages of records, "
            "which are released to you with redactions.")
    (event,) = understand(Letter(text=text)).events
    assert (event.kind, str(event.date)) == (EventKind.INTERIM_RELEASE, "2026-12-01")


def test_the_exclusions_notice_is_no_final_answer() -> None:
    body = ("This is the first interim response to your request. Enclosed are 112 pages of records, which are "
            "released to you with redactions. Note: Agencies may treat three discrete categories of law enforcement "
            "and national security records as not subject to the FOIA (\"exclusions\").")
    assert [event.kind for event in events_in(body)] == [EventKind.INTERIM_RELEASE]
    # The near miss: records the office says are not subject to the FOIA at all.
    other = "The records you seek are court records, which are not subject to the FOIA."
    assert [event.kind for event in events_in(other)] == [EventKind.FINAL_DETERMINATION]


def test_a_forms_edition_printed_above_the_letters_own_date_is_not_its_date() -> None:
    text = ("NRC FORM 464 Part I (09-25-2024)\nU.S. NUCLEAR REGULATORY COMMISSION\nDecember 1, 2026\n\nDear Requester:"
            "\n\nThis is the first interim response to your request. Enclosed are 112 pages of records, which are "
            "released to you with redactions.")
    (event,) = understand(Letter(text=text)).events
    assert str(event.date) == "2026-12-01"


@pytest.mark.parametrize("row", [
    "[ ] | (vii) there is a need for consultation with another public body",
    "[ ] | (iii) the request is couched in categorical terms and requires an extensive search",
])
def test_an_empty_boxs_table_row_does_not_run_on_into_the_next_line(row: str) -> None:
    body = ("CPS is extending the time to respond to your request by an additional five (5) business days, as "
            "permitted by Section 3(e) of FOIA, for the reason(s) checked below:\n"
            "[X] | (ii) the request requires the collection of a substantial number of specified records\n"
            f"{row}\nCPS's response to your request is now due on or before December 10, 2026.")
    events = events_in(body, "December 2, 2026")
    assert [str(event.expected_by) for event in events if event.expected_by] == ["2026-12-10"]
