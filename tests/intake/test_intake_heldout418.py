"""The four-hundred-and-eighteenth held-out set: 14 letters (letters/heldout418) from state and local public-records
offices in fourteen states, under their own laws and through their portals, in the formats they really send: a
Spokane Police Department GovQA e-mail acknowledging a request under RCW 42.56.520(1)(c) with the day of the first
installment; a San Francisco Unified School District NextRequest letter extending the time by fourteen days under Gov.
Code 7922.535; a City of San Antonio letter closing a request as withdrawn by operation of law when the itemized
statement of charges under Gov't Code 552.2615 went unanswered; a University of Illinois Chicago answer in Word,
granted in part with a table of the records and redactions under 5 ILCS 140/7(1)(b), (c) and (f); a State University
of New York appeal determination affirming Stony Brook's FOIL denial under Public Officers Law 87(2)(b) and (g); a
School District of Pittsburgh Right-to-Know denial (PDF) of an employee investigation under 708(b)(17), 708(b)(7)(viii)
and FERPA; a Pasco Sheriff's Office JustFOIA e-mail closing a request with 48 pages redacted under chapter 119; a
Franklin County Sheriff's Office (Ohio) letter finding no records; a Grand Rapids notice of extension (PDF) under MCL
15.235(2)(d); a DeKalb County School District three-business-day response under the Georgia Open Records Act, an
e-mail with the letter attached, estimating the cost and the day; a Raleigh Police Department letter asking what a
request means, with the 30-day close; a Providence Police Department APRA extension in Word of twenty business days
with a table of the reasons; a Nebraska State Patrol denial (PDF) of an in-custody death file under Neb. Rev. Stat.
84-712.05(5) and (2); and a Boise Police Department letter granting a request in full. Written blind and committed
before the rules were run on them.

- f01-wa-spokane-pd-govqa-ack.eml: Spokane Police Department, GovQA reference P031742-120326, received December 3,
  2026, first installment or further response on or before January 22, 2027.
- f02-ca-sfusd-nextrequest-extension.txt: SFUSD, request 26-3187 received November 30, 2026, extended fourteen days
  under Gov. Code 7922.535, determination by December 24, 2026.
- f03-tx-san-antonio-pia-withdrawn.txt: City of San Antonio, W418273-111626, the itemized statement of $186.40 sent
  November 20 not answered within ten business days, so the request is withdrawn by operation of law (552.2615(b)).
- f04-il-uic-foia-partial.docx: University of Illinois Chicago, UIC-FOIA-26-1042, granted in part: 63 pages released
  with redactions under 5 ILCS 140/7(1)(b), 7(1)(c) and 7(1)(f); the earlier 3(e) extension recalled.
- f05-ny-suny-foil-appeal-denied.txt: SUNY Office of the University Counsel, appeal SA-26-0219 of Stony Brook FOIL
  request 26-0417, denial affirmed under Public Officers Law 87(2)(b) and 87(2)(g).
- f06-pa-pittsburgh-schools-rtk-denial.pdf: School District of Pittsburgh, RTK 2026-0388, denied under 65 P.S.
  67.708(b)(17), 67.708(b)(7)(viii) and 20 U.S.C. 1232g (and the attorney-client privilege), two pages.
- f07-fl-pasco-sheriff-justfoia-partial.eml: Pasco Sheriff's Office, R26-08514, 48 pages released with redactions
  under Fla. Stat. 119.071(2)(c), 119.0712(2), 119.071(4)(d) and 119.071(5)(a); the request closed.
- f08-oh-franklin-sheriff-no-records.txt: Franklin County Sheriff's Office, PRR-26-1093, no responsive records ("Our
  Ref.").
- f09-mi-grand-rapids-foia-extension.pdf: City of Grand Rapids, GR-FOIA-2026-2271, received December 9, 2026 (an
  e-mail received one business day after it was sent), extended not more than 10 business days, answer by January 4,
  2027.
- f10-ga-dekalb-schools-ora-estimate.eml: DeKalb County School District, ORR-2026-1148, received December 14, 2026,
  estimated cost $205.02, records by January 15, 2027 once the cost is agreed.
- f11-nc-raleigh-pd-clarification.txt: Raleigh Police Department, 26-4417, received December 4, 2026, four questions
  to clarify the request, closed if no reply within 30 days.
- f12-ri-providence-pd-apra-extension.docx: Providence Police Department, PPD-APRA-26-1906, received December 1, 2026,
  extended twenty business days under R.I. Gen. Laws 38-2-3(e), answer by January 14, 2027.
- f13-ne-nsp-public-records-denial.pdf: Nebraska State Patrol, NSP-PR-26-0671, denied under Neb. Rev. Stat.
  84-712.05(5) and 84-712.05(2).
- f14-id-boise-pd-records-granted.txt: Boise Police Department, BPD-PRR-26-03318, granted in full, 27 pages, no fee.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- f01 Spokane police acknowledgement: RCW 42.56.520 (the five business days and the reasonable estimate),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520, and the City's
  public records answers, https://my.spokanecity.org/administrative/public-records/faqs/
- f02 SFUSD extension: Gov. Code 7922.535 (the ten days and the fourteen-day extension for unusual circumstances), as
  a school district explains it,
  http://psqr-site-content-migration.s3-website-us-west-2.amazonaws.com/Site-Backups/MILPITASUSD/www.musd.org/public-records-request.html
  and
  https://firstamendmentcoalition.org/asked-and-answered/school-district-delays-cpra-response-beyond-the-hearing-date-for-which-documents-are-needed
- f03 San Antonio withdrawal: Gov't Code 552.2615 (the itemized statement; "considered to have been withdrawn by the
  requestor"), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615 and
  https://www.ci.la-porte.tx.us/158/Cost-of-Records
- f04 UIC partial denial: the Public Access Counselor notice of 5 ILCS 140/9.5(a),
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425 and
  https://il-batavia.civicplus.com/919/Denied-Request
- f05 SUNY appeal determination: 8 NYCRR 311.7 (appeals to the Chief Operating Officer or designee, copies to the
  Committee on Open Government),
  https://regulations.justia.com/states/new-york/title-8/chapter-v/subchapter-a/part-311/section-311-7/ and the
  Committee's opinion on a SUNY denial, https://docsopengovernment.dos.ny.gov/coog/ftext/f15882.htm
- f06 Pittsburgh schools denial: the RTKL appeal notice (15 business days to the Office of Open Records, what an
  appeal must include), http://pafoic.org/right-to-know-request-and-appeals-process/ and
  https://earltwpberks.com/right-to-know
- f07 Pasco Sheriff's Office completion: Florida's e-mail address notice and the statutory basis of redactions,
  https://www.sarasotacountyschools.net/Page/1359 and https://www.slwsd.org/Customer-Service/Public-Records-Request
- f08 Franklin County no records: the Court of Claims complaint under R.C. 2743.75 beside mandamus,
  https://ohiocourtofclaims.gov/public-records/ and http://print.casetext.com/case/sandine-v-argyle
- f09 Grand Rapids extension: MCL 15.235 (the 5 business days, the one notice extending not more than 10 business
  days, e-mail received one business day later),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and the Attorney General's written public summary,
  https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
- f10 DeKalb schools three-day response: O.C.G.A. 50-18-71 (three business days, lowest paid employee, the first
  quarter hour, notice over $25), https://forsythpl.org/open-records and http://gfaf.org/open_records_request/
- f11 Raleigh police clarification: N.C. Gen. Stat. 132-1.4A (recordings not public records, disclosure to persons
  recorded), https://www.davislawfirmnc.com/publications/police-recordings-and-north-carolina-law/ and
  https://canons.sog.unc.edu/answers-questions-north-carolinas-body-worn-camera-law
- f12 Providence police extension: R.I. Gen. Laws 38-2-3(e) and 38-2-7 (ten business days, twenty more for good
  cause), http://webserver.rilegislature.gov/Statutes/TITLE38/38-2/38-2-7.htm and
  https://print.casetext.com/regulation/rhode-island-administrative-code/title-280-department-of-revenue/chapter-10-directors-office/subchapter-00-general-administration/part-1-access-to-public-records-280-ricr-10-00-1/section-280-ricr-10-00-16-procedure-for-requesting-public-records
- f13 Nebraska State Patrol denial: Neb. Rev. Stat. 84-712.04 (what a denial must contain),
  https://www.nebraskalegislature.gov/laws/statutes.php?statute=84-712.04 and the Attorney General's outline,
  https://ago.nebraska.gov/public_records/statutes
- f14 Boise police grant: Idaho Code 74-102 and 74-115 and the Attorney General's manual,
  https://copiara.org/affidavit-of-compliance-with-withheld-judgment-idaho-8309 and
  https://legislature.idaho.gov/statutesrules/idstat/title74/t74ch1/sect74-115/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at eaf85306: 12 of 14 fully right. Wrong were:
- f03 (f03-tx-san-antonio-pia-withdrawn.txt): kinds ['fee_estimate', 'final_determination'] != ['final_determination'];
  amount 186.4 != None
- f06 (f06-pa-pittsburgh-schools-rtk-denial.pdf): exemptions ['65 P.S. § 67.708(b)(17)', '65 P.S. § 67.708(b)(7)(viii)',
  '20 U.S.C. § 1232g', '65 P.S. § 67.102', '65 P.S. § 67.706'] != ['65 P.S. § 67.708(b)(17)', '65 P.S. §
  67.708(b)(7)(viii)', '20 U.S.C. § 1232g']

After general fixes (the Right-to-Know Law's definitions, its duty to redact and what a denial must say are read as
procedure, no grounds: "are not public records under Section 102 of the RTKL, 65 P.S. § 67.102, because their
disclosure is prohibited by federal law", "No portion of these records is reasonably segregable from the exempt
material. 65 P.S. § 67.706."; and a cost statement an earlier letter sent, its day told inside the sentence, is no new
estimate: "Because the charges ... were estimated to exceed $40.00, on November 20, 2026, the City sent you a written
itemized statement of estimated charges in the amount of $186.40"), 14 of 14.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout418"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# --- The RTKL's definitions, its redaction and a denial's contents are no grounds (f06) ----------------------------


@pytest.mark.parametrize(("body", "codes"), [
    ("Your request is denied. Records containing personally identifiable information from student education records "
     "are confidential under the Family Educational Rights and Privacy Act, 20 U.S.C. § 1232g, and are not public "
     "records under Section 102 of the RTKL, 65 P.S. § 67.102, because their disclosure is prohibited by federal law.",
     ["20 U.S.C. § 1232g"]),
    ("Your request is denied under Section 708(b)(17) of the RTKL, 65 P.S. § 67.708(b)(17). The correspondence with "
     "counsel is privileged and therefore not a public record. 65 P.S. § 67.102 (definition of \"privilege\").",
     ["65 P.S. § 67.708(b)(17)"]),
    ("Your request is denied under 65 P.S. § 67.708(b)(7)(viii). No portion of these records is reasonably "
     "segregable from the exempt material. 65 P.S. § 67.706.", ["65 P.S. § 67.708(b)(7)(viii)"]),
    ("Your request is denied under 65 P.S. § 67.708(b)(16), and this denial sets out the grounds required by "
     "65 P.S. § 67.903.", ["65 P.S. § 67.708(b)(16)"]),
])
def test_the_rtkls_definitions_and_redaction_sections_are_no_grounds(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


def test_an_rtkl_exemption_cited_beside_them_is_still_read() -> None:
    # The near miss: the exemption section itself, of the same act, remains a ground.
    assert exemptions_in("Your request is denied under Section 708(b)(17) of the RTKL, 65 P.S. § 67.708(b)(17), and "
                         "Section 708(b)(6)(i)(A), 65 P.S. § 67.708(b)(6)(i)(A).") == [
        "65 P.S. § 67.708(b)(17)", "65 P.S. § 67.708(b)(6)(i)(A)"]


# --- The cost statement an earlier letter sent, its day inside the sentence, is no new estimate (f03) ------------

_NO_REPLY = ("As of the date of this letter, the City has not received a written response from you. Pursuant to "
             "Section 552.2615(b) of the Government Code, your request is considered to have been withdrawn by "
             "operation of law, and the City has closed it.")


@pytest.mark.parametrize("recalled", [
    "Because the charges to provide copies of the responsive information were estimated to exceed $40.00, on November "
    "20, 2026, the City sent you a written itemized statement of estimated charges in the amount of $186.40, as "
    "required by Section 552.2615 of the Government Code.",
    "An itemized statement of estimated charges of $186.40 was mailed to you on November 20, 2026.",
    "As required by law, we e-mailed you a cost estimate of $186.40 on November 20, 2026.",
    "Since the fee would exceed $40.00, on 11/20/2026 this office provided you an itemized statement of $186.40.",
])
def test_a_cost_statement_sent_on_an_earlier_day_is_no_estimate(recalled: str) -> None:
    events = events_in(f"{recalled} {_NO_REPLY}", "December 10, 2026")
    assert [(event.kind, event.amount) for event in events] == [(EventKind.FINAL_DETERMINATION, None)]


@pytest.mark.parametrize("sentence", [
    "The City is sending you today an itemized statement of estimated charges in the amount of $186.40.",
    "On November 20, 2026, the City received your request; the estimated charges are $186.40.",
    "The enclosed itemized statement of estimated charges, in the amount of $186.40, is sent to you with this letter.",
])
def test_a_cost_statement_sent_now_is_an_estimate(sentence: str) -> None:
    # The near misses: this letter's own statement, or a day that is the request's, not the sending's.
    fees = [event for event in events_in(sentence, "December 10, 2026") if event.kind is EventKind.FEE_ESTIMATE]
    assert [event.amount for event in fees] == [Decimal("186.40")]
