"""The two-hundred-and-sixty-fourth held-out set: 14 letters (letters/heldout264) on first-party and immigration
records, written after the rules had been read (while set 263 was fixed), so its score is recorded apart from the blind
ones: a USCIS appeal acknowledgement e-mail; an ICE SecureRelease acknowledgement; a CBP final response (PDF) on TECS
border-crossing records citing FOIA exemptions beside Privacy Act (j)(2) and (k)(2); an ICE closure for want of the
subject's consent; a State Department Passport Services no-records letter; an EOIR acknowledgement e-mail taking ten
more working days; an FBI no-main-file letter (PDF) pointing to Identity History Summary Checks; a California DOJ
acknowledgement extending by 14 days under Gov. Code § 7922.535; an FDLE special-service-charge estimate; a Washington
State Patrol final response on criminal-history and motor-vehicle records; an Ohio BMV release in Word with DPPA
redactions; a Texas DPS letter asking the Attorney General for a decision; an Illinois State Police five-day extension;
and a DOJ OIP appeal acknowledgement.

Real sources each letter is modelled on (names and numbers invented): the USCIS FOIA Request Guide,
https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html (s01); ICE's SecureRelease notices and
DHS closure for want of consent (6 C.F.R. § 5.21), and OGIS's Ombuds Observer on immigration records,
https://www.archives.gov/ogis/resources/foia-ombuds-observer/2018-01-companion (s02, s04); ICE's final response
2010FOIA1221, https://ja.scribd.com/document/26900352/Response-to-FOIA-Request-to-ICE-re-287-g-Program-2010FOIA1221-2-1-10
and CBP's final-response formula (s03); the State Department's Information Access Guide (passport records, NARA
custody before 1925), https://foia.state.gov/Request/Guide.aspx (s05); EOIR's FOIA page,
http://www.justice.gov/eoir/efoia/foiafact.htm, and 5 U.S.C. § 552(a)(6)(B)(i) (s06); the FBI's FOIPA letters and the
FBI FOIPA page's note on Identity History Summary Checks,
https://funnysongsabout.com/2022/12/17/how-many-days-until-july-1-2016/ (s07); the statutes the state letters cite
(Gov. Code § 7922.535, Penal Code §§ 11105, 11076; Fla. Stat. §§ 119.07(4)(d), 119.071(2)(c); RCW 10.97.050, RCW
42.56.230(7)(a); R.C. 4501.27, R.C. 149.43(A)(1)(v); Gov't Code § 552.301; 5 ILCS 140/3(e)) and the Kentucky Attorney
General's decision on criminal-history requests, https://cforigin.kyopengov.org/law/ag/2017/17-ord-114 (s08-s13); OIP's
appeal acknowledgement formula as in earlier sets (s14).

Score (written after reading the rules, not blind): 13 of 14 fully right, and 14 of 14 matched to its request by its
number. Wrong was:
- s08 (California DOJ): a fee estimate of $25 beside the acknowledgement and extension, from the fee of another
  process the subject may use for his own record: "your client may obtain his own record through the Record Review
  process by submitting fingerprints and the $25 fee."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout264"
# What the rules reach on this set now; it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"s08-cadoj-record-review-fee.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
