"""The four-hundred-and-thirty-eighth held-out set: 14 letters (letters/heldout438) from state and local
public-records offices in fourteen states, under their own laws, by letter and through portals (NextRequest, GovQA,
JustFOIA): a Washington Attorney General's Office answer withholding 412 pages in full as litigation work product and
privileged advice; a Long Beach Police Department NextRequest closing with no records; a Travis County Sheriff's
Office itemized statement of estimated charges under the Texas Public Information Act (PDF), with its ten-business-day
automatic withdrawal; an Evanston Police Department five-business-day FOIA extension under 5 ILCS 140/3(e); a City
of Syracuse Law Department FOIL answer in part (Word, a table of the records); a Philadelphia District Attorney's
Office Right-to-Know denial of a homicide file (a scanned PDF); a Lee County Sheriff's Office JustFOIA e-mail
releasing 14 pages in full; a Dayton Police Department release in part under R.C. 149.43; a City of Kalamazoo FOIA
notice of a good-faith deposit with its detailed cost itemization (Word, a table); a Cobb County School District Open
Records denial for a pending investigation; a Colorado Springs Police Department Criminal Justice Records Act answer
releasing the arrest record and denying the investigative file in the public interest (PDF); a St. Louis Metropolitan
Police Department GovQA notice of delay under the Sunshine Law; a Salt Lake City chief administrative officer's GRAMA
appeal decision affirming a protected classification; and a Phoenix Police Department request for clarification.
Written blind and committed before the rules were run on them.

- k01-wa-atg-pra-exempt-in-full.txt: Washington AGO, PRR-2026-1147, denied in full: 63 records, 412 pages, under
  RCW 42.56.290 and RCW 5.60.060(2)(a); the earlier letter's date recalled.
- k02-ca-lbpd-nextrequest-no-records.eml: Long Beach PD via NextRequest, request 26-8841 closed, no records.
- k03-tx-tcso-pia-itemized-estimate.pdf: Travis County Sheriff's Office, R026483-120226, received December 2, 2026,
  itemized estimate $187.50, automatically withdrawn without a written reply by December 22.
- k04-il-evanston-pd-foia-extension.txt: Evanston PD, FOIA #26-1973, received December 3, 2026, extended five
  business days, answer by December 17, 2026.
- k05-ny-syracuse-foil-partial.docx: City of Syracuse Law Department, FOIL-2026-2210, in part: 37 pages (26 in full,
  11 redacted under Public Officers Law § 87(2)(b)), 4 withheld under § 87(2)(g); a table.
- k06-pa-phila-dao-rtk-denial.pdf: Philadelphia DAO, RTK No. 26-0917, scanned, denied under 65 P.S. § 67.708(b)(16)
  and 18 Pa.C.S. § 9106(c)(4), with the appeal to the District Attorney's appeals officer.
- k07-fl-lcso-justfoia-fulfilled.eml: Lee County Sheriff's Office, JustFOIA request 26-11842, 14 pages in full.
- k08-oh-dayton-pd-records-partial.txt: Dayton PD, PRR-2026-3317, 22 pages with redactions under R.C.
  149.43(A)(2)(a) and (A)(1)(v).
- k09-mi-kalamazoo-foia-deposit.docx: City of Kalamazoo, FOIA No. 2026-1408, received December 9, 2026, estimated
  fee $286.40 (deposit $143.20), best efforts estimate January 22, 2027; a table.
- k10-ga-cobb-schools-ora-denial.txt: Cobb County School District, ORR 26-1193, denied under O.C.G.A. §
  50-18-72(a)(4).
- k11-co-cspd-ccjra-partial.pdf: Colorado Springs PD, CJR-26-09173, the 2-page arrest record released, the
  investigative file denied under C.R.S. § 24-72-305(5).
- k12-mo-slmpd-sunshine-delay.eml: St. Louis Metropolitan PD, S014722-120926, received December 9, 2026, available on
  or before January 8, 2027 (Section 610.023.3 RSMo; the law's own first answer: acknowledged, that day expected).
- k13-ut-slc-grama-appeal-affirmed.txt: Salt Lake City, GRAMA appeal 26-044 of request 26-7731, affirmed under Utah
  Code § 63G-2-305(10); the Department's alternative ground, § 63G-2-305(11), not reached.
- k14-az-phoenix-pd-clarification.txt: Phoenix PD, PRR 26-033417, received December 16, 2026, clarification asked,
  closed as withdrawn after 30 days without a reply.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- k01 Washington AGO: the Public Records Act (RCW 42.56.290, RCW 42.56.210(3) brief explanation, RCW 42.56.520),
  https://wa-law.org/rcw/42_public_officers_and_agencies/42.56_public_records_act.html, and work product under the
  controversy exemption with exemption logs, https://law.justia.com/cases/washington/court-of-appeals-division-ii/2019/50718-8.html
  and https://seattlelitigation.com/blogs/pra-and-discovery
- k02 Long Beach PD NextRequest: the CPRA's response duties after renumbering (Gov. Code § 7922.535),
  https://www.lozanosmith.com/docs/resources/flipbook/Brown_Act_Handbook/files/basic-html/page158.html and
  https://firstamendmentcoalition.org/cpra-primer/cpra-faq
- k03 Travis County Sheriff's Office: Tex. Gov't Code § 552.2615 and 1 TAC § 70.7 (itemized statement, less costly
  alternative, automatic withdrawal after 10 business days), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615,
  http://txrules.elaws.us/rule/title1_chapter70_sec.70.7 and https://www.ci.la-porte.tx.us/158/Cost-of-Records
- k04 Evanston PD extension: 5 ILCS 140/3(e) reasons as agency rules set them out,
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1127.401 and
  https://www.leecountyil.com/337/Response-Times
- k05 City of Syracuse FOIL: Public Officers Law § 89 (appeal within thirty days, ten business days to decide),
  https://www.nysenate.gov/legislation/laws/PBO/89/, and the Committee on Open Government's opinions on redactions,
  https://docsopengovernment.dos.ny.gov/coog/ftext/f14174.htm
- k06 Philadelphia DAO: RTKL responses and appeals (15 business days; 708(b)(16) and CHRIA),
  http://pafoic.org/right-to-know-request-and-appeals-process/ and https://www.centrecountypa.gov/441/Appeal-of-Denial-Judicial-Appeal
- k07 Lee County Sheriff's Office JustFOIA: sheriffs' public records portals under Chapter 119,
  https://mcsofl.org/189/Receive-a-Report and https://santarosa.fl.gov/485/Public-Records-FOIA-Requests
- k08 Dayton PD: R.C. 149.43 police records and the Court of Claims remedy under R.C. 2743.75,
  https://law.justia.com/cases/ohio/court-of-claims/2018/2018-01195pq.html and
  https://docslib.org/doc/7335107/gannett-gp-media-inc-v-chillicothe-police-dept-2018-ohio-1552
- k09 City of Kalamazoo deposit: Michigan written public summaries (detailed itemization, good-faith deposit, best
  efforts estimate), https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
  and https://studylib.net/doc/16106959/freedom-of-information-act-processing-summary
- k10 Cobb County School District: Georgia school districts' Open Records procedures (three business days, legal
  authority for withholding), https://docs.google.com/forms/d/e/1FAIpQLSdQpLt-UnYC71A29pFe16aGLzqpcvIW4zGRjXnnCkqI6FYWIQ/viewform
  and https://docs.google.com/forms/d/e/1FAIpQLSdmXxVBksjI_UAeONBxRW2Y6Ngg0wJtD-YxTuSnivhR8Yi2dQ/viewform
- k11 Colorado Springs PD: C.R.S. § 24-72-305 (public-interest denial, 72-hour statement, show-cause order),
  https://codes.findlaw.com/co/title-24-government-state/co-rev-st-sect-24-72-305/ and
  http://www.lpdirect.net/casb/crs/24-72-304.html
- k12 St. Louis Metropolitan PD: Section 610.023.3 RSMo (explanation of delay and earliest date),
  http://mycusthelp.com/MODOT/_cs/AnswerDetail.aspx?sSessionID=&aid=127 and https://pdfslide.us/documents/missouri-sunshine-law.html
- k13 Salt Lake City GRAMA appeal: Utah Code § 63G-2-401 and the appeals process to the State Records Committee,
  https://lexace.ai/us/statute/utah/63G-2-401 and https://archivesnews.utah.gov/2012/07/19/navigating-the-grama-appeals-process/
- k14 Phoenix PD clarification: the Public Records and Services Unit (1717 E. Grant Street, 602-534-1127) and
  A.R.S. § 39-121.01, https://vaultsportingchange.pages.dev/525218.html and
  https://legalclarity.org/how-to-make-an-arizona-public-records-request

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 42f444c3: 11 of 14 fully right. Wrong were:
- k01 (k01-wa-atg-pra-exempt-in-full.txt): exemptions ['RCW 42.56.290', '(b)(4)'] != ['RCW 42.56.290', 'RCW
  5.60.060(2)(a)']
- k10 (k10-ga-cobb-schools-ora-denial.txt): exemptions None != ['O.C.G.A. § 50-18-72(a)(4)']
- k12 (k12-mo-slmpd-sunshine-delay.eml): kinds ['acknowledged'] != ['acknowledged', 'extension']

Corrected after the score (the score stands): k12's kinds were first written as acknowledged and extension; Missouri's
notice that access cannot be granted within three business days, with the earliest day the records will be available,
is the law's own first answer and is logged as acknowledged with that day as expected_by, as earlier sets do
(heldout303 w12, heldout322 n07, heldout237 h06). The reading was right under the corrected value.

After general fixes (each ground of a list one a paragraph, its citation before a dash, with the paragraphs that
explain one between: "RCW 42.56.290 - Records that are relevant to a controversy ..." / "The withheld memoranda ...
are work product under CR 26(b)(4)." / "RCW 5.60.060(2)(a) - The attorney-client privilege ..."; and a court rule's
own subdivision, "work product under CR 26(b)(4)", is no FOIA exemption), 13 of 14 with k12's value corrected: k01
right.

Then, in the twenty-first round, a rule written for set 468 w09 reads a citation standing alone after a withholding and
one sentence of its reason with that withholding ("These records are withheld." / "They are records of law enforcement
in any pending investigation ..." / "O.C.G.A. § 50-18-72(a)(4)."): k10's "... the records you request are records of law
enforcement in a pending investigation. O.C.G.A. § 50-18-72(a)(4). Accordingly, your request is denied." gives its
ground, 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout438"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# After general fixes: each ground of a list one a paragraph, its citation before a dash, the paragraphs between them
# that explain one (k01); a court rule's own subdivision is no FOIA exemption (k01).

_WA_DASHED = ("The Office is therefore withholding the records under the following exemptions:\n\n"
              "{first} - Records that are relevant to a controversy to which an agency is a party.\n\n"
              "{between}\n\n"
              "{second} - The attorney-client privilege, incorporated into the Act by RCW 42.56.070(1).\n\n"
              "The withheld e-mail are confidential communications for the purpose of legal advice.\n\n"
              "This completes the Office's response to your request, and your request is now closed.")


@pytest.mark.parametrize(("first", "between", "second", "expected"), [
    ("RCW 42.56.290", "The withheld memoranda reflect the mental impressions of the attorneys, and are work product "
     "under CR 26(b)(4).", "RCW 5.60.060(2)(a)", ["RCW 42.56.290", "RCW 5.60.060(2)(a)"]),
    ("RCW 42.56.290", "The draft pleadings are attorney work product, Fed. R. Civ. P. 26(b)(3).", "RCW 5.60.060(2)(a)",
     ["RCW 42.56.290", "RCW 5.60.060(2)(a)"]),
    ("RCW 42.56.290", "These analyses are work product under Rule 26(b)(3) of the Civil Rules.",
     "RCW 5.60.060(2)(a)", ["RCW 42.56.290", "RCW 5.60.060(2)(a)"]),
    ("RCW 42.56.240(1)", "The file concerns an open investigation, and its release would harm it.",
     "RCW 42.56.230(3)", ["RCW 42.56.240(1)", "RCW 42.56.230(3)"]),
])
def test_each_ground_a_paragraph_before_a_dash_is_applied(first: str, between: str, second: str,
                                                          expected: list[str]) -> None:
    body = _WA_DASHED.format(first=first, between=between, second=second)
    found = events_in(body, date_line="December 7, 2026")
    assert [(e.kind, list(e.exemptions)) for e in found] == [(EventKind.FINAL_DETERMINATION, expected)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The memoranda are work product under CR 26(b)(4) and are withheld.", []),
    ("The drafts are withheld as work product, Fed. R. Civ. P. 26(b)(3).", []),
    ("The notes are withheld under Federal Rule of Civil Procedure 26(b)(3).", []),
    # The near misses: FOIA's own exemptions, glued to no rule's number
    ("The memoranda are withheld under Exemption 5, 5 U.S.C. § 552(b)(5).", ["(b)(5)"]),
    ("The notes are withheld under (b)(5) and (b)(6).", ["(b)(5)", "(b)(6)"]),
    ("The drafts are withheld under Rule 26(b)(3) and FOIA Exemption (b)(5).", ["(b)(5)"]),
])
def test_a_court_rules_subdivision_is_no_foia_exemption(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence, withholding=True) == expected
