"""The two-hundred-and-thirty-seventh held-out set: 14 everyday letters (letters/heldout237) from local government
and state universities, school districts and transit agencies of fourteen states: a Spokane Police Department
five-business-day letter under RCW 42.56.520(1)(c) sent from GovQA, with the date of the first installment; a
Multnomah County Sheriff's Office acknowledgement under ORS 192.324(2) with a fee estimate; a Colorado Springs
Police Department CCJRA/CORA letter (PDF) taking the seven working days for extenuating circumstances, with the
day it will answer; a Hennepin County Sheriff's Office data-practices response in Word with a table of pages
provided and withheld under Minn. Stat. § 13.82; a Milwaukee Police Department partial release (PDF) with the
balancing test and three Wisconsin citations; a City of Columbia, Missouri NextRequest message under Section
610.023.3, RSMo, with the earliest date the records will be available; a Metro Nashville Police Department records
production letter in Word (the Office of Open Records Counsel's form, Tenn. Code Ann. § 10-7-503(a)(2)(B)); an
IndyGo (Indianapolis transit) no-records e-mail under Indiana's APRA; a Baltimore County Public Schools ten-working-
day letter under Gen. Prov. § 4-203(b)(2) with the time needed and a range of fees; a Washoe County Sheriff's Office
e-mail releasing every page, the records attached; a University of Utah GRAMA appeal decision (PDF) by the chief
administrative officer affirming the denial; a Louisville Metro Police Department open records response in Word with
a table of pages released and withheld under KRS 61.878; a Lafayette (Louisiana) Police Department denial under La.
R.S. 44:3(A)(1) and (A)(2); and a University of Connecticut FOI acknowledgement e-mail. Committed before the rules
were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 Spokane PD (GovQA): RCW 42.56.520(1)(c) ("Acknowledging that the agency ... has received the request and
  providing a reasonable estimate of the time the agency ... will require to respond"),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520, local agencies'
  five-day rules (https://www.cityoffife.org/FAQ.aspx?QID=235, https://www.whatcomcounty.us/1045/Response-to-Records-Requests),
  and the GovQA notice format (reference R000000-MMDDYY, "To monitor the progress or update this request please log
  into the Public Records Center") of the GovQA letters of earlier sets and http://mycusthelp.com/MODOT/_cs/AnswerDetail.aspx?sSessionID=&aid=127
- h02 Multnomah County Sheriff: ORS 192.324(2) (acknowledge within five business days, confirm the body is the
  custodian) and 192.324(4) (fees), ORS 192.329, https://lawserver.com/law/state/oregon/or-statutes/oregon_statutes_192-324,
  https://lexace.ai/us/statute/oregon/ORS-192.324 and https://casetext.com/regulation/oregon-administrative-code/chapter-257-department-of-state-police/division-20-public-records/section-257-020-0010-public-records-access-and-fees
- h03 Colorado Springs PD: C.R.S. 24-72-203(3)(b) (extenuating circumstances, up to seven additional working days,
  notice within the three-day period), https://pbmprd.org/board-of-directors/colorado-open-records-act-request/,
  https://dragcalvuonestop.pages.dev/676704.html (Colorado Department of Law CORA/CCJRA policy) and the research and
  retrieval fee of C.R.S. 24-72-205(6)
- h04 Hennepin County Sheriff: Minn. Stat. ch. 13 (presumption of public data, § 13.82 subds. 7 and 17, advisory
  opinions under § 13.072) and the data-practices responses of earlier sets; no page of the agency's own found in the
  time available.
- h05 Milwaukee PD: Wis. Stat. §§ 19.35(4)(b) (a written denial states the reasons and that it is subject to review by
  mandamus or on application to the attorney general or a district attorney), 19.36(8)(b), 19.36(10)(a) and
  938.396(1)(a), and the Wisconsin letters of earlier sets; no agency page found in the time available.
- h06 City of Columbia, Missouri (NextRequest): Section 610.023.3, RSMo (explanation of the cause of the delay and the
  earliest time and date the records will be available), http://mycusthelp.com/MODOT/_cs/AnswerDetail.aspx?sSessionID=&aid=127,
  and NextRequest's notification texts (https://help.nextrequest.com/knowledge/request-process-overview; "A message
  was sent to you regarding record request #", "View Request", "Manage your notification settings")
- h07 Metro Nashville PD: the Office of Open Records Counsel's Records Production Letter, required when records cannot
  be made available promptly (Tenn. Code Ann. § 10-7-503(a)(2)(B)), http://www.comptroller.tn.gov/openrecords/forms.asp,
  https://tcog.info/faq-items/how-government-is-required-to-respond-to-a-public-records-request and
  http://tccablog.blogspot.com/2008/08/public-records-access-forms-available.html
- h08 IndyGo: Indiana's APRA (Ind. Code § 5-14-3; no duty to create a record; complaint to the Public Access
  Counselor under Ind. Code § 5-14-5) and the Indiana letters of earlier sets; no agency page found in the time
  available.
- h09 Baltimore County Public Schools: Gen. Prov. § 4-203(b)(2) (within 10 working days: the time needed to produce,
  an estimate of the range of fees and the reason for the delay), https://lexace.ai/us/statute/maryland/GP-4-203,
  https://www.law.cornell.edu/regulations/maryland/COMAR-14-09-16-09 and the Maryland PIA Manual,
  https://docslib.org/doc/10462037/maryland-public-information-act-manual
- h10 Washoe County Sheriff: NRS chapter 239 and the Nevada e-mails of earlier sets; no agency page found in the time
  available.
- h11 University of Utah: Utah Code § 63G-2-401 (appeal to the chief administrative officer, notice of the decision,
  weighing of interests) and § 63G-2-403 (appeal to the State Records Committee within 30 days),
  https://lexace.ai/us/statute/utah/63G-2-401, https://www.law.cornell.edu/regulations/utah/Utah-Admin-Code-R813-2-7,
  https://archivesnews.utah.gov/2012/07/19/navigating-the-grama-appeals-process/ and
  http://168.177.21.21/opengovernment/navigating-appeals.html
- h12 Louisville Metro PD: KRS 61.880(1) ("An agency response denying, in whole or in part, inspection of any record
  shall include a statement of the specific exception authorizing the withholding of the record and a brief
  explanation of how the exception applies"), https://kyopengov.org/law/ag/1993/93-ord-008,
  https://cforigin.kyopengov.org/law/ag/2023/23-ord-275 and https://codelibrary.amlegal.com/codes/eminenceky/latest/eminence_ky/0-0-0-889
- h13 Lafayette PD: La. R.S. 44:3(A)(1), (A)(2) and (A)(4)(a) (the initial report stays public), 44:32(D) (written
  notice within three days) and 44:35, and the Louisiana letters of earlier sets; no agency page found in the time
  available.
- h14 University of Connecticut: Conn. Gen. Stat. §§ 1-210 and 1-212 (fees of $0.50 a page) and the Connecticut
  acknowledgements of earlier sets; no agency page found in the time available.

Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 12 of 14 fully right, and 14 of 14 matched to
its request by its number. Misses:
- h06 (City of Columbia, Missouri, NextRequest e-mail): an extension as well as the acknowledgement, from "Pursuant to
  Section 610.023.3, RSMo, this is to notify you that access to the requested records cannot be provided within three
  business days." (Missouri's three-business-day notice is the first answer, with the earliest day the records will be
  available, as sets 88, 90, 148 and 208 log it).
- h09 (Baltimore County Public Schools, Maryland ten-working-day letter): the day expected missed, "BCPS anticipates
  that it will take until January 8, 2027 to produce the records."
After general fixes (Missouri's RSMo 610.023.3 and Kansas's K.S.A. 45-218(d) notices are the first answer with their
estimate, as Georgia's and Washington's are; the time the office's work "will take until" a day is the day expected),
14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout237"
# What the rules reach on this set now (sealed: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kinds", "expected_by"), [
    # Missouri's and Kansas's three-business-day notices are the first answer, with the earliest day the records
    # will be available
    ("The City received your Sunshine Law request on November 16, 2026. Pursuant to Section 610.023.3, RSMo, this is "
     "to notify you that access to the requested records cannot be provided within three business days. The earliest "
     "date the records are expected to be available is December 18, 2026.", [EventKind.ACKNOWLEDGED],
     dt.date(2026, 12, 18)),
    ("We received your request on November 16, 2026. Under K.S.A. 45-218(d), the records cannot be made available "
     "within three business days because they must be reviewed; they will be available no later than December 16, "
     "2026.", [EventKind.ACKNOWLEDGED], dt.date(2026, 12, 16)),
    # ... and the time the office's work will take until a day is the day expected
    ("We received your request on December 1, 2026. The School System anticipates that it will take until January 8, "
     "2027 to produce the records.", [EventKind.ACKNOWLEDGED], dt.date(2027, 1, 8)),
    # The near miss: a notice that extends in so many words still takes more time
    ("We received your request on November 16, 2026. Pursuant to Section 610.023.3, RSMo, we are extending the time to "
     "respond by 20 business days.", [EventKind.ACKNOWLEDGED, EventKind.EXTENSION], None),
])
def test_first_answers_that_give_the_day_expected(body: str, kinds: list[EventKind],
                                                  expected_by: dt.date | None) -> None:
    events = events_in(body, "December 2, 2026")
    assert [e.kind for e in events] == kinds
    assert events[0].expected_by == expected_by
