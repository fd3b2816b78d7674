"""The three-hundred-and-twentieth held-out set: 14 letters (letters/heldout320) on the theme of set 319, partial
releases told in items and shares rather than one tidy count, from fourteen other offices and in other wordings,
WRITTEN AFTER READING THE RULES (after set 319's fixes were made), so its score is not a blind one: a DoD Inspector
General final response with a Bates range, pages consulted with DCIS and pages referred to the Army; a Defense Health
Agency response (PDF) releasing pages and workbooks and withholding root cause analyses under 10 U.S.C. 1102; an ACF
(Office of Refugee Resettlement) child's case file response (PDF attached to an e-mail), pages referred to ICE and
"Of the other 1,212 pages, 903 are released in full and 141 are released with redactions"; a VA Inspector General
response in Word with a Vaughn-style index by Bates range; an OSHA inspection-file response with a summary of pages
released, withheld, duplicates and video files; a State Department OIG e-mail counting documents and their pages; an
Air Force memorandum (PDF) on a Commander Directed Investigation, audio recordings withheld; a Bureau of Indian
Affairs partial response with pages out for consultation with the FBI; a Phoenix Police Department e-mail listing
records released and not released; a Metropolitan Nashville Police Department response in Word, box by box, with a
copy charge; a St. Louis County Police Department Sunshine Law response; an Albuquerque Police Department IPRA
response in Word attached to an e-mail; a Salt Lake City Police Department GRAMA response (PDF) classifying pages;
and an Indianapolis Metropolitan Police Department APRA response item by item.

- n01-dodoig-final-bates-referral.txt: DoD OIG final response, 340 pages, 241 released without excision, 58 with
  excisions, 13 withheld, 28 referred to the Army, Exemptions 5, 6, 7(C).
- n02-dha-patient-safety-withheld.pdf: DHA final response, 131 pages released (47 redacted), 17 withheld,
  Exemption 3 (10 U.S.C. 1102) and 6.
- n03-hhs-orr-case-file-referral.eml: ACF/ORR case file, 1,262 pages, 50 referred to ICE, 903 in full, 141 redacted,
  168 withheld, Exemptions 5 and 6.
- n04-va-oig-index-bates.docx: VA OIG final response, 243 pages, 124 in full, 88 in part, 31 withheld, index by Bates
  range, Exemptions 3 (38 U.S.C. 5705, 7332), 5, 6, 7(C).
- n05-dol-osha-inspection-file.txt: OSHA inspection file, "Released: 402 pages, 121 of them with redactions.",
  "Withheld in full: 61 pages", duplicates and video files, Exemptions 6, 7(C), 7(D).
- n06-state-oig-documents-pages.eml: State OIG, 97 documents (511 pages), 302 pages in full, 171 in part, 38 withheld,
  cables referred to the Department.
- n07-af-jbsa-cdi-audio.pdf: Air Force memorandum, 214 pages, 190 releasable with redactions, 24 withheld, six audio
  recordings withheld.
- n08-doi-bia-ojs-partial-consultation.txt: BIA partial response, 1,020 pages, 612 in full, 318 in part, 42 withheld,
  48 out for consultation with the FBI.
- n09-az-phoenix-pd-records-list.eml: Phoenix PD, records released (38 pages, videos, audio) and not released (6
  pages), A.R.S. 13-4434 and 41-1750.
- n10-tn-mnpd-boxes.docx: Metro Nashville PD, four boxes, 400 pages made available, 41 pages of TBI reports withheld,
  photographs, a $65.00 copy charge.
- n11-mo-stlco-pd-sunshine.txt: St. Louis County PD, 23-page incident report, 9 pages provided, 14 closed under RSMo
  610.100.2.
- n12-nm-apd-ipra-response.eml: Albuquerque PD IPRA response (Word attached), 126 pages produced, 88 withheld, NMSA
  1978, 14-2-1(D).
- n13-ut-slcpd-grama-classified.pdf: Salt Lake City PD GRAMA response, 233 pages classified public, private in part
  and protected.
- n14-in-impd-apra-items.txt: IMPD APRA response, four numbered items, 7 pages disclosed, 44 not disclosed, IC
  5-14-3-4(b)(1).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- n01 DoD OIG, n02 DHA, n07 Air Force: DoD Manual 5400.07 (Initial Denial Authority, appeal within 90 calendar days,
  referrals and consultations), https://docslib.org/doc/12588490/dodm-5400-07-dod-freedom-of-information-act-foia-program
  , the DoD OIG letters of earlier sets (the OGIS paragraph "OGIS does not have the authority to handle requests made
  under the Privacy Act"), and the Air Force memorandum format of earlier sets; 10 U.S.C. 1102 (medical quality
  assurance records).
- n03 ACF/ORR: the HHS appeal paragraph (PublicLink portal, "Deputy Agency Chief FOIA Officer") of earlier sets, 45
  C.F.R. 5.27 (referrals), and the petition on access to immigration records,
  https://fdocuments.in/document/december-9-2021-via-electronic-mail.html
- n04 VA OIG: the VA letters of earlier sets (38 U.S.C. 5705 and 7332 under Exemption 3) and the Vaughn index
  described in https://cetient.com/opinion/1453400/mcnamara-v-us-dept-of-justice
- n05 OSHA: the Department of Labor appeal to the Solicitor of Labor (29 C.F.R. 70.22) and OSHA's inspection files.
- n06 State OIG, n08 BIA: the State OIG and Department of the Interior letters of earlier sets (DOI's "90 workdays"
  appeal paragraph, the Office of the Solicitor consulted).
- n09 Phoenix PD: A.R.S. 39-121, 39-121.02, 13-4434, 41-1750, as in the Arizona letters of earlier sets.
- n10 Metro Nashville PD: Tenn. Code Ann. 10-7-503, 10-7-504(a)(2)(A) and (a)(29), and the Office of Open Records
  Counsel's Schedule of Reasonable Charges, as in the Tennessee letters of earlier sets.
- n11 St. Louis County PD: RSMo 610.100.2 (incident reports open, investigative reports closed until inactive).
- n12 Albuquerque PD: NMSA 1978, 14-2-1(D), 14-2-11 and 14-2-12, as in the New Mexico letters of earlier sets.
- n13 Salt Lake City PD: Utah Code 63G-2-302(2)(d), 63G-2-305(10) and 63G-2-205(2), as in the Utah letters of earlier
  sets.
- n14 IMPD: IC 5-14-3-4(b)(1), 5-14-3-5(c) and 5-14-5, as in the Indiana letters of earlier sets.

Score on the rules after set 319's fixes (not blind: written after reading the rules): 6 of 14 fully right, and all 14
matched to their request by the number they print. Wrong were:
- n02 (DHA): 47 pages released, not 131: "We are releasing 131 pages to you; of those, 47 have been redacted under
  Exemption 6 ..." (the share redacted read as all that was released).
- n03 (ACF/ORR): 76 pages withheld, not 168: "The remaining 168 pages, the child's clinical assessments and therapy
  notes (92 pages) and the Significant Incident Reports concerning other children (76 pages), are withheld in full."
- n04 (VA OIG): 243 pages released, not 212, from "Of the 243 pages reviewed, you will find 124 released in full and 88
  released in part; 31 are withheld in full."; and Exemption 3 without its statutes, "The quality-assurance review
  and portions of the patient medical record extracts are confidential under 38 U.S.C. § 5705 and 38 U.S.C. § 7332."
- n09 (Phoenix PD): no pages released: the item "- Departmental Report and supplements, 38 pages." under "The following
  records are being released to you through the Public Records Center:".
- n10 (Metro Nashville PD): no pages withheld: "Box 3 (laboratory reports): the Tennessee Bureau of Investigation
  laboratory reports, 41 pages, are not open for inspection; records of the TBI are confidential under ...".
- n11 (St. Louis County PD): 3 pages released, not 9, from "The first nine pages, which contain the information
  required to be open by RSMo § 610.100.2, ..., are provided; three of those nine pages have had the names and
  addresses of witnesses redacted."; the 14 pages "closed under RSMo § 610.100.2 ... and are not provided" and the
  citation not read.
- n12 (Albuquerque PD): no pages withheld: "The Force Investigation Section's investigative file, 88 pages, and 3
  videos of the involved officers' interviews are withheld at this time under NMSA 1978, § 14-2-1(D) ...".
- n13 (Salt Lake City PD): 190 pages released, not 221, and none withheld: GRAMA's classes, "Private, in part: 31
  pages of medical information ... The private portions have been redacted and the pages released." and "Protected:
  12 pages identifying a confidential informant. These pages are protected under Utah Code § 63G-2-305(10) and are not
  released."
After general fixes (a share taken after a semicolon is of the pages before it: "We are releasing 131 pages to you; of
those, 47 have been redacted", "are provided; three of those nine pages have had the names ... redacted"; records in
brackets after their sum count once: "The remaining 168 pages, the child's clinical assessments ... (92 pages) and the
Significant Incident Reports ... (76 pages), are withheld in full"; other things "of" something beside pages share the
verb: "88 pages, and 3 videos of the involved officers' interviews are withheld"; pages "not open for inspection" or
"closed under RSMo § 610.100.2" are withheld; "which contain ..." between pages and their verb says what they are),
10 of 14. Not yet right, left for want of time rather than because a general rule would break other letters:
- n04 (VA OIG): "Of the 243 pages reviewed, you will find 124 released in full and 88 released in part; 31 are withheld
  in full." is read as 243 released ("you will find" before the shares), and the statutes of Exemption 3 are named in a
  sentence of their own, "... are confidential under 38 U.S.C. § 5705 and 38 U.S.C. § 7332".
- n09 (Phoenix PD): the record item "- Departmental Report and supplements, 38 pages." under "The following records are
  being released to you ...:" is not read as released.
- n11 (St. Louis County PD): RSMo § 610.100.2 is cited both as the law that opens the first pages and as the one that
  closes the rest; the closing citation is read only as a withholding sentence's, and the letter's exemptions stay
  empty.
- n13 (Salt Lake City PD): GRAMA's classes as labels, "Private, in part: 31 pages ... The private portions have been
  redacted and the pages released." and "Protected: 12 pages ... are protected under Utah Code § 63G-2-305(10) and are
  not released.", are not read as pages released in part and withheld.
After further general fixes (shares the requester "will find" released; Exemption 3's statutes named in the sentence
after it, each in its order; a list "being released to you through the Public Records Center:"; an investigative
report "that is closed under RSMo § 610.100.2"; pages of a class counted on a line of their own, then "These pages are
protected under ... and are not released"), 13 of 14. n13 still misses the 31 pages of "Private, in part: 31 pages",
said to be released two sentences later ("The private portions have been redacted and the pages released"), a
reference back the rules do not follow that far.
After a further general fix (a class's pages said released once their exempt parts are taken out, "The private
portions have been redacted and the pages released.", the law cited between), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

SET = "heldout320"
# What the rules reached on this set when it was scored, after reading the rules (6); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("We are releasing 131 pages to you; of those, 47 have been redacted under Exemption 6. Withheld in full are the "
     "root cause analyses (17 pages).", 131, 17),
    ("The first nine pages, which contain the information required to be open by RSMo § 610.100.2, including the "
     "date, time and location of the incident, are provided; three of those nine pages have had the names of "
     "witnesses redacted.", 9, None),
    ("We are enclosing 60 pages; 12 of them carry redactions under Exemption 6.", 60, None),
    # The near miss: a clause after the semicolon that counts other pages, not a share of those before.
    ("We are releasing 40 pages in full; 12 pages are withheld in full.", 40, 12),
])
def test_a_share_taken_after_a_semicolon_is_of_the_pages_before_it(
        body: str, released: int | None, withheld: int | None) -> None:
    assert [(e.pages_released, e.pages_withheld) for e in events_in(body)] == [(released, withheld)]


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("Of the other 1,212 pages, 903 are released in full and 141 are released with redactions. The remaining 168 "
     "pages, the child's clinical assessments and therapy notes (92 pages) and the Significant Incident Reports "
     "concerning other children (76 pages), are withheld in full.", 1044, 168),
    ("We are releasing 20 pages. The other 30 pages, the autopsy report (12 pages) and the toxicology report (18 "
     "pages), are withheld in their entirety.", 20, 30),
    # The near miss: items that do not add up to the count before them are each read as they are.
    ("We are releasing 20 pages. The scene photographs (12 pages) and the toxicology report (18 pages) are withheld "
     "in their entirety.", 20, 30),
])
def test_records_in_brackets_after_their_sum_count_once(
        body: str, released: int | None, withheld: int | None) -> None:
    assert [(e.pages_released, e.pages_withheld) for e in events_in(body)] == [(released, withheld)]


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("APD is producing 126 pages, 27 of which carry redactions. The Force Investigation Section's investigative file, "
     "88 pages, and 3 videos of the involved officers' interviews are withheld at this time under NMSA 1978, § "
     "14-2-1(D).", 126, 88),
    ("We are releasing 10 pages. The file, 52 pages, and 2 recordings of the witness interviews are withheld in "
     "full.", 10, 52),
    # The near miss: more pages, not other things, after the pages.
    ("We are releasing 10 pages. The file, 52 pages, and 4 pages of notes are withheld in full.", 10, 4),
])
def test_other_things_of_something_beside_pages_share_their_verb(
        body: str, released: int | None, withheld: int | None) -> None:
    assert [(e.pages_released, e.pages_withheld) for e in events_in(body)] == [(released, withheld)]


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("Box 2 (witness statements): 188 pages made available without redaction. Box 3 (laboratory reports): the "
     "Tennessee Bureau of Investigation laboratory reports, 41 pages, are not open for inspection; records of the "
     "TBI are confidential under Tenn. Code Ann. § 10-7-504(a)(2)(A).", 188, 41),
    ("The incident report consists of 23 pages. The first 9 pages are provided. The remaining 14 pages, the narrative "
     "of the detectives, are an investigative report that is closed under RSMo § 610.100.2 until the investigation "
     "becomes inactive, and are not provided.", 9, 14),
    ("We are providing 5 pages. The other 12 pages are closed records pursuant to RSMo § 610.021(3).", 5, 12),
    # The near miss: a request or a case closed closes no pages.
    ("We are providing 5 pages. The investigation of the 12 pages of complaints is closed, and your request is now "
     "closed.", 5, None),
])
def test_pages_closed_by_a_law_or_not_open_for_inspection_are_withheld(
        body: str, released: int | None, withheld: int | None) -> None:
    assert [(e.pages_released, e.pages_withheld) for e in events_in(body)] == [(released, withheld)]
