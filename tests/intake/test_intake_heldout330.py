"""The three-hundred-and-thirtieth held-out set: 14 letters (letters/heldout330) from municipal, county and
school-district records offices in 14 places and 13 states, other than those of heldout307 and heldout308, in the
formats they really send (portal notices, e-mail with the letter attached, PDF, Word and plain letters): a City of San
Diego NextRequest closing notice releasing redacted use-of-force records; a Montgomery County (Maryland) GovQA ten-day
notice under GP § 4-203(b)(2) with its anticipated date and a range of fees; a City of Austin itemized statement of
estimated charges (PDF) under Gov't Code § 552.2615 with a deposit; a Seattle Public Schools e-mail with its first
installment letter attached as PDF; a City of Lansing FOIA notice of extension under MCL 15.235(2)(d); a Miami-Dade
County Public Schools special service charge estimate (Word, with a table); a Columbus Division of Police partial
release (PDF) under R.C. 149.43; a Chicago Public Schools FOIA denial of student records; a City of Philadelphia
Licenses and Inspections Right-to-Know 30-day extension with its checklist of reasons; a Denver Public Schools GovQA
notice closing a CORA request for no reply to a clarification; a City of Raleigh partial release of a dismissed
officer's records (Word, with a table); a Fairfax County Department of Transportation no-records letter naming VDOT;
a City of Albuquerque IPRA letter finding a request excessively burdensome or broad (PDF); and a City of Rochester FOIL
denial of a pending Professional Standards Section file. Written blind and committed before the rules were run on them.

- n01-ca-sandiego-nextrequest-released.eml: NextRequest request #26-9417 closed, 63 pages released with redactions
  under Government Code sections 7927.700 and 7923.600, nothing withheld in full.
- n02-md-montgomery-mpia-ten-day.eml: GovQA MPIA notice P011588-111926, received November 19, 2026, response
  anticipated on or before December 17, 2026, fees estimated at $0 to $120.
- n03-tx-austin-cost-estimate.pdf: City of Austin itemized statement, R071455-111826, received November 18, 2026,
  $108.00 total estimated charges, 10 business days to answer or the request is withdrawn.
- n04-wa-seattle-schools-installment.eml: Seattle Public Schools PRR 26-1184, installment 1 of 3, 214 pages, four
  pages of privileged e-mail withheld, RCW 42.56.230(1), FERPA, RCW 42.56.250(4), RCW 42.56.290, RCW 5.60.060(2)(a).
- n05-mi-lansing-foia-extension.txt: City of Lansing FOIA 2026-1418, received November 16, 2026, extended by not
  more than 10 business days to December 9, 2026.
- n06-fl-miami-dade-schools-estimate.docx: M-DCPS Public Records Request 2026-3318, received November 13, 2026,
  special service charge estimate $186.80 under Fla. Stat. 119.07(4)(d), deposit of the full amount.
- n07-oh-columbus-police-partial.pdf: Columbus Division of Police PRU 26-4418, 97 pages, 91 provided with redactions,
  6 withheld, R.C. 149.43(A)(1)(h), (A)(2)(a), (A)(2)(c), (A)(1)(v) with the DPPA.
- n08-il-cps-foia-denied.txt: Chicago Public Schools FOIA N021877-111726 denied, 5 ILCS 140/7(1)(a) with ISSRA and
  FERPA, 7(1)(b), 7(1)(c).
- n09-pa-philadelphia-rtk-extension.txt: Philadelphia L&I RTK 2026-0871, received November 20, 2026, 30 more
  calendar days under 65 P.S. 67.902(b), response expected on or before December 31, 2026.
- n10-co-dps-cora-closed-no-reply.eml: Denver Public Schools CORA R001942-110326 closed as withdrawn, no answer to
  the request for clarification.
- n11-nc-raleigh-police-partial.docx: City of Raleigh PRR 26-2954, 50 pages located, 38 released, 12 withheld under
  N.C. Gen. Stat. 160A-168(c) and 132-1.4(a), identifying information redacted under 132-1.10(b)(5).
- n12-va-fairfax-county-no-records.txt: Fairfax County DOT FOIA-26-4417, records not found under Va. Code
  2.2-3704(B)(3), VDOT's contact given.
- n13-nm-albuquerque-ipra-burdensome.pdf: City of Albuquerque IPRA #26-11406, received November 16, 2026,
  excessively burdensome or broad under NMSA 14-2-10, response on or before January 15, 2027.
- n14-ny-rochester-foil-denied.txt: City of Rochester FOIL 26-6613 denied, Public Officers Law 87(2)(e)(i), 87(2)(b),
  87(2)(g), appeal to the Corporation Counsel.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- n01 San Diego NextRequest notice: the City's portal and CPRA page, https://sandiego.gov/communications/public-records-requests
  ("The City of San Diego has a Public Records Portal (NextRequest)"), the Union-Tribune's accounts of the City's
  NextRequest closings, http://www.sandiegouniontribune.com/news/data-watch/sd-me-city-records-20161209-story.html,
  and the NextRequest notices of earlier sets ("Record request #... has been closed. The closure reason supplied was").
- n02 Montgomery County MPIA ten-day notice: GP § 4-203(b)(2) and the County's MPIA regulation,
  https://codelibrary.amlegal.com/codes/montgomerycounty/latest/montgomeryco_md_comcor/0-0-0-29112, and the GovQA
  notice layout of earlier sets ("--- Please respond above this line ---", "To monitor the progress or update this
  request please log into ...").
- n03 Austin itemized statement: Gov't Code § 552.2615,
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615, and the cost-estimate practice on
  https://www.ci.la-porte.tx.us/158/Cost-of-Records and https://imaginebaytown.com/FAQ.aspx?QID=122.
- n04 Seattle Public Schools installment: the Washington school districts' PRA procedures (five-day response,
  installments, exemption log), https://www.rsd.edu/district/public-records-request and
  https://www.wvsd.org/apps/pages/index.jsp?uREC_ID=344646&type=d&pREC_ID=2464292, and RCW 42.56.120(4).
- n05 Lansing notice of extension: MCL 15.235(2)(d) and the Michigan extension letters of earlier sets (heldout107
  v11, heldout130 a09), and the FOIA procedures-and-guidelines sentence Michigan public bodies include.
- n06 Miami-Dade County Public Schools estimate: School Board Policy 8310,
  http://www.neola.com/miamidade-fl/search/policies/po8310.htm, and Fla. Stat. 119.07(4)(d) as quoted on
  https://www.fkaa.com/282/Public-Records-Request and https://polkschoolsfl.com/publicrecords/.
- n07 Columbus police release: R.C. 149.43(A)(1)(h), (A)(2) and (B)(3), R.C. 2743.75, and the Ohio release letters of
  earlier sets (heldout307 h09).
- n08 Chicago Public Schools denial: the CPS FOIA Center notices on MuckRock,
  https://muckrock.com/foi/chicago-169/cps-investigative-memos-4-164008 and
  https://www.muckrock.com/foi/chicago-169/cps-missing-active-transportation-reports-ieps504s-158592/ (tracking numbers
  N015305-051924, N014816-021124), the CPS FOIA policy, https://www.cps.edu/sites/cps-policy-rules/policies/200/203/203-1/,
  and the Public Access Counselor paragraph of 5 ILCS 140/9(a).
- n09 Philadelphia RTK extension: 65 P.S. § 67.902(b) and the City's Open Records Policy,
  http://www.phila.gov/privacy/pdfs/finalcityopenrecords.pdf and
  https://docplayer.net/amp/11777854-Open-records-policy-city-of-philadelphia.html.
- n10 Denver Public Schools closure: the DPS CORA pages, http://thecommons.dpsk12.org/Page/3423 and
  https://www.dpsk12.org/communications/access-to-public-information/, and the DPS GovQA request on MuckRock,
  https://www.muckrock.com/foi/denver-145/district-blocked-domains-150498/ (tracking number R000037-081023).
- n11 Raleigh release: N.C. Gen. Stat. 160A-168, 132-1.4 and 132-1.10 as listed by North Carolina cities,
  https://www.durhamnc.gov/FAQ.aspx?QID=472 and https://cityofdurhamnc.nextrequest.com/faqs, and
  https://law.counselstack.com/opinion/gray-media-grp-inc-v-town-of-matthews-ncctapp-2026.
- n12 Fairfax County no-records letter: Va. Code § 2.2-3704(B)(3) as set out in the counties' rights-and-
  responsibilities pages, https://roanokecountyva.gov/1964/Countys-Responsibility-Responding-to-You and
  https://arlingtonva.us/Government/Programs/FOIA/Requests, and
  https://www.fairfaxcounty.gov/familyservices/node/2585.
- n13 Albuquerque IPRA letter: the City's IPRA notice, http://www.cabq.gov/clerk/public-records/requests-for-records,
  its NextRequest responses, https://nextrequest.cabq.gov/requests/19-529, and NMSA 14-2-8(D) and 14-2-10.
- n14 Rochester FOIL denial: the City Code on records access officers and appeals to the Corporation Counsel,
  http://ecode360.com/8673601, the appeal procedure on https://www4.erie.gov/clerk/how-appeal-foil-decision, and
  Public Officers Law §§ 87(2) and 89(4)(a).

Blind score (written before the rules were run on it): 11 of 14 fully right, and all 14 matched to their request by
their number. Wrong were:
- n01 (n01-ca-sandiego-nextrequest-released.eml): pages_released 67 != 63, from "The four documents released today
  total 63 pages." (the count of documents added to the pages).
- n02 (n02-md-montgomery-mpia-ten-day.eml): kinds ['acknowledged', 'fee_estimate'] != ['acknowledged']; amount 120.0
  != None, from "Based on the information available at this time, the County estimates that fees for your request
  will range from $0.00 to $120.00." Here the rules were right and the expected value wrong: the Maryland ten-day
  notices of earlier sets log their range of fees as a fee estimate at its top (heldout177 h01 "$210.00 - $236.40",
  heldout226 b09, heldout237 h09, heldout248 s05 "$95.00 to $142.50"); expected.json was corrected to that.
- n13 (n13-nm-albuquerque-ipra-burdensome.pdf): kinds ['acknowledged'] != ['acknowledged', 'extension'], from "Upon
  initial review, the City has determined that your request is excessively burdensome or broad." and "Pursuant to
  NMSA 1978, Section 14-2-10, an additional reasonable period of time is required to comply with your request."
  (New Mexico's provision for more time, read as heldout150 c12 was).
With n02's expected value corrected to the convention of the earlier Maryland notices, 12 of 14.
After general fixes (records whose pages are totalled by a verb of their own count only the pages: "The four
documents released today total 63 pages", "the 12 records we are producing comprise 240 pages"), 13 of 14.
After general fixes (New Mexico's NMSA 1978, § 14-2-10, the additional reasonable period for a request excessively
burdensome or broad, is a state's provision for delay like KRS 61.872(5): "Pursuant to NMSA 1978, Section 14-2-10, an
additional reasonable period of time is required to comply with your request", "the County will respond under Section
14-2-10 NMSA 1978 no later than January 8, 2027"; never the provision restated with its condition), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout330"
# What the rules reached on this set when it was scored once, blind; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "released"), [
    ("The four documents released today total 63 pages.", 63),
    ("The 12 records we are producing comprise 240 pages.", 240),
    ("The three files enclosed with this letter come to 58 pages in all.", 58),
    ("The two documents enclosed amount to 31 pages.", 31),
])
def test_records_whose_pages_are_totalled_by_a_verb_of_their_own_count_only_the_pages(sentence: str,
                                                                                      released: int) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.pages_released == released


def test_pages_totalled_apart_from_the_records_counted_are_not_their_total() -> None:
    """The near miss: the pages totalled are the fifth document's, withheld; the four documents are not its total."""
    counts = PageCounts()
    read_pages("We are releasing four documents; the fifth, which totals 12 pages, is withheld in full.", counts)
    assert counts.withheld_full == 12


