"""The hundred-and-seventy-ninth held-out set: 14 letters (letters/heldout179) on appeals to other offices, nine
federal and five state, as the files arrive: a DOJ Office of Information Policy acknowledgement e-mail of an appeal
from the Bureau of Prisons' failure to respond (a 'constructive denial'); an OIP decision remanding a request to
EOUSA for a further search (PDF); a CBP Regulations and Rulings appeal decision granting in part and releasing
pages; a USDA (APHIS) appeal decision granting in part after OGC's legal sufficiency review (Word); an Interior FOIA
Appeals Office acknowledgement e-mail of an appeal from BLM's failure to respond, warning that the appeal may be
treated as denied; an Education appeal decision upholding the adequacy of a search; a VA Office of General Counsel
appeal decision granting in part, with Exemption 3 and 38 U.S.C. § 5705 (PDF); an HHS appeal acknowledgement e-mail
of an appeal from CDC's failure to respond; a VHA supplemental final response after OGIS's facilitation (Word); a
Kentucky Attorney General open records decision on a request never answered; a Pennsylvania Office of Open Records
final determination on a deemed denial (PDF); an NYPD Records Access Appeals Officer's determination granting a
FOIL appeal in part (PDF attached to an e-mail); a Texas Office of Court Administration acknowledgement of a Rule 12
petition for review of a court's denial; and a Delaware Attorney General opinion finding no FOIA violation (Word).
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- g01 OIP acknowledgement of a constructive-denial appeal: OIP's appeal acknowledgement ("This is to advise you that
  your administrative appeal ... was received by this Office on"), OIP's guidance on adjudicating appeals (appeals
  from a failure to respond),
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html and RCFP on constructive
  denial, http://www.rcfp.org/federal-foia-appeals-guide/excessive-delay/consequences-missing-response-deadline
- g02 OIP remand: OIP template paragraphs and appeal letters,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and OGIS's standard paragraph,
  https://foia.blogs.archives.gov/2016/07/06/foia-improvement-informing-requesters-of-ogis-services/
- g03 CBP appeal decision: OGIS on CBP's detailed appeal letters,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter, and FERC's list of appeal actions
  (affirm in part and order release), https://www.ferc.gov/enforcement-legal/foia/overview/administrative-appeals
- g04 USDA APHIS appeal decision: 7 C.F.R. 1.14 legal sufficiency review as USDA's appeal pages describe it,
  https://rma.usda.gov/en/Web-Site-Policies-and-Important-Links/Freedom-of-Information-Act/FOIA-Appeals and
  https://www.ascr.usda.gov/foia-appeal
- g05 Interior appeal acknowledgement: 43 C.F.R. part 2 as the Interior appeal pages describe it and the suggested
  OGIS language above; the appeal may be filed once the time limit has passed, as in
  http://federal.elaws.us/cfr/title45.part2105.section2105.56
- g06 Education appeal decision on the adequacy of a search: OIP's guidance on adjudicating appeals (no-records
  responses and the adequacy of a search are adverse determinations), linked above, and 45 C.F.R. 1184.6 (decision
  on appeal, OGIS paragraph), https://www.law.cornell.edu/cfr/text/45/1184.6
- g07 VA OGC appeal decision: 38 C.F.R. 1.559 (appeals to the Office of General Counsel (024)),
  https://ecfr.io/Title-38/Section-1.559, and VA request numbers as on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/upper-level-vba-loan-guaranty-employees-deliberative-process-regarding-va-circular-26-20-12-161423
- g08 HHS appeal acknowledgement: RCFP on appealing a failure to respond,
  https://www.rcfp.org/federal-open-government-guide/federal-freedom-information-act/appealing-initial-denial
- g09 VHA supplemental response after OGIS: OGIS's mediation process (case opened, agency's FOIA Public Liaison
  contacted, resolution), https://www.archives.gov/ogis/mediation-program/mediation-process, and OGIS's suggested
  language for initial determination letters, linked above.
- g10 Kentucky AG decision: KRS 61.880 (five business days, the specific exception and a brief explanation, the
  burden of proof, appeal to circuit court), https://codelibrary.amlegal.com/codes/augusta/latest/augusta_ky/0-0-0-6935,
  and the AG's decision summaries, https://kyopengov.org/blog/open-records-and-open-meetings-decisions-issued-kentucky-attorney-general-last-week-1
- g11 Pennsylvania OOR final determination: the OOR's final determinations as in earlier sets (deemed denial under
  65 P.S. § 67.901, "granted in part and denied in part", appeal to the Court of Common Pleas).
- g12 NYPD FOIL appeal determination: Public Officers Law § 89(4)(a) and (b) as the Committee on Open Government
  explains it, http://docs.dos.ny.gov/coog/ftext/f19644.htm (appeal determination, Article 78 review).
- g13 Texas OCA Rule 12 acknowledgement: Tex. R. Jud. Admin. 12.9 (petition for review to the Administrative
  Director, notice to the custodian and presiding judges, 14 days to respond, special committee),
  https://print.casetext.com/rule/texas-court-rules/texas-rules-of-judicial-administration/rule-12-public-access-to-judicial-records/rule-129-relief-from-denial-of-access-to-judicial-records
  and https://txcourts.gov/open-records-policy
- g14 Delaware AG opinion: 29 Del. C. § 10005 petitions and the AG's opinions as in earlier sets (opinion number
  "26-IB..", "we determine that ... did not violate FOIA"), and § 10003(h)(1) (fifteen business days).

Blind score: 7 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- g03 (CBP appeal decision): a final determination instead of an appeal decision, no appeal number, and pages
  released 9 and withheld 2 instead of 5 and 1: the appeal number stands alone under the ruling's file number
  ("H352118 ELB" / "CBP-AP-2027-000214"), "This letter responds to your Freedom of Information Act (FOIA) appeal
  received by this office on November 4, 2026." and "we have determined that your appeal should be granted in part
  and denied in part" were not read as a decision on an appeal, and the first response's pages ("the FOIA Division
  released four pages with redactions ... and withheld two pages in their entirety") were counted with this
  letter's ("we are releasing five pages with redactions to you with this letter. The remaining page, a TECS
  record, continues to be withheld in full").
- g04 (USDA APHIS appeal decision, Word): exemptions (b)(4) only, without (b)(6): "Exemption 6. I affirm APHIS's
  redaction of the home addresses ... under Exemption 6."
- g07 (VA OGC appeal decision, PDF): exemptions (b)(5) only, without "(b)(3) 38 U.S.C. § 5705" and (b)(6), and no
  pages withheld: "Exemption 3 and 38 U.S.C. § 5705. ... The 23 pages were properly withheld, and that portion of
  the determination is affirmed." and "The redactions of the names ... are affirmed."
- g09 (VHA supplemental response, Word): 13 pages withheld in full where none were: "44 pages are releasable in
  full and 13 pages are releasable in part. Portions of the 13 pages have been withheld pursuant to ..."
- g11 (Pennsylvania OOR final determination, PDF): the burden-of-proof section read as an exemption, "65 P.S.
  § 67.708(a)(1)": "The County bears the burden of proving that a record is exempt by a preponderance of the
  evidence. 65 P.S. § 67.708(a)(1)."
- g12 (NYPD FOIL appeal determination, PDF in an e-mail): exemptions "POL § 87(2)(e)(i)" and "POL § 87(2)(b)"
  instead of "Public Officers Law § ...", where the letter defines the short name: "Public Officers Law (POL) § 84
  et seq." (The expected order was also wrong: exemptions are listed as the letter first names them, and it names
  87(2)(e)(i) first; corrected after scoring.)
- g13 (Texas OCA Rule 12 acknowledgement): only a tracking number, no appeal acknowledged, no appeal number and no
  date received: "This office received your petition for review on November 24, 2026." and "Your petition has
  been assigned Rule 12 Petition No. 27-006."
After general fixes (New York's "POL", the short name a letter gives the Public Officers Law, is cited in full;
Pennsylvania's sections on the duty to disclose, the presumption that records are public, the agency's burden of proof
(67.708(a)), the deemed denial and the appeal to court are procedure, never exemptions; "portions of the N pages have
been withheld" releases those pages in part, and adds none where they were released already; an upheld sentence
naming the office ("I affirm APHIS's redaction ... under Exemption 6") or naming again, with "the", what was withheld
("The 23 pages were properly withheld", "The redactions of the names ... are affirmed") upholds the ground cited just
before; pages a decision finds "properly withheld" (not in part) stay withheld in full; a petition for review received
or assigned its number is acknowledged, and its day of receipt is the appeal's; an appeal found to be due a result ("we
have determined that your appeal should be granted in part and denied in part", "must be denied") is decided; a letter
that "responds to your Freedom of Information Act (FOIA) appeal" answers an appeal; "the remaining page ... continues
to be withheld in full" is one page withheld), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions
from foiatrack.intake.model import ProposedEvent
from foiatrack.intake.patterns import UPHELD_NAMED_BEFORE

SET = "heldout179"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _appeal(body: str) -> ProposedEvent:
    return next(e for e in events_in(body) if e.kind in (EventKind.APPEAL_DECISION, EventKind.APPEAL_ACKNOWLEDGED))


@pytest.mark.parametrize(("sentence", "cited"), [
    ("The denial is affirmed pursuant to POL § 87(2)(e)(i).", ["Public Officers Law § 87(2)(e)(i)"]),
    ("Names were redacted under POL 87(2)(b).", ["Public Officers Law § 87(2)(b)"]),
    ("The records are withheld under Public  Officers Law § 87(2)(g).", ["Public Officers Law § 87(2)(g)"]),
])
def test_new_yorks_law_by_its_short_name_is_cited_in_full(sentence: str, cited: list[str]) -> None:
    assert find_exemptions(sentence) == cited


@pytest.mark.parametrize(("sentence", "cited"), [
    ("The County bears the burden of proving that a record is exempt by a preponderance of the evidence. 65 P.S. "
     "§ 67.708(a)(1). The records are exempt under 65 P.S. § 67.708(b)(10)(i)(A).", ["65 P.S. § 67.708(b)(10)(i)(A)"]),
    ("Records in the possession of a local agency are presumed public, 65 P.S. § 67.305, and the invoices are exempt "
     "under 65 P.S. § 67.708(b)(6)(i)(A).", ["65 P.S. § 67.708(b)(6)(i)(A)"]),
    ("The request was deemed denied under 65 P.S. § 67.901, and the Department withheld the file under 65 P.S. "
     "§ 67.708(b)(17).", ["65 P.S. § 67.708(b)(17)"]),
])
def test_pennsylvanias_burden_presumption_and_deemed_denial_are_no_exemptions(sentence: str,
                                                                             cited: list[str]) -> None:
    assert [c for e in events_in(f"The appeal is granted in part and denied in part. {sentence}")
            for c in e.exemptions] == cited


@pytest.mark.parametrize(("body", "counts"), [
    ("We reviewed the 57 pages and determined that 44 pages are releasable in full and 13 pages are releasable in "
     "part. Portions of the 13 pages have been withheld pursuant to 5 U.S.C. § 552(b)(4).", (57, None)),
    ("We are releasing 40 pages. Parts of 12 pages were withheld under Exemption 6.", (40, None)),
    ("Portions of 4 pages were withheld under Exemption 6, and those pages are enclosed.", (4, None)),
    # The near miss: pages themselves withheld.
    ("We are releasing 30 pages in full. 4 pages of internal memoranda were withheld under Exemption 5.", (30, 4)),
])
def test_portions_of_pages_withheld_are_pages_released_in_part(body: str, counts: tuple[int, int | None]) -> None:
    counted = pages_in(body)
    assert (counted.pages_released, counted.withheld_full) == counts


@pytest.mark.parametrize(("body", "exemptions"), [
    ("Your appeal is granted in part and denied in part. The inspectors' notes are released to you. I affirm APHIS's "
     "redaction of the home addresses of licensees under Exemption 6.", ("(b)(6)",)),
    ("Your appeal is granted in part and denied in part. The memorandum is released. We uphold the Bureau's "
     "withholdings under Exemption 5.", ("(b)(5)",)),
    # The records named again with "the", their ground in the sentence before.
    ("Your appeal is granted in part and denied in part. The draft memoranda are protected by Exemption 5. The 23 "
     "pages were properly withheld. The factual passages are released.", ("(b)(5)",)),
    ("Your appeal is granted in part and denied in part. Exemption 6. The redactions of the names of patients are "
     "affirmed. The dates of the consults are released to you.", ("(b)(6)",)),
])
def test_what_a_decision_upholds_by_naming_the_office_or_the_records(body: str,
                                                                     exemptions: tuple[str, ...]) -> None:
    assert _appeal(body).exemptions == exemptions


@pytest.mark.parametrize(("sentence", "points_back"), [
    ("The 23 pages were properly withheld, and that portion of the determination is affirmed.", True),
    ("The redactions of the names of patients are affirmed.", True),
    ("The records were properly withheld.", True),
    # The near misses: a ground upheld only in part, and a sentence naming nothing withheld before.
    ("The redactions were affirmed in part.", False),
    ("I find the Bureau's search adequate.", False),
])
def test_an_upheld_sentence_that_points_back_to_what_was_withheld(sentence: str, points_back: bool) -> None:
    assert bool(UPHELD_NAMED_BEFORE.search(sentence)) == points_back


@pytest.mark.parametrize(("body", "number", "received"), [
    ("This office received your petition for review on February 24, 2026. Your petition has been assigned Rule 12 "
     "Petition No. 27-006.", "27-006", "2026-02-24"),
    ("We received your petition for review on February 2, 2026. Please cite Petition No. 26-114 in your letters.",
     "26-114", "2026-02-02"),
    ("Your petition for review was docketed as No. 26-PRP-047. We received your petition for review on February 2, "
     "2026.", "26-PRP-047", "2026-02-02"),
])
def test_a_petition_for_review_acknowledged(body: str, number: str, received: str) -> None:
    event = _appeal(body)
    assert (event.kind, event.received and event.received.isoformat()) == (EventKind.APPEAL_ACKNOWLEDGED, received)


def test_a_petition_decided_is_no_acknowledgement() -> None:
    assert _appeal("We received your petition for review on May 2, 2026. Your petition is denied.").kind == (
        EventKind.APPEAL_DECISION)


@pytest.mark.parametrize(("body", "withheld"), [
    ("Your appeal is granted in part. The 23 pages were properly withheld under Exemption 3. Enclosed are 9 pages.",
     23),
    ("The appeal is granted in part. The 6 pages were correctly withheld in full under Exemption 5. We release 4 "
     "pages.", 6),
    # The near miss: pages withheld in part, released with redactions.
    ("The appeal is granted in part. The 40 pages were properly withheld in part under Exemption 6. We release 4 "
     "pages.", None),
])
def test_pages_a_decision_finds_rightly_withheld(body: str, withheld: int | None) -> None:
    assert _appeal(body).pages_withheld == withheld


@pytest.mark.parametrize(("body", "outcome"), [
    ("This letter responds to your FOIA appeal. Based on that review, we have determined that your appeal should be "
     "granted in part and denied in part.", Outcome.PARTIAL_GRANT),
    ("We have reviewed your appeal. I conclude that the appeal must be denied.", Outcome.DENIED),
    ("You appealed the Bureau's response. We find that your appeal should be granted, and the records are released.",
     Outcome.FULL_GRANT),
])
def test_an_appeal_found_to_be_due_a_result_is_decided(body: str, outcome: Outcome) -> None:
    event = _appeal(body)
    assert (event.kind, event.outcome) == (EventKind.APPEAL_DECISION, outcome)


def test_advice_on_where_an_appeal_should_go_decides_nothing() -> None:
    body = ("This letter responds to your FOIA request. We are releasing 12 pages in full. Any appeal should be sent "
            "to the Office of General Counsel.")
    assert [e.kind for e in events_in(body)] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize("body", [
    "This letter responds to your Freedom of Information Act (FOIA) appeal received by this office on November 4, "
    "2026. Upon review, your appeal is granted in part.",
    "This is in response to your Freedom of Information Act appeal dated May 3. The determination is affirmed.",
    "This is in response to your administrative FOIA appeal of May 3. I am remanding the request.",
])
def test_a_letter_answering_an_appeal_by_the_laws_whole_name(body: str) -> None:
    assert _appeal(body).kind == EventKind.APPEAL_DECISION


@pytest.mark.parametrize(("body", "counts"), [
    ("Your appeal is granted in part. One of the two pages withheld may be released with redactions; we are releasing "
     "5 pages to you. The remaining page, a TECS record, continues to be withheld in full under Exemption 7(E).",
     (5, 1)),
    ("Your appeal is granted in part. We are releasing 12 pages to you. The other page remains withheld in full under "
     "Exemption 5.", (12, 1)),
    # The near miss: a page of the release, not one withheld.
    ("Your appeal is granted in part. We are releasing 12 pages to you. The remaining page is enclosed with "
     "redactions under Exemption 6.", (12, None)),
])
def test_the_one_page_left_named_by_itself(body: str, counts: tuple[int, int | None]) -> None:
    event = _appeal(body)
    assert (event.pages_released, event.pages_withheld) == counts
