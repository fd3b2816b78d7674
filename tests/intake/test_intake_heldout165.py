"""The hundred-and-sixty-fifth held-out set: 14 more letters (letters/heldout165) from the Department of Homeland
Security and its components, in their real structure and stock sentences, WRITTEN AFTER READING THE RULES (after the
fixes of set 157), so its score is recorded apart from the blind ones: a Secret Service acknowledgement e-mail with
its File Number and fee category; a CISA no-records final response (PDF) in the DHS formula ("we were unable to
locate or identify any responsive records"); a DHS Office of Inspector General partial release (61 in full, 19 in
part, 8 withheld); an ICE e-mail denying expedited processing after reciting the four standards of 6 C.F.R.
5.5(e)(1); a USCIS FOIA/PA Appeals Office decision in Word affirming Exemptions 5 and 7(E), reciting the pages of
the first response; a TSA acknowledgement that grants a fee waiver; a FEMA fee waiver denied to a commercial
requester, with the estimate to be paid in advance; a Coast Guard acknowledgement e-mail taking ten more working days
for unusual circumstances; a CBP third interim release (PDF); a FLETC full grant with "Enclosures (14 pages)"; a DHS
Privacy Office still-interested letter; an ICE appeal acknowledgement e-mail; a USCIS National Records Center
no-record letter in Word; and a TSA appeal decision affirming the withholding of Sensitive Security Information under
Exemption 3 and 49 U.S.C. § 114(r).

Real sources each letter is modelled on (structure and stock wording; names, numbers and dates are invented): the
ICE acknowledgement and final response of 2010 (http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt,
https://ja.scribd.com/document/26900352/Response-to-FOIA-Request-to-ICE-re-287-g-Program-2010FOIA1221-2-1-10) for
b02, b03, b04, b06 and b12; the Secret Service's final response format (samples s02) for b01; the USCIS FOIA request
guide (https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html) and OGIS on immigration
records (https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion) for b05 and b13; FEMA's letters
(https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data,
https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/) and 6 C.F.R.
5.11 for b07; the Coast Guard FOIA process guide (https://bayfury.com/how-to-check-us-coast-guard-licence-1656) for
b08; CBP's SecureRelease requests on MuckRock
(https://muckrock.com/foi/united-states-of-america-10/cbp-one-non-pii-exemption-data-137514) for b09; DHS Privacy
Office requests on MuckRock (http://Muckrock.com/foi/united-states-of-america-10/foia-report-comms-142439/) for b11;
TSA's responses and the SSI appeal route
(https://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html,
https://www.justice.gov/oip/magassa-v-tsa-no-19-01953-2022-wl-971207-ddc-mar-31-2022-sullivan-j) for b14; FLETC's
full grant follows the DHS final-response formula above (b10).

Score (not blind: written after reading the rules): 14 of 14 fully right, and 14 of 14 matched to its request by
its number, with no change to the rules.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout165"
# What the rules reach on this set now; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
