"""The three-hundred-ninety-fourth held-out set: 14 letters (letters/heldout394) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a Department of Commerce e-mail
acknowledging an appeal of a NOAA answer with its appeal number and day of receipt; a USCIS appeal decision (PDF)
affirming the withholdings in a detained client's A-File under Exemptions 5, 6, 7(C) and 7(E); a Treasury appeal
decision in Word granting in part (correspondence with a sanctioned company's counsel released in part, OFAC's
memoranda still withheld) with a page table; a FERC appeal reversing an Exemption 5 withholding of a final staff
report; an Interior Solicitor's remand of a National Park Service no-records answer for a new search; an Amtrak
e-mail closing a non-response appeal as moot; an NCUA appeal dismissed as untimely (102 days); a Utah State Records
Committee decision and order (PDF) granting an appeal in part (docket only); a Philadelphia release in Word in
compliance with an Office of Open Records final determination, with a table of redactions; an EOUSA fee waiver denied;
a DHS Privacy Office e-mail granting expedited processing to a lawyer for a detained person (letter attached as PDF);
a CDC "still interested?" e-mail; an EOIR interim production in litigation (PDF); and a U.S. Marshals Service release
after an OIP remand. Written blind and committed before the rules were run on them.

- v01-doc-appeal-ack.eml: Commerce OGC appeal acknowledgement, appeal DOC-OS-2027-000041 on NOAA request
  DOC-NOAA-2026-001873, received November 25, 2026 (the first answer's 64 pages in part recalled).
- v02-uscis-appeal-affirmed.pdf: USCIS appeal APP2027000215 on request COW2026004512 affirmed, Exemptions 5, 6, 7(C)
  and 7(E) upheld (the first answer's page counts recalled).
- v03-treasury-appeal-partly.docx: Treasury appeal 2027-APP-00023 on DO request 2026-09-11874 granted in part and
  denied in part, 24 pages to be released in part, 39 withheld in full under Exemption 5.
- v04-ferc-appeal-reversed.txt: FERC appeal FY27-A-0007 on request FY26-0412 granted, the 31-page report released in
  full.
- v05-nps-appeal-remanded.txt: Interior Solicitor appeal 2027-000058, NPS request DOI-NPS-2026-004417 remanded for a
  new search.
- v06-amtrak-appeal-moot.eml: Amtrak appeal AP27-004 on a late answer to request 26-FOIA-0731 closed as moot after the
  FOIA Office's response (84 pages recalled).
- v07-ncua-appeal-untimely.txt: NCUA appeal 2027-APP-0009 on request 2026-FOI-00614 dismissed as untimely.
- v08-ut-src-decision-and-order.pdf: Utah State Records Committee Case No. 26-61, Department of Corrections' protected
  classification rejected, private medical records and personal details upheld under 63G-2-302(1)(b) and (2)(d).
- v09-pa-philadelphia-pd-release-after-oor.docx: City of Philadelphia RTKL request P028417-091426, 212 pages released
  in compliance with OOR Dkt. AP 2026-2418, redactions under 708(b)(6)(i)(A), (b)(16), (b)(1)(ii), Internal Affairs
  files still exempt under 708(b)(17).
- v10-eousa-fee-waiver-denied.txt: EOUSA fee waiver denied under 28 C.F.R. 16.10(k), request EOUSA-2026-004518,
  received November 23, 2026.
- v11-dhs-privacy-expedite-granted.eml: DHS Privacy Office expedited processing granted under 6 C.F.R. 5.5(e)(1)(i),
  request 2027-HQFO-00188.
- v12-cdc-still-interested.eml: CDC/ATSDR "still interested?" e-mail on request 26-02417-FOIA, 30 calendar days to
  reply.
- v13-eoir-litigation-production.pdf: EOIR third interim production in litigation on request 2026-41873, 306 pages in
  full and 95 in part, 42 withheld in full, Exemptions 5 and 6.
- v14-usms-release-after-remand.txt: USMS release on request 2026-USMS-004417 after OIP's remand, 63 pages released
  (18 in full, 45 in part), 8 withheld in full, Exemptions 6, 7(C), 7(E) and 7(F).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- v01 Commerce appeal acknowledgement: 15 C.F.R. 4.11 (appeals to the Assistant General Counsel, 20 working days) and
  the appeal acknowledgements of earlier sets (NARA, FEMA, SEC).
- v02 USCIS appeal affirmed: USCIS's FOIA appeals page,
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request/foia-appeals-form-footer, and
  USCIS APP tracking numbers on MuckRock,
  https://www.muckrock.com/foi/united-states-of-america-10/outgoing-mail-procedures-6831/
- v03 Treasury appeal in part: the page-table appeal decisions of earlier sets (FTC, Education, Transportation) and
  the Departmental Offices' FOIA regulation, 31 C.F.R. 1.
- v04 FERC appeal reversed: 18 C.F.R. 388.110 (appeals to the General Counsel) and the reversed appeals of earlier
  sets (NLRB, Interior).
- v05 NPS remand: Interior's FOIA appeals page, https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm,
  and the search standard in Center for Biological Diversity v. BLM,
  https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2017cv01208/187369/43/
- v06 Amtrak appeal closed as moot: 49 C.F.R. 701.10 and the moot appeal letters of earlier sets (FDIC, FEMA, VA).
- v07 NCUA appeal untimely: 12 C.F.R. 792.28 and the untimely appeal letters of earlier sets (SBA, GSA, DOL).
- v08 Utah State Records Committee: the Committee's decision layout ("BEFORE THE STATE RECORDS COMMITTEE OF THE STATE
  OF UTAH", "DECISION AND ORDER", "Case No.", FACTS, STATEMENT OF REASONS FOR DECISION),
  http://168.177.21.21/src/srcappeal-2023-33.html and
  https://axaemarchives.utah.gov/solr/axaem/Decision?&fq=recordType:Decision&rows=836&fl=decisionText,decisionRuling,decisionDate&wt=csv&q=&fq=recordType:"Decision",
  and https://archivesnews.utah.gov/2020/11/10/state-records-committee-2020/
- v09 Philadelphia release after the OOR: the Philadelphia Police Department's RTKA response to MuckRock,
  https://vi.scribd.com/document/317542444/Response-from-PPD-on-Google-stickers, the exemptions a requester
  challenged before the OOR, https://pt.scribd.com/document/240109733/Office-of-Open-Records-Appeal-CP-2014-0614, and
  https://www.parighttoknowlawblog.com/page/2/
- v10 EOUSA fee waiver denied: the fee waiver denial formulas in
  https://www.scribd.com/document/67102817/FBI-Boilerplate and
  https://www.scribd.com/document/697104400/EEOC-FOIA-DETERMINATION-LETTER, with DOJ's OIP appeal and OGIS
  paragraphs as the components print them.
- v11 DHS Privacy Office expedite granted: 6 C.F.R. 5.5(e) (DHS FOIA regulations,
  http://regulations.vlex.com/vid/freedom-of-information-act-579289002) and the HQFO tracking numbers of earlier sets.
- v12 CDC still interested: CDC's FOIA process pages, https://www.cdc.gov/od/foia/request/process/index.htm and
  https://cdc.gov/foia/faq/index.html, and https://foia.blogs.archives.gov/2020/06/19/recap-recent-ogis-cdc-webinar-on-requests-for-covid-19-records
  (simple and complex queues), with the still-interested letters of earlier sets.
- v13 EOIR litigation production: the litigation productions of earlier sets (FDA, DHS OIG, CFPB) and the 552(c)
  notice as DOJ components print it.
- v14 USMS release after remand: the releases after a remand of earlier sets (Army, Secret Service) and DOJ's OIP
  appeal and OGIS paragraphs.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 9158dec8: 11 of 14 fully right. Wrong were:
- v03 (v03-treasury-appeal-partly.docx): pages_withheld None != 39
- v04 (v04-ferc-appeal-reversed.txt): tracking ['FY27-A-0007', 'FY26-0412'] != FY26-0412; appeal_number None !=
  'FY27-A-0007'
- v08 (v08-ut-src-decision-and-order.pdf): exemptions ['Utah Code § 63G-2-305(10)(a)', 'Utah Code § 63G-2-302(1)(b)',
  'Utah Code § 63G-2-302(2)(d)', 'Utah Code § 63G-2-308'] != ['Utah Code § 63G-2-302(1)(b)', 'Utah Code §
  63G-2-302(2)(d)']

After general fixes (a number after the word "appeal" and a comma, under a label that names no request, is the
appeal's when the request's own number follows it in brackets: "Re: Freedom of Information Act Appeal, FOIA No.
FY27-A-0007 (Underlying Request FOIA No. FY26-0412)"), 12 of 14: v04 right.

After general fixes (a decision in part whose table heads its action column as the appeal's decision keeps back the
rows it marks withheld in full: "| OFAC evaluation memoranda and drafts | 39 | Withheld in full (Exemption 5) |" under
"| Records | Pages | Disposition on appeal |"), 13 of 14: v03 right.

After general fixes (Utah's duty to segregate and release the rest, "UDC may redact that information before release.
Utah Code § 63G-2-308.", is no ground of its own; and a class of records a review body finds the agency has not shown,
"UDC has not met its burden of showing that the critical incident review and the use-of-force reports are properly
classified as protected", drops the sections of that class the decision cites, here § 63G-2-305(10)(a)), 14 of 14:
v08 right.

One expected value corrected in the sixteenth round, to the convention the later sets keep (the pages an appeal
decision orders released are released, as set 420's h04 logs the 9-page memorandum released in full): v04 now expects
pages_released 31, "the 31-page report" the decision orders released "in its entirety".
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.intake import Letter, understand
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout394"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_IN_PART = "For the reasons set out below, your appeal is granted in part and denied in part.\n\n"


@pytest.mark.parametrize(("table", "withheld"), [
    # v03: the table's action column is headed as the appeal's decision, its rows kept back whole are the decision's
    ("| Records | Pages | Disposition on appeal |\n"
     "| Correspondence with petitioner's counsel | 24 | Released in part (Exemptions 4, 6) |\n"
     "| OFAC evaluation memoranda and drafts | 39 | Withheld in full (Exemption 5) |", 39),
    ("| Document | Page count | Appeal decision |\n| Briefing memo | 7 | Withheld in full |\n"
     "| E-mails | 12 | Released in part |", 7),
    ("| Record | Pages | Outcome on appeal |\n| Draft audit | 5 | Denied in full |\n| Audit notes | 8 | Withheld in "
     "their entirety |\n| Final audit | 20 | Released in full |", 13),
    # Near misses: the first answer's column ("Disposition"), and pages the decision keeps back only in part.
    ("| Records | Pages | Disposition |\n| Correspondence | 24 | Released in part |\n"
     "| Memoranda | 39 | Withheld in full |", None),
    ("| Records | Pages | Disposition on appeal |\n| Correspondence | 24 | Released in part |\n"
     "| Memoranda | 39 | Withheld in part |", None),
])
def test_rows_a_decision_in_part_keeps_back_under_its_own_column_are_withheld(table: str,
                                                                              withheld: int | None) -> None:
    [event] = events_in(_IN_PART + table)
    assert event.pages_withheld == withheld


_ORDER = ("ORDER\n\nTHEREFORE, IT IS ORDERED THAT the appeal is GRANTED IN PART and DENIED IN PART. UDC shall provide "
          "Petitioner with copies of the critical incident review and the use-of-force reports, with the information "
          "described in paragraph 3 redacted, within ten business days of the date of this Order. The appeal is denied "
          "as to the medical and mental health records.\n\nEntered this 14th day of December, 2026.")


def _decision_grounds(finding: str) -> tuple[str, ...]:
    body = "\n\n".join((
        "2. Records created or maintained for civil, criminal, or administrative enforcement purposes are protected "
        "if release of the records reasonably could be expected to interfere with investigations. Utah Code § "
        "63G-2-305(10)(a). UDC did not identify any investigation with which release could reasonably be expected to "
        f"interfere. {finding}",
        "3. The names, dates of birth and home addresses of correctional officers appearing in those records, however, "
        "are private under Utah Code § 63G-2-302(2)(d), because their release would constitute a clearly unwarranted "
        "invasion of personal privacy, and UDC may redact that information before release. Utah Code § 63G-2-308.",
        "4. Records containing data on individuals describing medical history, diagnosis, condition, treatment, "
        "evaluation, or similar medical data are private. Utah Code § 63G-2-302(1)(b). Petitioner has not shown that "
        "she is the subject of the records or his authorized representative, and the Committee finds that the medical "
        "and mental health records are properly classified as private and were properly withheld.",
        ""))
    text = f"BEFORE THE STATE RECORDS COMMITTEE\n\nDECISION AND ORDER\n\nCase No. 26-61\n\n{body}{_ORDER}"
    return understand(Letter(text=text)).events[0].exemptions


@pytest.mark.parametrize("finding", [
    "The Committee finds that UDC has not met its burden of showing that the reports are properly classified as "
    "protected.",
    "The Department has failed to carry its burden of proving that the reports are protected.",
])
def test_a_class_a_decision_finds_not_shown_drops_the_sections_of_it_cited(finding: str) -> None:
    """A Utah class of records a review body finds the agency has not shown drops that class's sections the decision
    cites (§ 63G-2-305 for "protected"); the class it finds properly given stays."""
    assert _decision_grounds(finding) == ("Utah Code § 63G-2-302(2)(d)", "Utah Code § 63G-2-302(1)(b)")


def test_a_section_of_the_class_found_properly_given_stays() -> None:
    """The near miss: a section of the class the decision finds properly given to other records stays."""
    finding = ("The Committee finds that UDC has not met its burden of showing that the use-of-force reports are "
               "properly classified as protected. The investigative notes are properly classified as protected under "
               "Utah Code § 63G-2-305(9).")
    assert "Utah Code § 63G-2-305(9)" in _decision_grounds(finding)


@pytest.mark.parametrize(("sentence", "expected"), [
    # Utah's duty to segregate and release the rest, cited for the redaction it allows, is no ground of its own
    ("The names are private under Utah Code § 63G-2-302(2)(d), and UDC may redact that information before release. "
     "Utah Code § 63G-2-308.", ["Utah Code § 63G-2-302(2)(d)"]),
    ("The agency shall allow access to the public portions and withhold the private names under Utah Code § "
     "63G-2-308 and Utah Code § 63G-2-302(2)(d).", ["Utah Code § 63G-2-302(2)(d)"]),
])
def test_utahs_segregation_section_is_no_ground(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected
