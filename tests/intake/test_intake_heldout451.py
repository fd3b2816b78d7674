"""The four-hundred-and-fifty-first held-out set: 14 letters (letters/heldout451) from federal offices seldom met in
earlier sets, government corporations, small independent boards and commissions and less common components of the
departments, across a request's whole life, in the formats they really send: a Pension Benefit Guaranty Corporation
Disclosure Division letter acknowledging a request with its day of receipt and taking 10 more working days for
unusual circumstances; a Tennessee Valley Authority final answer (PDF) releasing bid and closure-cost records in part
under Exemptions 4 and 6; a Department of Energy Oak Ridge Office e-mail estimating search fees for an "all other
requesters" watershed group; a NOAA Fisheries West Coast Region no-records letter with Commerce's appeal paragraph;
a Federal Election Commission second interim release in Word with a table of the records processed; a Railroad
Retirement Board release in full of manual chapters; a U.S. International Trade Commission e-mail acknowledging a
request and denying expedited processing for want of a certified statement; a Department of Transportation Office
of the Secretary letter asking that an overbroad request be clarified within 30 days; a USDA Office of Inspector
General denial under Exemption 7(A), scanned; a Surface Transportation Board letter in Word acknowledging a request
and granting a fee waiver; a Labor Department Veterans' Employment and Training Service answer (PDF, two pages) on a
USERRA case file, in part under Exemptions 5, 6, 7(C) and 7(D); a Selective Service System e-mail asking whether the
requester still wants records about his late father; a Federal Labor Relations Authority General Counsel letter
acknowledging an appeal from a regional office's answer; and an AmeriCorps appeal decision granted in part,
releasing 19 pages and upholding Exemption 5 for 6. Written blind and committed before the rules were run on them.

- j01-pbgc-ack-extension.txt: PBGC Disclosure Division, Disclosure Request No. 2027-0143, received December 2, 2026,
  10 working days more under 29 C.F.R. 4901.14, response expected by January 14, 2027.
- j02-tva-final-partial.pdf: TVA FOIA 26-00871, 181 pages: 131 in full, 38 in part, 12 withheld, Exemptions 4 and 6.
- j03-doe-oro-fee-estimate.eml: DOE Oak Ridge Office, ORO-2027-00094-F, received November 30, 2026, estimated fees
  $412.50 (11 billable search hours), 30 days to agree or narrow.
- j04-nmfs-no-records.txt: NMFS West Coast Region, DOC-NOAA-2027-000318, no records of observer or entanglement
  reports.
- j05-fec-interim.docx: FEC FOIA Request No. 2027-019, second interim response: 221 pages reviewed, 196 in full, 18
  in part, 7 withheld, Exemptions 5, 6 and 7(C); a table of the records.
- j06-rrb-final-full.txt: RRB FOIA No. 27-F-012, 57 pages released in their entirety.
- j07-usitc-expedite-denied.eml: USITC FOIA Request No. 27-018, received December 4, 2026, expedited processing
  denied under 19 C.F.R. 201.17(b).
- j08-dot-ost-clarification.txt: DOT OST-2027-0087, request not reasonably described, four ways to clarify, 30
  calendar days before administrative closure.
- j09-usda-oig-denied-scanned.pdf: USDA OIG 2027-OIG-00052, withheld in full under Exemption 7(A), open
  investigation; a scan dated "DEC 17 2026".
- j10-stb-fee-waiver-granted.docx: STB FOIA-2027-0019, received December 9, 2026, fee waiver granted.
- j11-dol-vets-final-partial.pdf: DOL VETS 2027-F-01873, 131 pages: 61 in full, 27 in part, 43 withheld, Exemptions
  5, 6, 7(C) and 7(D) (the last on the second page).
- j12-sss-still-interested.eml: Selective Service SSS-FOIA-27-0033, still interested? proof of death within 30 days.
- j13-flra-appeal-ack.txt: FLRA Office of the General Counsel, FOIA Appeal No. 27-OGC-A-006 of request
  2026-FOIA-0412, received December 17, 2026.
- j14-americorps-appeal-partly.txt: AmeriCorps, FOIA Appeal No. 2027-APP-004 of request 2026-FOIA-0187, granted in
  part: 19 pages released in full, 6 still withheld under Exemption 5.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- j01 PBGC acknowledgement and extension: 29 C.F.R. part 4901 (requests to the Disclosure Officer, FOIA Public
  Liaisons), http://federal.elaws.us/cfr/title29.part4901.section4901.11 and
  http://print.casetext.com/federal-register/examination-and-copying-of-pbgc-records-2, and PBGC's FOIA guide,
  https://pbgc.gov/about/pg/footer/foia.html
- j02 TVA final answer: 18 C.F.R. part 1301 (TVA's FOIA Office, 400 W. Summit Hill Drive (WT 7D)),
  https://thefederalregister.org/82-FR/41511 and https://www.tva.com/information/freedom-of-information, and TVA's
  Exemption 4 and 6 withholdings of contractor information,
  https://www.studicata.com/summaries/united-states-district-court-eastern-district-of-tennessee/energy-policy-inst-v-tennessee-valley-authority-2024-ch810i
- j03 DOE Oak Ridge fee estimate: 10 C.F.R. 1004.9 (fees) and 1004.4 (receipt by the field FOIA Officer),
  http://edocket.access.gpo.gov/cfr_2003/10cfr1004.9.htm and https://www.law.cornell.edu/cfr/text/10/1004.4, and the
  DOE FOIA Officer's contact, https://regulations.justia.com/regulations/fedreg/2016/12/27/2016-31337.html
- j04 NMFS no records: NOAA's appeal paragraph (Assistant General Counsel for Employment, Litigation, and
  Information, Room 5896, FOIAAppeals@doc.gov, "Freedom of Information Act Appeal"),
  https://www.noaa.gov/information-technology/foia-home and 15 C.F.R. 4.10,
  https://lawserver.com/law/country/us/cfr/15_cfr_4-10
- j05 FEC interim release: 11 C.F.R. part 4 (4.5 exemptions, 4.7 requests),
  http://edocket.access.gpo.gov/cfr_2003/11cfr4.7.htm and
  https://www.fec.gov/updates/commission-updates-foia-regulations/
- j06 RRB release in full: the Board's FOIA guide (requests to the Chief FOIA Officer, General Counsel, 844 North Rush
  Street), http://www.rrb.gov/blaw/foia/foia_guide.asp and 20 C.F.R. 200.4, http://laws9.com/cfr/text/20/200/4
- j07 USITC expedite denial: 19 C.F.R. 201.17 and 201.18 (requests to the Secretary, expedited processing on a
  certified statement, appeals to the Chair),
  https://www.govregs.com/regulations/expand/title19_chapterII_part201_subpartC_section201.21,
  http://www.law.cornell.edu/cfr/text/19/201.18 and
  https://cybercemetery.unt.edu/archive/oilspill/20121016224829/http://usitc.gov/secretary/foia/foia_faq.htm
- j08 DOT OST clarification: 49 C.F.R. part 7 (reasonably described records, the office notifies the requester of
  the additional data required), https://www.law.cornell.edu/cfr/text/49/7.14 and
  https://checkoutapi.com/regulations/expand/title49_chapterA_part7_subpartC_section7.22
- j09 USDA OIG denial: 7 C.F.R. part 2620 (denials by the Counsel to the Inspector General, appeals to the Inspector
  General, Whitten Building, Suite 441-E),
  https://checkoutapi.com/regulations/expand/title7_chapterXXVI_part2620_section2620.4, and an OIG Exemption 7(A)
  letter on an open investigation ("this exemption will be inapplicable once the investigation is formally closed"),
  https://docmh.net/doc-detail.html?utm_source=2016-igap-00017-lowry-natalie-final-appeal-response
- j10 STB fee waiver: 49 C.F.R. parts 1001 and 1002 (FOIA Officer, Office of the General Counsel,
  FOIA.Privacy@stb.gov, fee waivers in 1002.1(g)), https://thefederalregister.org/81-FR/90750
- j11 DOL VETS final answer: 29 C.F.R. 70.22 and 70.24 (appeals to the Solicitor of Labor, FOIA Appeals Unit, Room
  N-2420, 90 days), https://stepo.ai/osha/70/70.22 and
  https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24, and the Department's guide,
  https://efoia.dol.gov/app/ReferenceGuide.aspx
- j12 Selective Service still-interested e-mail: 32 C.F.R. part 1662 (the FOIA Officer, 1501 Wilson Boulevard) and
  part 1665 (records about individuals),
  https://regulations.justia.com/regulations/fedreg/2024/08/16/2024-18391.html,
  https://checkoutapi.com/regulations/expand/title32_chapterXVI_part1665_section1665.7 and
  https://www.sss.gov/foia/access-to-public-information/
- j13 FLRA appeal acknowledgement: 5 C.F.R. part 2411 (requests to Regional Directors and the Office of the General
  Counsel), https://www.law.cornell.edu/cfr/text/5/2411.5 and https://www.flra.gov/foia_faq
- j14 AmeriCorps appeal decision: 45 C.F.R. part 2507 (foreseeable harm, segregation, the FOIA Appeals Officer),
  https://law.lawstack.com/cfr/45/2507.9/ and https://americorps.gov/about/agency-overview/foia-privacy-act

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8f36b46: 11 of 14 fully right. Wrong were:
- j09 (j09-usda-oig-denied-scanned.pdf): tracking ['2027-OIlG-00052'] != 2027-OIG-00052
- j10 (j10-stb-fee-waiver-granted.docx): tracking [] != FOIA-2027-0019
- j14 (j14-americorps-appeal-partly.txt): pages_withheld None != 6

After general fixes (an appeal's word in the sentence before the one that assigns the number no longer makes it an
appeal's: "... and the Office's responses to those complaints. Your request has been assigned tracking number
FOIA-2027-0019."; a number a scan's OCR read with a capital I's stroke doubled in lower case, "No. 2027-OIlG-00052", is
proposed as printed, 2027-OIG-00052), 13 of 14: j09 and j10 right.

Then (the pages a decision upholds the withholding of, named with "these" or "those": "I uphold the withholding of
these 6 pages in full under Exemption 5", j14), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.numbers import find_references, ocr_repaired

SET = "heldout451"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- An appeal's word in the sentence before the one that assigns the number (j10) ----------------------------------
@pytest.mark.parametrize("before", [
    "You asked for records of the informal complaints about rail service and the Office's responses to those "
    "complaints. ",
    "Your request concerns the petitions filed with the Board in 2026. ",
    "You asked for the appeal decisions of the citation panel. ",
])
def test_an_appeal_word_in_the_sentence_before_does_not_make_the_assigned_number_an_appeals(before: str) -> None:
    references = find_references(before + "Your request has been assigned tracking number FOIA-2027-0019.")
    assert [(ref.number, ref.is_appeal) for ref in references] == [("FOIA-2027-0019", False)]


@pytest.mark.parametrize("sentence", [
    # the appeal the subject of the same sentence still gets the number
    "Your appeal has been received and assigned No. 2027-0044.",
    "The complaint you filed on December 2 was assigned No. 2027-0044.",
])
def test_an_appeal_word_in_the_same_sentence_makes_the_assigned_number_an_appeals(sentence: str) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(sentence)] == [("2027-0044", True)]


# --- A number a scan's OCR misread in lower case (j09) ----------------------------------------------------------------
@pytest.mark.parametrize(("read", "printed"), [
    ("2027-OIlG-00052", "2027-OIG-00052"),  # a capital I's stroke read twice
    ("2027-OlIG-00052", "2027-OIG-00052"),
    ("2026-0l12", "2026-0112"),  # a figure one read as a small l or i between figures
    ("26-1i04", "26-1104"),
    ("26-1o04", "26-1004"),  # a nought read as a small o
])
def test_ocrs_lower_case_confusions_in_a_number_are_repaired(read: str, printed: str) -> None:
    assert ocr_repaired(read) == printed


@pytest.mark.parametrize("number", [
    # printed so, or lower case that no known confusion accounts for: read as it stands
    "2027-OIG-00052",
    "MassDEP-26-2841",
    "VTrans-PRR-26-0917",
    "2027-OlG-00052",  # a small l alone, no capital I beside it: an I or a 1? not guessed
    "26-l104",
])
def test_a_number_without_a_known_ocr_confusion_is_kept(number: str) -> None:
    assert ocr_repaired(number) == number


def test_a_number_read_by_ocr_is_proposed_as_printed_and_as_read_elsewhere() -> None:
    from foiatrack.intake import Letter, understand

    body = ("DEC 17 2026\n\nSubject: Freedom of Information Act Request\nNo. 2027-OIlG-00052\n\nDear Ms. Roe:\n\n"
            "After careful review, we have determined that the records must be withheld in their entirety pursuant "
            "to Exemption (b)(7)(A) of the FOIA, 5 U.S.C. \u00a7 552(b)(7)(A).\n")
    assert understand(Letter(body, source="ocr")).tracking_numbers == ["2027-OIG-00052"]
    # a letter with a text layer is read as it stands: what it prints is what it says
    assert understand(Letter(body, source="text layer")).tracking_numbers == ["2027-OIlG-00052"]


# --- The pages an appeal decision keeps withheld, named "these" or "those" (j14) --------------------------------------
_PARTLY = ("This responds to your appeal. I have decided to grant your appeal in part and deny it in part. The 19 "
           "pages will be released to you. ")


@pytest.mark.parametrize(("sentence", "withheld"), [
    ("I find that disclosure would harm the Agency's deliberations, and I uphold the withholding of these 6 pages in "
     "full under Exemption 5.", 6),
    ("I therefore affirm the withholding of those 12 pages under Exemption 3.", 12),
    ("We sustain the withholding of the remaining 9 pages.", 9),
])
def test_the_pages_a_decision_upholds_the_withholding_of_are_withheld(sentence: str, withheld: int) -> None:
    decision = next(e for e in events_in(_PARTLY + sentence) if e.kind is EventKind.APPEAL_DECISION)
    assert (decision.pages_released, decision.pages_withheld) == (19, withheld)


@pytest.mark.parametrize("sentence", [
    # redactions upheld on pages that go out in part are no pages withheld in full
    "I uphold the withholding of these 6 pages in part under Exemption 6.",
    "I uphold the redactions to these 74 pages released in part.",
])
def test_pages_kept_in_part_are_not_withheld(sentence: str) -> None:
    decision = next(e for e in events_in(_PARTLY + sentence) if e.kind is EventKind.APPEAL_DECISION)
    assert decision.pages_withheld is None
