"""The four-hundred-and-fifty-ninth held-out set: 14 letters (letters/heldout459) from the whole life of a request,
written to DHS and Department of Justice components, in the formats they really send: a CBP Office of Regulations and
Rulings appeal decision granting an appeal in part (two I-213 paragraphs released, TECS screens still withheld); a
Coast Guard e-mail with its first interim release of a marine casualty file; a Bureau of Prisons acknowledgement (PDF)
that denies a research collective's fee waiver; a TSA final response in Word releasing a traveler's complaint file in
full, with a table of the records; a Marshals Service letter asking a lawyer to describe his client's records and send
her consent; an EOIR release (PDF) of a Record of Proceedings with the Immigration Judge's worksheet withheld; a DHS
OIG e-mail acknowledging a request and taking the ten-day extension; a DEA refusal to confirm or deny that a named
person was an informant; a FEMA "no records" answer; a Criminal Division fee estimate in Word for a commercial
requester, with its table; an I&A grant of expedited processing to a reporter; a scanned ATF letter withholding a
whole investigative file under Exemption 7(A); an OIP FOIA STAR e-mail acknowledging an appeal of a Marshals Service
answer; and a Civil Rights Division final response releasing school desegregation monitoring records in part and
referring four pages to the Department of Education. Written blind and committed before the rules were run on them.

- e01-cbp-appeal-partly.txt: CBP ORR, appeal CBP-AP-2027-000318 of request CBP-FO-2026-184027, granted in part:
  Exemptions 6, 7(C) and 7(E) upheld, 9 pages still withheld in full, a new copy of 6 pages of the I-213 released.
- e02-uscg-interim-release.eml: Coast Guard first interim release, 2027-CGFO-00412, 158 pages in full, 49 in part,
  7 withheld, Exemptions 5, 6 and 7(C).
- e03-bop-ack-fee-waiver-denied.pdf: BOP, request 2027-01877 received December 2, 2026, fee waiver denied under
  28 C.F.R. 16.10(k).
- e04-tsa-final-full.docx: TSA, 2027-TSFO-00233, all 14 pages released in full (a table), no fee.
- e05-usms-clarification.txt: Marshals Service, 2027-USMS-000588 received December 1, 2026, request does not
  reasonably describe the records; district, dates, record categories and a DOJ-361 asked for, 30 days to answer.
- e06-eoir-final-partial.pdf: EOIR, 2027-08815, Record of Proceedings of 386 pages: 371 in full, 9 in part, 6
  withheld, Exemptions 5 and 6.
- e07-dhs-oig-ack-extension.eml: DHS OIG, 2027-IGFO-00147 received December 10, 2026, 10-day extension under
  6 C.F.R. 5.5(c).
- e08-dea-glomar-informant.txt: DEA, 27-00312-F, neither confirms nor denies that a third party was a confidential
  source, Exemptions 6, 7(C) and 7(D) (and Privacy Act (j)(2)).
- e09-fema-no-records.txt: FEMA, 2027-FEFO-00691, no records (Region 4 used the national guide).
- e10-crm-fee-estimate.docx: Criminal Division, CRM-302418771, commercial use requester, $3,360.00 estimated and
  asked for in advance (a table).
- e11-ia-expedite-granted.txt: I&A, 2027-IAFO-00173 received December 16, 2026, expedited processing granted under
  6 C.F.R. 5.5(e)(1)(ii).
- e12-atf-withheld-7a-scanned.pdf: ATF (scanned), 2027-0419, 212 pages withheld in full under Exemption 7(A), also
  6 and 7(C).
- e13-oip-appeal-ack-usms.eml: OIP, appeal A-2027-00492 of Marshals Service request 2026-USMS-003917, received
  December 18, 2026.
- e14-crt-final-partial-referral.txt: Civil Rights Division, 27-00284, 97 pages in full, 31 in part, 11 withheld
  under Exemption 5, Exemptions 5 and 6, 4 pages referred to the Department of Education.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- e01 CBP appeal decision: 6 C.F.R. 5.8 and the DHS FOIA regulations of 2016 (CBP and FEMA appeals),
  http://federal.elaws.us/fr/11/22/2016/2016-28095, and CBP's Exemption 7(E) withholdings of TECS and inspection
  material, https://cetient.com/case/4562422/american-immigration-lawyers-association-v-united-states-department-of-homeland-security
- e02 Coast Guard interim release: the Coast Guard FOIA Process Guide for Requesters (CG-6P, appeals, exemptions),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, the Coast Guard FOIA and Privacy Acts Manual,
  https://vdocuments.net/the-coast-guard-freedom-of-information-foia-and-privacy-acts-manual.html, and the
  withholdings in http://ecases.us/case/dcd/c8959140/mountgordon-v-united-states-coast-guard
- e03 BOP fee-waiver denial: BOP's FOIA pages (tracks, FOIA/PA Section of the Office of General Counsel),
  https://cybercemetery.unt.edu/archive/oilspill/20130215210410/http://www.bop.gov/foia/foia_faqs.jsp and
  https://www.bop.gov/foia/index.jsp, and a BOP fee-waiver denial appealed to OIP,
  http://dc.findacase.com/research/wfrmDocViewer.aspx/xq/fac.20071019_0000842.DDC.htm/qx
- e04 TSA final response: the DHS FOIA regulations, http://federal.elaws.us/fr/11/22/2016/2016-28095, and the TSA
  final letters of earlier sets ("provisions of the FOIA allow us to recover part of the cost").
- e05 Marshals Service clarification: 28 C.F.R. 16.3 (a request must reasonably describe the records; third-party
  authorization), https://www.law.cornell.edu/cfr/text/28/16.3, and the Marshals Service FOIA page,
  https://usmarshals.gov/es/node/3746
- e06 EOIR Record of Proceedings release: the EOIR Policy Manual on FOIA requests for the ROP (FOIA Service Center,
  5107 Leesburg Pike), https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2, and
  https://law.justia.com/cases/federal/appellate-courts/cadc/15-5201/15-5201-2016-07-29.html
- e07 DHS OIG acknowledgement with extension: 6 C.F.R. 5.5 (order of receipt, 10-day extension),
  http://federal.elaws.us/fr/11/22/2016/2016-28095, and DHS OIG's review of DHS FOIA processing,
  https://oig.dhs.gov/taxonomy/term/570
- e08 DEA Glomar on a confidential source: DEA's Exemption 7(C), 7(D) and (j)(2) withholdings,
  https://descrybe.ai/case-details/c7307648 and
  https://supreme.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2020cv01248/218058/27/
- e09 FEMA no records: the DHS appeal decision on a FEMA "no records" answer (2014-FEFO00888, 2016-FEAP-00022),
  https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response, and 6 C.F.R. 5.8,
  http://federal.elaws.us/fr/11/22/2016/2016-28095
- e10 Criminal Division fee estimate: 28 C.F.R. 16.10 (commercial use requesters, advance payment over $250),
  https://omb.report/icr/202404-1125-001/doc/142230000 and https://sgp.fas.org/news/2015/04/doj-foia.html
- e11 I&A expedite grant: 6 C.F.R. 5.5(e) (urgency to inform the public), http://federal.elaws.us/fr/11/22/2016/2016-28095,
  and the expedite letters of earlier sets.
- e12 ATF Exemption 7(A) withholding: the DOJ component letters' stock paragraphs (OIP, FOIA STAR, OGIS), OIP's
  template paragraphs, https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and the
  Exemption 7(A) answer in https://assets.documentcloud.org/documents/4066778/DOJ-Response-Regarding-Affirmative-Action.txt
- e13 OIP appeal acknowledgement: OIP's template paragraphs (appeals assigned in the approximate order of receipt),
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and OIP's guidance on appeals,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- e14 Civil Rights Division release with referral: the Department's letter on CRT's search and Exemptions 5 and 7(A),
  https://de.scribd.com/document/360720120/DOJ-FOIA-Response-to-Lawyers-Committee-for-Civil-Rights-Under-Law, and
  28 C.F.R. 16.4 (referrals), https://sgp.fas.org/news/2015/04/doj-foia.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 1fe02651: 13 of 14 fully right. Wrong were:
- e01 (e01-cbp-appeal-partly.txt): pages_withheld None != 9

After general fixes (the pages withheld in full named by the participle alone, their withholding upheld in the next
sentence: "The 9 pages withheld in full consist of TECS query screens ..." / "...; the withholding of those pages is
affirmed" read as 9 pages still withheld), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout459"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# An appeal decision in part naming the pages withheld in full by the participle alone ("The 9 pages withheld in full
# consist of ..."), their withholding upheld in the next sentence: those pages are still withheld.
_CBP_DECISION = (
    "On September 22, 2026, the FOIA Division released 31 pages to you with portions withheld under Exemption 6, and "
    "withheld 9 pages in their entirety under Exemption 7(E). {named} {upheld} However, two paragraphs of the "
    "narrative were not properly withheld under Exemption 7(E). A new copy of the 6 pages of the report, with those "
    "two paragraphs released, is enclosed. Accordingly, your appeal is granted in part and denied in part.")


@pytest.mark.parametrize(("named", "upheld", "withheld"), [
    ("The 9 pages withheld in full consist of query screens showing system codes and lookout categories.",
     "Their release would disclose law enforcement techniques; the withholding of those pages is affirmed.", 9),
    ("The 9 pages that were withheld in their entirety consist of query screens.",
     "The withholding of these pages under Exemption 7(E) is upheld.", 9),
    ("The 9 pages which had been withheld in full are query screens.",
     "I uphold the withholding of those pages under Exemption 7(E).", 9),
    # near misses: pages withheld in part; a withholding upheld only in part
    ("The 9 pages withheld in part consist of query screens.",
     "The withholding of those pages is affirmed.", None),
    ("The 9 pages withheld in full consist of query screens.",
     "The withholding of those pages is affirmed in part.", None),
])
def test_pages_named_withheld_in_full_then_upheld_stay_withheld(named: str, upheld: str, withheld: int | None) -> None:
    found = events_in("Re: FOIA Appeal No. 2027-A-0318\n\n" + _CBP_DECISION.format(named=named, upheld=upheld))
    assert [(e.kind, e.outcome, e.pages_withheld) for e in found] == [
        (EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT, withheld)]
