"""The two-hundred-and-forty-first held-out set: 14 letters (letters/heldout241) from state agencies of ten states,
most of them about time: a Texas Department of Public Safety letter saying it asked the Attorney General for a
ruling under Gov't Code 552.301 (PDF); a Travis County Sheriff's Office certification of delay under 552.221(d) from
its records portal, with the date and hour the information will be available; a Kansas Bureau of Investigation
KORA 45-218(d) letter giving the cause for delay, the earliest date and an itemised fee to be paid in advance; a
Pennsylvania State Police Section 902 interim response (e-mail with the letter attached as PDF, with its tick-box
reasons); a Pennsylvania Department of Human Services final response in Word, granted in part with pages redacted and
withheld; a New York State Police FOIL acknowledgement e-mail under Public Officers Law 89(3)(a) with its twenty
business days; a New York State DOT letter charging 25 cents a page under Public Officers Law 87(1)(b)(iii); a New
York City Department of Correction FOIL appeal decision (PDF) affirming a denial under 87(2)(e)(i) and 87(2)(f); an
Illinois Department of Corrections Section 3(e) extension with its reasons; a Georgia Department of Public Safety
three-business-day response under O.C.G.A. 50-18-71(b)(1)(A) in Word with a fee table; a Michigan State Police
notice of extension under MCL 15.235(2)(d) (PDF form); a Virginia Department of Corrections e-mail invoking the
seven work days of Va. Code 2.2-3704(B)(4); a Washington DOT portal e-mail giving a new estimate under RCW
42.56.520(2); and a Colorado Department of Corrections letter extending its response under C.R.S. 24-72-203(3)(b) to
a date (no number of days) with a fee estimate. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 Texas DPS referral: Gov't Code 552.301(d) (the written statement that the body wishes to withhold and has
  asked for a decision, a copy of its letter to the Attorney General),
  https://instalawyer.io/laws/texas-statutes/section-552301-request-for-attorney and the Southlake page on the
  process (comments to the Open Records Division),
  https://webarchive.library.unt.edu/dentonfracking/20141030131646/http://www.cityofsouthlake.com/index.aspx?NID=670
- a02 Travis County certification: Gov't Code 552.221(d) ("certify that fact in writing ... and set a date and hour
  within a reasonable time when the information will be available"), https://randlelawoffice.com/?p=10281 and
  https://lexace.ai/us/statute/texas/552.221
- a03 KBI delay and fee: K.S.A. 45-218(d) ("a detailed explanation of the cause for further delay and the place and
  earliest time and date that the record will be available"), http://www.ksag.org/page/g-response-time-and-process
  and http://kautschlaw.com/2015/09/22/revising-kora-correctly-interpreting-the-third-business-day-language-of-k-s-a-45-218d/;
  fee paid in advance: https://docsbay.net/doc/757673/obtaining-copies-of-or-access-to-public-records
- a04 PSP interim response and a05 DHS final response: RTKL Section 902(b) (notice that the request is being reviewed,
  the reasons, a fee estimate if applicable, the date a response is expected; deemed denied otherwise),
  http://panewsmedia.org/newspublications/news/2015/12/17/legal-hotline-right-to-know-law-response-extension and
  https://panewsmedia.org/rtkl-30-day-extension; the OOR appeal paragraph of PA final responses (as in earlier sets).
- a06 NYSP acknowledgement, a07 NYSDOT fee letter and a08 NYC DOC appeal decision: Public Officers Law 89(3)(a) as
  the Committee on Open Government explains it (acknowledge within five business days, an approximate date, twenty
  additional business days, a "date certain"), http://docs.dos.ny.gov/coog/ftext/f19644.htm and
  http://docs.dos.ny.gov/coog/ftext/2015/f19241.htm; the Northport FOIL page,
  https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act; appeals under
  89(4)(a) with a copy to the Committee (same opinions).
- a09 IDOC extension: the Illinois agency rules on 3(e) extensions and their list of reasons,
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401 and
  http://print.casetext.com/regulation/illinois-administrative-code/title-2-governmental-organization/part-1620-organization-information-rulemaking-and-hearings/subpart-b-information/section-1620120-response-to-requests-for-records
- a10 Georgia DPS response: O.C.G.A. 50-18-71(b)(1)(A) ("a written description of such records, together with a
  timetable for their inspection"), (c)(1) (lowest paid employee, first quarter hour free) and (d) (notice of costs
  over $25), https://forsythpl.org/open-records and http://gfaf.org/open_records_request/
- a11 MSP notice of extension: MCL 15.235(2)(d) (one notice extending by not more than 10 business days),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and the Michigan Attorney General's written public summary,
  https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
- a12 VADOC extension: Va. Code 2.2-3704(B)(4) ("It is not practically possible to provide the requested records or to
  determine whether they are available within the five-work-day period ... an additional seven work days"),
  https://visitlouisa.com/FAQ.aspx?QID=190 and http://www.christiansburg.org/index.aspx?NID=673
- a13 WSDOT new estimate: RCW 42.56.520(1)(c) and (2) (additional time to locate and assemble, to notify third
  persons), https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520, and the
  practice of revising an estimate, https://law-journals-books.vlex.com/vid/chapter-6-5-developing-1023463442 and
  https://mrsc.org/research-tools/ask-mrsc-archives; the GovQA "Records Center" e-mail layout of earlier sets.
- a14 CDOC extension and fee: C.R.S. 24-72-203(3)(b) (extenuating circumstances, seven additional working days) and
  the research-and-retrieval rate of $41.37 an hour after the first hour,
  https://sites.google.com/state.co.us/cdorintranet/offices/administrative-offices-division/cora/cora-process and
  https://pbmprd.org/board-of-directors/colorado-open-records-act-request/

Blind score: 11 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a01 (Texas DPS, PDF): only an acknowledgement (received November 17, 2026), no extension, though the letter says the
  information is held back until the Attorney General rules: "Pursuant to section 552.301 of the Government Code, the
  Department has asked the Office of the Attorney General for a decision on whether the information may be withheld."
  and "The Department will not release the information at issue until the Attorney General has issued a ruling ...".
- a13 (Washington DOT, portal e-mail): an acknowledgement instead of an extension, for a later letter that gives a new
  estimate: "In our letter of October 15, 2026, we estimated that the first installment of records would be available
  on or before December 4, 2026. Additional time is needed to respond to your request." and "We now estimate that the
  first installment of records will be available on or before January 22, 2027." (the date was read right).
- a14 (Colorado DOC): expected_by December 15, 2026 taken onto the acknowledgement from an extension that names only a
  new date, no number of days: "Accordingly, the Department is extending the period for its response to December 15,
  2026." (the extension itself rightly left its days unsure).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout241"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 11
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"a01-tx-dps-ag-referral.pdf", "a13-wa-wsdot-revised-estimate.eml", "a14-co-cdoc-cora-ext-fee.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
