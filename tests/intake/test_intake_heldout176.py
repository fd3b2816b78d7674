"""The hundred-and-seventy-sixth held-out set: 14 letters (letters/heldout176) from Western state agencies and cities
as the files arrive: an Oregon Department of Transportation GovQA acknowledgement (ORS 192.324) with an estimated
completion date; a City of Portland fee estimate e-mail with an itemised staff-time table; a Utah Department of Public
Safety GRAMA notice of denial in part (PDF) with the pages provided, redacted and denied; a Salt Lake City notice of
extraordinary circumstances under Utah Code § 63G-2-204 with the date the records will be available; a New Mexico
Environment Department IPRA "three-day letter"; an Albuquerque Police Department IPRA response attached as PDF to a
portal e-mail, with a bulleted explanation of denial; an Idaho Transportation Department notice that a longer period
is needed under Idaho Code § 74-103(2); a Hawaii DLNR "Notice to Requester" (Word, with tables and check boxes) under
chapter 2-71, HAR, with fees less the fee waiver and a 50% prepayment; an Alaska Department of Labor extension e-mail
under 2 AAC 96.325(d); a Montana DPHHS final response (PDF) citing "§ 50-5-106, MCA" and Article II, Section 10 of the
Montana Constitution; a Wyoming DOT no-records letter; a Washoe County Sheriff's Office NextRequest closure e-mail
releasing pages with redactions under the NRS; an Oregon Attorney General order on a petition for review under ORS
192.411 (Word), granted in part; and a Denver CORA notice of extenuating circumstances with a seven-working-day
extension. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- d01 ODOT acknowledgement: ORS 192.324 and 192.329 (acknowledge within five business days, confirm the custodian,
  a reasonable estimated completion date), https://oregon.public.law/statutes/ors_192.329 and the model procedure
  rule OAR 646-020-0030, https://oregon.public.law/rules/oar_646-020-0030; GovQA reference-number wording as in
  https://portlandor.mycusthelp.com/WEBAPP/_rs/(S(xql2jxozyvi5au0phg3hipu0))/AnswerDetail.aspx?sSessionID=&aid=121
- d02 Portland fee estimate: the written estimate over $25 and "will not continue to process ... until" confirmation,
  https://oregon.public.law/rules/oar_690-003-0180 and https://www.portlandciviclab.org/records
- d03 Utah DPS notice of denial: Utah Code § 63G-2-205 (description of what is denied, citations, right to appeal to
  the chief administrative officer, time limits), https://statutes.laws.com/utah/title-63g/chapter-02/63g-2-205 and
  § 63G-2-401, https://lexace.ai/us/statute/utah/63G-2-401
- d04 Salt Lake City extraordinary circumstances: GRAMA time limits,
  https://archives.utah.gov/2012/08/21/grama-request-and-appeal-time-limits/ and § 63G-2-401(1)(b) (appeal of a claim
  of extraordinary circumstances), https://lexace.ai/us/statute/utah/63G-2-401
- d05 NMED three-day letter and d06 Albuquerque IPRA response: NMSA 1978, § 14-2-8(D) and § 14-2-11 as the Attorney
  General's compliance guide and agencies describe them, https://nmfog.org/topic/3response-time/,
  https://rld.nm.gov/manufactured-housing-division/forms-and-applications/ipra and
  https://fdocuments.in/document/the-new-mexico-state-land-iprainspection-of-public-records-act-2-iii-section.html
- d07 Idaho Transportation Department: Idaho Code § 74-103 (three working days, a longer period up to ten working days
  following the request) and § 74-115 (180 days), https://legislature.idaho.gov/statutesrules/idstat/title74/t74ch1/sect74-115/
  and http://www.sco.idaho.gov/web/scoweb.nsf/pages/publicrecordsrequestpolicy.htm
- d08 Hawaii DLNR Notice to Requester: OIP's rules, chapter 2-71, HAR (notice, fees, $30 waiver, prepayment,
  abandonment), https://oip.hawaii.gov/laws-rules-opinions/rules/ and
  https://ags.hawaii.gov/oip/rules/quick-guide-to-oips-administrative-rules/
- d09 Alaska DOLWD extension: 2 AAC 96.325(d) ("not to exceed 10 additional working days", reasons, date, "not invoked
  for purposes of delay"), https://d1tvxue8o4w0fl.cloudfront.net/regulation/alaska-administrative-code/title-2-administration/chapter-96-public-information/article-3-requests-for-public-records/section-2-aac-96325-response-to-request-time-limits
- d10 Montana DPHHS final response: Montana's citation style ("§ 2-6-1003, MCA") as in the Montana DOJ letters of
  earlier sets and the right-to-know / privacy balance of Article II, Sections 9 and 10.
- d11 WYDOT no records: the Wyoming Public Records Act, Wyo. Stat. § 16-4-201 et seq., and the Interior sample
  "records do not exist" letter, https://vdocuments.us/sample-foia-response-letters.html
- d12 Washoe County NextRequest closure: NextRequest's closure notification ("has been closed. The closure reason
  supplied was"), https://help.nextrequest.com/knowledge/request-process-overview, and NRS 239.0107(1)(d) (written
  notice of denial citing the specific statute).
- d13 Oregon Attorney General petition order: ORS 192.411 and the Attorney General's public records orders ("the
  petition is granted in part", "the public interest requires disclosure"), https://oregon.public.law/statutes/ors_192.329
  and https://www.portlandciviclab.org/records
- d14 Denver CORA extension: C.R.S. § 24-72-203(3)(b) (three working days, extenuating circumstances, seven additional
  working days) as Denver's CORA notices word them.

Blind score: 9 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- d04 (Salt Lake City extraordinary circumstances): no extension: "Pursuant to Utah Code § 63G-2-204(5), the City has
  determined that extraordinary circumstances exist that preclude it from responding within that time." and "the City
  anticipates that the records, or a determination regarding them, will be available on or before January 15, 2027."
- d06 (Albuquerque IPRA response, PDF attached to an e-mail): no exemptions: "... pursuant to NMSA 1978, Section
  14-2-1(D), which exempts law enforcement records ..." and "... has been redacted pursuant to NMSA 1978, Section
  14-2-1(B)."
- d07 (Idaho Transportation Department): no extension and no expected date: "ITD has determined that a longer period
  of time is needed to locate and retrieve the public records you requested ... ITD will provide the records, or a
  written notice of denial or partial denial, no later than ten (10) working days following the date of your request,
  which is on or before December 8, 2026."
- d09 (Alaska DOLWD extension e-mail): no expected date: "We now expect to furnish the disclosable records, or to issue
  a determination that records are not disclosable, by December 15, 2026."
- d10 (Montana DPHHS final response, PDF): exemptions ['MCA 50-5-106'] instead of the Montana Code and the
  Constitution's privacy section: "Health care information held by the Department is confidential under § 50-5-106,
  MCA, and the individual privacy of the residents clearly exceeds the merits of public disclosure under Article II,
  Section 10 of the Montana Constitution."
After scoring, d10's expected citation of the Montana Code was corrected from "Mont. Code Ann. § 50-5-106" to "MCA
50-5-106", the one form every Montana citation takes in this project (however a letter writes it); the blind score
stays 9 (with the corrected form it would still have missed the Constitution's privacy section).
d09's expected date was dropped: an extension of so many days gives the day it expects to answer only where the same
sentence names it, and earlier sets leave out a day given in a sentence of its own (heldout58 h10, heldout59 i10,
heldout77 m13 and 17 more); the blind score stays 9.
After general fixes (New Mexico's and Nebraska's code before "Section" with a capital, "NMSA 1978, Section
14-2-1(D)"; a state constitution's privacy section cited to withhold, "Article II, Section 10 of the Montana
Constitution", "Cal. Const., art. I, § 1", as "Mont. Const. art. II, § 10" (not the right to know's Section 9); Utah's
"extraordinary circumstances" that "preclude it from responding within" the law's time, and Idaho's "a longer period
of time is needed", extend; a period and the day it ends, "no later than ten (10) working days following the date of
your request, which is on or before December 8, 2026", "within 15 days of receipt, that is, by ...", is the expected
date), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout176"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "cited"), [
    ("The juvenile's name has been redacted pursuant to NMSA 1978, Section 14-2-1(D).", ["NMSA 1978, § 14-2-1(D)"]),
    ("Records are withheld under NMSA 1978, Section 14-2-1(F), as confidential.", ["NMSA 1978, § 14-2-1(F)"]),
    ("Telephone numbers are redacted under Neb. Rev. Stat. Section 84-712.05(1).", ["Neb. Rev. Stat. § 84-712.05(1)"]),
    # The near miss: the Act's time to respond, a section of procedure, even with a withholding word by it.
    ("Nothing is denied yet; we will respond under NMSA 1978, Section 14-2-8(D).", []),
])
def test_a_capitalised_section_after_the_code(sentence: str, cited: list[str]) -> None:
    assert find_exemptions(sentence) == cited


@pytest.mark.parametrize(("sentence", "cited"), [
    ("Health care information is confidential under § 50-5-106, MCA, and the individual privacy of the residents "
     "clearly exceeds the merits of public disclosure under Article II, Section 10 of the Montana Constitution.",
     ["MCA 50-5-106", "Mont. Const. art. II, § 10"]),
    ("The names were redacted to protect the right of privacy, Cal. Const., art. I, § 1.", ["Cal. Const. art. I, § 1"]),
    ("Home addresses are withheld under the Alaska Constitution, Article I, Section 22.",
     ["Alaska Const. art. I, § 22"]),
    ("We redacted the names because disclosure would violate Mont. Const. art. II, § 10.",
     ["Mont. Const. art. II, § 10"]),
    # The near misses: the constitution's right to know, and a section that gives no privacy.
    ("You have a right to know under Article II, Section 9 of the Montana Constitution, but some records are "
     "withheld.", []),
    ("The records are withheld; Article I, Section 2 of the California Constitution does not apply.", []),
])
def test_a_state_constitutions_privacy_section_withholds(sentence: str, cited: list[str]) -> None:
    assert find_exemptions(sentence) == cited


@pytest.mark.parametrize(("body", "extended"), [
    ("We received your request on November 2, 2026. Pursuant to Utah Code § 63G-2-204(5), the Division has determined "
     "that extraordinary circumstances exist that preclude it from responding within ten business days.", True),
    ("We received your request on November 2, 2026. Extraordinary circumstances prevent the Department from "
     "completing its response within the time GRAMA allows.", True),
    ("We received your request on November 2, 2026. Pursuant to Idaho Code § 74-103(2), a longer period of time is "
     "needed to locate and retrieve the records.", True),
    ("We received your request on November 2, 2026. The Board has determined that a longer period is required to "
     "retrieve the records from storage.", True),
    # The near misses: circumstances that may come, and a longer period no one needs.
    ("We received your request on November 2, 2026. If extraordinary circumstances exist, we will notify you.", False),
    ("We received your request on November 2, 2026. The records cover a longer period than you described.", False),
])
def test_extraordinary_circumstances_or_a_longer_period_extend(body: str, extended: bool) -> None:
    assert (EventKind.EXTENSION in [e.kind for e in events_in(body, "November 4, 2026")]) is extended


@pytest.mark.parametrize(("body", "expected"), [
    ("We received your request on November 2, 2026. We will provide the records, or a written notice of denial, no "
     "later than ten (10) working days following the date of your request, which is on or before November 16, 2026.",
     dt.date(2026, 11, 16)),
    ("We received your request on November 2, 2026. We will respond within fifteen (15) calendar days of receipt, "
     "that is, by November 17, 2026.", dt.date(2026, 11, 17)),
    # The near miss: the requester's time to appeal.
    ("We received your request on November 2, 2026. You may appeal within thirty (30) days of this letter, which is "
     "on or before December 4, 2026.", None),
])
def test_a_period_and_the_day_it_ends(body: str, expected: dt.date | None) -> None:
    event = next(e for e in events_in(body, "November 4, 2026") if e.kind is EventKind.ACKNOWLEDGED)
    assert event.expected_by == expected
