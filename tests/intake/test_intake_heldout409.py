"""The four-hundred-and-ninth held-out set: 14 letters (letters/heldout409) from fourteen components of the
Department of Homeland Security and the Department of Justice, across a request's whole life, in the formats they
really send: an ICE letter refusing to confirm or deny law enforcement records about a third party under Exemptions 6
and 7(C); a CBP SecureRelease e-mail granting a fee waiver; a USCIS National Records Center acknowledgement (PDF)
granting expedited processing for a detained subject, in Track 3; a TSA letter in Word on an "unperfected" request,
asking the requester to describe the records (a table of what is needed) within 30 working days; a Secret Service
letter confirming a request withdrawn by telephone; a FEMA first interim response (PDF) withholding under Exemptions 5
and 6; a DHS Privacy Office final response in Word releasing CIS Ombudsman recommendations in full, with a table of the
records; an FBI eFOIPA e-mail whose attached letter says the records that may have been responsive were destroyed; a
Bureau of Prisons release in full of two Institution Supplements; a Marshals Service e-mail acknowledging a request and
extending the time beyond the ten additional days for unusual circumstances, with an estimated completion date; a
Criminal Division second interim response with pages sent to ICE; an OIP letter remanding an appeal from EOUSA for a
further search; a scanned DEA final response with its exemption check boxes; and a DOJ Office of the Inspector General
fee estimate asking for advance payment.

- a01-ice-glomar-third-party.txt: ICE 2027-ICFO-11042, neither confirm nor deny, Exemptions 6 and 7(C) (denied).
- a02-cbp-fee-waiver-granted.eml: CBP CBP-FO-2027-052318, fee waiver granted under 6 C.F.R. 5.11(k); the request
  remains in the complex track.
- a03-uscis-ack-expedite-granted.pdf: USCIS NRC2027024713 received December 2, 2026, expedited processing granted
  under 6 C.F.R. 5.5(e)(1)(i), Track 3, the $25 fee agreement.
- a04-tsa-unperfected-clarification.docx: TSA unperfected case 2027-TSUN-00047, request not reasonably described
  (6 C.F.R. 5.3(b)); a table of the information needed; closed if no answer in 30 working days.
- a05-usss-withdrawal-confirmed.txt: Secret Service file 20270734, withdrawn at the requester's word, file closed.
- a06-fema-first-interim.pdf: FEMA 2027-FEFO-01186 first interim, 342 pages processed, 268 in full, 61 in part, 13
  withheld, Exemptions 5 and 6; the next release about January 29, 2027.
- a07-cisomb-final-full.docx: DHS Privacy Office 2027-HQFO-01374, CIS Ombudsman records, all 46 pages released in full
  (a table of four records).
- a08-fbi-records-destroyed.eml: FBI FOIPA 1721947-000, records that may have been responsive destroyed under the
  retention schedules, no other records, request closed (letter attached as PDF).
- a09-bop-final-full.txt: BOP 2027-02318, 38 pages of two Institution Supplements released in full.
- a10-usms-ack-unusual-circumstances.eml: USMS 2027-USMS-002174 received December 14, 2026, unusual circumstances,
  time extended beyond the ten additional days, estimated completion March 19, 2027.
- a11-crm-interim-release.txt: Criminal Division CRM-301487623 second interim, 500 pages reviewed, 312 in full, 141 in
  part, 47 withheld, Exemptions 5, 6 and 7(C); 26 pages sent to ICE.
- a12-oip-appeal-remanded-eousa.txt: OIP appeal A-2027-01288 of EOUSA-2026-004816, remanded for a further search.
- a13-dea-final-partial-scanned.pdf: DEA 27-00934-F (scanned), 64 pages, 22 in full, 35 in part, 7 withheld,
  Exemptions 6, 7(C), 7(E) and 7(F) checked.
- a14-doj-oig-fee-estimate.txt: DOJ OIG 27-OIG-0418, estimated fees $394.00 (search and duplication, the free hours
  and pages subtracted), advance payment under 28 C.F.R. 16.10(i)(2).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 ICE third-party refusal to confirm or deny: ICE's final response letters (letterhead, "This is the final
  response to your Freedom of Information Act (FOIA) request", exemption paragraphs),
  https://ja.scribd.com/document/26900352/Response-to-FOIA-Request-to-ICE-re-287-g-Program-2010FOIA1221-2-1-10, and
  ICE's processing of third-party requests,
  https://cetient.com/case/4258184/rojas-vega-v-united-states-immigration-and-custom-enforcement
- a02 CBP fee waiver: the DHS FOIA regulations as revised (6 C.F.R. 5.11(k), fee waiver factors),
  http://federal.elaws.us/fr/11/22/2016/2016-28095 and https://thefederalregister.org/81-FR/83625, and CBP's FOIA
  reference guide on fees and fee waivers, https://corpora.tika.apache.org/base/docs/govdocs1/560/560686.html
- a03 USCIS expedite granted: USCIS's three tracks (Track 3 for a hearing before an immigration judge) and status page,
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request,
  and the expedite standards (6 C.F.R. 5.5(e)), https://citizenpath.com/faq/expedited-processing-g-639-foia-request/
- a04 TSA unperfected request: the TSA FOIA Branch letter "Unperfected Case Number: 2018-TSUN-00001" ("we determined
  that portions of your request are not reasonably described ... §5.3(b) of the DHS regulations"),
  https://docs.justia.com/cases/federal/district-courts/california/candce/3:2018cv01539/323750/1/3.html
- a05 Secret Service withdrawal: the Communications Center (FOIA/PA) address and file numbers,
  https://docslib.org/doc/12322633/foia-pa-245-murray-lane-sw-building-t-5-washington-d-c and
  https://assets.documentcloud.org/documents/724940/swartz-dhs-foia-denial-appeal.txt
- a06 FEMA interim response: FEMA's response letters (500 C Street SW, Mail Stop 3172; "Re: FEMA FOIA Case Number"),
  https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data, and the Disclosure Branch,
  https://www.fema.gov/yi/node/298448
- a07 DHS Privacy Office final response: the DHS regulations and Privacy Office contacts,
  http://federal.elaws.us/fr/11/22/2016/2016-28095, and the DHS final responses of earlier sets.
- a08 FBI records destroyed: FBI FOIPA answers on records lost or destroyed,
  http://afistfullofhistory.blogspot.com/2011/11/more-lost-fbi-records-national-aquarium.html and
  https://www.protectprivacynow.org/news/fbi-decides-foia-doesnt-require-search-for-more-than-one-document-on-secret-court-opinions
- a09 BOP release in full: the Department's FOIA regulations (28 C.F.R. part 16), https://sgp.fas.org/news/2015/04/doj-foia.html
  and https://regulations.justia.com/regulations/fedreg/2015/04/03/2015-07772.html
- a10 USMS acknowledgement: the Marshals Service FOIA pages (appeals to OIP, FOIA Public Liaison, OGIS),
  https://usmarshals.gov/es/node/3746 and https://foia.usmarshals.gov/app/RequestsandFees.aspx, and 28 C.F.R. 16.5(c),
  https://webarchive.library.unt.edu/eot2008/20081104002435/http://edocket.access.gpo.gov/cfr_2008/julqtr/28cfr16.5.htm
- a11 Criminal Division interim response: DOJ partial responses listing each exemption with its meaning ("We have
  processed 460 pages of responsive records"), https://www.scribd.com/document/630191231/CU-v-DOJ-IG-Production-1
- a12 OIP remand: OIP's template paragraphs for appeal letters,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and remands on appeal,
  https://about.usps.com/handbooks/as353/as353c4_039.htm
- a13 DEA final response: DEA's description of its determination letters (exemption blocks checked, pages reviewed,
  released and withheld), https://dea.gov/es/foia/what-happens-after
- a14 DOJ OIG fee estimate: 28 C.F.R. 16.10 (fee categories, free search hours and pages, advance payment),
  https://sgp.fas.org/news/2015/04/doj-foia.html, and OIG letters ("Subject: Freedom of Information/Privacy Act
  Requests [20-OIG-171]"), https://www.scribd.com/document/630191231/CU-v-DOJ-IG-Production-1

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 2bd8c2cf: 12 of 14 fully right. Wrong were:
- a05 (a05-usss-withdrawal-confirmed.txt): kinds ['acknowledged'] != ['final_determination']; outcome None !=
  'withdrawn'
- a13 (a13-dea-final-partial-scanned.pdf): exemptions ['(b)(6)', '(b)(7)(F)'] != ['(b)(6)', '(b)(7)(C)', '(b)(7)(E)',
  '(b)(7)(F)']

After general fixes (what was read, with the sentence quoted), 13 of 14: a05, the request itself said withdrawn now in
the passive, inside a letter that "confirms" it ("This letter confirms that, at your request, your FOIA request has
been withdrawn, and the Secret Service has closed the file referenced above."), is a final determination, withdrawn,
not an acknowledgement (not a withdrawal foreseen, "will be withdrawn if", nor a fee waiver request's).

After general fixes (a scan's OCR reads the "b" of a FOIA exemption as a "6", "[X] (b)(6) [X] (6)(7)(C) [XJ (6)(7)(E)
EX] (b)(7)(F)": a "(6)" standing alone before a paragraph's figure, in a sentence that cites the FOIA's exemptions
rightly spelt or its section 552, is the subsection "(b)"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout409"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- The request itself said withdrawn now, in the passive --------------------------------------------------------


@pytest.mark.parametrize("withdrawal", [
    # a05's wording: the letter confirms the withdrawal the requester asked for
    "This letter confirms that, at your request, your FOIA request has been withdrawn, and the Secret Service has "
    "closed the file referenced above.",
    "This letter confirms that your request, No. 26-118, is hereby withdrawn as you asked.",
    "This e-mail confirms that the above-referenced public records request has now been withdrawn.",
    "As you asked by telephone on May 4, your Freedom of Information Act request has been withdrawn.",
])
def test_a_request_said_withdrawn_now_is_a_withdrawal(withdrawal: str) -> None:
    events = events_in(withdrawal)
    assert [e.kind for e in events] == [EventKind.FINAL_DETERMINATION]
    assert events[0].outcome is Outcome.WITHDRAWN


@pytest.mark.parametrize("near_miss", [
    # a withdrawal foreseen or under a condition, and a side request withdrawn, are no withdrawal of the request
    "This letter confirms that your request will be withdrawn if we do not hear from you within 30 days.",
    "This letter confirms that if your request has been withdrawn in error, you may ask us to reopen it.",
    "This letter confirms that your request for a fee waiver has been withdrawn. We will process your request.",
    "This letter confirms that your appeal request has been withdrawn.",
])
def test_a_withdrawal_foreseen_or_of_a_side_request_is_no_withdrawal(near_miss: str) -> None:
    assert all(e.outcome is not Outcome.WITHDRAWN for e in events_in(near_miss))


@pytest.mark.parametrize(("sentence", "codes"), [
    # a13: the OCR of a form's row of ticked boxes
    ("Portions not released are being withheld pursuant to the following exemptions of the FOIA, 5 U.S.C. 552: "
     "(b)(6) (6)(7)(C) [XJ (6)(7)(E) EX] (b)(7)(F)", ["(b)(6)", "(b)(7)(C)", "(b)(7)(E)", "(b)(7)(F)"]),
    # ... every "b" misread, the Act's section cited; and "(b)(6)" itself misread
    ("Information was withheld under 5 U.S.C. 552 (6)(6) and (6)(7)(C).", ["(b)(6)", "(b)(7)(C)"]),
    ("We withheld portions under (b)(5) and (6)(7)(E).", ["(b)(5)", "(b)(7)(E)"]),
])
def test_a_b_that_ocr_read_as_6_is_the_foia_subsection(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


@pytest.mark.parametrize(("sentence", "codes"), [
    # The near misses: a section's own "(6)" after its number, and a "(6)(7)" in a sentence of no FOIA exemption.
    ("The names were withheld under Section 13(6)(2) and (b)(6).", ["(b)(6)"]),
    ("The data were redacted under RCW 42.56.240 (6)(7) and (b)(6).", ["(b)(6)", "RCW 42.56.240"]),
    ("The records were withheld under (6)(7)(C).", []),
])
def test_a_6_that_is_no_misread_b_stays(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes
