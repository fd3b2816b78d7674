"""The two-hundred-and-forty-fourth held-out set: 14 letters about appeals and reviews with mixed outcomes
(letters/heldout244), written after the fixes of set 240 were merged, by a writer who had read the rules: its score is
recorded apart from the blind ones. Seven federal and seven from state reviewers: a DOJ Office of Information Policy
decision (PDF) after which the FBI releases 9 more pages in part, the rest affirmed; an OIP e-mail closing an appeal
because the request is in litigation; a DHS appeal "AFFIRMED IN PART and REMANDED IN PART" by a Coast Guard
Administrative Law Judge; a Commerce decision on a Census Bureau request in Word, "granted in part and denied in part"
item by item, with 6 pages enclosed; an Education decision reversing a fee category and affirming a fee-waiver denial;
an HHS appeal acknowledgement e-mail for an FDA request; an Interior decision closing an appeal as moot after the
bureau answered (the bureau's pages recited); a Pennsylvania Office of Open Records final determination granting an
appeal in part (PDF); a Connecticut Freedom of Information Commission final decision with its order; a Kentucky
Attorney General open records decision finding violations in part (Word); a New Jersey Government Records Council
interim order finding one denial lawful and another unlawful; a Texas Office of Court Administration notice of a Rule 12
petition received; an Iowa Public Information Board acknowledgement of a formal complaint; and a Florida clerk of
court's GovQA e-mail acknowledging a request with a special service charge estimate.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01, b02 OIP decision and closure: OIP's appeal guidance, quoted at
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html, 28 C.F.R. § 16.8 (an
  appeal not adjudicated once the request is in litigation), and OIP's letters of earlier sets.
- b03 DHS appeal decided by a Coast Guard ALJ: the decision quoted at
  https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response ("After review of the entire record,
  this appeal is being REMANDED").
- b04 Commerce decision: 15 C.F.R. § 4.10, https://lawserver.com/law/country/us/cfr/15_cfr_4-10, and NOAA's appeal
  paragraph, https://www.noaa.gov/information-technology/foia-home
- b05 Education fee appeal: the Department's FOIA directive OCIO:1-102,
  https://info.5y1.org/department-of-state-foia-guide_1_16b2ac.html, and the fee categories of 34 C.F.R. Part 5.
- b06 HHS appeal acknowledgement: https://hhs.gov/foia/faqs/how-do-i-appeal-a-denial/index.html ("HHS has 20 working
  days ... to decide your appeal") and 45 C.F.R. § 5.62,
  https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61
- b07 Interior appeal closed as moot: DOI's appeal page (appeals for a failure to respond in time),
  https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm
- b08 Pennsylvania OOR: Commonwealth Court opinions reciting OOR final determinations "which granted in part and
  denied in part" an appeal, https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor and
  https://cetient.com/case/5141577/c-picarella-jr-v-doc-oor, and the OOR layout of earlier sets.
- b09 Connecticut FOIC final decision: http://state.ct.us/foi/2006FD/20060614/FIC2005-324.htm and
  http://state.ct.us/foi/1995FD/19951025/FIC1995-031.htm ("After consideration of the entire record, the following facts
  are found and conclusions of law are reached").
- b10 Kentucky AG decision: KRS 61.880 and the "NN-ORD-NNN" decisions of earlier sets.
- b11 New Jersey GRC interim order: https://www.nj.gov/grc/decisions/2005-220.html (the Council's order layout).
- b12 Texas Rule 12 petition: Tex. R. Jud. Admin. 12.9,
  https://print.casetext.com/rule/texas-court-rules/texas-rules-of-judicial-administration/rule-12-public-access-to-judicial-records/rule-129-relief-from-denial-of-access-to-judicial-records,
  and https://txcourts.gov/open-records-policy
- b13 Iowa IPIB acknowledgement: Iowa Code § 23.8 and the IPIB letters of earlier sets.
- b14 Florida clerk of court: Fla. Stat. § 119.07(4)(d) (special service charge) and the GovQA notices of earlier sets;
  no clerk's page found in the time available.

Score (written after reading the rules, so not a blind score): 11 of 14 fully right, and 14 of 14 matched to its
request by its number. Wrong were:
- b03 (DHS, Coast Guard ALJ): exemptions (b)(5) only, without the (b)(6) the decision upholds: "The withholding of
  personal e-mail addresses and telephone numbers of private participants under Exemption (b)(6) was likewise
  proper."
- b04 (Commerce, Census, Word): exemptions without (b)(3) 13 U.S.C. § 9, upheld in the sentence after it: "The
  Department has reviewed the records and agrees that they are protected."
- b05 (Education, fee appeal): outcome full grant instead of partial grant, a reversal beside an affirmance: "I am
  reversing the fee category determination: ..." and "I am affirming the denial of a fee waiver, ...".
After general fixes (a withholding "likewise", "also" or "equally" proper is upheld, and so is one the deciding office
"agrees" is protected, named in the sentence before; a decision that reverses one thing and affirms another, each in
the first person, decides in part), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import ProposedEvent
from foiatrack.intake import patterns as P

SET = "heldout244"
# What the rules reach on this set now (written after reading the rules: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _decision(body: str) -> ProposedEvent:
    [event] = events_in(f"Re: FOIA Appeal No. 27-00063-A\n\nThis is the decision on your appeal. {body}",
                        "December 4, 2026")
    assert event.kind == EventKind.APPEAL_DECISION
    return event


@pytest.mark.parametrize("body", [
    "I am reversing the fee category determination: you are a representative of the news media. I am affirming the "
    "denial of a fee waiver, because the records are already public.",
    "We uphold the Bureau's withholding of the draft memoranda. We reverse its decision to charge search fees.",
    "I am reversing the denial of expedited processing and affirming the fee category determination.",
])
def test_a_reversal_beside_an_affirmance_decides_in_part(body: str) -> None:
    assert _decision(body).outcome == Outcome.PARTIAL_GRANT


def test_a_reversal_alone_grants_the_appeal() -> None:
    event = _decision("I am reversing the fee category determination. Your request will be processed in the news "
                      "media category, and the FOIA Office affirmed that it will send you a new response.")
    assert event.outcome == Outcome.FULL_GRANT


@pytest.mark.parametrize(("sentence", "upheld"), [
    ("The withholding of personal e-mail addresses under Exemption (b)(6) was likewise proper.", True),
    ("The redactions made under Exemption 7(C) are also appropriate.", True),
    ("The Department has reviewed the records and agrees that they are protected.", True),
    ("The Board agreed that the memoranda are exempt.", True),
    ("The Department agrees that they are not exempt.", False),
    ("You asked whether the withholding was likewise proper.", False),
])
def test_what_a_decision_upholds_in_other_words(sentence: str, upheld: bool) -> None:
    assert bool(P.UPHELD.search(sentence)) is upheld


def test_a_statute_upheld_by_the_sentence_after_it() -> None:
    event = _decision("For the reasons below, your appeal is granted in part and denied in part. Census withheld the "
                      "address lists under FOIA Exemption 3, 5 U.S.C. § 552(b)(3), in conjunction with 13 U.S.C. § 9. "
                      "The Department has reviewed the records and agrees that they are protected. The summary tables "
                      "were withheld under Exemption 5 and are released to you in full with this letter (4 pages).")
    assert list(event.exemptions) == ["(b)(3) 13 U.S.C. § 9"]
