"""The hundred-and-twenty-first held-out set: 14 long formal letters (letters/heldout121) from Justice Department
components, Defense Department components, the State Department and the intelligence agencies, written after set 120
was scored and fixed, in other agencies' forms and other words: an interim response of the Office of the Secretary of
Defense and Joint Staff FOIA Division (PDF) whose grounds are a bulleted list, 71 pages "appropriate for release in
part" and 17 "denied in full"; a Department of the Navy acknowledgement with a fee estimate, the request "logged into
the DoD Public Access Link" (e-mail); a Bureau of Prisons extension, "an additional ten (10) working days beyond the
statutory twenty-day limit"; an FBI answer that it was "unable to identify records responsive to your request"; an
Office of Information Policy remand to the Executive Office for United States Attorneys; a Drug Enforcement
Administration fee waiver granted in full (Word); a Marshals Service final response with its grounds one to a
paragraph (an e-mail with the letter attached as a PDF); an ATF still-interested e-mail; a National Geospatial-
Intelligence Agency release in full, "12 documents, totaling 47 pages ... with no deletions"; an ODNI release in
segregable form with its grounds in a Word table and a stamped date "NOV 10 2026"; an Air Force appeal
acknowledgement, the appeal "docketed" (an e-mail with the letter attached as a PDF); a State Department
acknowledgement with a projected completion date (PDF); an Army General Counsel appeal decision granting in part;
and a CIA final response (PDF) whose Exemption 3 statutes are named by their acts in the sentence after (a shape
like one a fix for set 120 reads: the CIA's own words). Committed before the rules were run on them.

Blind score: 9 of 14 fully right (64%), measured on the rules with set 120's fixes, and each of the 14 matched to its
request by its number. Wrong were:
- h01 (OSD/JS interim, PDF): "(b)(3)" without its statute: "names and other personally identifying information of
  DoD personnel assigned to routinely deployable units, exempt under 5 U.S.C. § 552(b)(3), as applied through 10
  U.S.C. § 130b" (a statute tied to Exemption 3 by "as applied through").
- h02 (Navy acknowledgement and fee, e-mail): no acknowledgement and no received date: "your Freedom of Information
  Act (FOIA) request dated October 3, 2026, was logged into the DoD Public Access Link (PAL) on October 5, 2026" (a
  request "logged into" a system on a day).
- h06 (DEA fee waiver, Word): outcome other instead of full grant: "DEA therefore grants your request for a waiver of
  fees in full, and no fees will be charged for the processing of this request".
- i10 (ODNI release, Word): "(b)(3)" without its statute, named in the table row beside it: "| (b)(3) | Section
  102A(i)(1) of the National Security Act of 1947, as amended, which protects intelligence sources and methods ... |";
  and pages_released 3 instead of 36: "located three documents responsive to your request, totaling 36 pages" (the
  documents counted, not their pages).
- i11 (Air Force appeal acknowledgement, e-mail with a PDF): no received date: "Your letter of 2 November 2026,
  appealing the 29th Contracting Squadron's partial denial ..., reached this office on 16 November 2026" (an appeal
  that "reached" the office, after a long clause).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout121"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"h01-osd-js-interim.pdf", "h02-navy-ack-fee.eml", "h06-dea-waiver-granted.docx",
                      "i10-odni-partial.docx", "i11-usaf-appeal-ack.eml"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
