"""The three-hundred-and-fifth held-out set: 14 letters (letters/heldout305) on partial releases told in items and
shares rather than one tidy count, from federal components (FBI, DHS, DoD, State, DOJ) and state offices: an FBI
FOIPA final release (PDF) with its exemption boxes, "N pages were reviewed and N pages are being released", OGA
referral and consultation, duplicates, audio files counted apart and pages released in an earlier interim release;
an ICE final response e-mail ("Of those pages, 37 pages will be released in their entirety and 141 pages will be
released with redactions"), duplicates and pages referred to USCIS; a DHS Office for Civil Rights and Civil
Liberties final response (PDF) with counts for each complaint file, a total, pages not responsive and a consultation
with ICE; a Department of State final response (PDF) counting documents, not pages, with documents referred to DoD
and Commerce; an Army CID release of a report of investigation with the autopsy report and photographs withheld in
full, pages referred to AFMES and recorded interviews withheld; an NCIS final response in Word with a table of
documents and pages released in full, in part and withheld; a DEA second interim release e-mail with pages already
released and pages out for consultation; a San Leandro (California) Police Department closing e-mail with its CPRA
letter attached (SB 1421 records, body-worn camera files counted in hours, the autopsy report withheld, records
delayed under Penal Code 832.7(b)(7)); a Marion County (Florida) Sheriff's Office response listing records by type,
with medical records withheld and the autopsy photographs held by another office; an NYPD FOIL partial grant with
body-worn camera files released and denied; an Illinois State Police response in Word attached to an e-mail, with
pages already released under another request number; a Washington State Patrol second installment in Word with an
exemption log; a Michigan State Police FOIA response granting and denying in part, with photographs and video; and a
Pennsylvania State Police Right-to-Know Law response withholding the supplemental reports and the autopsy report and
refusing the video under Act 22. Written blind and committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- x01 FBI FOIPA release: the FBI release letters quoted on
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
  (boxes under Section 552 and 552a, "N pages were reviewed and N pages are being released", OGA referral and
  consultation, duplicates on the deleted page information sheet, the appeal to OIP within ninety days).
- x02 ICE and x03 CRCL final responses: the DHS final-response formula ("A search of ... produced a total of N pages.
  Of those pages, I have determined that N pages of the records are releasable in their entirety, N pages are
  partially releasable, and N pages are withheld in their entirety pursuant to Title 5 U.S.C. § 552"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 , and DOJ OIP's guidance on referral and
  consultation, https://cybercemetery.unt.edu/archive/oilspill/20121007100114/http://www.justice.gov/oip/foia_updates/Vol_XII_3/page2.htm
- x04 State final response: the Department's production letters ("we have determined that one document may be
  released in full, one may be released with excisions, and one may not be released", "all non-exempt material that
  is reasonably segregable from the exempt material has been released"),
  https://documentafterlives.newmedialab.cuny.edu/content/dos-document-production-cover-letter-aclu-v-dod-no-104-cv-4151-sdny-june-8-2005-10
  and https://fr.scribd.com/document/356208139/DoS-FOIA-Response (case number, IPS address, the enclosed legend).
- x05 Army CID and x06 NCIS: Army Regulation 25-55 (Initial Denial Authorities, appeals to the Secretary of the
  Army),
  https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html ,
  32 C.F.R. 635.11 (release of military police records), http://laws9.com/cfr/text/32/635/11 , and DoD Manual
  5400.07 (referrals, the appeal within 90 calendar days),
  https://docslib.org/doc/12588490/dodm-5400-07-dod-freedom-of-information-act-foia-program
- x07 DEA interim release: DOJ components' interim letters (the 552(c) notice, appeal rights with the final response)
  as in set 283's EOUSA and USMS letters, and OIP's consultation guidance above.
- x08 San Leandro: Penal Code 832.7(b) (records of officer-involved shootings, redactions under (b)(6), delay under
  (b)(7)) and the RCFP's survey of police video laws, https://www.rcfp.org/open-government-sections/14-police-video/ ;
  the NextRequest closing notice as in earlier sets' California letters.
- x09 Marion County Sheriff: Chapter 119, F.S. (119.071(2)(c) active criminal investigative information,
  119.071(2)(l) body camera recordings, 119.071(5)(a), 119.0712(2)) and s. 406.135, F.S. (autopsy photographs).
- x10 NYPD FOIL: Public Officers Law § 87(2) and § 89(4)(a) and the FOIL letters of earlier sets ("your request is
  granted in part and denied in part", appeal to the Records Access Appeals Officer within thirty days).
- x11 Illinois State Police: 5 ILCS 140/7(1) and 9.5(a) and the Illinois letters of earlier sets.
- x12 Washington State Patrol: WAC 44-14-04004 (installments, cover letter),
  https://app.leg.wa.gov/wac/default.aspx?cite=44-14-04004 ,
  and RCW 42.56.210(3) (the statement of the exemption and a brief explanation).
- x13 Michigan State Police: MCL 15.235, 15.240, 15.243 and 15.244 and the Michigan letters of earlier sets.
- x14 Pennsylvania State Police: the RTKL (65 P.S. § 67.708(b), § 67.706, § 67.902), CHRIA (18 Pa.C.S. § 9106) and
  Act 22 of 2017 (42 Pa.C.S. §§ 67A01-67A09), and the OOR appeal paragraph of earlier sets.

Blind score (written before the rules were run on it): 6 of 14 fully right, and all 14 matched to their request by
the number they print. Wrong were:
- x05 (Army CID, two records withheld whole in one sentence): 3 pages withheld, not 17: "The autopsy report (14
  pages) and the scene photographs (3 pages) are withheld in their entirety pursuant to 5 U.S.C. 552 (b)(6) and
  (b)(7)(C)."
- x06 (NCIS table in Word): 42 pages withheld, not 29: the summary's 29 and then "The 13 pages of interview results
  withheld in full relate solely to minor dependents and contain no reasonably segregable non-exempt information.",
  a part of the 29 named again, added to them.
- x07 (DEA second interim release): a final determination: "This letter is the Drug Enforcement Administration's
  (DEA) second interim release in response to your Freedom of Information Act (FOIA) request ..." not read, and "As
  this is an interim response, you will be notified of your appeal rights when DEA issues its final response to your
  request." taken for the final response.
- x08 (San Leandro CPRA, records listed by type): 71 pages released, not 80: "Computer-aided dispatch (CAD) incident
  detail and radio traffic: 9 pages and 2 audio files (31 minutes), produced with redactions." not counted, nor the
  total "In total, 80 pages and 8 media files are produced with this letter and 11 pages are withheld in full."
- x09 (Marion County Sheriff): s. 406.135 logged, the law another office holds the autopsy photographs under: "They
  are held by the District 5 Medical Examiner and are confidential and exempt under s. 406.135, F.S."
- x10 (NYPD FOIL): 87(2)(b) logged last, not first: "Portions of these records have been redacted pursuant to Public
  Officers Law (POL) section 87(2)(b), ..." not read, with the short name in brackets.
- x12 (Washington State Patrol second installment): a final determination: "This letter accompanies the second
  installment, which is available for download from the GovQA portal." not read as an interim release, and "WSP
  anticipates that the third and final installment ... will be available on or before January 29, 2027." taken for
  a final answer.
- x13 (Michigan State Police): MCL 15.244, the duty to separate exempt from non-exempt material, logged as an
  exemption: "... made available, as required by Section 14 of the FOIA, MCL 15.244."
After general fixes (New York's law with its short name in brackets, "Public Officers Law (POL) section 87(2)(b)";
Michigan's duty to separate exempt material, MCL 15.244, no exemption; a final answer still to come, "when DEA issues
its final response", "the third and final installment ... will be available on or before ...", leaves the release
interim; records each with its pages in brackets share the verb after them, "The autopsy report (14 pages) and the
scene photographs (3 pages) are withheld"; pages named again by what was done with them, "The 13 pages ... withheld in
full relate to ...", not counted twice; pages and other things counted beside them share the verb, "In total, 80 pages
and 8 media files are produced"), 13 of 14. Not yet right: x09, whose s. 406.135 is cited for records the Sheriff's
Office says it does not hold ("not in the custody of this agency. They are held by the District 5 Medical
Examiner and are confidential and exempt under s. 406.135, F.S."): telling a law cited for another office's records
from the office's own grounds needs the custody said in the sentence before, and a rule that drops a citation
beside "held by" would drop the grounds of letters that withhold records "held by" the office itself.
After a further general fix (the law another office holds records under is not logged where the sentence before says
this office does not hold them: "... are not in the custody of this agency. They are held by the District 5 Medical
Examiner and are confidential and exempt under s. 406.135, F.S."), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout305"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "codes"), [
    ("Enclosed are 37 pages, 11 of which contain redactions under MCL 15.243(1)(a). Portions of the records which were "
     "not exempt from disclosure have been separated from the exempt material and made available, as required by "
     "Section 14 of the FOIA, MCL 15.244.", ["MCL 15.243(1)(a)"]),
    ("Your request is granted in part. As required by MCL 15.244(1), the City has separated the exempt and nonexempt "
     "material; the nonexempt material is enclosed, with home addresses redacted under MCL 15.243(1)(a).",
     ["MCL 15.243(1)(a)"]),
    # The near miss: the exemption itself is still read.
    ("The report is withheld in full under MCL 15.243(1)(b)(i).", ["MCL 15.243(1)(b)(i)"]),
])
def test_michigans_duty_to_separate_exempt_material_is_no_exemption(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "codes"), [
    ("Portions of these records have been redacted pursuant to Public Officers Law (POL) section 87(2)(b), as "
     "disclosure would constitute an unwarranted invasion of personal privacy, and POL section 87(2)(f).",
     ["Public Officers Law § 87(2)(b)", "Public Officers Law § 87(2)(f)"]),
    ("The names of witnesses are withheld under Public Officers Law (POL) § 87(2)(b).",
     ["Public Officers Law § 87(2)(b)"]),
    # The near miss: the law named with its short name and no section is no citation.
    ("Your request was made under the Public Officers Law (POL). The report is withheld under POL § 87(2)(e)(i).",
     ["Public Officers Law § 87(2)(e)(i)"]),
])
def test_new_yorks_law_with_its_short_name_in_brackets_is_read(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "kind"), [
    # The final answer still to come, the office that will give it named by its short name.
    ("This letter is the Drug Enforcement Administration's (DEA) second interim release. DEA processed 500 pages; 212 "
     "pages are being released with redactions. As this is an interim response, you will be notified of your appeal "
     "rights when DEA issues its final response to your request.", EventKind.INTERIM_RELEASE),
    ("Enclosed is the first interim release of 75 pages. Appeal rights will be provided once OSHA issues its final "
     "response.", EventKind.INTERIM_RELEASE),
    # ... or the last installment foretold.
    ("This letter accompanies the second installment, which is available for download. This installment consists of "
     "306 pages of records. WSP anticipates that the third and final installment, consisting of the remaining OPS "
     "records, will be available on or before January 29, 2027.", EventKind.INTERIM_RELEASE),
    ("Enclosed is the City's second installment of 40 pages. The final installment is expected to be made available "
     "by February 12, 2027.", EventKind.INTERIM_RELEASE),
    # The near miss: this letter's own final installment.
    ("This is the final installment, which will be available for download for 30 days. It consists of 40 pages, "
     "released in full.", EventKind.FINAL_DETERMINATION),
])
def test_a_final_answer_still_to_come_leaves_this_release_interim(body: str, kind: EventKind) -> None:
    assert [e.kind for e in events_in(body)] == [kind]


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("Enclosed are 122 pages released with redactions. The autopsy report (14 pages) and the scene photographs (3 "
     "pages) are withheld in their entirety pursuant to 5 U.S.C. 552 (b)(6) and (b)(7)(C).", 122, 17),
    ("The incident report (6 pages), the CAD log (2 pages) and the dispatch log (1 page) are released in full.", 9,
     None),
    # The near miss: one record's pages counted, the other named without them.
    ("Enclosed are 40 pages released in full. The photographs (3 pages) and the log are withheld in full.", 40, 3),
])
def test_records_each_with_its_pages_in_brackets_share_the_verb_after_them(
        body: str, released: int | None, withheld: int | None) -> None:
    assert [(e.pages_released, e.pages_withheld) for e in events_in(body)] == [(released, withheld)]


@pytest.mark.parametrize(("body", "withheld"), [
    ("In summary, 58 pages are released in full, 177 pages are released in part, and 29 pages are withheld in full. "
     "The 13 pages of interview results withheld in full relate solely to minor dependents.", 29),
    ("We are releasing 40 pages and withholding 29 pages in full. The 29 pages withheld in their entirety consist of "
     "draft memoranda.", 29),
    # The near miss: pages withheld told for the first time.
    ("Enclosed are 40 pages released in full. The 13 pages withheld in full are the medical records.", 13),
])
def test_pages_named_again_by_what_was_done_with_them_are_not_counted_twice(body: str, withheld: int) -> None:
    assert [e.pages_withheld for e in events_in(body)] == [withheld]
