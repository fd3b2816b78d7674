"""The two-hundred-and-twenty-second held-out set: 14 more everyday letters (letters/heldout222) from the same
agencies and states as set 216, of other kinds: an ICE appeal decision remanding for a new search (PDF); a DHS
Privacy Office no-records final response sent through SecureRelease; a Department of State acknowledgement taking
ten more working days and denying expedited processing; an EPA Region 5 final response releasing every page in full;
an SSA acknowledgement of an appeal; an IRS no-records letter with Notice 393; a CDC final response with pages
released in full and in part and withheld, attached to an e-mail; a West Virginia State Police letter in Word giving
the time and place the records will be available; a Kansas DOT fee estimate under K.S.A. 45-219; an Iowa DOT final
response e-mail with redactions and pages withheld; a North Dakota DHHS cost estimate under N.D.C.C. § 44-04-18(2);
a South Dakota DOC denial (PDF); a Nevada DMV fee estimate under NRS 239.052 and NAC 239.864; and an Alaska DOT&PF
partial release in Word with a table of records. Written after the fixes of set 216 were merged, so after reading
the rules (its score is recorded apart from the blind ones); committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 ICE appeal decision: ICE's appeal numbers (2020-ICAP-00440, 2023-ICAP-00154) and the remand of an appeal for
  new processing, https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195
- b02 DHS no-records response: the DHS response letters' stock sentences (the appeal within 90 days under 6 C.F.R.
  § 5.8, "FOIA Appeal", OGIS, "because the cost is below the $25 minimum, there is no charge"),
  http://www.scribd.com/doc/145514081/2013-HQFO-00304-First-Interim-Response-Letter and
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002
- b03 State acknowledgement: the Department's FOIA pages (IPS, A/GIS/IPS, the Requester Liaison Division, appeals
  within 90 days), https://foia.state.gov/Request/Appeals.aspx, and a State letter's case number (F-2014-18175),
  https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- b04 EPA final response: EPA's fee rules (no fee under $25), https://webarchive.library.unt.edu/eot2008/20081106224759/http:/epa.gov/ne/foia/fee.html
- b05 SSA appeal acknowledgement: SSA's appeals to the Executive Director for the Office of Privacy and Disclosure,
  https://secure.ssa.gov/poms.nsf/lnx/0203350005
- b06 IRS no-records letter: IRM 11.3.13 (Notice 393 enclosed with a no-records response, which gives the right to
  appeal the adequacy of the search), https://ro.scribd.com/document/423911708/23CAssessmentCert-IRM11-3-13-9-4 and
  https://www.irs.gov/irm/part11/irm_11-003-013
- b07 CDC final response: HHS's response regulation (45 C.F.R. 5.28: how much was located, released in full or in
  part, withheld, the exemptions, appeal and OGIS), https://dev.compliancecosmos.org/how-does-hhs-respond-my-request,
  and the appeal address of 45 C.F.R. 5.62, http://federal.elaws.us/cfr/title-45/section-5.62
- b08 West Virginia State Police: the State Police's FOIA rule (81 CSR 7: respond within five working days,
  "advise the requestor of the time and place at which he/she may inspect and/or copy the information"),
  https://d1tvxue8o4w0fl.cloudfront.net/regulation/west-virginia-administrative-code/agency-81-state-police/title-81-interpretive-rule-west-virginia-state-police/series-81-07-rules-and-regulations-governing-requests-for-information-freedom-of-information-act/section-81-7-5-responsibilities-of-the-department
- b09 Kansas DOT fee estimate: K.S.A. 45-218 and 45-219 (fees including staff time, payment in advance) and an
  agency's KORA fee notice ("The agency will provide an estimate of the fees which shall be paid prior to the agency
  gathering the records"), https://docsbay.net/doc/757673/obtaining-copies-of-or-access-to-public-records
- b10 Iowa DOT: Iowa Code ch. 22 and § 22.7, https://iowajournalist.org/articles/how-to-file-a-public-records-request-in-iowa
- b11 North Dakota DHHS: N.D.C.C. 44-04-18(2) (twenty-five dollars an hour for locating records and for excising
  closed or confidential information, each after the first hour), https://lexace.ai/us/statute/north-dakota/44-04-18
  and https://projectpapertrail.org/public-records-foia-guide/north-dakota/
- b12 South Dakota DOC denial: SDCL 1-27-37 (a denial with a written statement of the reasons) and 1-27-38 (review
  by the Office of Hearing Examiners), https://instalawyer.io/laws/south-dakota-codified-laws/section-1-27-37-written-request
  and https://boa.sd.gov/ohe/resolution-process.aspx
- b13 Nevada DMV fee estimate: NRS 239.052 and NAC 239.864 (an estimate of the fee if the actual cost is more than
  $25, the fee paid before the copy is received), https://casetext.com/regulation/nevada-administrative-code/chapter-239-public-records/availability-and-inspection-of-public-records/section-239864-fee-for-providing-copy-of-public-record-estimate-of-fee-deposit
  and https://admin.nv.gov/Newsroom/Public_Records_Requests
- b14 Alaska DOT&PF: AS 40.25.120 and 2 AAC 96 (the administrative appeal), https://www.muckrock.com/place/united-states-of-america/alaska/

Score on first run (written after reading the rules, so not a blind score): 12 of 14 fully right, and 13 of 14
matched to its request by its number. Wrong were:
- b12 (South Dakota DOC denial, PDF): no tracking number (and so not matched) from "Re: Written Request for
  Disclosure, DOC-PRR-26-0177" (the number after the request's name and a comma).
- b14 (Alaska DOT&PF, Word): no pages released or withheld, from the table "| Crash reports | 72 | With redactions |",
  "| Highway safety improvement program analyses | 44 | Withheld |" and "The 268 released pages are provided with this
  letter."

After general fixes (a request named by what it asks in the law's words, "Request for Disclosure", "Request for
Inspection", "Request for Access to Public Records", and its number after a comma or a colon, never a state code's
hyphenated section there, "SDCL 1-27-37"; and a table's column headed by the verb itself, "Released", its cells saying
only how, "In full", "With redactions", read as "released in full", "released with redactions"), 14 of 14.
Also read since (b14's "The 268 released pages are provided with this letter." went unread; the table gave its
pages): pages named by the participle before the noun, "the 268 released pages", "all 86 disclosed pages".
"""

