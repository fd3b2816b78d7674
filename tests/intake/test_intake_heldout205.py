"""The two-hundred-and-fifth held-out set: 14 letters (letters/heldout205) from sheriffs, jails, police departments,
counties and a city in fourteen other states, answering immigrant-rights groups' requests about ICE cooperation
(detainers and release notifications, 287(g) agreements, jail housing agreements and their billing), each written in
the structure and formulas of the real letters, forms, portal messages and statutes it is modelled on, with invented
names, numbers and dates. Written after reading the intake rules (it was written once set 197's fixes were merged),
so its score is recorded apart from the blind ones; committed before the rules were run on it.

The letters: a King County Department of Adult and Juvenile Detention GovQA e-mail releasing a first installment with
jail-record, investigative and employee exemptions (Washington); a Washington County Sheriff's Office acknowledgment
with a staff-time fee estimate (Oregon); a Maricopa County Sheriff's Office NextRequest closure "Documents released"
(Arizona, HTML e-mail); a Hudson County OPRA extension naming only the new date (New Jersey); a Prince
William-Manassas Regional Adult Detention Center response provided in part and withheld in part, recalling its
earlier seven-work-day extension (Virginia, PDF); a Baltimore County Police Department ten-working-day letter with an
anticipated date, a fee table and a fee waiver granted in part (Maryland, Word); a Hennepin County Sheriff's Office
data practices response attached as PDF, with pages withheld as security information (Minnesota); a Milwaukee
County Office of the Sheriff letter closing a request whose prepayment never came (Wisconsin); a Las Vegas
Metropolitan Police Department request for clarification (Nevada); a Boone County Jail KRS 61.872(5) delay letter
(Kentucky, PDF); a Jefferson Parish Sheriff's Office no-records letter (Louisiana); a Charleston County Sheriff's Office
determination with a fee estimate and a 25% deposit (South Carolina, PDF); an Otero County IPRA three-day letter (New
Mexico); and a City of Tacoma decision on a request for review affirming its response (Washington).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 King County DAJD installment: the GovQA e-mail heading ("RE: PUBLIC RECORDS REQUEST of ..., Reference # ...") of
  set 162's Volusia letter; RCW 42.56.080 and 42.56.120(4) (installments, a requester who does not claim one), the
  Attorney General's model rules, https://app.leg.wa.gov/wac/default.aspx?cite=44-14&full=true, and RCW 70.48.100
  (jail records confidential)
- b02 Washington County Sheriff's Office acknowledgment: ORS 192.324(2), (4), (5) and 192.329 (acknowledge within five
  business days confirming the custody of the records, fees reasonably calculated, confirmation to proceed over $25),
  https://lexace.ai/us/statute/oregon/ORS-192.324, https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-658-050-0030
  and https://oregon.public.law/rules/oar_690-003-0180
- b03 Maricopa County Sheriff's Office NextRequest closure: NextRequest's closure e-mail and closure reasons,
  https://help.nextrequest.com/knowledge/request-process-overview and https://help.nextrequest.com/knowledge/basic-request-management
- b04 Hudson County OPRA extension: N.J.S.A. 47:1A-5(i) and the custodians' extension e-mails of sets 57, 64 and 67
  (a new date, the requester's right to a Government Records Council complaint)
- b05 Prince William-Manassas Regional Adult Detention Center response: Va. Code §§ 2.2-3704(B)(2), (B)(4) and
  2.2-3706(A)(2)(a) (criminal investigative files released in the custodian's discretion), https://vacode.org/2.2-3706,
  and https://www.rcfp.org/open-government-sections/2-informal-telephone-inquiry-as-to-status/
- b06 Baltimore County Police Department ten-working-day letter: GP §§ 4-203(b)(2) and 4-206 (the reason for delay and
  an anticipated date, a reasonable fee with two free hours, a fee waiver), as in set 177's Montgomery County letter,
  https://lexace.ai/us/statute/maryland/GP-4-203 and https://lexace.ai/us/statute/maryland/GP-4-206
- b07 Hennepin County Sheriff's Office data response: Minn. Stat. §§ 13.82, subd. 7, 13.85, subd. 2 and 13.37, subd.
  1(a), and the data practices response of set 149's Hennepin County letter
- b08 Milwaukee County Office of the Sheriff closure: Wis. Stat. § 19.35(3)(f) (prepayment over $5), and the closures
  for non-payment of sets 12, 17 and 128
- b09 LVMPD clarification: NRS 239.0107 (five business days, the earliest date available),
  https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for
- b10 Boone County Jail delay: KRS 61.880(1) and 61.872(5) (records in active use, storage or not otherwise available,
  "the place, time, and earliest date"), https://kyopengov.org/law/ag/2018/18-ord-156 and set 183's Kentucky
  Transportation Cabinet letter
- b11 Jefferson Parish Sheriff's Office no-records letter: La. R.S. 44:1 et seq., 44:32 and 44:33 (the custodian's
  duty to answer), https://lawserver.com/law/state/louisiana/la-constitution/louisiana_revised_statutes_44-32 and
  https://foiabasics.org/orr/louisiana
- b12 Charleston County Sheriff's Office determination: S.C. Code Ann. § 30-4-30(B), (C) (a determination within ten
  business days, a posted fee schedule, a 25% deposit, thirty days after the deposit), https://masc.sc/node/1169,
  http://www.fcso.org/foia/fee-schedule and https://cityofgreenvillesc.nextrequest.com/faqs
- b13 Otero County three-day letter: NMSA 1978, § 14-2-8(D) (if inspection is not permitted within three business
  days, explain in writing when the records will be available, fifteen days), https://nmfog.org/topic/3response-time/
  and https://rld.nm.gov/manufactured-housing-division/forms-and-applications/ipra
- b14 City of Tacoma review decision: RCW 42.56.520(4), WAC 44-14-08003 (internal review of a denial, final action for
  judicial review), RCW 42.56.240(1) and 42.56.420(1), https://app.leg.wa.gov/wac/default.aspx?cite=44-14&full=true
Score when first run (not blind: written after reading the rules): 10 of 14 fully right, and 14 of 14 matched to its
request by its number. Wrong were:
- b06 (Baltimore County Police ten-working-day letter, Word): amount 330.70 instead of 165.35, the estimate's total
  taken over what is owed after the waiver granted in part: "... the Department has decided to grant your request in
  part and to reduce the fee by fifty percent." and "The amount due is therefore $165.35, payable before the records
  are released."; and the kinds in another order than the answer's, which set the fee before the waiver decision
  (the expected value was the writer's slip, see below).
- b07 (Hennepin County Sheriff's Office data response, PDF attached): exemptions missed Minn. Stat. § 13.85, subd. 2
  and § 13.37, subd. 1(a) in the bulleted list ("- Data on individuals in the custody of the detention center that
  are not public under Minn. Stat. § 13.85, subd. 2, as corrections and detention data, ..." and "- Security
  information under Minn. Stat. § 13.37, subd. 1(a), ..."), and no pages withheld: "The Sheriff's Office also holds 11
  pages of jail post orders that consist entirely of security information under Minn. Stat. § 13.37, subd. 1(a).
  These pages are not public and are not provided."
- b10 (Boone County Jail KRS 61.872(5) delay, PDF): no extension and no expected date: "Pursuant to KRS 61.872(5),
  please be advised that the billing statements and population reports are in storage at the Boone County Fiscal
  Court's off-site records facility and are not immediately available." and "The records you requested will be made
  available to you by e-mail no later than December 18, 2026, which is the earliest date on which the Jail can
  provide them."
- b14 (City of Tacoma review decision): an appeal acknowledgement instead of the decision, its outcome and
  exemptions: "On November 24, 2026, the City received your request for review of the City's November 12, 2026
  response ..." read, "Upon review, the City affirms its response." not.
As first written, b06's answer put the fee estimate before the fee waiver decision, in the order the letter states
them, where the project's convention (32 letters of earlier sets, none the other way) logs the waiver decision
first; the answer was corrected to that after scoring, not the letter.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout205"
# What the rules reach on this set now (first run, not blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "b06-baltimore-county-pd-pia-10day.docx", "b07-hennepin-so-data-response.eml", "b10-boone-county-jail-ky-delay.pdf",
    "b14-tacoma-internal-review.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
