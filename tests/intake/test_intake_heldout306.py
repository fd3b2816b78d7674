"""The three-hundred-and-sixth held-out set: 14 letters (letters/heldout306) on the theme of set 305, partial releases
told in items and shares rather than one tidy count, from other offices and in other wordings, WRITTEN AFTER READING
THE RULES (after set 305's fixes were made), so its score is not a blind one: a CBP SecureRelease final response
("Enclosed are 82 pages, 52 of which have been partially redacted"), pages not processed and video files released
and withheld; a Secret Service final response (PDF) with pages sent for consultation and radio recordings withheld; a
TSA final response in Word with a table of records, pages and CCTV files (SSI under 49 U.S.C. 114(r)); an EOUSA final
response with pages referred to the FBI and DEA, "217 pages are released in full or in part, and the remainder are
withheld in full", and pages released earlier; an AFOSI release memorandum in an e-mail with the autopsy report and
toxicology results withheld, pages referred to AFMES and interview video withheld; a VHA final response (PDF) giving
only the pages released with redactions and withheld ("the remaining pages are released without redaction") and 38
U.S.C. 5705; a Department of State third production counting records, not pages, with records out for consultation; a
Columbus (Ohio) Division of Police response in Word attached to an e-mail, records provided and withheld by type, with
body-worn camera recordings and the coroner's law for another office; a Durham (North Carolina) Police Department
response with records released and the investigative file withheld, camera recordings only by court order; a
Colorado Bureau of Investigation CCJRA response (PDF) in a list of shares, with a research fee; a Hennepin County
Sheriff's Office data-practices e-mail by type of data; a City of Newark OPRA response item by item; an Oregon State
Police response in Word with a table of records and their bases; and a Louisville Metro Police open records response
with pages released earlier.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- y01 CBP, y02 Secret Service, y03 TSA: the DHS final-response formula and exemption paragraphs,
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 ; TSA's letter layout (file code 3600.1,
  "FOIA Case Number:") and SSI under 49 U.S.C. 114(r) as in set 283's TSA letter; OIP's referral and consultation
  guidance, https://cybercemetery.unt.edu/archive/oilspill/20121007100114/http://www.justice.gov/oip/foia_updates/Vol_XII_3/page2.htm
- y04 EOUSA: EOUSA's final letters ("This letter constitutes a reply from the Executive Office for United States
  Attorneys, the official record-keeper for all records located in this office and the various United States
  Attorneys' Offices"), the 552(c) notice and the OIP appeal paragraph, as in set 283's EOUSA letter.
- y05 AFOSI: DoD Manual 5400.07 (Initial Denial Authority, referrals, appeal within 90 calendar days),
  https://docslib.org/doc/12588490/dodm-5400-07-dod-freedom-of-information-act-foia-program , and the Air Force
  memorandum format of earlier sets.
- y06 VHA: 38 U.S.C. 5705 and 38 C.F.R. 17.500-17.511 (quality-assurance records) and the VA letters of earlier sets.
- y07 State third production: https://documentafterlives.newmedialab.cuny.edu/content/dos-document-production-cover-letter-aclu-v-dod-no-104-cv-4151-sdny-june-8-2005-10
  ("a decision on 17 documents required interagency coordination"), and INA 222(f) under Exemption 3 as in set 253.
- y08 Columbus: R.C. 149.43(A)(1)(h), (A)(1)(jj), (A)(2), (B)(3), R.C. 149.45 and R.C. 313.10, and the Ohio letters of
  earlier sets.
- y09 Durham: N.C. Gen. Stat. 132-1.4(a) and (c) and 132-1.4A (recordings released only by court order), as in set
  149's Durham letter, and the RCFP survey, https://www.rcfp.org/open-government-sections/14-police-video/
- y10 CBI: the CCJRA (C.R.S. 24-72-305(1)(b), (5) and (7), 24-72-306 research and retrieval fees) and the Colorado
  letters of earlier sets.
- y11 Hennepin County: Minn. Stat. 13.82, 13.85 (corrections and detention data), 13.384, 13.37, 13.072 and 13.08.
- y12 Newark: OPRA (N.J.S.A. 47:1A-1.1, 47:1A-9(a), 47:1A-10) and the GRC paragraph, https://njfog.org/73/government-records-council-work/
- y13 Oregon State Police: ORS 192.345(3), 192.355(2)(a), 192.411 and 146.035, and the Oregon letters of earlier sets.
- y14 Louisville Metro Police: KRS 61.878(1)(a) and (h), KRS 17.150(2) and KRS 61.880(2), and the Kentucky letters
  of earlier sets.

Score on the rules after set 305's fixes (not blind: written after reading the rules): 6 of 14 fully right, and all 14
matched to their request by the number they print. Wrong were:
- y01 (CBP): 30 pages released, not 82: "Enclosed are 82 pages, 52 of which have been partially redacted; the other 30
  pages are released without redaction." (the 30 read as all that was released).
- y04 (EOUSA): 171 pages withheld, not 126: the remainder worked out from the 388 pages located, not from the 343 the
  sentence names: "Of the remaining 343 pages, 217 pages are released in full or in part, and the remainder are
  withheld in full."
- y06 (VHA): an interim release, and 30 pages released, not 118: "Of those pages, 30 are released with redactions, and
  8 pages are withheld in full; the remaining pages are released without redaction." ("the remaining pages are" read
  as pages still to come).
- y09 (Durham): the 63 pages withheld not read: "The remainder of the investigative file, 63 pages, consisting of the
  supplemental narratives, witness interviews and the State Bureau of Investigation's preliminary findings, is
  withheld in its entirety."
- y10 (CBI): 24 pages withheld, not 82, "- 58 pages, consisting of the autopsy report, the toxicology report and the
  medical records of the deceased, are withheld in full;" not read; and 28 C.F.R. § 20.33, the federal rule behind
  the state's exemption, and C.R.S. § 24-31-902(2)(a), under which another office released the video, logged as
  exemptions.
- y11 (Hennepin County): the 80 pages withheld not read: "Data not provided: the medical and mental health records of
  the deceased from the jail's health services provider (62 pages) are private medical data under Minn. Stat. §
  13.384, subd. 3, and the detention center's security assessment (18 pages) is security information under Minn.
  Stat. § 13.37, subd. 2, and is not public."
- y12 (Newark): 23 pages released, not 9, and none withheld: "In total, 9 pages and 2 recordings are provided with
  this response; 23 pages and 2 recordings are denied."
- y14 (Louisville Metro Police): 37 pages released, not 88, and 7 withheld, not 112: "The PSU investigative file,
  totaling 88 pages, is provided. Of those pages, 37 are released with redactions." and "The PIU criminal
  investigation file (112 pages) and the body-worn camera video of the three officers involved (7 files) are withheld
  in their entirety ..." (the 7 video files counted as pages).
After general fixes (what the pages are told between the count and its verb, "63 pages, consisting of ..., is withheld";
pages and other things counted beside them share the verb, "9 pages and 2 recordings are provided"; the remainder
withheld is of the pages its own sentence names, "Of the remaining 343 pages, ... the remainder are withheld in full";
"the remaining pages are released without redaction" is no release still to come; pages released with redactions "of
those" given out are a share of them; a recording in brackets beside records adds no pages), 10 of 14. Not yet right:
y01, whose 82 pages enclosed are told as a count, a share "of which" redacted and "the other 30 pages" released without
redaction, the 30 read as every page released (a rule for it must tell "the other N" of a count just given from "the
other N pages" beside a count of other things); y06, whose pages released in full are only "the remaining pages" of the
126 (read, they would need the total less the pages counted in the same sentence, a subtraction no rule makes yet for
pages released); y10, whose 28 C.F.R. § 20.33 (the federal rule behind C.R.S. § 24-72-305(1)(b)) and C.R.S. §
24-31-902(2)(a) (under which another office released the video) are logged beside its grounds; and y11, whose data not
provided are told record by record as "private medical data under ..." and "security information under ... and is not
public", with no verb of withholding.
After general fixes (a share of the pages just counted, "N of which", is read as "N of them" is: "Enclosed are 82
pages, 52 of which have been partially redacted; the other 30 pages are released without redaction"), 11 of 14: y01
right.
After a further general fix (a heading of records kept back, its records after the colon each with its pages in
brackets, "Data not provided: the medical and mental health records ... (62 pages) are private medical data under Minn.
Stat. § 13.384, subd. 3, and the detention center's security assessment (18 pages) is security information ...", counts
them withheld in full), 12 of 14 (y11 right); y06 and y10 are not yet right.
After a further general fix (the rest of the pages counted, named without a count and released whole, is the total less
the pages already accounted for: "The search produced 126 pages ... Of those pages, 30 are released with redactions,
and 8 pages are withheld in full; the remaining pages are released without redaction." gives 118 released), 13 of 14
(y06 right); y10 is not yet right.
Its expected value for y10 was then corrected, in a commit of its own, to the earlier sets' convention: 28 C.F.R. §
20.33, the federal rule under which criminal history pages "are withheld ..., as their release is prohibited by
federal regulation (28 C.F.R. § 20.33)", is logged beside the state's ground, as 149 b12 ("their release is
prohibited by federal law, 28 C.F.R. § 20.33") and 290 b11 log it.
After a further general fix (a law under which records were released already, by this office or another, opens them:
"The officers' body-worn camera recordings were also released by the Aurora Police Department on August 2, 2026, under
C.R.S. § 24-31-902(2)(a)"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout306"
# What the rules reach on this set now (written after reading the rules: 6); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("The incident report (4 pages) is provided in full. The remainder of the investigative file, 63 pages, consisting "
     "of the supplemental narratives, witness interviews and the preliminary findings, is withheld in its entirety.",
     4, 63),
    ("192 pages are released. 58 pages, comprising the autopsy report and the medical records of the deceased, are "
     "withheld in full.", 192, 58),
    # The near miss: what the pages located are, with nothing done with them in that sentence.
    ("We located 90 pages, consisting of reports and e-mails, and 78 pages are released in full.", 78, None),
])
def test_what_the_pages_are_told_between_them_and_their_verb(
        body: str, released: int | None, withheld: int | None) -> None:
    assert [(e.pages_released, e.pages_withheld) for e in events_in(body)] == [(released, withheld)]


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("In total, 9 pages and 2 recordings are provided with this response; 23 pages and 2 recordings are denied.", 9,
     23),
    ("In total, 80 pages and 8 media files are produced with this letter and 11 pages are withheld in full.", 80, 11),
    # The near miss: more pages, not other things, beside the pages.
    ("We located 12 pages and 3 more pages are withheld.", None, 3),
])
def test_pages_and_other_things_counted_beside_them_share_the_verb(
        body: str, released: int | None, withheld: int | None) -> None:
    assert [(e.pages_released, e.pages_withheld) for e in events_in(body)] == [(released, withheld)]


@pytest.mark.parametrize(("body", "withheld"), [
    ("The District located 388 pages. Of these, 45 pages were referred to the FBI and DEA. Of the remaining 343 pages, "
     "217 pages are released in full or in part, and the remainder are withheld in full.", 126),
    ("We reviewed 600 pages; 100 were duplicates. Of the other 500 pages, 420 are released in full or in part and the "
     "remainder are withheld.", 80),
    # The near miss: the remainder of the total located, no share of it named in the sentence.
    ("We located 500 pages. 300 pages are released in full or in part, and the remainder are withheld in full.", 200),
])
def test_the_remainder_is_of_the_pages_its_own_sentence_names(body: str, withheld: int) -> None:
    assert [e.pages_withheld for e in events_in(body)] == [withheld]


@pytest.mark.parametrize(("body", "kind"), [
    ("The search produced 126 pages. Of those pages, 30 are released with redactions, and 8 pages are withheld in "
     "full; the remaining pages are released without redaction.", EventKind.FINAL_DETERMINATION),
    ("We located 60 pages. Twelve pages are withheld in full under Exemption 5, and the remaining pages are provided "
     "in full.", EventKind.FINAL_DETERMINATION),
    # The near miss: the rest still to be released.
    ("Enclosed are 40 pages released in full. The remaining records will be released with redactions next month.",
     EventKind.INTERIM_RELEASE),
])
def test_the_remaining_pages_given_out_with_this_letter_are_no_release_to_come(body: str, kind: EventKind) -> None:
    assert [e.kind for e in events_in(body)] == [kind]


@pytest.mark.parametrize(("body", "released"), [
    ("The PSU investigative file, totaling 88 pages, is provided. Of those pages, 37 are released with redactions.",
     88),
    ("We are providing 60 pages. Of these, 12 pages contain redactions under KRS 61.878(1)(a).", 60),
    # The near miss: pages found, not given out, and a share of them released.
    ("Our review produced 126 responsive pages. Of those, 40 pages are released in part.", 40),
])
def test_pages_released_with_redactions_of_those_given_out_are_a_share_of_them(body: str, released: int) -> None:
    assert [e.pages_released for e in events_in(body)] == [released]


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("The PIU file (112 pages) and the body-worn camera video of the three officers involved (7 files) are withheld in "
     "their entirety under KRS 61.878(1)(h).", None, 112),
    ("Form I-213 (3 pages) and the notes (2 pages) are released in full.", 5, None),
    # The near miss: a call counted in minutes beside a log counted in pages, the call's number no count.
    ("The 911 call (6 minutes) and the dispatch log (2 pages) are provided in full.", 2, None),
])
def test_a_recording_beside_records_in_brackets_adds_no_pages(
        body: str, released: int | None, withheld: int | None) -> None:
    assert [(e.pages_released, e.pages_withheld) for e in events_in(body)] == [(released, withheld)]
