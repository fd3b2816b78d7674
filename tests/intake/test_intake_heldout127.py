"""The hundred-and-twenty-seventh held-out set: 14 letters (letters/heldout127) from DHS and the components that
immigrant-rights groups write to most, written after set 126 was scored and fixed: an ICE acknowledgement that takes
ten more working days for unusual circumstances (an e-mail), a CBP final response processed under the FOIA and the
Privacy Act that releases pages in full and in part and withholds three (PDF), a USCIS National Records Center
acknowledgement with its date received written 11/16/2026 (an e-mail), a DHS Privacy Office acknowledgement that
takes the ten-day extension and waives all fees, a TSA final response withholding Sensitive Security Information
under 49 U.S.C. § 114(r) (PDF), a CISA no-records answer with the offices searched in a table (Word, letterhead in
the page header), a FEMA fee estimate set out line by line (an e-mail), a Coast Guard first partial response dated
in the military form under its SSIC and case line, a Secret Service final response on its checklist form with
Privacy Act exemptions marked beside the FOIA ones and pages referred (PDF), an OBIM referral of all the records
found to CBP, an Office of Intelligence and Analysis acknowledgement that refuses expedited processing (an e-mail),
an ICE final response attached to an e-mail as a PDF, a CBP appeal decision affirming a no-records answer (Word)
and a CBP SecureRelease acknowledgement with an estimated completion date and no date received (an e-mail).
Committed before the rules were run on them.

Blind score: 9 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- j05 (TSA, PDF): exemptions "(b)(3)" without its statute: "Exemption 3 of the FOIA, 5 U.S.C. § 552(b)(3), protects
  information that another statute specifically exempts from disclosure. Under 49 U.S.C. § 114(r), TSA prohibits the
  disclosure of information ..." (the statute named in the sentence after the exemption).
- j06 (CISA, Word): the final response without an outcome (no records): "Those searches came back empty: nothing
  matching the description in your request exists in CISA's files", after a table of offices searched, each row
  "No responsive records".
- j09 (Secret Service checklist, PDF): no outcome and no pages released: the form line "Pages released in full or in
  part: 36" beside "Pages withheld in full: 7" (only the pages withheld were read).
- j10 (OBIM): outcome full grant and 9 pages released instead of a referral (other), no pages: "We have therefore sent
  the 9 pages to CBP's FOIA Division, which will make the release determination and respond to you directly" (pages
  sent to another agency "therefore sent the N pages to ..." read as released).
- j14 (CBP SecureRelease e-mail): nothing proposed: "U.S. Customs and Border Protection (CBP) has your Freedom of
  Information Act request and is processing it." and the portal line "Estimated Completion Date: 01/12/2027" (an
  acknowledgement as "has your request", no date received).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout127"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "j05-tsa-final-ssi.pdf", "j06-cisa-no-records.docx", "j09-usss-final-checklist.pdf", "j10-obim-referral.txt",
    "j14-cbp-ack-completion.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
