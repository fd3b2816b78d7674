"""The four-hundred-and-fifty-fifth held-out set: 14 letters (letters/heldout455) from the whole life of a request,
all federal, from fourteen departments and independent agencies other than DHS and DOJ, in the formats they really
send: a Labor Veterans' Employment and Training Service letter acknowledging a request about USERRA case files and
taking ten more working days; an Air Force Office of Special Investigations memorandum (PDF) releasing a Report of
Investigation in part under Exemptions 6, 7(C) and 7(E); a NOAA e-mail with an Office of Law Enforcement fee estimate
for a commercial requester and the advance payment it asks; a Board of Veterans' Appeals letter finding no records
after searching four offices; a Savannah River Operations Office first partial response in Word with a table of the
batch and Exemptions 4, 5 and 6; a Kennedy Space Center letter releasing 29 pages in full; an EPA Region 8 e-mail
acknowledging a request and denying expedited processing; a NIFA letter asking a requester to narrow an unbounded
grants request, the clock tolled; an IRS Disclosure Office letter (PDF) withholding a third party's examination file
in full under Exemption 3 with IRC § 6103 and Exemption 7(A); the Deputy Archivist's decision affirming NARA's
Exemption 5 and 6 withholdings on appeal; an EEOC Office of Legal Counsel decision in Word remanding a charge-file
request for a new search of the Area Office's files; a Federal Reserve Board e-mail acknowledging an appeal with its
number and day of receipt; an SSA appeal decision (PDF) granted in part, releasing 14 pages of provider lists and
upholding Exemption 4 for 9 pages of fee schedules; and an OSD/JS letter acknowledging a request for Pentagon Force
Protection Agency records and denying a fee waiver. Written blind and committed before the rules were run on them.

- a01-vets-ack-extension.txt: DOL VETS, 2027-F-02871, received December 1, 2026, ten more working days under 29
  C.F.R. 70.25(c), response "on or before January 14, 2027".
- a02-afosi-final-partial.pdf: AFOSI, 2027-00811-F (dated "8 December 2026"), 44 pages: 21 in full, 17 in part, 6
  withheld in full, Exemptions 6, 7(C) and 7(E); appeal to the Secretary of the Air Force on the second page.
- a03-noaa-ole-fee-estimate.eml: NOAA OLE, DOC-NOAA-2027-000412, received December 2, 2026, commercial use, $612.40
  estimated, advance payment under 15 C.F.R. 4.11(i)(2).
- a04-bva-no-records.txt: Board of Veterans' Appeals, 27-00942-F, no records after searching four offices; appeal to
  VA's Office of General Counsel.
- a05-srs-interim.docx: DOE Savannah River Operations Office, SR-2027-00031-F, first partial response: 286 pages, 201
  in full, 72 in part, 13 withheld, Exemptions 4, 5, 6 (a table of the batch).
- a06-ksc-final-full.txt: NASA KSC, 27-KSC-F-00063, 29 pages released in their entirety, no fee.
- a07-epa-r8-expedite-denied.eml: EPA Region 8, EPA-R8-2027-000517, received December 8, 2026, expedited processing
  denied under 40 C.F.R. 2.104(e).
- a08-nifa-clarification.txt: USDA NIFA, 2027-NIFA-00019-F, received December 9, 2026, request does not reasonably
  describe the records (7 C.F.R. 1.3); four points to clarify, 20 working days.
- a09-irs-denied-6103.pdf: IRS Disclosure Office 12, case 2027-07114, 76 pages withheld in full under (b)(3) with IRC
  § 6103(a) and (b)(7)(A); Notice 393.
- a10-nara-appeal-affirmed.txt: NARA Deputy Archivist, appeal NGC27-0318A of request NGC27-0211, affirmed: Exemptions
  5 and 6 upheld.
- a11-eeoc-appeal-remanded.docx: EEOC Office of Legal Counsel, appeal 820-2027-000071A of request 530-2027-001346
  (charge 530-2026-02215), remanded to the Philadelphia District Office for a new search.
- a12-frb-appeal-ack.eml: Federal Reserve Board, appeal A-2027-00006 of request F-2027-00088, received December 16,
  2026.
- a13-ssa-appeal-partly.pdf: SSA Office of Privacy and Disclosure, appeal A-27-0044 of request SSA-2026-013877,
  granted in part: 14 pages released (home addresses redacted under Exemption 6), 9 still withheld under Exemption 4.
- a14-osd-pfpa-fee-waiver-denied.txt: OSD/JS FOIA Requester Service Center, 27-F-0318, received December 15, 2026,
  fee waiver denied, "all other" category.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 VETS acknowledgement and extension: VETS's FOIA page, https://www.dol.gov/agencies/vets/about/foia and
  https://webarchive.library.unt.edu/eot2008/20080916164010/http://www.dol.gov/vets/foia/, and DOL's FOIA
  regulations, 29 C.F.R. part 70, http://federal.elaws.us/fr/citation/2017-00453
- a02 AFOSI partial release: 32 C.F.R. 806.27 (the Air Force's suggested language for FOIA letters),
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html, and DoD 5400.7-R_AFMAN 33-302,
  https://vdocument.in/by-order-of-the-dod54007-r-afman-33-302-secretary-of-dod54007-rafman-33-302-21.html
- a03 NOAA fee estimate: 15 C.F.R. 4.11 (fee categories, advance payment),
  http://edocket.access.gpo.gov/cfr_2002/janqtr/15cfr4.11.htm and
  https://webarchive.library.unt.edu/eot2008/20090509001957/http://www.rdc.noaa.gov/~foia/tutorial/4_11Fees_02.html
- a04 Board of Veterans' Appeals no records: 38 C.F.R. 1.554 (VA's decentralized FOIA offices),
  https://www.law.cornell.edu/cfr/text/38/1.554, and the Board's FOIA system of records,
  https://webarchive.library.unt.edu/eot2008/20090114022102/http://www.rms.oit.va.gov/RMSOIT/SOR_Records/12VA01.asp
- a05 DOE Savannah River partial response: 10 C.F.R. 1004.7 (form of denial, persons responsible),
  http://www.law.cornell.edu/cfr/text/10/1004.7, and 10 C.F.R. 1004.8 (appeal to the Office of Hearings and
  Appeals), https://lawserver.com/?p=28143360
- a06 NASA KSC full release: 14 C.F.R. part 1206, http://www.gpo.gov/fdsys/pkg/FR-2014-08-11/html/2014-18770.htm and
  https://www.law.cornell.edu/cfr/text/14/1206.504
- a07 EPA Region 8 expedite denial: EPA's FOIA regulations, 40 C.F.R. part 2 (2.104, expedited processing),
  https://books.google.com.my/books?id=iguzAAAAIAAJ&pg=PA5&focus=viewport&vq=volume&dq=related:ISBN1428940219&lr=&output=html_text,
  and EPA's regional FOIA letters of earlier sets (the compelling-need paragraph).
- a08 NIFA clarification: USDA's FOIA regulations, 7 C.F.R. part 1 (a request must reasonably describe the records,
  the date of receipt of a clarified request), https://checkoutapi.com/regulations/expand/title7_part1_subpartA_section1.3
  and https://www.law.cornell.edu/cfr/text/7/1.5
- a09 IRS denial: IRM 11.3.13 (Freedom of Information Act), https://www.eitc.irs.gov/zh-hans/irm/part11/irm_11-003-013,
  and TIGTA's explanation of Exemption 3 with IRC § 6103, https://www.tigta.gov/foia-exemption-code-explanations
- a10 NARA appeal decision: 36 C.F.R. 1250.30 (NARA's responses and exemptions),
  https://anthonygarvan.github.io/allregs/html/sections/36CFR1250.30.html, and NARA's FOIA reference guide,
  https://dialbiennfgs.pages.dev/235919.html
- a11 EEOC appeal remand: 29 C.F.R. 1610.11 (appeals decided by the Legal Counsel or the Assistant Legal Counsel, FOIA
  Programs), https://checkoutapi.com/regulations/29/1610.11, and EEOC's FOIA reference guide,
  http://www1.eeoc.gov/eeoc/foia/handbook.cfm
- a12 Federal Reserve Board appeal acknowledgement: 12 C.F.R. part 261 (appeals to the Office of the Secretary, decided
  within 20 working days of its receipt),
  https://frrsdigital.com/display-section/GUID-DFCAEAE5-72E8-4F96-87A3-5ECABD66F09A=1=en=/GUID-5A6B34BF-9AFB-4ECE-BDC1-C93D09800B4C=1=en=/GUID-1BA59F8D-0525-4F72-A173-3B14DBE08731.html
  and http://laws9.com/cfr/text/12/261/13
- a13 SSA appeal decision: 20 C.F.R. part 402 (402.90 notice to submitters, 402.105 appeals),
  https://govregs.com/regulations/expand/title20_chapterIII_part402_section402.120, and POMS GN 03350.005,
  http://pomsresource.org/poms/GN-03350.005/FOIA-and-privacy-act-denials-and-appeals
- a14 OSD/JS fee-waiver denial: 32 C.F.R. part 286 (DoD FOIA program, fee waivers),
  http://regulations.vlex.com/vid/dod-freedom-of-information-657517793 and
  https://print.casetext.com/federal-register/dod-freedom-of-information-act-foia-program

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8f36b46: 12 of 14 fully right. Wrong were:
- a05 (a05-srs-interim.docx): pages_withheld 26 != 13
- a08 (a08-nifa-clarification.txt): kinds ['clarification_requested'] != ['acknowledged', 'clarification_requested'];
  received None != '2026-12-09'

After general fixes (a08's receipt told in a clause after the request, the office named at length with its initials in
brackets: "This letter concerns your Freedom of Information Act (FOIA) request, which the National Institute of Food
and Agriculture (NIFA) FOIA Office received on December 9, 2026."): 13 of 14.

Then (tests below): a05's pages withheld in full are counted once where a table's row withholds just
the pages the running text withholds and its other rows share out the released pages in words read as no release
("The remaining 13 pages, the contractor's proprietary cost-to-repair worksheets, are withheld in their entirety."
above "Cost-to-repair worksheets | 13 | withheld in full | 4"). 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout455"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "This letter concerns your Freedom of Information Act (FOIA) request, which the National Institute of Food and "
    "Agriculture (NIFA) FOIA Office received on February 9, 2026. Please clarify your request by telling us the time "
    "period you are interested in.",
    "We write about your request, which the U.S. Fish and Wildlife Service (FWS) Headquarters FOIA Office received on "
    "February 9, 2026. Please clarify your request by naming the refuges you mean.",
])
def test_a_receipt_by_an_office_named_at_length_acknowledges_a_clarification_letter(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, str(e.received)) for e in found] == [(EventKind.ACKNOWLEDGED, "2026-02-09"),
                                                           (EventKind.CLARIFICATION_REQUESTED, "None")]


def test_an_office_named_at_length_with_an_extension_acknowledges_too() -> None:
    found = events_in("This responds to your FOIA request, which the Animal and Plant Health Inspection Service "
                      "(APHIS) Freedom of Information Act Office received on February 9, 2026. We are extending the "
                      "time to respond by ten working days.")
    assert [(e.kind, str(e.received)) for e in found] == [(EventKind.ACKNOWLEDGED, "2026-02-09"),
                                                           (EventKind.EXTENSION, "None")]


@pytest.mark.parametrize("body", [
    # a record the office got from someone else, not the request
    "This letter concerns your request for the contract, which the National Institute of Food and Agriculture (NIFA) "
    "Office of Grants received from the vendor on February 9, 2026. Please clarify your request by telling us the "
    "time period you are interested in.",
    # an appeal received, not the request
    "This letter concerns your appeal, which the National Institute of Food and Agriculture (NIFA) FOIA Office "
    "received on February 9, 2026. Please clarify your request by telling us the time period.",
])
def test_what_else_an_office_named_at_length_received_is_no_acknowledgement(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.CLARIFICATION_REQUESTED]
# A first partial response: the running text counts the batch, a table shares it out record by record.
_BATCH = ("Of the 120 pages in this release, 80 pages are being released to you in full and 30 pages are being "
          "released with information deleted. {withheld} The records are described in the table below.\n"
          "Document | Pages | Determination | Exemption(s)\n"
          "Inspection reports | 70 | 50 in full, 20 in part | 6\n"
          "Memoranda | 40 | 30 in full, 10 in part | 5\n"
          "Draft findings | {rows} | withheld in full | 5\n")


@pytest.mark.parametrize("withheld", [
    "The remaining 10 pages are withheld in their entirety.",
    "Ten pages are withheld in full.",
    "We are withholding the remaining 10 pages in full.",
])
def test_a_table_row_withholding_the_pages_the_text_withholds_counts_them_once(withheld: str) -> None:
    found = events_in(_BATCH.format(withheld=withheld, rows=10))
    assert [(e.pages_released, e.pages_withheld) for e in found] == [(110, 10)]


def test_a_table_row_withholding_other_pages_than_the_text_still_counts() -> None:
    # (the row withholds 12 pages where the text withholds 10: not the same pages, both counted)
    found = events_in(_BATCH.format(withheld="The remaining 10 pages are withheld in their entirety.", rows=12))
    assert [(e.pages_released, e.pages_withheld) for e in found] == [(110, 22)]