@pytest.mark.parametrize(("body", "expected_by"), [
    ("This letter acknowledges receipt of your IPRA request, which the City received on November 16, 2026. Upon "
     "initial review, the City has determined that your request is excessively burdensome or broad. Pursuant to NMSA "
     "1978, Section 14-2-10, an additional reasonable period of time is required to comply with your request. The City "
     "anticipates that it will respond to your request on or before January 15, 2027.", dt.date(2027, 1, 15)),
    ("The County received your request on November 16, 2026. Because your request is excessively burdensome and "
     "broad, the County will respond under Section 14-2-10 NMSA 1978 no later than January 8, 2027.",
     dt.date(2027, 1, 8)),
])
def test_new_mexicos_burdensome_request_provision_puts_the_answer_off(body: str, expected_by: dt.date) -> None:
    found = events_in(body, date_line="November 19, 2026")
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.ACKNOWLEDGED, expected_by),
                                                        (EventKind.EXTENSION, expected_by)]


def test_the_provision_restated_with_its_condition_puts_nothing_off() -> None:
    """The near miss: the law's words on what a custodian may do, then a day within the law's own time."""
    found = events_in("The County received your request on November 16, 2026. Under NMSA 1978, Section 14-2-10, if a "
                      "custodian determines that a request is excessively burdensome or broad, an additional "
                      "reasonable period of time shall be allowed. We expect to respond on or before November 30, "
                      "2026.",
                      date_line="November 19, 2026")
    assert [e.kind for e in found] == [EventKind.ACKNOWLEDGED]
