"""The hundred-and-ninety-fourth held-out set: 14 letters (letters/heldout194) from midwestern and plains state
agencies, cities and police departments, in those states' own statutory formulas: an Illinois State Police notice
extending the time to respond by five business days under 5 ILCS 140/3(e), with the statutory reasons as a checkbox
list; a Peoria Police Department FOIA response (PDF) granting in part and denying in part, with numbered redactions
under 5 ILCS 140/7 and the Public Access Counselor paragraph; a Michigan State Police notice of extension in Word
(letterhead in the page header, the request number, date received and due date in a table); a Detroit Police
Department fee notice with the Detailed Cost Itemization and a 50 percent good-faith deposit (PDF attached to an
e-mail); a City of Columbus GovQA completion e-mail (HTML) with a bulleted list of R.C. 149.43 redactions; a Michigan
Department of Corrections FOIA appeal decision upholding two parts of the denial and reversing a third; a Green Bay
Police Department denial of juvenile records (PDF) with the Wisconsin mandamus sentence; a City of Duluth data
practices response in Word classifying the data in a table under Minnesota Statutes chapter 13; a City of Cedar
Rapids fee estimate e-mail under Iowa Code section 22.3; a Missouri State Highway Patrol no-records letter under the
Sunshine Law; a Kansas Bureau of Investigation KORA denial (PDF) of criminal investigation records; a Nebraska
Department of Correctional Services partial release in Word attached to an e-mail, with the four items Neb. Rev.
Stat. § 84-712.04 requires; an Indianapolis Metropolitan Police Department APRA denial of investigatory records; and a
City of Fargo open records cost estimate (PDF) under N.D.C.C. § 44-04-18. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- e01 Illinois State Police extension: 5 ILCS 140/3(e) and its seven reasons as agencies' rules restate them,
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401, the ISP FOIA page ("five business
  days to respond ... subject to an extension of five additional business days"), https://isp.illinois.gov/Foia, and
  an ISP reply quoted on MuckRock ("Thank you for writing the Illinois State Police with your request", "FOIR #"),
  https://www.muckrock.com/foi/illinois-168/dhs-fusion-center-protest-reports-illinois-statewide-terrorism-and-intelligence-center-34451/
- e02 Peoria PD response: the denial paragraph Illinois public bodies use after the Attorney General's guidance ("You
  have a right to have the denial reviewed by the Public Access Counselor", "within 60 calendar days"),
  http://www.geneva.il.us/pd/deniedfoia.html and https://il-batavia.civicplus.com/919/Denied-Request
- e03 Michigan State Police notice of extension: MCL 15.235(2)(d) ("Issuing a notice extending for not more than 10
  business days the period during which the public body shall respond"),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and the MSP's Written Public Summary, https://www.michigan.gov/msp/bottom-nav-links/foia/details/michigan-department-of-state-police-written-public-summary-of-the-departments-freedom-of-information
- e04 Detroit PD fee notice: the Michigan written public summaries ("you will receive a detailed itemization of the
  fee", "a good-faith deposit"), https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
  and https://studylib.net/doc/16106959/freedom-of-information-act-processing-summary (non-binding best efforts
  estimate of time), with MCL 15.234 and 15.240a
- e05 Columbus GovQA completion: the GovQA notification texts (see set 164) and Ohio's rule that each redaction is a
  denial to be explained with legal authority, https://www.publicrecordsbriefing.com/p/ohio-public-records-briefing-issue-625
  and https://codelibrary.amlegal.com/codes/troyoh/latest/troy_oh/0-0-0-24231
- e06 Michigan DOC appeal decision: MCL 15.240 as the Attorney General's FOIA Handbook describes it (the head of the
  public body reverses, affirms or reverses in part; 180 days to sue in the Court of Claims),
  https://vdocuments.site/freedom-of-information-act-handbook-6-example-by-mailing-a-letter-or-electronically.html and
  a public body's appeal form, https://fill.io/Southwestern-Michigan-Colleges-FOIA-Appeal-FormTo-Appeal-a
- e07 Green Bay PD denial: Wis. Stat. 19.35(4)(b) and 19.37 as the Wisconsin DOJ Office of Open Government explains
  them, https://www.doj.state.wi.us/office-open-government/ask-the-oog/what-can-i-do-if-authority-denies-my-public-records-request
  and https://studylib.net/doc/11852951/wisconsin-public-records-law-wis.-stat.-%C2%A7%C2%A7-19.31-19.39
- e08 Duluth data practices response: the Minnesota model "Guide for the General Public" ("If we have the data, but
  the data are not public, we will notify you in writing ... and identify the law(s)"),
  https://paidleave.mn.gov/deed/about/what-guides-us/data-practices/index.jsp and
  http://www.positivelyminnesota.com/About_Us/Notices_Announcements/Data_Practices_Your_Right_to_Information/Guide_for_the_General_Public_Requesting_Data.aspx
- e09 Cedar Rapids fee estimate: Iowa Code chapter 22 as the Iowa Public Information Board's FAQ and the Iowa Freedom
  of Information Council's handbook explain it (reasonable fees, advance payment),
  https://ipib.iowa.gov/public-records/chapter-22-frequently-asked-questions-0 and
  https://www.ifoic.org/open-meetings-open-records-handbook/questions-chapter-22/
- e10 Missouri State Highway Patrol no-records letter: the Attorney General's Sunshine Law booklet and guides (no duty
  to create records; incident reports open, investigative reports closed, 610.100),
  https://pdfslide.us/documents/missouri-sunshine-law.html and https://www.dmlp.org/legal-guide/access-public-records-missouri
- e11 KBI KORA denial: the Attorney General's KORA FAQ and K.S.A. 45-218 (written statement of the grounds for denial
  on request), https://ag.ks.gov/divisions/administration/open-government/kora-faq and
  https://lawserver.com/law/state/kansas/ks-statutes/kansas_statutes_45-218
- e12 Nebraska DCS partial release: Neb. Rev. Stat. § 84-712.04 (description of the records withheld, the statutory
  authority, the official responsible, the remedies), https://www.rcfp.org/nebraska-open-government-guide/v-procedure-obtaining-records/how-start/3-contents-written-request
  and the Attorney General's outline, https://ago.nebraska.gov/public-records
- e13 IMPD APRA denial: IC 5-14-3-4(b)(1) and 5-14-3-9 as the Hoosier State Press Association and the Public Access
  Counselor's opinions describe them, https://www.hspa.com/2011/12/12/qa-records-request-response-time/ and
  https://indianacog.org/?p=20
- e14 Fargo cost estimate: N.D.C.C. § 44-04-18(2) ($25 an hour after the initial hour to locate and to excise,
  payment in advance), https://lexace.ai/us/statute/north-dakota/44-04-18 and
  https://projectpapertrail.org/public-records-foia-guide/north-dakota/

Blind score: 7 of 14 fully right, and 13 of 14 matched to its request by its number. Wrong were:
- e01 (Illinois State Police extension): no tracking number, so not matched to its request, from "RE: FOIR #26-4318"
  (the ISP's "Freedom of Information Request" number).
- e05 (Columbus GovQA e-mail): "R.C. 149.43(A)(1)(c)" instead of "R.C. 149.43(A)(2)(c)" from "are redacted as
  confidential law enforcement investigatory records, R.C. 149.43(A)(1)(h) and (A)(2)(a) and (c)." (the last
  division taken under the first paragraph instead of the one just before it).
- e07 (Green Bay PD denial, PDF): granted in part instead of denied, from "Redaction of the juveniles' names would
  not permit release." (redaction said not to make release possible), beside "Your request is denied."
- e08 (Duluth data practices response, Word): pages released 58 instead of 41, and "Minn. Stat. § 13.43, subd.
  2(a)(5)" taken as an exemption, from the classification table's row "Final disposition of disciplinary action ...
  (24 pages) | Public | Minnesota Statutes, section 13.43, subdivision 2(a)(5)" (data classified public), beside "We
  are providing 41 pages to you with this letter, some of them with data redacted."
- e10 (Missouri State Highway Patrol no-records letter): "RSMo § 610.100.2" taken as an exemption from "Please note
  that incident reports are open records under Section 610.100.2 RSMo, but investigative reports of an active
  investigation are closed records." (a section that opens records).
- e11 (KBI KORA denial, PDF): "K.S.A. 45-221(a)(10)" missed from "The KBI is not required to disclose criminal
  investigation records pursuant to K.S.A. 45-221(a)(10)."
- e12 (Nebraska DCS partial release, Word attached to an e-mail): pages withheld 18 instead of 9: "9 pages are
  withheld in full." and the description of the same pages, "the daily post assignment rosters ... (8 pages) and the
  facility emergency response plan checklist ... (1 page), withheld in full", were added together.
After general fixes (the abbreviation of a freedom of information request, "FOIR" or "FOIAR", labels its number; each
subsection listed after a cited section is read against the one listed just before it, "(A)(2)(a) and (c)" being
(A)(2)(c); redaction said not to make a record releasable, "would not permit release", "cannot be released even with
redactions", "redaction is not feasible", is no release in part; the law a record is open or public under ("are open
records under Section 610.100.2 RSMo", "is public data under", a table's "| Public |" cell) is no exemption; what an
agency "is not required to disclose", or what "need not be disclosed", under a law is withheld under it; an item
whose marker is in brackets, "(a) Description of the records withheld: ... (8 pages) ...", and the rows of a table,
cells between bars, itemise pages the running text already counts, as a list's items do), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout194"
# What the rules reach on this set now (blind: 7); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "outcome"), [
    ("Your request is denied. The reports are confidential under state law. Redaction of the juveniles' names would "
     "not permit release.", Outcome.DENIED),
    ("The request is denied in its entirety. Redacting the witnesses' names would not make the recordings releasable, "
     "because the voices identify them.", Outcome.DENIED),
    ("Access to the file is denied. The records cannot be released even with redactions.", Outcome.DENIED),
    ("Your request is denied. Redaction is not feasible, since the whole report concerns the informant.",
     Outcome.DENIED),
    # The near miss: redaction that did let the rest go out.
    ("Your request is granted in part. Redaction of the home addresses permitted release of the remaining pages, "
     "which are enclosed with redactions.", Outcome.PARTIAL_GRANT),
])
def test_redaction_said_not_to_make_a_record_releasable_is_no_release_in_part(body: str, outcome: Outcome) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.FINAL_DETERMINATION, outcome)]


def _pages(body: str) -> tuple[int | None, int | None]:
    event = next(e for e in events_in(body) if e.pages_released is not None or e.pages_withheld is not None)
    return event.pages_released, event.pages_withheld


@pytest.mark.parametrize(("body", "counts"), [
    ("The Department has located 43 pages of records. 34 pages are attached to this e-mail; some of them contain "
     "redactions. 9 pages are withheld in full. The Department provides the following information about the records "
     "withheld:\n\n(a) Description of the records withheld: the daily post rosters (8 pages) and the response "
     "checklist (1 page), withheld in full.\n\n(b) Specific reasons for the denial: the rosters are guard schedules, "
     "withheld under Neb. Rev. Stat. \u00a7 84-712.05(8).", (34, 9)),
    ("We located 30 pages and are releasing 22 pages in part. We are withholding 8 pages in full, described as "
     "follows.\n\n(i) Pages 23-28, Confidential informant file (6 pages): withheld in full under 5 ILCS "
     "140/7(1)(d)(iv).\n\n(ii) Pages 29-30, LEADS printout (2 pages): withheld in full under 5 ILCS 140/7(1)(a).",
     (22, 8)),
    # The near miss: items in brackets where the running text counts nothing are the count.
    ("We located the following records, and your request is granted in part:\n(1) Incident report, 6 pages: released "
     "in part under 5 ILCS 140/7(1)(c).\n(2) Witness statements, 4 pages: withheld in full under 5 ILCS "
     "140/7(1)(c).", (6, 4)),
])
def test_items_in_brackets_describe_again_the_pages_the_letter_counts(body: str,
                                                                    counts: tuple[int | None, int | None]) -> None:
    assert _pages(body) == counts


@pytest.mark.parametrize(("body", "counts"), [
    ("We identified 56 pages of data. We are providing 41 pages to you with this letter, some of them with data "
     "redacted. The remaining 15 pages are not public and are not being provided. The data are classified as "
     "follows:\nData | Classification | Legal authority\nFinal disposition (24 pages) | Public | Minnesota Statutes, "
     "section 13.43, subdivision 2\nInterview summaries (redacted from 17 pages; 15 pages withheld) | Private "
     "personnel data | Minnesota Statutes, section 13.43, subdivision 4", (41, 15)),
    ("Enclosed are 30 pages, 12 of them with redactions. Two pages are withheld in full.\nRecord | Pages | "
     "Authority\nIncident report (redacted on 12 pages) | Released in part | 5 ILCS 140/7(1)(c)\nDetective notes (2 "
     "pages) | Withheld in full | 5 ILCS 140/7(1)(f)", (30, 2)),
    # The near miss: a table where the running text counts nothing is the count.
    ("Your request is granted in part. The records are listed below.\nRecord | Action | Authority\nIncident report "
     "(12 pages) | Released with redactions | 5 ILCS 140/7(1)(c)\nDetective notes (3 pages) | Withheld in full | 5 "
     "ILCS 140/7(1)(f)", (12, 3)),
])
def test_a_tables_rows_share_out_the_pages_the_letter_counts(body: str, counts: tuple[int | None, int | None]) -> None:
    assert _pages(body) == counts