from __future__ import annotations

import pytest
from intake_scoring import set_tests

from foiatrack.intake.numbers import find_references
from foiatrack.intake.pages import PageCounts, read_pages, table_rows_respelt

SET = "heldout222"
# What the rules reach on this set now (first run: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("text", "numbers"), [
    ("Re: Written Request for Disclosure, DOC-PRR-26-0177", ["DOC-PRR-26-0177"]),
    ("Request for Inspection: 26-0412 was received on November 3.", ["26-0412"]),
    ("Re: Request for Access to Public Records, No. 2026-118", ["2026-118"]),
    # The near misses: a clause after the comma, and the law's section.
    ("This acknowledges your written request for disclosure of public records, made under SDCL 1-27-37, on November "
     "19, 2026.", []),
    ("The request for access, SDCL 1-27-37, was denied.", []),
])
def test_a_request_named_by_what_it_asks_then_its_number(text: str, numbers: list[str]) -> None:
    assert [reference.number for reference in find_references(text)] == numbers


@pytest.mark.parametrize(("rows", "released", "withheld"), [
    (["| Records | Pages | Released |", "| Maintenance logs | 196 | In full |",
      "| Crash reports | 72 | With redactions |", "| Safety analyses | 44 | Withheld |"], 268, 44),
    (["| Document | Pages | Provided |", "| Minutes | 12 | In full |", "| E-mails | 30 | In part |"], 42, None),
    (["| Item | Page count | Produced |", "| Reports | 15 | With redactions |",
      "| Photographs | 6 | Withheld in full |"], 15, 6),
    # The near miss: a column of dates under the verb says nothing of how the pages went out.
    (["| Records | Pages | Released |", "| Minutes | 12 | 11/02/2026 |"], None, None),
])
def test_a_table_column_headed_by_the_verb(rows: list[str], released: int | None, withheld: int | None) -> None:
    counts = PageCounts()
    for sentence in table_rows_respelt(rows).values():
        read_pages(sentence, counts)
    assert (counts.pages_released, counts.withheld_full) == (released, withheld)


@pytest.mark.parametrize(("sentence", "released"), [
    ("The 268 released pages are provided with this letter.", 268),
    ("All 86 disclosed pages are attached to this e-mail.", 86),
    ("The 41 produced pages are available on the portal.", 41),
    # The near miss: pages an earlier letter released, a word between the count and the participle.
    ("The 40 previously released pages are not included again.", None),
])
def test_pages_named_by_the_participle_before_the_noun(sentence: str, released: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.pages_released == released
