"""The two-hundred-and-sixty-sixth held-out set: 14 letters (letters/heldout266) about rolling productions and
requests in litigation or long processing, written after the rules had been read and set 265's fixes merged (its
score is recorded apart from the blind ones): an Army final production in litigation (PDF); a DOJ Civil Division
e-mail transmitting the FBI's final release (pages reviewed, released in full or in part, withheld, duplicates); a
CBP status update with a new estimated date of completion; a DHS OIG second interim response (PDF); a Department of
the Navy FOIA PAL acknowledgement with an estimated completion date; a State Department letter closing a request
now in a civil action; an FBI closure for a missing certification of identity; a CBP appeal decision affirming an
Exemption 7(E) withholding (Word); a Colorado CDPS CORA final response e-mail; an Oregon ODOT acknowledgement with a
fee estimate; an FDLE first installment (PDF); a GBI three-business-day notice under O.C.G.A. § 50-18-71(b)(1)(A); a
Massachusetts DOC acknowledgement with a later date and a fee estimate (Word); and a Virginia State Police
seven-working-day extension under Va. Code § 2.2-3704(B)(4).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- i01, i02: the productions in litigation of https://e.casetext.com/case/immigrant-def-project-v-united-states-dept-of-homeland-sec-1
  and the Civil Division, Federal Programs Branch correspondence of
  https://www.scribd.com/document/380466159/CU-v-State-Department-FOIA-Joint-Status-Report-Victoria-Nuland-emails-etc
- i03: the State Department's revised estimated date of completion letter (set 178) carried to CBP's status e-mails.
- i04: the DHS final response formula ("releasable in their entirety ... partially releasable ... withheld in their
  entirety pursuant to Title 5 U.S.C. § 552"), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- i05: DON FOIA PAL acknowledgements of earlier sets (DON-NAVY-YYYY-NNNNNN numbers, complex track).
- i06: the State Department IPS letters of earlier sets and the litigation context of set 265's h06.
- i07: the FBI FOIPA letters quoted on MuckRock and the DOJ-361 certification of identity,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- i08: CBP appeal decisions of earlier sets (OGIS paragraph, judicial review).
- i09 to i14: the statutes they cite (C.R.S. § 24-72-204; ORS 192.324; Fla. Stat. ch. 119 and § 119.071; O.C.G.A.
  § 50-18-71(b)(1)(A); G. L. c. 66, § 10; Va. Code § 2.2-3704(B)(4)) and the earlier sets' letters from those
  states; no agency page was found for them in the time available.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout266"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "i01-army-litigation-final.pdf", "i02-doj-civ-fbi-final-production.eml", "i03-cbp-revised-ecd.eml",
    "i04-dhs-oig-interim.pdf", "i05-navy-ack.eml", "i06-state-closed-litigation.txt", "i07-fbi-closed-no-reply.txt",
    "i08-cbp-appeal-affirmed.docx", "i09-colorado-cdps-final.eml", "i10-oregon-odot-ack-fee.eml",
    "i11-fdle-installment.pdf", "i12-gbi-three-day.txt", "i13-mass-doc-ack-fee.docx", "i14-vsp-ext.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
