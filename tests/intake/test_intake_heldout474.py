"""The four-hundred-and-seventy-fourth held-out set: 14 letters (letters/heldout474) that come after the first answer,
federal and state mixed, from fourteen offices not used by the earlier sets of this focus, in the formats they really
send: a Postal Regulatory Commission e-mail acknowledging an appeal with its docket and day of receipt; a Justice
Department Office of Information Policy decision (PDF) affirming the Parole Commission's withholdings under Exemptions
6 and 7(C); a USDA Inspector General appeal decision in Word granted in part, releasing 14 more pages and upholding
Exemptions 5 and 7(E) for 49, with a table; a Mine Safety and Health Review Commission letter reversing an Exemption 5
withholding of statistical reports; a Labor Solicitor's letter remanding an Employment and Training Administration
no-records answer for a new search; an Institute of Museum and Library Services e-mail closing a non-response appeal as
moot; a Rhode Island Attorney General APRA finding (PDF) that a police department violated the Act in part; a San Diego
police production after a writ of mandate; an HHS supplemental release in Word after OGIS mediation, with a table; a
Special Operations Command e-mail asking whether the requester is still interested; a Western Area Power
Administration letter closing a request now in a lawsuit; a DOT Inspector General third interim production in
litigation (scanned PDF); a Montana Department of Justice release after a district court's order; and a Bonneville
Power Administration release after an appeal's remand. Written blind and committed before the rules were run on them.

- e01-prc-appeal-ack.eml: PRC appeal acknowledgement, appeal PRC-A-2027-002 of request PRC-FOIA-2027-0019, received
  December 4, 2026.
- e02-oip-uspc-appeal-affirmed.pdf: OIP, appeal A-2027-00412 of Parole Commission request USPC-2026-00731, affirmed:
  Exemptions 6 and 7(C) upheld.
- e03-usda-oig-appeal-partly.docx: USDA OIG, appeal 2027-OIG-APP-00014 of request 2026-OIG-00583, granted in part:
  14 pages released, 49 still withheld in full (11 under Exemption 5, 38 under 7(E)); a table of the records.
- e04-fmshrc-appeal-reversed.txt: FMSHRC, appeal FMSHRC-FA-27-03 of request 2026-044, granted: the 17 pages withheld
  under Exemption 5 enclosed in full.
- e05-dol-eta-appeal-remanded.txt: DOL Office of the Solicitor, appeal 2027-APL-00118 of ETA request 2026-F-09127,
  remanded for a new search of FLAG and the Chicago National Processing Center.
- e06-imls-appeal-moot.eml: IMLS, appeal 2027-A-01 of request IMLS-2026-0037, non-response appeal closed as moot
  after the final response.
- e07-ri-ag-apra-finding.pdf: Rhode Island Attorney General finding PR 26-58 on Cranston Police request
  CPD-APRA-26-1149: violated the APRA withholding reports under R.I. Gen. Laws § 38-2-2(4)(D)(a), properly withheld
  the recordings and civilians' identities under § 38-2-2(4)(D)(c).
- e08-ca-sdpd-release-after-writ.txt: San Diego Police Department production under the Superior Court's writ, CPRA
  request 26-4418, 191 pages and 6 videos, redactions under Penal Code § 832.7(b)(6) and Government Code § 7927.700.
- e09-hhs-ocr-supplemental-after-ogis.docx: HHS OS FOIA Office supplemental release for OCR after OGIS mediation,
  2026-00917-FOIA-OS, 104 pages released, 25 withheld in full, Exemptions 4 and 6; a table.
- e10-socom-still-interested.eml: USSOCOM "still interested?" e-mail, 2026-0412, 30 calendar days to reply.
- e11-wapa-closed-litigation.txt: WAPA closure of WAPA-2026-00384-F because the request is in litigation.
- e12-dot-oig-litigation-production.pdf: DOT OIG third interim response in litigation, FI-2026-0177, 500 pages
  processed, 336 in full, 121 in part, 43 withheld, Exemptions 5, 6, 7(C); scanned.
- e13-mt-doj-release-after-court-order.txt: Montana Department of Justice release under a district court's order,
  PIR-2026-0793, 226 pages, redactions under Mont. Const. art. II, § 10 and MCA 44-5-303, 58 pages withheld.
- e14-bpa-release-after-appeal.txt: BPA new determination after OHA's remand, BPA-2026-01288-F, 29 pages released
  (22 in full, 7 in part), 8 withheld in full under Exemption 5.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- e01 PRC appeal acknowledgement: 39 CFR 3006.203 (appeals decided by the Commission, 90 calendar days, "Freedom of
  Information Act Appeal"), https://www.customsmobile.com/regulations/title39_chapterIII_part3006_section3006.3 and
  http://federal.elaws.us/fr/8/9/2024/2024-17498
- e02 OIP appeal decision: the Parole Commission's FOIA reference guide (records exempt from the Privacy Act's access
  provision under 28 C.F.R. § 16.85, processed under the FOIA),
  https://webarchive.library.unt.edu/eot2008/20081104011351/http://www.usdoj.gov/uspc/makfoi.html, and the OIP
  affirmances of earlier sets ("After carefully considering your appeal, I am affirming ...").
- e03 USDA OIG appeal decision: 7 CFR part 2620 (appeals addressed to and decided by the Inspector General, Whitten
  Building, Suite 441-E), https://checkoutapi.com/regulations/expand/title7_chapterXXVI_part2620_section2620.4 and
  http://federal.elaws.us/fr/12/23/2016/2016-30803
- e04 FMSHRC appeal decision: 29 C.F.R. part 2702 (appeals to the Chairman), and the Commission's description,
  https://raw.githubusercontent.com/api-evangelist/federal-mine-safety-and-health-review-commission/refs/heads/main/llms/federal-mine-safety-and-health-review-commission-llms.txt
- e05 DOL remand: 29 CFR 70.22 and 70.24 (appeals to the Solicitor of Labor, Division of Management and
  Administrative Legal Services; OGIS and judicial review notices), https://stepo.ai/osha/70/70.22 and
  https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24, and an appeal to the Solicitor for an inadequate
  search, https://tr.scribd.com/document/319364046/Americans-for-Limited-Government-FOIA-Appeal
- e06 IMLS appeal closed as moot: 45 CFR part 1182 (appeals to the General Counsel within 90 days), and the moot
  closures of earlier sets.
- e07 Rhode Island Attorney General finding: the Department's APRA findings ("PR 17-09 Thomson v. Town of Johnston",
  "violated the APRA when ..."), https://ri.gov/press/?agency_id=107&show_all_agencies=1&start=410,
  https://www.uat.ri.gov/press/?agency_id=107&show_all_agencies=1&start=210 and
  https://fdocuments.in/document/attorney-2017-7-19-issued-february-27-2017-pr-17-09-thomson-v-town-of-johnston.html
- e08 San Diego production after a writ: SB 1421 records under Penal Code § 832.7 and their redactions,
  https://en.wikipedia.org/wiki/California_Senate_Bill_1421_(2018) and
  https://voiceofsandiego.org/2019/12/30/getting-police-records-is-still-a-slog-one-year-into-new-transparency-law/
- e09 HHS supplemental release after OGIS: 45 CFR 5.61 and 5.62 (90 days, Deputy Agency Chief FOIA Officer, Room
  729H), https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61 and
  https://regulations.justia.com/regulations/fedreg/2016/10/28/2016-25684.html
- e10 USSOCOM still-interested e-mail: 32 CFR part 286 (DoD Components' FOIA Requester Service Centers, processing
  tracks), https://www.law.cornell.edu/cfr/text/32/286.8?qt-ecfrmaster=3, and the still-interested letters of earlier
  sets.
- e11 WAPA closure for litigation: OHA's decision on a WAPA appeal, https://www.energy.gov/oha/downloads/fia-17-0053-matter-center-biological-diversity,
  and a power marketing administration's FOIA lawsuit,
  https://advocateswest.org/case/bonneville-power-administration-foia-records-request/
- e12 DOT OIG litigation production: interim productions under a joint status report, as in the litigation productions
  of earlier sets, and the DOT OIG's FOIA practice under 49 CFR part 7.
- e13 Montana release after a court order: the Montana Constitution's Article II, Sections 9 and 10 (right to know and
  individual privacy) as the courts apply them, https://cetient.com/case/887660/matter-of-rules-for-public-access-t
  and https://law.justia.com/cases/montana/supreme-court/2010/16f2ba14-170f-4db6-af64-09bba4898002.html
- e14 BPA release after an appeal: OHA's remands to a DOE power marketing administration,
  https://www.energy.gov/oha/downloads/fia-17-0053-matter-center-biological-diversity, and BPA's FOIA practice,
  https://www.studicata.com/summaries/united-states-district-court-district-of-oregon/west-v-bonneville-power-admin-2021-g6cvrr

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at fb9d6f67: 8 of 14 fully right. Wrong were:
- e03 (e03-usda-oig-appeal-partly.docx): pages_withheld 17 != 49
- e05 (e05-dol-eta-appeal-remanded.txt): kinds ['final_determination'] != ['appeal_decision']; appeal_number None !=
  '2027-APL-00118'; outcome 'no_records' != 'other'
- e06 (e06-imls-appeal-moot.eml): kinds ['final_determination'] != ['appeal_decision']; appeal_number None !=
  '2027-A-01'; outcome 'partial_grant' != 'other'; exemptions ['(b)(6)'] != None
- e08 (e08-ca-sdpd-release-after-writ.txt): exemptions ['Government Code § 7923.600', 'Penal Code § 832.7(b)(6)',
  'Government Code § 7927.700'] != ['Penal Code § 832.7(b)(6)', 'Government Code § 7927.700']
- e09 (e09-hhs-ocr-supplemental-after-ogis.docx): pages_released 137 != 104; pages_withheld 50 != 25
- e14 (e14-bpa-release-after-appeal.txt): pages_withheld 45 != 8
After general fixes (the matter remanded in the passive, the sentence ending at the office: e05's "Because the search
was not reasonably calculated to uncover all relevant documents, the matter is remanded to ETA."; an appeal closed by
its number, no article before it: e06's "We are therefore closing Appeal 2027-A-01 as moot."), 10 of 14: e05 and e06
right.

Then (what was read, with the sentence quoted): e14's pages a review sent back to the office for a
new determination, "OHA granted your appeal in part and remanded to BPA, for a new determination, the 37 pages of
fish passage operations modelling memoranda that BPA had withheld in full", are taken up again, not withheld now
(8 are, "The remaining 8 pages ... are withheld in full under Exemption 5"), 11 of 14.

Then (what was read, with the sentence quoted): e08's first answer, told as such and undone since by
the court's writ, "The Department initially withheld the records as records of an investigation under Government Code
section 7923.600.", applies no ground now (the office's first withholding, "initially", "originally", "at first",
in a release after it; never what is withheld still), 12 of 14.
Then e03's share of the pages withheld in full that the decision now gives out, "I find that 6 of the 44 pages withheld
in full under Exemption 7(E), the summary of the retailer's transaction history, do not disclose techniques or
procedures not already known to the public, and they will be released.", is read as 6 released, not 6 withheld (the
participle says what all 44 were); the rows the decision keeps withheld in full, 11 and 38, then make 49. 13 of 14.
After general fixes (what was read, with the sentence quoted): e09's count of pages with its shares set after it
between commas, "we are releasing 71 pages of corrective action plans, 52 in full and 19 in part, and 33 pages of
closure letters in full, for a total of 104 pages.", is read as the 71 shared out (as if the shares were in brackets,
only where they add up to the count), so the text comes to 104 released and 25 withheld, the same as its table, which
then counts them once. 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout474"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _kinds_and_outcome(body: str) -> tuple[list[EventKind], Outcome | None]:
    events = events_in(body)
    decision = [e for e in events if e.kind is EventKind.APPEAL_DECISION]
    return [e.kind for e in events], (decision[0].outcome if decision else None)


_REMAND = ("This responds to your appeal of the response of the Employment and Training Administration (ETA) to your "
           "request. ETA informed you that its search located no responsive records. Because the search was not "
           "reasonably calculated to uncover all relevant documents, {remand} ETA will conduct a new search and will "
           "issue a new response directly to you.")


@pytest.mark.parametrize("remand", [
    # the wording read (e05): the matter remanded in the passive, the sentence ending at the office
    "the matter is remanded to ETA.",
    # other wordings of the same idea
    "your request is hereby remanded to the Employment and Training Administration.",
    "this case has been remanded to ETA;",
    "the request is therefore remanded back to ETA.",
])
def test_a_matter_remanded_to_the_office_is_an_appeal_remanded(remand: str) -> None:
    assert _kinds_and_outcome(_REMAND.format(remand=remand)) == ([EventKind.APPEAL_DECISION], Outcome.OTHER)


@pytest.mark.parametrize("remand", [
    # near misses: a remand that may come, or one recalled from before
    "if the matter is remanded to ETA.",
    "the matter was remanded to ETA in 2025.",
])
def test_a_remand_foreseen_or_recalled_decides_nothing(remand: str) -> None:
    assert EventKind.APPEAL_DECISION not in _kinds_and_outcome(_REMAND.format(remand=remand))[0]


_MOOT = ("I am writing about the appeal you submitted on November 23, 2026. On December 10, 2026, the FOIA Officer "
         "issued a final response to your request, releasing 212 pages with names redacted under Exemption 6. Because "
         "the only relief your appeal sought was a response, and a response has now been issued, your appeal no longer "
         "presents an issue for decision. {closing}")


@pytest.mark.parametrize("closing", [
    # the wording read (e06): the appeal closed by its number, no article before it
    "We are therefore closing Appeal 2027-A-01 as moot.",
    # other wordings of the same idea
    "I am closing appeal No. 26-0412.",
    "We are hereby closing FOIA Appeal #A-2027-00031 as moot.",
])
def test_an_appeal_closed_by_its_number_is_an_appeal_decision(closing: str) -> None:
    kinds, outcome = _kinds_and_outcome(_MOOT.format(closing=closing))
    assert (kinds, outcome) == ([EventKind.APPEAL_DECISION], Outcome.OTHER)


@pytest.mark.parametrize("closing", [
    # near misses: appeals closed in general, or an appeal to be closed later
    "The Office is closing appeals that present no issue for decision within 30 days.",
    "If you do not reply, we will close Appeal 2027-A-01.",
])
def test_no_appeal_closed_by_its_number_decides_nothing(closing: str) -> None:
    assert EventKind.APPEAL_DECISION not in _kinds_and_outcome(_MOOT.format(closing=closing))[0]
# e14: pages a review sent back to the office for a new determination, named by what the office had done with them, are
# taken up again, not withheld now: "OHA ... remanded to BPA, for a new determination, the 37 pages of ... memoranda
# that BPA had withheld in full" (what the office now withholds is told after).
_E14_RELEASE = ("{remand} BPA is releasing 29 pages, 22 in full and 7 in part. The remaining 8 pages are draft "
                "versions of a memorandum, and they are withheld in full under Exemption 5.")


@pytest.mark.parametrize("remand", [
    "OHA granted your appeal in part and remanded to BPA, for a new determination, the 37 pages of fish passage "
    "operations modelling memoranda that BPA had withheld in full under Exemption 5 of the FOIA.",
    "OIP remanded the 37 pages of draft memoranda that the Bureau had withheld in full for further processing.",
    "The Appeals Officer remanded to the FOIA Office for further review the 37 pages it had withheld in full.",
    "On review, we re-examined the 37 pages of staff memoranda that EPA had withheld in full.",
])
def test_pages_sent_back_for_a_new_determination_are_not_withheld_now(remand: str) -> None:
    found = events_in(remand + " " + _E14_RELEASE.format(remand="").strip())
    assert [(e.kind, e.pages_released, e.pages_withheld) for e in found] == [
        (EventKind.FINAL_DETERMINATION, 29, 8)]


def test_pages_a_review_sends_back_that_are_withheld_now_still_count() -> None:
    # (not pages the office withholds in this letter: "We remand nothing; we withhold the 37 pages in full")
    found = events_in("BPA is releasing 29 pages, 22 in full and 7 in part. We are withholding 37 pages in full under "
                      "Exemption 5.")
    assert [(e.kind, e.pages_released, e.pages_withheld) for e in found] == [
        (EventKind.FINAL_DETERMINATION, 29, 37)]


# e08: the office's first answer, told as such and undone since by a court's writ, applies no ground now: "The
# Department initially withheld the records as records of an investigation under Government Code section 7923.600."
_E08_RELEASE = ("{first} The Court ordered the Department to disclose the records. In compliance with the Court's "
                "order, the Department is now producing 191 pages. Redactions have been made to remove the home "
                "addresses of witnesses pursuant to Government Code section 7927.700.")


@pytest.mark.parametrize("first", [
    "The Department initially withheld the records as records of an investigation under Government Code section "
    "7923.600.",
    "We originally denied the request under Government Code section 7923.600.",
    "The City at first withheld the reports under Government Code section 7923.600.",
])
def test_a_first_withholding_told_as_such_is_not_applied_now(first: str) -> None:
    found = events_in(_E08_RELEASE.format(first=first))
    assert [(e.kind, e.exemptions) for e in found] == [
        (EventKind.FINAL_DETERMINATION, ("Government Code § 7927.700",))]


@pytest.mark.parametrize("first", [
    # (what is withheld still, or withheld in this letter, is applied)
    "The Department initially withheld, and continues to withhold, the autopsy report under Government Code section "
    "7923.600.",
    "The Department has withheld the autopsy report under Government Code section 7923.600.",
])
def test_a_withholding_still_applied_is_logged(first: str) -> None:
    found = events_in(_E08_RELEASE.format(first=first))
    assert [(e.kind, e.exemptions) for e in found] == [
        (EventKind.FINAL_DETERMINATION, ("Government Code § 7923.600", "Government Code § 7927.700"))]

@pytest.mark.parametrize("sentence", [
    # the wording read (e03): the share of the pages withheld in full, and what becomes of it after the participle
    "I find that 6 of the 44 pages withheld in full under Exemption 7(E), the summary of the retailer's transaction "
    "history, do not disclose techniques or procedures not already known to the public, and they will be released.",
    # other wordings of the same idea
    "6 of the 44 pages withheld in full will be released to you.",
    "On review, 6 of the 44 pages that were withheld in full are not exempt and are now being released.",
    "Six of the 44 pages previously withheld in their entirety will be disclosed with this letter.",
])
def test_a_share_of_pages_withheld_in_full_now_released_is_released(sentence: str) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.withheld_full) == (6, None)


@pytest.mark.parametrize("sentence", [
    # near misses: the share kept back, not given out, or given out only on a condition
    "6 of the 44 pages withheld in full remain withheld and will not be released.",
    "6 of the 44 pages withheld in full will not be released.",
    "6 of the 44 pages withheld in full will be released if you pay the fee.",
])
def test_a_share_of_pages_withheld_in_full_kept_back_is_not_released(sentence: str) -> None:
    assert pages_in(sentence).pages_released is None


@pytest.mark.parametrize(("sentence", "released"), [
    # the wording read (e09): a count of pages with its shares set after it between commas, then more pages in full
    ("As a result of that re-review, we are releasing 71 pages of corrective action plans, 52 in full and 19 in part, "
     "and 33 pages of closure letters in full, for a total of 104 pages.", 104),
    # other wordings of the same idea
    ("We are releasing 71 pages of inspection reports, 52 of them in full and 19 with redactions, and 33 pages of "
     "correspondence, all in full.", 104),
    ("The Department is releasing 80 pages of e-mails, 60 in full, 20 in part, and 12 pages of attachments in full.",
     92),
    ("We are releasing 71 pages, 52 in full and 19 in part.", 71),
])
def test_shares_set_between_commas_after_a_count_of_pages_are_its_shares(sentence: str, released: int) -> None:
    assert pages_in(sentence).pages_released == released


@pytest.mark.parametrize("sentence", [
    # near misses: shares that do not add up to the count, or shares of documents, not pages
    "We are releasing 71 pages of plans, 50 in full and 19 in part, and 33 pages of letters in full.",
    "We are releasing 71 documents, 52 in full and 19 in part, and 33 pages of letters in full.",
])
def test_shares_between_commas_that_are_not_the_counts_shares_are_not_read_as_such(sentence: str) -> None:
    # the comma-set numbers are never added as pages of their own
    assert pages_in(sentence).pages_released == 33
