"""The three-hundred-and-forty-first held-out set: 14 letters (letters/heldout341) from fourteen components of the
Department of Homeland Security and the Department of Justice that immigrant-rights and civil-liberties groups write
to most, in the formats they really send: an ICE e-mail acknowledging a request about detention incident reports,
invoking a 10-day extension and noting a $50 fee commitment; a CBP SecureRelease e-mail with the final response
attached as PDF (64 pages in part, 3 withheld); a USCIS National Records Center final response (PDF) on an A-file,
with 7 pages referred to ICE; a DHS Privacy Office final response releasing 89 of 96 pages; a CRCL third interim
release in Word with a table of the three productions; a TSA acknowledgement granting a fee waiver; a Secret Service
appeal decision affirming the withholdings; a FEMA no-records letter in Word; an I&A acknowledgement (PDF) granting a
reporter expedited processing; a Coast Guard fee estimate e-mail; an FBI eFOIPA acknowledgement (letter attached as
PDF) denying expedited processing, with unusual circumstances; an OIP acknowledgement of an appeal from EOIR; a DEA
final response (PDF) with its exemption checklist and pages referred to the FBI; and a Civil Rights Division final
response on a Title VI investigation. Written blind and committed before the rules were run on them.

- p01-ice-ack-fee-commitment.eml: ICE acknowledgement, 2027-ICFO-06814, received November 16, 2026, 10-day extension
  under 6 C.F.R. 5.5(c), willing to pay up to $50.
- p02-cbp-securerelease-final.eml: CBP final response CBP-2027-013552 (attached PDF), 67 pages reviewed, 64 partially
  releasable, 3 withheld in their entirety, Exemptions 6, 7(C), 7(E).
- p03-uscis-nrc-final-referral.pdf: USCIS NRC final response NRC2027004418, 487 pages, 431 in full, 38 in part, 11
  withheld, Exemptions 5, 6, 7(C), 7(E); 7 pages referred to ICE.
- p04-dhs-priv-final-partial.txt: DHS Privacy Office final response 2026-HQFO-02417, 96 pages, 54 in full, 35 in part,
  7 withheld, Exemptions 5 and 6.
- p05-crcl-third-interim.docx: CRCL third interim response 2026-CRFO-01144, 150 pages, 41 in full, 96 in part, 13
  withheld, Exemptions 5, 6, 7(C); a table of the earlier productions.
- p06-tsa-ack-fee-waiver-granted.txt: TSA acknowledgement 2027-TSFO-00388, received November 18, 2026, fee waiver
  granted under 6 C.F.R. 5.11(k).
- p07-usss-appeal-affirmed.txt: Secret Service Office of the Chief Counsel, appeal 20270053-A on file 20261877,
  affirmed, Exemptions 6, 7(C), 7(E).
- p08-fema-no-records.docx: FEMA final response 2027-FEFO-00466, no responsive records.
- p09-ia-ack-expedite-granted.pdf: I&A acknowledgement 2027-IAFO-00118, received November 19, 2026, expedited
  processing granted under 6 C.F.R. 5.5(e)(1)(ii).
- p10-uscg-fee-estimate.eml: Coast Guard fee estimate, FOIA 2027-CGFO-00412, $553.00, advance payment required.
- p11-fbi-efoipa-ack-expedite-denied.eml: FBI acknowledgement, FOIPA Request No. 1705512-000, received November 16,
  2026, expedited processing denied under 28 C.F.R. 16.5(e)(1)(ii) and (iv), unusual circumstances apply.
- p12-oip-appeal-ack-eoir.txt: OIP acknowledgement of appeal A-2027-00903 from EOIR's action on request 2026-51227,
  received November 20, 2026.
- p13-dea-final-partial-shooting.pdf: DEA final response, Case Number 26-01873-F, 63 pages, 9 in full, 42 in part, 12
  withheld, Exemptions 6, 7(C), 7(D), 7(E), 7(F) marked on the checklist; 4 pages referred to the FBI.
- p14-crt-final-partial-investigation.txt: Civil Rights Division final response, FOI/PA No. 26-01932, 255 pages, 188
  in full, 46 in part, 21 withheld, Exemptions 5, 6, 7(C).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- p01 ICE acknowledgement: the ICE acknowledgement letters ("Due to the increasing number of FOIA requests received by
  this office, we may encounter some delay ...", "ICE will invoke a 10-day extension for your request pursuant to 6
  C.F.R. § 5.5(c)"), https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  https://cybercemetery.unt.edu/archive/oilspill/20130217053111/http://www.ice.gov/foia/
- p02 CBP SecureRelease final response: the CBP response letters and FAQ,
  https://www.muckrock.com/foi/united-states-of-america-10/cbp-uap-reports-to-dhs-129290/ and
  https://www.cbp.gov/site-policy-notices/foia/faq-foia
- p03 USCIS NRC final response: the NRC letter layout and exemption paragraphs,
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html and
  https://pdfslide.us/documents/practice-advisory1-updated-february-2017-foia-for-the-freedom-of-information.html
- p04 DHS Privacy Office final response ("produced a total of ... pages ... releasable in their entirety ... partially
  releasable ... withholdable in their entirety pursuant to Title 5 U.S.C. § 552"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 and
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/
- p05 CRCL interim release: CRCL's released records and response letters,
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002 and
  https://dhs.gov/transparency-civil-rights-investigations
- p06 TSA fee waiver: 6 C.F.R. 5.11(k) and the DHS fee page, https://www.dhs.gov/foia-fee-structure-and-waivers, and
  https://docslib.org/download/2599424/a-step-by-step-guide-to-completing-foia-requests-with-dhs
- p07 Secret Service appeal decision: https://www.secretservice.gov/foia/appeal,
  https://www.secretservice.gov/foia/exemptions and
  https://docslib.org/doc/12322633/foia-pa-245-murray-lane-sw-building-t-5-washington-d-c
- p08 FEMA no-records letter: https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data and
  https://www.fema.gov/yi/node/298448
- p09 I&A expedited processing: 6 C.F.R. 5.5(e)(1) and
  https://docslib.org/download/2599424/a-step-by-step-guide-to-completing-foia-requests-with-dhs
- p10 Coast Guard fee estimate: the Coast Guard FOIA process guide (fee categories, advance payment),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, and the Coast Guard FOIA FAQ,
  https://webarchive.library.unt.edu/eot2008/20090814081419/http:/uscg.mil/foia/foia_faq.asp
- p11 FBI acknowledgement: the eFOIPA acknowledgement letters with their checked paragraphs,
  https://muckrock.com/news/archives/2017/dec/12/fbi-foia-investigation/ and
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- p12 OIP appeal acknowledgement: OIP's template paragraphs,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- p13 DEA final response: https://dea.gov/es/foia/what-happens-after, the DEA letters described in
  http://elawyers.us/opinion/1881434/cannella-v-auto-owners-ins-co (pages released in part, pages referred for direct
  response) and https://www.justice.gov/oip/dale-v-dea-no-20-1248-2022-wl-3910502-ddc-aug-31-2022-sullivan-j
- p14 Civil Rights Division final response: the DOJ component letter formulas (552(c) notice, OGIS and OIP appeal
  paragraphs), https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 97d47763: 10 of 14 fully right. Wrong were:
- p05 (p05-crcl-third-interim.docx): pages_released 632 != 137; pages_withheld 42 != 13
- p07 (p07-usss-appeal-affirmed.txt): kinds ['appeal_acknowledged'] != ['appeal_decision']; received '2026-10-02' !=
  None; outcome None != 'denied'; exemptions None != ['(b)(6)', '(b)(7)(C)', '(b)(7)(E)']
- p09 (p09-ia-ack-expedite-granted.pdf): kinds ['expedite_decision', 'final_determination'] != ['acknowledged',
  'expedite_decision']; received None != '2026-11-19'
- p10 (p10-uscg-fee-estimate.eml): kinds ['acknowledged', 'fee_estimate'] != ['fee_estimate']; received '2026-11-02' !=
  None

Its expected value for p10 was then corrected, in a commit of its own, to the earlier sets' convention (a letter on fees
or expedited processing that says when the request was received logs the acknowledgement with that day, as heldout311
h03, heldout334 s10 and heldout112 i02 do): 11 of 14.
After general fixes (the office whose determination an appeal decision affirms named with a slash or an ampersand: "the
determination of the FOI/PA Program is affirmed"; a release that is itself the condition inside a clause that opens
otherwise is no release: "the public's interest in the matter will be lost if the records are released only after the
conclusion of the pending congressional review"; a table of the productions so far with one row marked as this one
counts that row only: "First interim (August 27, 2026) | 187 | 52 | 121 | 14" above "Third interim (this release) |
150 | 41 | 96 | 13"), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout341"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- The office whose determination is affirmed, named with a slash or an ampersand ----------------------------------

_APPEAL = ("This responds to your appeal of the determination on your FOIA request. Your appeal was received by this "
           "office on October 2, 2026. ")
_GROUNDS = " The information withheld under Exemptions (b)(6) and (b)(7)(C) consists of the names of employees."


@pytest.mark.parametrize("verdict", [
    "Accordingly, the determination of the FOI/PA Program is affirmed.",
    "Upon review, the decision of the FOIA/PA Unit is upheld.",
    "The action of I&A on your request is affirmed.",
])
def test_a_determination_of_an_office_named_with_a_slash_or_ampersand_is_affirmed(verdict: str) -> None:
    (event,) = events_in(_APPEAL + verdict + _GROUNDS, date_line="December 2, 2026")
    assert (event.kind, event.outcome, event.exemptions) == (
        EventKind.APPEAL_DECISION, Outcome.DENIED, ("(b)(6)", "(b)(7)(C)"))


def test_a_determination_only_to_be_reviewed_is_no_decision() -> None:
    # The near miss: the appeal is acknowledged, and the review is still to come.
    body = _APPEAL + "We will notify you once the determination of the FOI/PA Program is reviewed."
    (event,) = events_in(body, date_line="December 2, 2026")
    assert (event.kind, event.received) == (EventKind.APPEAL_ACKNOWLEDGED, dt.date(2026, 10, 2))


# --- A release that is itself the condition, in a clause that opens otherwise -----------------------------------------

_ACK = ("This letter acknowledges receipt of your FOIA request, received by this office on November 19, 2026. Your "
        "request for expedited processing is granted. ")


@pytest.mark.parametrize("reason", [
    "You have shown that the public's interest in the matter will be lost if the records are released only after the "
    "conclusion of the pending congressional review.",
    "You explained that the value of the information would be lost unless the documents are released before the "
    "hearing.",
])
def test_a_release_that_is_the_condition_of_a_harm_releases_nothing(reason: str) -> None:
    events = events_in(_ACK + reason, date_line="November 23, 2026")
    assert [(e.kind, e.outcome) for e in events] == [(EventKind.ACKNOWLEDGED, None),
                                                      (EventKind.EXPEDITE_DECISION, Outcome.FULL_GRANT)]
    assert events[0].received == dt.date(2026, 11, 19)


def test_records_released_now_beside_an_expedite_grant_are_a_release() -> None:
    # The near miss: no condition, the records go out.
    events = events_in(_ACK + "The records are released to you in full.", date_line="November 23, 2026")
    assert EventKind.FINAL_DETERMINATION in [e.kind for e in events]


# --- A table of the productions so far, one row marked as this one ----------------------------------------------------

_TABLE_OF_PRODUCTIONS = """For this production, we reviewed 150 pages. Of those pages, 41 pages are released in full, \
96 pages are released in part, and 13 pages are withheld in full pursuant to 5 U.S.C. § 552 (b)(5) and (b)(6).

