"""The three-hundred-and-eighth set: 14 letters (letters/heldout308) on the same theme as set 307, the records
portals of cities, counties and school districts and the notices they send, from other offices in fourteen states and
in other wordings, WRITTEN AFTER READING THE RULES (after set 307's fixes were made), so its score is not a blind one:
a City of Tucson (Arizona) NextRequest notice that a request "has been received"; a City of Buffalo (New York) FOIL
acknowledgement with its approximate date; a City of Hoboken (New Jersey) OPRA response (PDF) denying a request that
does not identify the records with reasonable clarity; an Allegheny County (Pennsylvania) thirty-day notice under 65
P.S. § 67.902 with its ticked reasons (PDF); a Knox County Schools (Tennessee) records request response form with a
cost table (Word); a City of Saint Paul (Minnesota) data practices release with not-public data redacted and withheld;
a Clark County School District (Nevada) notice under NRS 239.0107(1)(c) that the records cannot be made available in
five business days; an Arlington County (Virginia) notice taking seven more working days; a Dane County Sheriff's
Office (Wisconsin) release after the balancing test (PDF); a City of Worcester (Massachusetts) JustFOIA "records
released" e-mail with the Records Access Officer's message and the portal's footer; a City of Tulsa (Oklahoma) notice
closing a request as abandoned after an unanswered clarification; a Charleston County (South Carolina) GovQA fee
estimate with a 25% deposit; a Salt Lake City (Utah) GRAMA notice of denial with a classification table (Word); and a
Fayette County Public Schools (Kentucky) no-records response.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- t01 Tucson: NextRequest's notifications (request received, messages, documents released),
  https://help.nextrequest.com/knowledge/request-process-overview and
  https://help.nextrequest.com/knowledge/quick-start-guide-for-staff-users ("View Request #XX-XXXX"), and A.R.S. §
  39-121.01(D)(1).
- t02 Buffalo: Public Officers Law § 89(3)(a) (acknowledgement with an approximate date to grant or deny) and the
  FOIL acknowledgements of earlier sets.
- t03 Hoboken: the GRC's decisions on invalid requests ("failed to provide the following ample identifiers ...", MAG
  Entertainment, Bent, Elcavage), https://ro.scribd.com/document/335236764/Discenza-v-Lacey-BOE-Interim-Order and
  https://law.justia.com/cases/new-jersey/appellate-division-published/2005/a0128-04-opn.html, and the Jersey City
  OPRA Center notice quoted on https://www.muckrock.com/foi/multirequest/mayor-steven-fulop-last-200-pages-of-emails-65024/
- t04 Allegheny County: 65 P.S. § 67.902 (the seven reasons, "a reasonable date that a response is expected"),
  https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time,
  and https://panewsmedia.org/rtkl-30-day-extension
- t05 Knox County Schools: the Office of Open Records Counsel's forms and Schedule of Reasonable Charges,
  http://www.comptroller.tn.gov/openrecords/forms.asp and
  https://vdocuments.net/policies-and-guidelines-1192017-office-of-open-records-counsel-best-practices.html
- t06 Saint Paul, t09 Dane County, t10 Worcester, t13 Salt Lake City, t14 Fayette County Public Schools: written from
  the statutes they cite (Minn. Stat. §§ 13.82, 13.69, 13.072; Wis. Stat. §§ 19.35, 19.36, 19.37, 938.396; G. L. c.
  4, § 7(26)(c) and c. 66, §§ 10, 10A; Utah Code §§ 63G-2-302, -305, -401; KRS 61.872 to 61.884) and the earlier
  sets' letters from those states (230 s08 for Wisconsin's balancing test).
- t07 Clark County School District: NRS 239.0107(1)(c)-(d) (notice that the record cannot be made available by the
  end of the fifth business day, and the earliest date it will be); no district page found in the time available.
- t08 Arlington County: Va. Code § 2.2-3704(B)(4) and (F) and the Virginia letters of earlier sets (295 p13).
- t11 Tulsa: 51 O.S. § 24A.1 et seq. and the closing notices for abandoned requests of the counties' published rules,
  https://www.tpchd.org/i-want-to/request/public-records/public-records-request-process ("You will be notified if
  your request has been closed").
- t12 Charleston County: S.C. Code Ann. § 30-4-30(B) (a deposit of up to 25% of the estimated fees) and the GovQA
  invoice notices of set 307 (h12).

Score on the rules after set 307's fixes (not blind: written after reading the rules): 7 of 14 fully right against the
expected values as first written, and all 14 matched to their request by their number. Three of the seven misses were
the expected values, not the rules, and were corrected to the conventions of the earlier sets: t04 (Allegheny County)
and t08 (Arlington County) were given no expected day for "The County expects to respond to your request on or before
January 4, 2027." and "The County will respond on or before December 16, 2026.", said apart from the days taken,
where set 125's f11 (Pennsylvania DEP, "The Department expects to respond to your request on or before December 23,
2026.") logs such a day beside the thirty days; and t07 (Clark County School District) was written as an
acknowledgement and an extension, where Georgia's notice under a law that makes the first answer give the cause of
delay and the day (290 b10, "Responsive records exist but are not available within three business days ... The GBI
estimates that the records will be produced by December 23, 2026.") is an acknowledgement with that day. Against the
corrected values, 10 of 14. Wrong were:
- t01 (Tucson NextRequest "has been received" notice, e-mail): a final determination, partial grant, instead of an
  acknowledgement, from the portal's promise to tell of what is posted later, "You will receive an email each time a
  message is posted or a document is released to this request.", and the notice itself not read, its number between
  the words: "Your record request #26-5521 has been received and is being processed."
- t05 (Knox County Schools response form, Word): the acknowledgement and the day received not read: "In response to
  your request for public records received November 17, 2026, under the Tennessee Public Records Act, Tenn. Code Ann.
  § 10-7-503, the records custodian has determined the following:"
- t09 (Dane County Sheriff's Office, PDF): Wis. Stat. § 19.36(10)(a) not read, the list's first item naming no law:
  "1." / "Dates of birth, home addresses and telephone numbers ..., because the public interest in protecting
  individual privacy ... outweighs the public interest in disclosure (public records balancing test)." / ... / "3." /
  "Personal information of law enforcement officers contained in the use of force reports, under Wis. Stat. §
  19.36(10)(a)."
- t13 (Salt Lake City GRAMA notice of denial, Word): the 412 pages withheld not read from the classification table:
  "Internal affairs investigation file (412 pages) | Protected | Utah Code § 63G-2-305(10), (25)".
After general fixes (a request's number between its words and "has been received", "Your record request #26-5521 has
been received", acknowledges it; a portal's promise to tell of what is posted later, "You will receive an email each
time ... a document is released", "you will be notified whenever records are released", releases nothing; "your
request for public records received November 17, 2026" says the day received; an item of a list that names no law,
its marker alone before it or the next item's marker after it, keeps the list going), 13 of 14. t13 stays in NOT_YET:
the pages are counted inside a table row's name of the record, and reading a row's count as withheld wherever its
classification closes the record would also count the pages of rows a table only describes (a record "Public" beside
one "Protected", a log of what was reviewed); it waits for a rule that reads a classification table as a whole.
After general fixes (a table under a column headed "Classification" whose row classes a record "Protected", "Private"
or "Controlled", its pages in brackets, withholds those pages: "| Internal affairs investigation file (412 pages) |
Protected | Utah Code § 63G-2-305(10), (25)"; a row classed "Public" is left alone), 14 of 14: t13 right.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout308"
# What the rules reach on this set now (written after reading the rules: 10, against the corrected values); it may only
# go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "received"), [
    ("Your record request #26-5521 has been received and is being processed. You will receive an email each time a "
     "message is posted or a document is released to this request.", None),
    ("Your public records request No. 2026-118 was received on November 24, 2026 and has been assigned to the Records "
     "Unit. You will be notified whenever records are released.", dt.date(2026, 11, 24)),
    ("In response to your request for public records received November 17, 2026, under the Tennessee Public Records "
     "Act, Tenn. Code Ann. § 10-7-503, the records custodian has determined the following:", dt.date(2026, 11, 17)),
])
def test_a_portals_receipt_notice_acknowledges_and_its_promise_to_tell_releases_nothing(
        body: str, received: dt.date | None) -> None:
    events = events_in(body, "December 1, 2026")
    assert events[0].kind == EventKind.ACKNOWLEDGED
    assert EventKind.FINAL_DETERMINATION not in [e.kind for e in events]
    assert events[0].received == received


@pytest.mark.parametrize("body", [
    # The near miss: a release said beside the promise.
    "A document has been released to you. You will receive an email each time a message is posted. The records are "
    "released in full.",
])
def test_a_release_beside_the_portals_promise_is_still_a_release(body: str) -> None:
    assert [e.kind for e in events_in(body)] == [EventKind.FINAL_DETERMINATION]



@pytest.mark.parametrize(("body", "codes"), [
    ("We are releasing 88 pages. The following information has been redacted or withheld:\n1.\nDates of birth of "
     "witnesses, because the public interest in their privacy outweighs the public interest in disclosure.\n2.\n"
     "Information identifying confidential informants, under Wis. Stat. § 19.36(8)(b).\n3.\nPersonal information of "
     "officers contained in the reports, under Wis. Stat. § 19.36(10)(a).",
     ["Wis. Stat. § 19.36(8)(b)", "Wis. Stat. § 19.36(10)(a)"]),
    ("We are releasing 12 pages. The following has been redacted:\n(a) Home addresses of staff, as the balancing of "
     "interests favors nondisclosure.\n(b) Employee identification numbers, under RCW 42.56.250(4).",
     ["RCW 42.56.250(4)"]),
])
def test_an_item_that_names_no_law_keeps_the_list_going(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


def test_a_numbered_paragraph_after_the_list_is_no_item_of_it() -> None:
    # The near miss: the review rights after the list cite no ground.
    body = ("We are releasing 12 pages. The following has been redacted:\n1.\nEmployee identification numbers, under "
            "RCW 42.56.250(4).\n2.\nYou may seek review of this response under RCW 42.56.550.")
    assert exemptions_in(body) == ["RCW 42.56.250(4)"]
