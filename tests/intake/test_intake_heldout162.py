"""The hundred-and-sixty-second held-out set: 14 letters (letters/heldout162) from local agencies (city police
departments, county sheriffs and jails, school districts, city clerks and counties), several of them the stock
notifications of request portals (NextRequest, GovQA, JustFOIA), each written in the structure and formulas of the
real letters and statutes it is modelled on, with invented names, numbers and dates:

- h01 Nassau County Police Department FOIL acknowledgement e-mail with the approximate date (New York, Public Officers
  Law § 89(3)(a)): https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act,
  http://docs.dos.ny.gov/coog/ftext/f8361.htm
- h02 Lansing Police Department FOIA "Notice of Extension" form, ten business days (Michigan, MCL 15.235(2)(d); PDF):
  https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/,
  http://walledlake.us/index.php/freedom-of-information
- h03 Illinois school district FOIA five-business-day extension with the ticked statutory reasons (5 ILCS 140/3(e)):
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401,
  https://online.flipbuilder.com/ofqb/udwg/files/basic-html/page693.html
- h04 City of Pasadena NextRequest message extending a California Public Records Act request by 14 days for unusual
  circumstances (Government Code § 7922.535(b)):
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535,
  https://help.nextrequest.com/knowledge/request-process-overview
- h05 Arlington (Texas) Police Department release with motor vehicle and social security numbers redacted without an
  Attorney General ruling (Gov't Code §§ 552.130(c), 552.147): https://police.aptx.gov/services/records/pir/,
  https://webarchive.library.unt.edu/dentonfracking/20141030131646/http://www.cityofsouthlake.com/index.aspx?NID=670
- h06 Volusia Sheriff's Office GovQA cost estimate with a special service charge (Florida, § 119.07(4)(d)):
  https://www.mymanatee.org/home/government/departments/property-management/public-records.html,
  https://justiceadmin.org/publicrecords/costrecoverypolicy.aspx
- h07 Spokane County five-business-day letter with the requested items in a table and the estimated date of the first
  installment (Washington, RCW 42.56.520; Word, letterhead in the page header):
  https://gigharbor.municipal.codes/GHMC/2.52.070, https://lewiscountywa.gov/departments/public-records/what-to-expect-after-you-submit-a-request/
- h08 Kenton County Detention Center denial of jail video and an inmate's medical records (Kentucky, KRS 197.025(1) via
  KRS 61.878(1)(l), KRS 61.878(1)(a)): https://kyopengov.org/law/ag/2007/07-ord-214,
  https://kyopengov.org/law/ag/2018/18-ord-156
- h09 City of Fresno NextRequest closure "No responsive documents" (California):
  https://help.nextrequest.com/knowledge/basic-request-management
- h10 Bexar County Sheriff's Office JustFOIA request for clarification with the 61-day withdrawal warning (Texas,
  Gov't Code § 552.222(b), (d)): https://www.universalcitytexas.gov/FormCenter/General-Forms-3-3/Open-Records-Request-47-47,
  http://images.jw.com/ealert/media/2010/0224sm.html
- h11 Springfield (Missouri) Police Department Sunshine Law response: incident report open, investigative file closed
  (RSMo § 610.100): https://policylab.hks.harvard.edu/public-records, https://www.rcfp.org/open-government-sections/3-required-contents-of-a-written-request/
- h12 Central Bucks School District Right-to-Know final response granted in part and denied in part, with a past
  thirty-day extension recalled (Pennsylvania, 65 P.S. § 67.708(b)(30), (b)(17); FERPA; PDF):
  https://online.flipbuilder.com/ofqb/udwg/files/basic-html/page689.html
- h13 City of Kalamazoo City Manager's decision on a FOIA appeal, reversed in part and upheld in part (Michigan,
  MCL 15.240, MCL 15.243(1)(s)(ix)): https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
- h14 Henrico County police FOIA response invoking seven more work days with a cost estimate over $200 and an advance
  deposit (Virginia, Va. Code § 2.2-3704(B)(4), (F), (I)): https://www.rcfp.org/open-government-sections/2-informal-telephone-inquiry-as-to-status/

Committed before the rules were run on them.

Blind score: 10 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h04 (Pasadena, NextRequest): no expected_by: "The City expects to send its determination on or before December 14,
  2026." (the date a determination is expected, in a message that extends the time).
- h05 (Arlington Police, Texas): exemptions "Gov't Code § 552.130(c)" and "§ 552.130(d)" instead of § 552.130:
  "... redacted under section 552.130 of the Texas Government Code, which the Department may do without requesting a
  decision from the Attorney General as provided by section 552.130(c)" and "you may request a decision from the Office
  of the Attorney General as described in section 552.130(d)" (the procedure's subsections taken, the section itself
  "section 552.130 of the Texas Government Code" missed).
- h08 (Kenton County Detention Center, Kentucky): exemptions missed KRS 197.025(1) and KRS 61.878(1)(l): "Under KRS
  197.025(1), made applicable to jails by KRS 61.878(1)(l), no person shall have access to records the disclosure of
  which is deemed by the jailer to constitute a threat to the security of ...".
- h11 (Springfield Police, Missouri): exemptions and pages withheld empty: "Section 610.100.2, RSMo, provides that
  investigative reports of law enforcement agencies are closed records until the investigation becomes inactive",
  "... are closed under Section 610.100.3, RSMo." and "The closed investigative file consists of 41 pages and 57
  photographs, which are withheld in full."
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout162"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "h04-pasadena-nextrequest-ext.eml", "h05-arlington-pd-pia-release.txt", "h08-kenton-detention-ky-denial.txt",
    "h11-springfield-pd-mo-sunshine.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