| Production | Pages reviewed | Released in full | Released in part | Withheld in full |
| First interim (August 27, 2026) | 187 | 52 | 121 | 14 |
| Second interim (October 15, 2026) | 200 | 66 | 119 | 15 |
| Third interim (this release) | 150 | 41 | 96 | 13 |

We continue to process the remaining records."""

_TABLE_OF_RELEASES = """This is our third interim release.

| Release | Pages reviewed | Released in full | Released in part | Withheld in full |
| Release 1 | 100 | 50 | 40 | 10 |
| Release 2 | 80 | 30 | 45 | 5 |
| Current release | 60 | 20 | 30 | 10 |

The released pages are enclosed."""

_TABLE_OF_RECORDS = """We have completed processing, and the records are enclosed.

| Record | Pages | Released in full | Released in part | Withheld in full |
| Incident reports | 100 | 50 | 40 | 10 |
| Body camera log | 80 | 30 | 45 | 5 |

The released pages are enclosed."""


@pytest.mark.parametrize(("body", "released", "withheld"), [
    (_TABLE_OF_PRODUCTIONS, 137, 13),
    (_TABLE_OF_RELEASES, 50, 10),
    # The near miss: a table of records, no production marked as this one, counts every row.
    (_TABLE_OF_RECORDS, 165, 15),
])
def test_a_table_of_productions_counts_only_the_row_of_this_one(body: str, released: int, withheld: int) -> None:
    (event,) = events_in(body, date_line="November 24, 2026")
    assert (event.pages_released, event.pages_withheld) == (released, withheld)
