"""The two-hundred-and-fifty-eighth held-out set: 14 letters as they arrive (letters/heldout258), seven federal and
seven from state and local agencies. Written after the rules had been read and set 257's fix was made (so its score
is recorded apart from the blind ones), and committed before the rules were run on it: a TSA clarification letter
posted to SecureRelease and quoted in its notice e-mail between rules of dashes; a NARA acknowledgement e-mail; a DHS
Privacy Office final response attached to a short e-mail (pages releasable in their entirety, partially releasable
and withheld, and the $25 minimum); a VHA final response granting in full, a Word letter with its letterhead in the
page header attached to an e-mail with a Privacy Act notice; a CDC fee-waiver denial with the fee estimate and advance
payment; a Department of the Interior appeal decision (PDF, two pages, "- 1 -" page numbers) that affirms Exemption 5
and reverses Exemption 6; an NLRB no-records e-mail; a Washington State Patrol GovQA five-day letter with the first
installment's date; a Virginia county's seven-work-day notice under Va. Code § 2.2-3704(B)(4) pasted into a reply; an
Illinois State Police GovQA completion notice with the letter attached (and an earlier extension recalled); an Ohio
Department of Public Safety partial denial (PDF, letterhead, bulleted citations, page numbers); a Maryland Department
of the Environment ten-working-day letter in Word with a fee table; a Kentucky Cabinet for Health and Family Services
response e-mail with a confidentiality notice; and a NYC OpenRecords acknowledgement with the agency's estimated date.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 TSA clarification: TSA's FOIA request page ("TSA cannot process a request for 'all records' on an individual or
  for 'all communications' between TSA and a third party ... If we cannot contact you, or you do not respond within
  30 calendar days to our requests for clarification, we will close your request"), https://tsa.gov/foia/requests
- b02 NARA acknowledgement: 36 CFR 1250.26 (acknowledgement with tracking number and complexity),
  https://lawserver.com/law/country/us/cfr/36_cfr_1250-26
- b03 DHS Privacy Office final response: the DHS final response at
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 ("A search ... produced a total of ... pages.
  Of those pages, I have determined that ... are releasable in their entirety and ... are partially releasable ...";
  the appeal to the Privacy Office within 90 days)
- b04 VHA final response: the VA letters of earlier sets ("In Reply Refer To"), and the FOIAXpress correspondence types,
  https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Create-View_Requests/Correspondence/correspondence.htm
- b05 CDC fee-waiver denial: the FOIAXpress "Denial of Fee Waiver Request" correspondence (link as b04; "contains the
  fee categories and the total fees"), and 45 C.F.R. §§ 5.53-5.54.
- b06 DOI appeal decision: the Interior appeal pages cited for set 242 (a04) and OGIS's appeal page,
  https://www.archives.gov/ogis/resources/the-ogis-library/how-to-file-an-appeal-s-p274
- b07 NLRB no records: 29 C.F.R. § 102.117 and the NLRB letters of earlier sets.
- b08 WSP five-day letter: RCW 42.56.520(1)(c) and (2),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520, and WAC 44-06-085,
  https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20%2044%20%20TITLE/WAC%20%2044%20-%2006%20%20CHAPTER/WAC%20%2044%20-%2006%20-085.htm
- b09 Virginia seven-work-day notice: Va. Code § 2.2-3704(B)(4) as restated at https://visitlouisa.com/FAQ.aspx?QID=190
  and http://www.christiansburg.org/index.aspx?NID=673 ("it is not practically possible to provide the requested
  records or to determine whether they are available within the five-work-day period ... an additional seven work
  days")
- b10 Illinois State Police: 5 ILCS 140/7(1)(b), (c), (d)(i), 9.5(a) and 11, and GovQA notices as in set 242 (a08).
- b11 Ohio DPS: R.C. 149.43(A)(1)(v), (A)(2), (B)(3), R.C. 149.45 and R.C. 2743.75, and the Ohio letters of earlier
  sets.
- b12 Maryland MDE: GP § 4-203(b)(2) (more than 10 working days, the amount of time and an estimate of fees) and
  GP § 4-206, and the Maryland ten-day letters of earlier sets.
- b13 Kentucky CHFS: KRS 61.878(1)(a) and (1)(k), KRS 61.880(2), and the Kentucky letters of earlier sets.
- b14 NYC OpenRecords acknowledgement: the OpenRecords notices of earlier sets ("has acknowledged your FOIL request
  ... expects to provide a response to your request on or about").

Score (written after reading the rules, recorded apart from the blind ones): 13 of 14 fully right, and 14 of 14
matched to its request by its number. Wrong was:
- b04 (VHA final response granting in full, attached in Word to an e-mail): a partial grant with the exemption
  "38 U.S.C. § 5701", taken from the e-mail's confidentiality notice under the signature: "NOTICE: This e-mail,
  including any attachments, is intended only for the use of the individual or entity to which it is addressed and
  may contain information that is privileged, confidential, or protected by law, including the Privacy Act of 1974
  and 38 U.S.C. 5701 and 7332."
After a general fix (an e-mail's confidentiality notice, "This e-mail ... is intended only for ...", "This message ...
may contain confidential information protected by ...", "If you are not the intended recipient", is not read as the
letter: the statutes it names protect the e-mail and withhold nothing), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout258"
# What the rules reach on this set now (scored after reading the rules: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
