"""The hundred-and-ninetieth held-out set: 14 letters (letters/heldout190) from the Department of Homeland Security
and its components, as the files arrive: a TSA third interim response (PDF) giving the pages reviewed in this
release, released in full, partly and withheld in full, and the pages of the earlier releases; a TSA denial of a
whole Standard Operating Procedures manual as Sensitive Security Information; a Secret Service final response in Word
with the exemptions marked in a checkbox grid; a Secret Service acknowledgement e-mail assigning a FOIA file number;
a FEMA acknowledgement posted to SecureRelease (PDF attached to the notification e-mail) that extends the time beyond
the ten statutory days for consultation, to a new date; a FEMA letter asking the requester to clarify a request that
does not reasonably describe the records; a CISA final response (PDF) with two case numbers and pages referred to
the FBI; a CISA commercial-use fee estimate in Word with an itemised table; a DHS Privacy Office acknowledgement
e-mail denying expedited processing and a fee waiver; an ICE no-records letter attached to an e-mail; a CBP final
response with pages released in full, in part and withheld; a TSA appeal acknowledgement (HTML e-mail); a Coast Guard
Administrative Law Judge's decision remanding a FEMA appeal for a new search (PDF); and an ICE OPLA appeal decision
granting in part. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 TSA third interim response: TSA's interim response letter to request 2015-TSLI-00004 ("This is the third
  interim response to your Freedom of Information Act (FOIA), 5 U.S.C. § 552, request ... in which you requested the
  following information"), https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html,
  with the DHS page-count sentence ("N pages are releasable in their entirety, N pages are partially releasable, and
  N pages are withheld in their entirety pursuant to Title 5 U.S.C. § 552"), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- b02 TSA denial: TSA's denial of the Screening Management SOP as quoted on FlyerTalk ("A search within the
  Transportation Security Administration (TSA) was conducted and we have determined that the 99 page Screening
  Management SOP is being withheld in its entirety pursuant to Title 5 U.S.C. § 552 ..."),
  http://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html,
  and the SSI rule 49 CFR 1520 / 49 U.S.C. § 114(r) as TSA's declaration in Sai v. TSA describes it,
  https://p.pdfkul.com/sai-v-tsa-dcd-1-14-cv-00403-rdm-2016-06-09-99-3-declaration-_59deb2971723dd5a170062b6.html
- b03 Secret Service final response: the Secret Service production letter ("Exemptions under the FOIA Statute, Title
  5 U.S.C. § 552 ... have been applied where deemed appropriate after considering the foreseeable harm standard",
  "Enclosed are the documents responsive to your request ... Withheld information is pursuant to the exemptions
  marked", the exemption grid, "in the processing of this FOIA request, no fees are being assessed", "FOIA File No.
  ... is assigned to your request"), https://scribd.com/document/711821874/CU-FOIA-Production-2-USSS-Cocaine-Found-at-White-House,
  and its final-response opening ("This is the final response to your recent Freedom of Information Act (FOIA)
  request, received by the United States Secret Service (Secret Service) on ..."),
  https://redrightpatriot.com/amid-white-house-drama-secret-service-turns-down-foia-request/
- b04 Secret Service acknowledgement: the same file-number formula, the Secret Service's request page (fees up to
  $25, the Communications Center (FOIA/PA)), https://www.secretservice.gov/foia/request and
  http://www.secretservice.gov/foia_request.shtml
- b05 FEMA acknowledgement with unusual circumstances: the DHS acknowledgement template of the CRCL release ("As the
  subject matter of your request is of substantial interest to two or more components of this Department ... we will
  need to consult with those entities"), https://vdocument.in/responsive-documents-crcl-12-002.html, and 6 CFR
  5.5(c); the SecureRelease notification e-mail with the letter attached.
- b06 FEMA clarification: 6 CFR 5.3(b) (reasonably describe the records) and OIP's guidance on "still interested"
  letters (30 working days before closing) as reported at https://unredacted.com/2015/10/22/the-good-the-bad-and-the-ugly-ogis-challenges-femas-still-interested-letters-bad-cisa-bill-with-10th-foia-exemption-taken-up-in-senate-and-drone-leaks-fill-official-dis/
- b07 CISA final response: CISA's final response of December 17, 2018 (two case numbers, "This letter is the final
  response to your Freedom of Information Act (FOIA) request to U.S. Department of Homeland Security (DHS),
  Cybersecurity & Infrastructure Security Agency (CISA)"), https://assets.documentcloud.org/documents/6659451/2018-12-17-CISA-Production.txt,
  and the DHS page-count sentence above.
- b08 CISA fee estimate: 6 CFR 5.11 (commercial-use requesters, the quarter-hour rates, advance payment over $250)
  and the DHS fee paragraph of the CRCL templates above.
- b09 DHS Privacy Office acknowledgement denying expedited processing and a fee waiver: the CRCL templates above
  (6 CFR 5.5(e)(1), 5.11(k)).
- b10 ICE no-records letter: the ICE final response formula ("ICE has considered your request under the FOIA ... we
  were unable to locate or identify any responsive records", appeal to OPLA under 6 CFR 5.8) and the Interior sample
  "records do not exist" letter, https://vdocuments.us/sample-foia-response-letters.html
- b11 CBP final response: the CBP searches of its systems (TECS and others) for a traveller's encounter records
  as CBP described them in Sabra v. CBP, https://cetient.com/case/9367337/sabra-v-us-customs-and-border-protection,
  the AILA practice advisory on FOIA for immigration lawyers, https://pdfslide.us/documents/practice-advisory1-updated-february-2017-foia-for-the-freedom-of-information.html,
  and the DHS page-count sentence above.
- b12 TSA appeal acknowledgement: 6 CFR 5.8(d) and the TSA appeal letter of the ACLU of Massachusetts (appeal to the
  Office of Chief Counsel), https://docslib.org/download/9232491/appeal-of-foia-request-no-tsa-10-0780
- b13 Coast Guard ALJ remand of a FEMA appeal: the Greenbrier Bunker appeal response ("This letter concerns your ...
  appeal of the Department of Homeland Security's (DHS) Final Response ... (designated as 2016-FEAP-00022 on
  appeal). You are appealing the adequacy of DHS' search ... After review of the entire record, this appeal is being
  REMANDED", "Pursuant to a memorandum of agreement, the United States Coast Guard Office of the Chief Administrative
  Law Judge is reviewing FOIA appeals for the Department of Homeland Security General Counsel"),
  https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response, and the DHS remand quoted at
  https://www.tcdailyplanet.net/foia-updates-dhs-remand-olc-denial/
- b14 ICE OPLA appeal decision: ICE's appeals decided by the Office of the Principal Legal Advisor,
  https://www.ice.gov/news/releases/ice-boasts-slate-clean-appeals-freedom-information-act-requests, ICE's final
  response to an appeal as published at http://davis911truth.org/911-conspiracy/ice/ice-foia/, the ICE appeal
  numbers on MuckRock (2020-ICFO-21220, 2020-ICAP-00440), https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/,
  and the partial grant of the OIP appeal dispositions, https://www.justice.gov/archive/oip/annual_report/1994/appeals.htm

Blind score: 12 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- b06 (FEMA clarification): a final determination with no records instead of a request to clarify: "As written, your
  request would encompass every application ... and it does not identify the kinds of records, the offices, or the
  specific disaster declarations you are interested in." was read as no records, and "In order for FEMA to conduct a
  search, we ask that you clarify your request." was not read as asking for clarification.
- b14 (ICE OPLA appeal decision): exemptions only (b)(5) instead of (b)(5), (b)(6), (b)(7)(C), (b)(7)(E), and no pages
  withheld instead of 14: the exemptions of "OPLA affirms the redaction ... under Exemptions (b)(6) and (b)(7)(C), and
  the withholding ... under Exemption (b)(7)(E)." and "Those 17 pages are now released to you in part, with
  information redacted only under Exemptions (b)(6), (b)(7)(C) and (b)(7)(E)" were not taken, only that of "The
  remaining 14 pages are draft reviews and were properly withheld under Exemption (b)(5).", and its 14 pages were not
  read as withheld.
After general fixes (a request that "does not identify the kinds of records" it seeks, "the types" or "the specific
categories of documents", is no search that found nothing; an appeal office that "affirms", "upholds" or "sustains" a
redaction or withholding in the third person, by its own name, upholds that ground as "I affirm" does, and so does a
release "with information redacted only under" a ground; pages an appeal decision finds "were properly withheld" with
what they are said between ("The remaining 14 pages are draft reviews and were properly withheld") are pages withheld
in full), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout190"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- A request that does not identify the kinds of records sought is asked to clarify, not told of no records -------


@pytest.mark.parametrize("body", [
    "As written, your request would encompass thousands of case files, and it does not identify the kinds of records, "
    "the offices, or the dates you are interested in. In order for us to conduct a search, we ask that you clarify "
    "your request.",
    "Your letter does not identify the types of records you want. Please clarify your request.",
    "The request did not identify the specific categories of documents sought; please clarify what you are seeking.",
])
def test_a_request_that_does_not_identify_the_kinds_of_records_is_asked_to_clarify(body: str) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.CLARIFICATION_REQUESTED, None)]


@pytest.mark.parametrize("body", [
    # The near misses: a search that did not identify any records is no records.
    "A search of the Office of Chief Counsel did not identify any records responsive to your request.",
    "The search did not identify any kinds of records that respond to your request.",
])
def test_a_search_that_identified_no_records_is_still_no_records(body: str) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


# --- What an appeal decision upholds, said of the office by name; pages it finds properly withheld -------------------


_APPEAL = "This responds to your appeal, Appeal Number 2027-ICAP-00092, of the response to request 2026-ICFO-38817. "


@pytest.mark.parametrize(("decision", "exemptions"), [
    ("OPLA affirms the redaction of the names of employees under Exemptions (b)(6) and (b)(7)(C). However, the 10 "
     "pages withheld under Exemption (b)(5) are now released to you in full. Accordingly, your appeal is granted in "
     "part and denied in part.", ("(b)(6)", "(b)(7)(C)")),
    ("The Appeals Unit therefore upholds the withholding of the investigator's notes under Exemption 7(A). The other "
     "records will be released to you in full. Your appeal is granted in part and denied in part.", ("(b)(7)(A)",)),
    ("This Office sustains the redactions made under Exemption 6. The draft report withheld under Exemption 5 will be "
     "released to you. Your appeal is therefore granted in part and denied in part.", ("(b)(6)",)),
    # The near miss: what the office does not affirm.
    ("OPLA does not affirm the redaction of the names under Exemption (b)(6), and those names will be released to "
     "you. The withholding of the draft under Exemption (b)(5) was proper. Your appeal is granted in part and denied "
     "in part.", ("(b)(5)",)),
])
def test_an_appeal_decision_keeps_the_exemptions_the_office_affirms_by_name(
        decision: str, exemptions: tuple[str, ...]) -> None:
    event = next(e for e in events_in(_APPEAL + decision) if e.kind == EventKind.APPEAL_DECISION)
    assert (event.outcome, event.exemptions) == (Outcome.PARTIAL_GRANT, exemptions)


@pytest.mark.parametrize("sentence", [
    "Those 17 pages are now released to you in part, with information redacted only under Exemptions (b)(6) and "
    "(b)(7)(C).",
    "The report is hereby released with the home addresses redacted solely under Exemption 6.",
])
def test_a_release_redacted_only_under_a_ground_upholds_that_ground(sentence: str) -> None:
    assert P.UPHELD.search(sentence)


@pytest.mark.parametrize(("decision", "withheld"), [
    ("Upon review, 17 of the 31 pages are now released to you in part. The remaining 14 pages are draft reviews and "
     "were properly withheld under Exemption (b)(5). Your appeal is granted in part and denied in part.", 14),
    ("Upon review, 4 pages are now released to you in full. The other 6 pages are internal drafts and were correctly "
     "withheld. Your appeal is granted in part and denied in part.", 6),
    # The near miss: pages withheld in part are no pages withheld in full.
    ("Upon review, 4 pages are now released to you in full. The 20 pages are draft reviews and were properly withheld "
     "in part. Your appeal is granted in part and denied in part.", None),
])
def test_pages_an_appeal_decision_finds_properly_withheld_with_what_they_are_between(
        decision: str, withheld: int | None) -> None:
    event = next(e for e in events_in(_APPEAL + decision) if e.kind == EventKind.APPEAL_DECISION)
    assert event.pages_withheld == withheld
