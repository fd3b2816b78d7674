"""The two-hundred-and-seventy-fifth held-out set: 14 letters (letters/heldout275) from city, county and state
agencies of twelve states, most of them sent by the portals local agencies use (NextRequest, GovQA, JustFOIA) or as
their records units' letters, each in its state's own statutory wording: a San Jose NextRequest e-mail saying the
request was received and assigned to the Police Department; an Austin Police Department certification under Texas
Gov't Code 552.221(d) setting the date and hour the information will be available (PDF); a Fort Worth itemised
statement of estimated charges under 552.2615 sent by JustFOIA; a Seattle Police Department GovQA five-day letter
under RCW 42.56.520 with the estimated date of the first installment; a Los Angeles County Sheriff's Department
CPRA denial (Gov. Code 7923.600, Penal Code 832.7(a), the balancing test of 7922.000) as a PDF; a Denver CORA letter
in Word claiming extenuating circumstances and seven more working days with a fee table (first hour free); an Orange
County (Florida) Sheriff's Office JustFOIA "Records Released" e-mail with the statutory basis of each redaction under
Fla. Stat. 119.07(1)(e); an Evanston NextRequest message extending an Illinois FOIA response by five business days
under 5 ILCS 140/3(e); a Cleveland Division of Police release (PDF) with pages redacted and withheld under R.C.
149.43(A)(1)(h), (A)(2)(a) and (b), (A)(2)(c) and 149.45; a Buffalo Corporation Counsel FOIL appeal acknowledgement
in Word under Public Officers Law 89(4)(a); an Allegheny County Right-to-Know Law Section 902 notice by JustFOIA; an
Alexandria (Virginia) Police Department no-records letter under Va. Code 2.2-3704(B)(3); a City of Portland GovQA
acknowledgement with a fee estimate under ORS 192.324 and 192.329; and a Phoenix Police Department GovQA "request has
been closed" e-mail with its response letter attached (redactions under A.R.S. 41-1750, 28-455, the DPPA and
13-4434, the video withheld as not in the best interests of the state). Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 San Jose NextRequest receipt: NextRequest's request pages and notices (requests public, contact information
  not published, records released through the portal), https://cityofpetalumaca.nextrequest.com/faqs and
  https://help.nextrequest.com/knowledge/request-process-overview; the ten-day notice of Gov. Code 7922.535(a),
  https://www.fillmoreca.gov/FAQ.aspx?QID=75
- a02 Austin certification: Gov't Code 552.221(d) (certify that the information cannot be produced within ten
  business days and set a date and hour within a reasonable time), https://cityofterrelltx.nextrequest.com/faqs,
  https://careers.garlandtx.gov/628/Open-Records-Request and the 552.301 duties summarised on
  http://www.lovejoyschools.com/phpBB3/viewtopic.php?f=11&p=7496&sid=8ed80737f498d6c46f7f707445f7fba1
- a03 Fort Worth itemised statement: Gov't Code 552.2615 and 552.263 (itemised statement over $40, the three written
  answers, automatic withdrawal, a less costly alternative, deposit over $100),
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615 and
  https://www.tad.org/public-information-act (charges under 552.261-.275)
- a04 Seattle five-day letter: RCW 42.56.520 as cities' rules put it (acknowledge and give a reasonable estimate of
  when records will be available), https://gigharbor.municipal.codes/GHMC/2.52.070,
  https://www.cityoffife.org/FAQ.aspx?QID=235 and https://www.whatcomcounty.us/1045/Response-to-Records-Requests;
  the GovQA "Please respond above this line" layout of earlier sets (255 s07)
- a05 LASD denial: Gov. Code 7923.600, 7922.000 and 7922.540 and Penal Code 832.7; the CPRA overview on
  http://cityoflosalamitos.org/?page_id=7043; no LASD letter found in the time available.
- a06 Denver CORA letter: C.R.S. 24-72-203(3)(b) (extenuating circumstances, seven additional working days) and
  24-72-205(6) (first hour of research and retrieval free),
  https://pbmprd.org/board-of-directors/colorado-open-records-act-request/ and
  https://laplatacd.specialdistrict.org/cora-request-form
- a07 Orange County Sheriff release: Fla. Stat. 119.07(1)(e) (state the basis of the exemption, with its statutory
  citation) and the Florida letters of earlier sets (255 s05); no JustFOIA notice text found in the time available.
- a08 Evanston extension: 5 ILCS 140/3(e) (five business days from the original due date, the statutory reasons
  and the date the response will be made), https://www.leecountyil.com/337/Response-Times,
  https://www.law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-726.400 and
  https://vdocuments.site/to-dr-mike-riggle-from-rosanne-williamson-2017-5-19-michael-piskel-mpiskelglenbrook225org.html
- a09 Cleveland release: Ohio's rule that each redaction is explained with its legal authority, and R.C. 2743.75
  complaints, https://www.publicrecordsbriefing.com/p/ohio-public-records-briefing-issue-625 and
  https://law.justia.com/cases/ohio/court-of-claims/2022/2021-00699pq.html
- a10 Buffalo FOIL appeal acknowledgement: Public Officers Law 89(4)(a) (ten business days, copies to the Committee
  on Open Government), http://docs.dos.ny.gov/coog/ftext/2015/f19241.htm and the New York appeal letters of earlier
  sets.
- a11 Allegheny County 902 notice: 65 P.S. 67.902 (the reasons listed in 902(a), thirty days, deemed denied),
  https://panewsmedia.org/rtkl-30-day-extension
- a12 Alexandria no-records letter: Va. Code 2.2-3704(B)(3) (the records cannot be found or do not exist) and
  2.2-3704(D), http://www.christiansburg.org/index.aspx?NID=673,
  https://fallschurchva.gov/387/Freedom-of-Information-Act-FOIA-Request and
  https://www.muckrock.com/place/united-states-of-america/virginia/
- a13 Portland acknowledgement and estimate: ORS 192.324 and 192.329 (acknowledge within five business days,
  confirm custody, written fee estimate over $25 and no further work until the requester confirms, estimated date
  of completion), https://evfire.org/guidelines-for-submitting-public-records-requests,
  https://oregonfacilities.org/ofa/public-records-request and
  https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-658-050-0030; the GovQA receipt sentence ("Your
  request was received in this office on ... and given the reference number ... for tracking purposes") of set 261.
- a14 Phoenix closure: the Arizona Ombudsman's public records law overview,
  https://docslib.org/doc/13224549/public-records-law-overview, and the "best interests of the state" rule of
  Carlson v. Pima County, https://michaeljbloom.net/public-records-easily-obtainable-arizona/

Blind score: 12 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- a02 (Austin Police Department certification, PDF): acknowledged and extended, but no expected_by, where the letter
  gives the day the information will be available: "The Department has set the date and hour of Friday, January 8,
  2027, at 10:00 a.m., within a reasonable time, when the information will be available for inspection or
  duplication." (the date set "within a reasonable time" before the words "will be available").
- a05 (Los Angeles County Sheriff's Department CPRA denial, PDF): Government Code § 7922.000 missed beside § 7923.600
  and Penal Code § 832.7(a), where the third ground is cited in a parenthesis after its sentence: "... the public
  interest served by not disclosing the records clearly outweighs the public interest served by disclosure of the
  records. (Gov. Code, sec. 7922.000.)".
After general fixes (a day the office sets as the one its records will be available, named between the setting and
what becomes available then, "has set the date and hour of Friday, January 8, 2027, at 10:00 a.m., within a reasonable
time, when the information will be available", "We have set December 18, 2026 as the date on which the records will be
available", is the day expected; a bracketed sentence ends where its bracket closes after the stop, "(Gov. Code, sec.
7922.000.) Please be advised ...", and a citation alone in brackets after a sentence, "(Gov. Code, § 7923.600, subd.
(a).)", is read with that sentence, as one without brackets is; and California's balancing test, "the public interest
served by not disclosing the records clearly outweighs the public interest served by disclosure", "the public interest
in nondisclosure clearly outweighs ...", withholds under the section it cites), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout275"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "expected"), [
    # Texas's certification under Gov't Code § 552.221(d): the day set, what becomes available then said after it
    ("The City received your request on November 18, 2026. The City cannot produce the information within ten business "
     "days. The Department has set the date and hour of Friday, January 8, 2027, at 10:00 a.m., within a reasonable "
     "time, when the information will be available for inspection or duplication.", dt.date(2027, 1, 8)),
    ("The District received your request on November 18, 2026. We have set December 18, 2026 as the date on which the "
     "records will be available.", dt.date(2026, 12, 18)),
    ("The County received your request on November 18, 2026. The County has scheduled January 6, 2027, at 2:00 p.m., "
     "as the date and hour when the requested documents will be ready.", dt.date(2027, 1, 6)),
    # The near miss: a day set for something else.
    ("The County received your request on November 18, 2026. The hearing on your complaint has been set for January "
     "8, 2027.", None),
])
def test_a_day_set_as_the_one_the_records_will_be_available_is_expected(body: str, expected: dt.date | None) -> None:
    ack = next(e for e in events_in(body, "December 2, 2026") if e.kind is EventKind.ACKNOWLEDGED)
    assert ack.expected_by == expected


@pytest.mark.parametrize(("body", "expected"), [
    # California's balancing test (Gov. Code § 7922.000), the section cited in brackets after the sentence
    ("Your request is denied. The records are exempt under Government Code section 7923.600. The public interest "
     "served by not disclosing the records clearly outweighs the public interest served by disclosure of the records. "
     "(Gov. Code, sec. 7922.000.) Please be advised that the denial must be in writing.",
     ["Government Code § 7923.600", "Government Code § 7922.000"]),
    ("Your request is denied. On these facts the public interest in nondisclosure clearly outweighs the public "
     "interest in disclosure. (Gov. Code, § 7922.000.)", ["Government Code § 7922.000"]),
    ("Your request is denied. The public interest served by withholding the draft clearly outweighs the public "
     "interest in its release (Gov. Code § 7922.000).", ["Government Code § 7922.000"]),
    # The near miss: the balance said not to favour withholding, the section cited only for that.
    ("Your request is granted in part. The report is exempt under Government Code section 7923.600. The public "
     "interest served by not disclosing the map does not clearly outweigh the public interest in disclosure. (Gov. "
     "Code, sec. 7922.000.) The map is enclosed.", ["Government Code § 7923.600"]),
])
def test_californias_balancing_test_cited_after_its_sentence_is_an_exemption(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected
