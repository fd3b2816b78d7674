"""The hundred-and-seventieth held-out set: 14 letters (letters/heldout170) from local agencies (county sheriffs and
jails, city police departments, school districts, city clerks, townships and counties), several of them request-portal
notifications (GovQA, NextRequest, JustFOIA). Written after the rules had been read and set 162's fixes merged, so its
score is not a blind one and is recorded apart from the blind figures. Each letter follows the structure and stock
sentences of the real letters, forms and statutes it is modelled on, with invented names, numbers and dates:

- k01 Rutherford County Sheriff's Office Tennessee "Public Records Request Response Form", the time reasonably
  necessary (Tenn. Code Ann. § 10-7-503(a)(2)(B)(iii); PDF):
  https://tcog.info/faq-items/how-government-is-required-to-respond-to-a-public-records-request,
  https://williamsoncountysherifftn.com/faq/is-a-records-custodian-required-to-produce-requested-records-immediately/
- k02 Beaverton School District written cost estimate over $25 (Oregon, ORS 192.324; e-mail):
  https://www.beaverton.k12.or.us/departments/communications-community-involvement/public-records-request,
  https://multco.us/info/public-records-fee-schedule
- k03 Ramsey County Sheriff's Office data practices response, public data given and active criminal investigative
  data kept back (Minnesota, Minn. Stat. §§ 13.82, subd. 7, 13.85, subd. 2):
  https://mn.gov/admin/data-practices/opinions/library/?id=36-266412
- k04 City of Raleigh NextRequest closure "Records provided" (North Carolina):
  https://help.nextrequest.com/knowledge/request-process-overview
- k05 Maricopa County GovQA "Your request has been received" notice (Arizona, A.R.S. § 39-121):
  tests/intake/letters/heldout20 (the GovQA stock text) and https://govservice-self.govplatform.com/appshost/firmstep/self/apps/custompage/template_prr?language=en
- k06 City of Savannah JustFOIA three-business-day response with the date and cost (Georgia, O.C.G.A.
  § 50-18-71(b)(1)(A)): https://www.rcfp.org/open-government-sections/2-informal-telephone-inquiry-as-to-status/
- k07 Yonkers Public Schools FOIL appeal determination affirming a denial under FERPA and Public Officers Law
  § 87(2)(a) (New York; Word): http://docs.dos.ny.gov/coog/ftext/2015/f19241.htm
- k08 Aurora (Illinois) Police Department FOIA response granted in part with Section 7(1)(b) and 7(1)(c) redactions and
  the PAC review notice: https://online.flipbuilder.com/ofqb/udwg/files/basic-html/page693.html
- k09 City of Tacoma first installment with RCW 42.56.240(1) and (2) redactions and the next installment's date
  (Washington): https://apps.leg.wa.gov/wac/default.aspx?cite=44-14-04006
- k10 Hamilton County Sheriff's Office (Ohio) answer that no records exist
- k11 Jeffco Public Schools CORA response with seven more working days for extenuating circumstances and a research
  and retrieval fee (Colorado, C.R.S. §§ 24-72-203(3)(b), 24-72-205(6)):
  https://gist.github.com/cjwinchester/59168a0cba246c25840cc0f002fc76f7
- k12 City of Mesa City Clerk request for clarification (Arizona, A.R.S. § 39-121.01(D)(1); e-mail)
- k13 Township of Edison OPRA denial of criminal investigatory records (New Jersey, N.J.S.A. 47:1A-1.1, 47:1A-3(a))
- k14 Lexington Police Department delay under KRS 61.872(5) with the day the records will be available (Kentucky):
  https://kyopengov.org/law/ag/2018/18-ord-156

Committed before the rules were run on them.

Score (not blind: written after reading the rules): 13 of 14 fully right, and 14 of 14 matched to its request by its
number. Wrong was:
- k13 (Township of Edison, New Jersey): exemptions missed N.J.S.A. 47:1A-3(a): "In addition, the release of the
  photographs would reveal information the disclosure of which would be inimical to the public interest, N.J.S.A.
  47:1A-3(a)." (the harm said of "the release of" the records, and OPRA's "inimical to the public interest", not read
  as applying an exemption).
After general fixes (the harm said of "the release of" or "the disclosure of" the records ("would reveal", "could
endanger", not "would not reveal"), and "inimical to the public interest", apply the exemption cited with them), 14 of
14.
"""

from __future__ import annotations

import pytest
from intake_scoring import set_tests

from foiatrack.intake import patterns as P

SET = "heldout170"
# What the rules reach on this set now (written after reading the rules: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "applies"), [
    ("In addition, the release of the photographs would reveal information the disclosure of which would be inimical "
     "to the public interest, N.J.S.A. 47:1A-3(a).", True),
    ("Disclosure of the dispatch audio could endanger the safety of the caller, N.J.S.A. 47:1A-3(a).", True),
    ("Access to the report at this time would be inimical to the public interest, N.J.S.A. 47:1A-3(a).", True),
    # The near misses: a harm denied, and a release only scheduled.
    ("Release of the attached records would not reveal any private information, N.J.S.A. 47:1A-1.1.", False),
    ("The release of the records will be made on December 4, N.J.S.A. 47:1A-5(i).", False),
    ("Disclosure would not be inimical to the public interest.", False),
])
def test_the_harm_of_a_release_applies_the_exemption_cited(sentence: str, applies: bool) -> None:
    assert bool(P.EXEMPTION_USE.search(sentence)) is applies
