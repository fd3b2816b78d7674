"""The three-hundred-and-forty-fourth held-out set: 14 letters (letters/heldout344) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a NASA e-mail acknowledging an appeal
to the Administrator with its appeal number and day of receipt; an APHIS appeal decision (PDF) affirming Exemption 6
redactions in animal-welfare inspection reports; a CMS appeal decision in Word granting an appeal in part (Exemption 4
and part of Exemption 5 upheld, eight pages and segregable facts remanded for release, Exemption 6 not challenged); an
OPM Office of the General Counsel decision remanding a no-records response for a new search; a CFPB e-mail dismissing
an appeal filed after the 90 days; a New Jersey Government Records Council final decision (PDF) finding that a
township unlawfully denied access to a settlement agreement (docket only); an Illinois Public Access Counselor
determination that a village improperly withheld a severance agreement under section 7(1)(c) (docket only); a City
of Houston release in Word after an Attorney General open records letter ruling, with a table of what was redacted
and under which section; an ATF letter denying a fee waiver to a commercial requester; a TSA e-mail (letter attached
as PDF) denying expedited processing; an FMCSA letter asking whether the requester is still interested, with the
30-day close; an EOUSA letter (PDF) administratively closing a detained person's request because it is now in a
lawsuit; a Secret Service e-mail (letter attached as PDF) with the third interim release in FOIA litigation; and an
SBA supplemental response releasing more pages after OGIS's assistance. Written blind and committed before the rules
were run on them.

- n01-nasa-appeal-ack.eml: NASA appeal acknowledgement, appeal 27-HQ-A-00012 on request 26-HQ-F-00731, received
  November 18, 2026.
- n02-usda-aphis-appeal-affirmed.pdf: APHIS appeal 2027-APHIS-00019-A denied, Exemption 6 redactions affirmed.
- n03-hhs-cms-appeal-partly.docx: CMS appeal 2027-00041-A-CMS granted in part and denied in part, Exemptions 4 and 5
  upheld in part, Exemption 6 not challenged, eight pages remanded for release.
- n04-opm-appeal-remanded.txt: OPM appeal 2027-OGC-0023, no-records response remanded for a new search.
- n05-cfpb-appeal-dismissed.eml: CFPB appeal CFPB-2027-0009-A dismissed as untimely (received 108 days after the
  final response).
- n06-nj-grc-final-decision.pdf: NJ GRC Complaint No. 2025-214, custodian unlawfully denied access, to disclose the
  settlement agreement; complainant a prevailing party.
- n07-il-pac-determination.txt: Illinois PAC 2026 PAC 91873, separation agreement improperly withheld under 7(1)(c),
  to be furnished in full.
- n08-tx-houston-release-after-ag-ruling.docx: City of Houston release after OR2026-041873, 52 pages released with
  redactions under Gov't Code 552.108(a)(1), 552.101, 552.130, 552.147, six pages withheld in full.
- n09-atf-fee-waiver-denied.txt: ATF fee waiver denied under 28 C.F.R. 16.10(k) (commercial interest, no
  dissemination shown).
- n10-tsa-expedite-denied.eml: TSA expedited processing denied under 6 C.F.R. 5.5(e)(1).
- n11-fmcsa-still-interested.txt: FMCSA "still interested?" letter, 30 calendar days to reply.
- n12-eousa-closed-litigation.pdf: EOUSA administrative closure because the request is in litigation.
- n13-usss-litigation-production.eml: Secret Service third interim release in litigation, 500 pages processed, 137
  non-responsive, 184 in full, 152 in part, 27 withheld, Exemptions 6, 7(C), 7(E), 23 pages referred.
- n14-sba-supplemental-after-ogis.txt: SBA supplemental response after OGIS Case No. 2027-00318, 38 pages released
  (22 in full, 16 in part), 3 withheld, Exemptions 4 and 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- n01 NASA appeal acknowledgement: 14 C.F.R. 1206.700 and 1206.701 (appeals to the Administrator, NASA Headquarters,
  Executive Secretariat; a final determination "within 20 working days after the receipt of the appeal by the
  Administrator's Office"),
  https://www.govregs.com/regulations/expand/title14_chapterV_part1206_subpartG_section1206.702 and
  http://federal.elaws.us/cfr/title14.part1206.section1206.605
- n02 APHIS appeal decision: the Judicial Watch appeal of an APHIS final determination ("appeals to the head of the
  agency", Riverdale address), https://pdfslide.us/documents/juiil-watci-judicial-2015-02-18-extent-aphis-blamed-the-nature-of-the.html,
  and USDA's appeal page on OGC review of final appeal responses for legal sufficiency under 7 C.F.R. 1.14,
  https://webharvest.gov/congress115th/20190109213021/https://www.ascr.usda.gov/foia-appeal
- n03 CMS appeal decision: 45 C.F.R. 5.61-5.62 (CMS appeals to the Principal Deputy Administrator, 7500 Security
  Boulevard), https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61, and CMS's
  Exemption 4, 5 and 6 withholdings and segregability in Shteynlyuger v. CMS,
  https://cetient.com/case/9881341/shteynshlyuger-v-centers-for-medicare-and-medicaid-services and
  https://lrus.wolterskluwer.com/news/health-reform/cms-may-not-withhold-entire-documents-from-foia-request-without-cause/101033/
- n04 OPM appeal remand: 5 C.F.R. 294.110 (appeals to OPM's Office of the General Counsel),
  https://ecfr.io/Title-05/se5.1.294_1110, and an OPM no-records response found an inadequate search in Nicholls v.
  OPM, http://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2011cv01654/150131/19/
- n05 CFPB untimely appeal: the untimely-appeal decisions of earlier sets (GSA) and OIP's summary of courts on
  appeals declined as untimely, https://justice.gov/archive/oip/courtdecisions/exhaustion-admin-remedies.html
- n06 NJ GRC final decision: the Council's final decisions ("At its ... public meeting, the Government Records Council
  ('Council') considered the ... Findings and Recommendations of the Executive Director", "This is the final
  administrative determination in this matter. Any further review should be pursued in the Appellate Division"),
  https://www.nj.gov/grc/decisions/2004-14.html and https://www.nj.gov/grc/decisions/2002-111.html
- n07 Illinois PAC determination: the Public Access Bureau's Request for Review process,
  http://www.geneva.il.us/pd/deniedfoia.html and
  https://wiki.outremer.quest/content/wikipedia_en_all_maxi_2023-10/A/Illinois_Public_Access_Counselor, and the PAC
  determination letters of earlier sets ("This determination is issued pursuant to section 9.5(f)", "does not require
  the issuance of a binding opinion. This letter serves to close this matter").
- n08 Houston release after an AG ruling: the Attorney General's open records letter rulings to the City of Houston on
  Houston Police Department reports (sections 552.108, 552.130, 552.147, basic information under 552.108(c)),
  https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2005/htm/or200502664.htm and
  https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2007/htm/or200702474.htm
- n09 ATF fee waiver denial: DOJ's FOIA regulations (28 C.F.R. 16.10(k), commercial use requesters),
  https://sgp.fas.org/news/2015/04/doj-foia.html, and the DOJ component letter paragraphs (FOIA Public Liaison, OGIS,
  OIP appeal through FOIA STAR within 90 days) of earlier sets.
- n10 TSA expedite denial: the DHS FOIA Branch letter to the ACLU of Northern California (Arlington/Springfield
  address, "3600.1", case number line), https://docs.justia.com/cases/federal/district-courts/california/candce/3:2018cv01539/323750/1/3.html,
  and 6 C.F.R. 5.5(e).
- n11 FMCSA still-interested letter: the still-interested letters of earlier sets (30-day reply and administrative
  close) and USAID's and DOE's still-interested notices,
  https://www.foiaadvisor.com/?offset=1757980527313
- n12 EOUSA closure for litigation: EOUSA's FOIA/PA staff letters described in Lea v. EOUSA and Flete-Garcia v. DOJ,
  https://cetient.com/case/2789560/lea-v-executive-office-for-united-states-attorneys and
  https://cetient.com/case/4671652/flete-garcia-v-us-department-of-justice, and the closures for litigation of
  earlier sets (USCIS, VA).
- n13 Secret Service litigation release: the Secret Service's releases and withholdings in Maydak v. DOJ and Leopold v.
  DOJ, https://print.casetext.com/case/maydak-v-us-department-of-justice-4 and
  https://cetient.com/case/4256003/leopold-v-department-of-treasury, its Communications Center (FOI/PA) address,
  https://vdocuments.net/internal-united-states-secret-service-usss-annual-foia-reports-2009-5-11.html, and the
  litigation production letters of earlier sets.
- n14 SBA supplemental response: 13 C.F.R. 102.6 (responses, FOIA Public Liaison),
  https://law.lawstack.com/laws/13-cfr_s_102-6_responses-to-requests-7030e91d-ed4f-4bc7-a6e4-d39b6119950f, SBA's FOIA
  page, https://webarchive.library.unt.edu/web/20120928000441/http://www.sba.gov/about-sba-services/14201, and the
  supplemental responses after OGIS of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 97d47763: 9 of 14 fully right. Wrong were:
- n03 (n03-hhs-cms-appeal-partly.docx): exemptions ['(b)(4)'] != ['(b)(4)', '(b)(5)', '(b)(6)']
- n05 (n05-cfpb-appeal-dismissed.eml): outcome None != 'denied'; exemptions ['(b)(5)', '(b)(8)'] != None
- n09 (n09-atf-fee-waiver-denied.txt): kinds ['acknowledged', 'fee_waiver_decision'] != ['fee_waiver_decision'];
  received '2026-10-28' != None
- n10 (n10-tsa-expedite-denied.eml): kinds ['acknowledged', 'expedite_decision'] != ['expedite_decision']; received
  '2026-11-02' != None
- n14 (n14-sba-supplemental-after-ogis.txt): pages_released 26 != 38

Its expected values for n09 and n10 were then corrected, in a commit of their own, to the earlier sets' convention (a
letter on fees or expedited processing that says when the request was received logs the acknowledgement with that day,
as heldout311 h03, heldout334 s10 and heldout112 i02 do): 11 of 14.
After general fixes (an appeal turned away as too late with "it" said of it first, or the reason after the verdict, is
an affirmance that reaches no ground: "Because your appeal was not submitted within the time limit set by the Bureau's
regulations, it is untimely, and your appeal is dismissed", "your appeal is dismissed because it was not filed within
90 days"; a release recalled after the day of the earlier letter that made it is not this one's: "By letter dated July
21, 2026, SBA released 26 pages to you with redactions"), 13 of 14.
After general fixes (a withholding the appeal did not challenge stands and is logged even where the decision says it
leaves it aside, as heldout300 z01, heldout317 s11, heldout323 c02 and heldout336 e02 log it: "You did not challenge the
redaction of the names of patients and of hospital staff under Exemption 6, and those redactions are not addressed
further here"; a withholding upheld by a possessive pointing back takes the ground cited just before: "these are
predecisional and deliberative, and we affirm their withholding" after "5 U.S.C. § 552(b)(5)."), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout344"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- An appeal turned away as too late, "it" said of it first or the reason given after -------------------------------

_LATE = ("This responds to your appeal of the Bureau's final response of July 31, 2026, in which the Bureau withheld "
         "portions of the records under FOIA Exemptions 5 and 8. Your appeal was received on November 16, 2026, 108 "
         "days after the final response. ")


@pytest.mark.parametrize("verdict", [
    "Because your appeal was not submitted within the time limit set by the Bureau's regulations, it is untimely, and "
    "your appeal is dismissed.",
    "Your appeal is dismissed because it was not filed within 90 days of the final response.",
    "The appeal is closed because it is untimely.",
])
def test_an_appeal_turned_away_as_untimely_leaves_the_answer_standing(verdict: str) -> None:
    (event,) = events_in(_LATE + verdict, date_line="December 2, 2026")
    assert (event.kind, event.outcome, event.appeal_result, event.exemptions) == (
        EventKind.APPEAL_DECISION, Outcome.DENIED, "affirmed", ())


def test_an_appeal_late_but_decided_is_decided_on_its_merits() -> None:
    # The near miss: the appeal was late, and was decided all the same.
    verdict = "Although it is untimely, we have considered your appeal, and your appeal is granted in part."
    (event,) = events_in(_LATE + verdict, date_line="December 2, 2026")
    assert (event.outcome, event.appeal_result) == (Outcome.PARTIAL_GRANT, "partly")


# --- An earlier release recalled after the letter that made it, named by its day --------------------------------------

_SUPPLEMENT = "This is a supplemental response to your FOIA request. "


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("By letter dated July 21, 2026, SBA released 26 pages to you with redactions under FOIA Exemptions 4 and 6. We "
     "are releasing 38 pages to you, 22 in full and 16 with redactions, and withholding 3 pages in full.", 38, 3),
    ("In an e-mail of May 4, 2026, the Bureau provided 40 pages to you. We are now releasing 12 pages in full and 3 "
     "pages in part.", 15, None),
    # The near miss: the letter named is this one, of the same day, and its release is this one's.
    ("By letter dated December 4, 2026, the Bureau is releasing 15 pages to you in full.", 15, None),
])
def test_a_release_recalled_after_an_earlier_letters_day_is_not_counted(
        body: str, released: int, withheld: int | None) -> None:
    (event,) = events_in(_SUPPLEMENT + body, date_line="December 4, 2026")
    assert (event.pages_released, event.pages_withheld) == (released, withheld)


# --- A withholding upheld by a possessive pointing back; a ground left unchallenged and aside -------------------------

_IN_PART = ("This responds to your appeal. CMS withheld 22 pages in full under Exemption 5 and redacted the names of "
            "patients under Exemption 6. You did not challenge the redaction of the names under Exemption 6, and those "
            "redactions are not addressed further here. Exemption 5 protects inter-agency memorandums. 5 U.S.C. § "
            "552(b)(5). ")


@pytest.mark.parametrize("upheld", [
    "Fourteen pages are internal e-mails; these are predecisional and deliberative, and we affirm their withholding.",
    "The fourteen pages of e-mails are predecisional, and I uphold their withholding.",
])
def test_a_withholding_upheld_by_a_possessive_takes_the_ground_just_before(upheld: str) -> None:
    body = (_IN_PART + upheld + " The remaining eight pages reflect final decisions and are not protected. "
            "Accordingly, your appeal is granted in part and denied in part.")
    (event,) = events_in(body, date_line="November 24, 2026")
    assert (event.outcome, event.exemptions) == (Outcome.PARTIAL_GRANT, ("(b)(5)", "(b)(6)"))


@pytest.mark.parametrize(("sentence", "points_back"), [
    ("Fourteen pages are internal e-mails; these are predecisional and deliberative, and we affirm their withholding.",
     True),
    ("I uphold its redaction.", True),
    # The near misses: a withholding upheld only in part, and one named by its office.
    ("We affirm their withholding in part.", False),
    ("We affirm CMS's withholding of the e-mails.", False),
])
def test_a_possessive_after_the_verdict_points_back(sentence: str, points_back: bool) -> None:
    assert bool(P.UPHELD_NAMED_BEFORE.search(sentence)) is points_back
