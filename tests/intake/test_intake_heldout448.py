"""The four-hundred-and-forty-eighth held-out set: 14 letters (letters/heldout448) that come after the first answer,
federal and state mixed, from fourteen offices that earlier sets of this kind have not used, in the formats they
really send: a Court Services and Offender Supervision Agency e-mail from its Office of the General Counsel
acknowledging an appeal with its appeal number and day of receipt; a Farm Service Agency appeal decision (PDF) by
USDA's appeal official affirming the withholding of producers' farm numbers, addresses and payment amounts under
Exemption 6; a Department of Commerce appeal decision in Word granted in part for an NTIA request, releasing 18 more
pages and keeping 6 under Exemptions 4 and 5, with a table of the records; a Solicitor of Labor decision granting an
appeal of MSHA's Exemption 7(A) withholding of a closed accident investigation file; an Office of Information Policy
letter remanding an Office of Justice Programs request for a further search; a Coast Guard Administrative Law Judge's
decision (e-mail with the decision attached as PDF) affirming CISA's no-records response; a New York City Police
Department Records Access Appeals Officer's FOIL appeal decision (PDF) granted in part under a CPL 160.50
designation; a South Dakota Office of Hearing Examiners decision ordering a county to release a settlement agreement
but upholding the withholding of a DCI report (docket only); a City of Tucson release by the City Attorney after a
superior court judgment in a public records special action; a Federal Transit Administration e-mail releasing more
pages after mediation by OGIS, its response attached as PDF; an Employee Benefits Security Administration letter
asking whether the requester is still interested; a National Security Division third interim release in litigation
(PDF); an Administration for Children and Families supplemental release in Word under a stipulation in a lawsuit;
and an Office of Foreign Assets Control letter dismissing an appeal received after the 90 days. Written blind and
committed before the rules were run on them.

- d01-csosa-appeal-ack.eml: CSOSA Office of the General Counsel, appeal 27-AP-0006 of request 2026-FOIA-00417,
  received Thursday, December 3, 2026.
- d02-fsa-appeal-affirmed.pdf: USDA FPAC Business Center appeal official, appeal 2027-FPAC-00019-A of FSA request
  2026-FSA-06231-F, denied: Exemption 6 upheld (a statute it says it does not rely on is named too).
- d03-ntia-appeal-partly.docx: Commerce Office of the General Counsel, appeal DOC-OS-2027-000233 of NTIA request
  DOC-NTIA-2026-001186, granted in part: 18 pages released (11 in full, 7 in part), 6 still withheld under
  Exemptions 4 and 5; a table of the records.
- d04-msha-appeal-reversed.txt: DOL Office of the Solicitor, appeal 2027-A-00052 of MSHA request 2026-F-09914,
  granted: the 64 pages (and 112 photographs) withheld under Exemption 7(A) to be released by MSHA.
- d05-ojp-appeal-remanded.txt: DOJ OIP, appeal A-2027-00412 of OJP request OJP-2026-000871, remanded for a further
  search (the JustGrants monitoring module and an advisor's e-mail not searched).
- d06-cisa-appeal-no-records-affirmed.eml: USCG Administrative Law Judge for DHS, appeal 2027-HQAP-00041 of CISA
  request 2026-CISAFO-00388, the search found adequate and the no-records response affirmed.
- d07-nypd-foil-appeal-partly.pdf: NYPD Records Access Appeals Officer, FOIL appeal 26PL-AP-03318 of request
  FOIL-2026-056-28471, granted in part: 7 pages (and two videos) released under a CPL 160.50(1)(d) designation,
  civilian witnesses' details withheld under POL § 87(2)(b); the § 87(2)(e)(i) denial not sustained.
- d08-sd-ohe-records-decision.txt: South Dakota Office of Hearing Examiners, OHE PR 26-11, Pennington County's denial
  of a settlement agreement reversed and of a DCI report affirmed under SDCL 1-27-1.5(5) (docket only).
- d09-az-tucson-release-after-judgment.txt: City of Tucson, request R018842-071426, 143 pages (and recordings)
  produced after a Pima County Superior Court judgment, redactions under A.R.S. § 13-4434 and § 41-1750.
- d10-fta-release-after-ogis.eml: FTA supplemental response to 2026-FTA-00317 after OGIS case 202600814: 36 pages
  (21 in full, 15 in part) under Exemption 6, 5 pages still withheld under Exemption 5.
- d11-ebsa-still-interested.txt: EBSA "still interested?" letter, 2026-F-12068, reply by January 20, 2027.
- d12-nsd-litigation-production.pdf: NSD third interim release in litigation, NSD FOIA/PA #26-231, 500 pages
  reviewed, 97 non-responsive, 74 in full, 226 in part, 103 withheld, Exemptions 1, 3 (50 U.S.C. § 3024(i)(1)), 5, 6
  and 7(C); 38 pages sent for consultation.
- d13-acf-supplemental-after-lawsuit.docx: ACF supplemental release under a stipulation in a lawsuit, 26-F-0412-ACF,
  58 more pages (9 in full, 49 in part), 3 still withheld, Exemptions 4 and 6; a table of the records.
- d14-ofac-appeal-untimely.txt: Treasury OFAC, appeal 2027-APL-00031 of request 2026-05-118, dismissed as received
  116 days after the response, beyond the 90 days of 31 C.F.R. § 1.6(a).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- d01 CSOSA appeal acknowledgement: CSOSA's FOIA regulations, 28 C.F.R. part 802 (revised 2017, 90 days to appeal,
  consultation with other agencies), https://thefederalregister.org/82-FR/13554 and
  https://law.lawstack.com/cfr/28/802.7/
- d02 FSA appeal decision: USDA's departmental FOIA regulations (7 C.F.R. part 1, appeals) and the FSA FOIA handbook
  2-INFO, https://regulations.vlex.com/vid/departmental-freedom-of-information-819890817 and
  https://vdocument.in/fsa-par-2-2-policy-and-applicability-continued-c-personal-documents-versus.html
- d03 Commerce appeal decision: 15 C.F.R. 4.10 (appeals to the Assistant General Counsel for Employment, Litigation,
  and Information, 90 calendar days), https://lawserver.com/law/country/us/cfr/15_cfr_4-10 and NOAA's appeal notice,
  https://www.noaa.gov/information-technology/foia-home
- d04 Solicitor of Labor appeal decision: 29 C.F.R. 70.24 (form and content of action on appeals),
  https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24 and the DOL FOIA rule of 2017,
  https://regulations.vlex.com/vid/revision-of-foia-regulations-660594233
- d05 OIP remand: OIP's account of appeals and remands ("it may remand the entire request to the component for
  further action"), https://www.justice.gov/open/appeals, and its template paragraphs,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- d06 DHS appeal decided by the Coast Guard ALJ: the Office of the Chief Administrative Law Judge's appeal letter
  ("Pursuant to a memorandum of agreement, the United States Coast Guard Office of the Chief Administrative Law Judge
  is reviewing FOIA appeals for the Department of Homeland Security General Counsel", "RE: DHS FOIA APPEAL
  2016-FEAP-00022"), https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response
- d07 NYPD FOIL appeal decision: the Records Access Appeals Officer at One Police Plaza, Room 1406,
  https://github.com/Bellspringsteen/other.nyc (NYCGOV/NYPD/NypdOfficersHomeZip/NYPDOfficerHomeZip_RejectionAppeal.txt),
  the Committee on Open Government's opinions on NYPD appeals and on records sealed under CPL 160.50,
  http://docs.dos.ny.gov/coog/ftext/f19646.htm and https://docsopengovernment.dos.ny.gov/coog/ftext/f19123.html
- d08 South Dakota Office of Hearing Examiners decision: the Office's resolution process for public records
  disputes (SDCL 1-27-37 to 1-27-41), https://boa.sd.gov/ohe/resolution-process.aspx, and SDCL chapter 1-27,
  https://www.rcfp.org/open-government-guide/south-dakota/
- d09 Tucson release after a special action: A.R.S. § 39-121.02 (special action, attorney fees),
  https://law.onecle.com/arizona/title-39/39-121.02.html, and the Tucson and Pima County public records cases,
  http://casetext.com/case/cruz-v-miranda and
  https://law.justia.com/cases/arizona/court-of-appeals-division-two-published/2008/cv20080062opn.html
- d10 FTA release after OGIS: DOT's appeal and OGIS notices in the modal administrations' letters and OGIS's
  assessment of agency communications,
  https://archives.gov/ogis/foia-compliance-program/targeted-assessments/agency-compliance-with-edc-2020-mar-31,
  and the supplemental releases after OGIS of earlier sets.
- d11 EBSA still-interested letter: the "still interested" letters described at
  https://www.rcfp.org/journals/news-media-and-law-fall-2014/agencies-want-know-are-you-st/ and DOL's FOIA rule,
  http://federal.elaws.us/fr/citation/2017-00453
- d12 NSD litigation release: DOJ's national security FOIA litigation (Exemptions 1 and 3, 50 U.S.C. § 3024(i)(1)),
  http://casetext.com/case/the-new-york-times-company-v-united-states-department-of-justice, and the litigation
  production letters of earlier sets.
- d13 ACF supplemental release in litigation: HHS's FOIA practice in litigation and the supplemental releases of
  earlier sets; Exemption 4 as applied after Argus Leader, the same sources as d03.
- d14 OFAC untimely appeal: the Treasury FOIA rule of 2019 (31 C.F.R. part 1, 90 days to appeal),
  https://regulations.justia.com/regulations/fedreg/2019/02/27/2019-03320.html and
  http://federal.elaws.us/fr/10/26/2018/2018-23447

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 314a61c4: 9 of 14 fully right. Wrong were:
- d07 (d07-nypd-foil-appeal-partly.pdf): exemptions ['Public Officers Law § 87(2)(b)', 'Criminal Procedure Law §
  160.50', 'Public Officers Law § 87(2)(a)'] != ['Public Officers Law § 87(2)(b)']
- d08 (d08-sd-ohe-records-decision.txt): kinds ['final_determination'] != ['appeal_decision']; appeal_number None !=
  'OHE PR 26-11'; exemptions ['SDCL 1-27-1.8', 'SDCL 1-27-1.5(5)'] != ['SDCL 1-27-1.5(5)']
- d09 (d09-az-tucson-release-after-judgment.txt): pages_released None != 143
- d10 (d10-fta-release-after-ogis.eml): pages_withheld 52 != 5
- d13 (d13-acf-supplemental-after-lawsuit.docx): pages_released 212 != 58; pages_withheld 64 != 3

After general fixes (what was read, with the sentence quoted), 14 of 14:
- d10 and d13: the office's earlier answer made the subject and named by its day counts no pages now ("FTA's July 29,
  2026 response released the final audit report and withheld the remaining 47 pages in full ...", "ACF's final response
  of June 18, 2026 released 212 pages with redactions and withheld 61 pages in full ...").
- d09: a list headed by the office's own clause that gives the records now counts its pages ("In compliance with the
  Court's order, the City is producing the following records, which are available for download at the secure link
  sent to you separately today:" above "- ... (118 pages);" and "- ... (25 pages); and").
- d08: the filing for review named first is an appeal's ("on the Notice of Review filed by Marisela Thorvaldsen-Adu
  ... after Pennington County ("County") denied in part her written request"); a withholding reversed and another
  affirmed, each in a sentence of its own, is partly granted ("The County's denial of access to the settlement
  agreement is reversed." / "The County's denial of access to the DCI investigative report is affirmed under SDCL
  1-27-1.5(5)."); and the docket in the caption's bracketed column, the decision's only number, is the appeal's
  ("DISCLOSURE OF PUBLIC RECORDS OF    )    OHE PR 26-11").
- d07: a law that keeps records back unless their subject consents is not applied when the consent is given ("...
  sealed under Criminal Procedure Law § 160.50 and are exempt under POL § 87(2)(a) ..., unless the person arrested has
  executed a designation of an agent or unsealing authorization." / "This office received with your appeal a CPL §
  160.50(1)(d) authorization executed by Mr. Ambrose-Kimura ...").
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.numbers import caption_docket
from foiatrack.intake.pages import RELEASED_LIST_HEADING

SET = "heldout448"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- The office's earlier answer as the subject, named by its day, and what it gave then (d10, d13) ------------------
_NOW = " As a result of that review, we are now releasing an additional 58 pages. Three pages remain withheld in full."


@pytest.mark.parametrize("recalled", [
    "ACF's final response of June 18, 2026 released 212 pages with redactions and withheld 61 pages in full under "
    "Exemptions 4, 5 and 6.",
    "FTA's July 29, 2026 response released the final audit report and withheld the remaining 47 pages in full under "
    "FOIA Exemptions 5 and 6.",
    "Our letter dated January 12, 2026 released 212 pages and withheld 61 pages in full.",
    "The Bureau's initial response of January 12, 2026, withheld 61 pages in full and released 212 pages in part.",
])
def test_an_earlier_answer_named_by_its_day_counts_no_pages_now(recalled: str) -> None:
    final = next(e for e in events_in(recalled + _NOW, "December 22, 2026") if e.kind is EventKind.FINAL_DETERMINATION)
    assert (final.pages_released, final.pages_withheld) == (58, 3)


@pytest.mark.parametrize("sentence", [
    # this letter's own answer (no day, or in the present), and the request named by its day
    "Our final response released 212 pages with redactions.",
    "Our response releases 212 pages.",
    "FTA's response of May 4, 2026 is supplemented by this letter.",
    "Your request of May 4, 2026 sought 212 pages.",
])
def test_an_answer_without_its_day_or_past_release_is_not_an_earlier_one(sentence: str) -> None:
    assert not P.EARLIER_ANSWER_AS_SUBJECT.search(sentence)


# --- A list of records headed by the office's own clause that gives them now (d09) -----------------------------------
_LIST = "\n- the investigative report, with attachments (118 pages);\n- the review board findings (25 pages); and\n" \
        "- 14 audio recordings.\n"


@pytest.mark.parametrize("heading", [
    "In compliance with the Court's order, the City is producing the following records, which are available for "
    "download at the secure link sent to you separately today:",
    "We are releasing the following records:",
    "We have enclosed the following documents:",
])
def test_a_list_under_a_clause_that_gives_the_records_counts_its_pages(heading: str) -> None:
    assert RELEASED_LIST_HEADING.match(heading)
    final = next(e for e in events_in(heading + _LIST) if e.kind is EventKind.FINAL_DETERMINATION)
    assert final.pages_released == 143


@pytest.mark.parametrize("heading", [
    # a list withheld, found or asked for, not given
    "The City has withheld the following records:",
    "We have located the following records:",
    "You asked for the following records:",
])
def test_a_list_under_a_clause_that_does_not_give_them_is_no_release_list(heading: str) -> None:
    assert not RELEASED_LIST_HEADING.match(heading)


# --- A review body's decision on a filing for review named first, ruling each withholding both ways (d08) ------------
_FILED = ('This matter came before the Office of Hearing Examiners on the Notice of Review filed by Marisela '
          'Thorvaldsen-Adu ("Requestor") on September 28, 2026, pursuant to SDCL 1-27-38, after Pennington County '
          '("County") denied in part her written request for disclosure under SDCL 1-27-37. ')


@pytest.mark.parametrize("filing", [
    _FILED,
    "The petition for review submitted by the requester on October 2, 2026 challenges the Town's denial of her "
    "request. ",
    "The application for review that was lodged by Mr. Okafor concerns the Board's refusal to release the reports. ",
])
def test_a_filing_for_review_named_first_makes_the_letter_an_appeal_decision(filing: str) -> None:
    assert P.APPEAL_LETTER.search(filing.strip())


@pytest.mark.parametrize("sentence", [
    "A notice of review may be filed by the requester if the County denies the request.",
    "The notice of review filed by the County concerns its zoning permit.",
])
def test_a_filing_for_review_offered_or_of_no_denial_is_no_appeal(sentence: str) -> None:
    assert not P.APPEAL_LETTER.search(sentence)


@pytest.mark.parametrize(("rulings", "outcome"), [
    ("The County's denial of access to the settlement agreement is reversed. The County's denial of access to the DCI "
     "investigative report is affirmed under SDCL 1-27-1.5(5).", Outcome.PARTIAL_GRANT),
    ("The County's withholding of the incident reports is affirmed under SDCL 1-27-1.5(5). The denial of the "
     "settlement agreement is hereby reversed.", Outcome.PARTIAL_GRANT),
    # the near miss: one ruling on a withholding, the other on a fee
    ("The County's denial of access to the settlement agreement is reversed. The County's fee is affirmed.",
     Outcome.FULL_GRANT),
])
def test_withholdings_reversed_and_affirmed_each_in_its_sentence_are_partly_granted(rulings: str,
                                                                                     outcome: Outcome) -> None:
    found = [e for e in events_in(_FILED + rulings, "December 16, 2026") if e.kind is EventKind.APPEAL_DECISION]
    assert [e.outcome for e in found] == [outcome]


def test_a_denial_recalled_as_affirmed_before_is_no_ruling_now() -> None:
    assert not P.WITHHOLDINGS_REVERSED_AND_AFFIRMED.search(
        "The denial of the settlement agreement is reversed. The County's denial was affirmed by the board in 2024.")


# --- A review body's docket in the caption's bracketed column, its only number (d08) --------------------------------
@pytest.mark.parametrize(("caption", "docket"), [
    ("DISCLOSURE OF PUBLIC RECORDS OF                   )      OHE PR 26-11\n", "OHE PR 26-11"),
    ("JANE ROE, Requester,          )     No. 26-0412\n", "26-0412"),
    ("IN THE MATTER OF              )     Docket 2026-118\n", "2026-118"),
])
def test_a_docket_in_a_captions_column_is_read(caption: str, docket: str) -> None:
    assert caption_docket("IN THE MATTER OF THE REQUEST OF    )\n" + caption + "   v.   )   FINDINGS OF FACT,\n") \
        == docket


@pytest.mark.parametrize("caption", [
    # a caption's words, a date or two dockets: none read
    "MARISELA THORVALDSEN-ADU,     )      FINDINGS OF FACT,\n",
    "Requestor,     )      Dated 2026\n",
    "PR 26-11   )   x\nA   )   OHE PR 26-12\nB   )   OHE PR 26-13\n",
])
def test_a_captions_words_or_two_dockets_give_none(caption: str) -> None:
    assert caption_docket(caption) is None


def test_the_decisions_docket_is_its_appeal_number() -> None:
    caption = ("STATE OF SOUTH DAKOTA\nOFFICE OF HEARING EXAMINERS\n\nIN THE MATTER OF THE WRITTEN REQUEST FOR    )\n"
               "DISCLOSURE OF PUBLIC RECORDS OF             )      OHE PR 26-14\n\n")
    found = events_in(_FILED + "The County's denial is reversed.", "December 16, 2026", head=caption)
    assert [(e.kind, e.appeal_number) for e in found] == [(EventKind.APPEAL_DECISION, "OHE PR 26-14")]


# --- A law that keeps records back unless their subject consents, the consent given (d07) --------------------------
_SEALED = ("However, records of an arrest that terminated in favor of the accused are sealed under Criminal Procedure "
           "Law § 160.50 and are exempt under POL § 87(2)(a), unless the person arrested has executed a designation of "
           "an agent or unsealing authorization. ")
_PRIVACY = ("Records about a third party are withheld under Exemption 6, 5 U.S.C. § 552(b)(6), unless that person "
            "provides a signed privacy waiver. ")


@pytest.mark.parametrize("letter", [
    _SEALED + "This office received with your appeal a CPL § 160.50(1)(d) authorization executed by Mr. Ambrose-Kimura "
    "naming you as his designated agent. The records will therefore be released to you.",
    _PRIVACY + "You have provided a signed privacy waiver from Mr. Ortiz-Lund. The records are enclosed.",
    _PRIVACY + "The consent form signed by Ms. Ferreira was received on November 2, 2026. The file is released in "
    "full.",
])
def test_a_law_waived_by_the_consent_given_is_not_applied(letter: str) -> None:
    assert [code for e in events_in(letter, "December 15, 2026") for code in e.exemptions] == []


@pytest.mark.parametrize("letter", [
    # no consent given, or one still to come: the law applies
    _SEALED + "No authorization has been executed, and the records are withheld.",
    _PRIVACY + "If you provide a signed privacy waiver, we will reconsider. The records are withheld in full.",
])
def test_a_law_that_waits_for_a_consent_not_given_still_applies(letter: str) -> None:
    assert [code for e in events_in(letter, "December 15, 2026") for code in e.exemptions]
