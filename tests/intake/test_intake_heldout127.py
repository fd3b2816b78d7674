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
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout127"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "j01-ice-ack-ext.eml", "j02-cbp-final-partial.pdf", "j03-uscis-ack.eml", "j04-dhs-privacy-ack-ext-waiver.txt",
    "j05-tsa-final-ssi.pdf", "j06-cisa-no-records.docx", "j07-fema-fee.eml", "j08-uscg-interim.txt",
    "j09-usss-final-checklist.pdf", "j10-obim-referral.txt", "j11-ia-ack-expedite.eml", "j12-ice-final.eml",
    "j13-cbp-appeal-affirmed.docx", "j14-cbp-ack-completion.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
