"""The three-hundred-and-ninety-second held-out set: 14 everyday letters (letters/heldout392) from state and local
offices in fourteen states, in the formats they really send: an Oakland Police Department NextRequest message
releasing use-of-force records redacted under Government Code 7923.615, 7927.705, 7923.600 and 7922.000; a Texas
Department of Public Safety itemized statement of estimated charges under Gov't Code 552.2615; a Palm Beach County
Sheriff's Office release (PDF) of a detained man's arrest records to his lawyer under Chapter 119; a New York City
Department of Education OpenRecords notice putting off its answer to a new date; a Pennsylvania Department of
Corrections Right-to-Know denial of cell extraction records under four subsections of 65 P.S. 67.708(b); an Illinois
Department of Corrections e-mail with its letter attached as PDF taking the five more business days of 5 ILCS
140/3(e); a Cincinnati Police Department release in Word with a table of the records and R.C. 149.43 redactions; a
Mecklenburg County Sheriff's Office letter closing a request left without the clarification asked for; a Kentucky
Attorney General open records decision (PDF) finding the Cabinet for Health and Family Services in violation for its
search and not for withholding a child fatality file; a Fairfax County Public Schools cost estimate with a deposit
under Va. Code 2.2-3704(H); a Minneapolis Police Department e-mail with its letter attached in Word finding no data
on a detained man's immigration detainer; a Portland Police Bureau acknowledgement in Word under ORS 192.329 with
its estimated day; an Indianapolis Metropolitan Police Department denial (PDF) of a shooting's investigative file and
body-worn camera recordings under IC 5-14-3-4(b)(1) and 5-14-3-5.2; and a South Carolina Department of Corrections
no-records letter. Written blind and committed before the rules were run on them.

- g01-ca-oakland-pd-nextrequest-partial.eml: Oakland PD NextRequest, request 26-11873, three redacted reports
  released, Government Code 7923.615, 7927.705, 7923.600 and 7922.000, no page count.
- g02-tx-dps-pia-cost-estimate.txt: Texas DPS, PIR 26-118734, received November 23, 2026, itemized estimate $332.80,
  full deposit, withdrawn without a reply in 10 business days.
- g03-fl-pbso-records-partial.pdf: Palm Beach County Sheriff's Office, PRR-26-08841, 64 pages released with
  redactions under Fla. Stat. 119.071(2)(c), (2)(j), (4)(d) and 119.0712(2).
- g04-ny-nycdoe-openrecords-extended.eml: NYC Department of Education through OpenRecords, FOIL-2026-040-11862, new
  response date 01/27/2027 (the new day only).
- g05-pa-doc-rtk-denial.txt: Pennsylvania DOC, RTKL 1877-26, denied under 65 P.S. 67.708(b)(2), (b)(1)(ii), (b)(17)
  and (b)(3), appeal to the Office of Open Records.
- g06-il-idoc-foia-extension.eml: Illinois DOC, 26-FOIA-04412 (letter attached as PDF), received November 30, 2026,
  five more business days under 5 ILCS 140/3(e), answer on or before December 14, 2026.
- g07-oh-cincinnati-pd-records-partial.docx: Cincinnati Police Department, P241873-112426, 38 pages (table), R.C.
  149.43(A)(2)(a), (A)(2)(d) and R.C. 149.45.
- g08-nc-mecklenburg-sheriff-closed-no-reply.txt: Mecklenburg County Sheriff's Office, MCSO-PRR-26-3318, clarification
  unanswered, request considered withdrawn and closed.
- g09-ky-ag-ord-chfs-partly.pdf: Kentucky Attorney General, 26-ORD-331 (its own docket only), the Cabinet's search
  inadequate, the child fatality file rightly withheld under KRS 61.878(1)(l) and 620.050(5): partly.
- g10-va-fcps-foia-cost-estimate.txt: Fairfax County Public Schools, FOIA 26-1493, received December 2, 2026,
  estimate $609.00, deposit required.
- g11-mn-minneapolis-pd-no-data.eml: Minneapolis PD, data request DR26-08812 (letter attached in Word), no data
  responsive, referred to the Hennepin County Sheriff's Office.
- g12-or-ppb-records-ack.docx: Portland Police Bureau, R026718-120126, received December 1, 2026, response estimated
  on or before January 8, 2027.
- g13-in-impd-records-denial.pdf: IMPD, PR26-14421, denied under IC 5-14-3-4(b)(1) and IC 5-14-3-5.2, Public Access
  Counselor paragraph.
- g14-sc-scdc-foia-no-records.txt: South Carolina DOC, 2026-FOI-1187, no records of use of force on a named inmate.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- g01 Oakland PD release: the City's NextRequest portal and its messages,
  https://oaklandca.nextrequest.com/requests/RT-306, the Department's public records page,
  https://staging.oaklandca.dev/services/police-reports-and-documents, and its general order on records access,
  https://scribd.com/document/293291806/M-9-1-Public-Records-Access-pdf
- g02 Texas DPS cost estimate: the Department's fee procedures ("cost letter ... itemized statement"),
  http://www.txdps.state.tx.us/director_staff/public_information/Feeprocedures.htm, its public information pages,
  https://www.dps.texas.gov/section/general-counsel/public-information-requests, and Gov't Code 552.2615,
  https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615
- g03 Palm Beach County Sheriff's Office release: Chapter 119 and the Florida sheriffs' release letters of earlier
  sets (heldout218 d09, heldout268 h04).
- g04 NYC Department of Education: the NYC OpenRecords notices of earlier sets (heldout134 b05, heldout138 w06).
- g05 Pennsylvania DOC denial: the Department's Right-to-Know page and policy DC-ADM 003,
  http://www.cor.pa.gov/About%20Us/ContactUsHotlinesandRight-To-Know/Pages/Right-To-Know.aspx, its letters on MuckRock,
  https://www.muckrock.com/foi/pennsylvania-126/statelocal-policies-re-hostages-within-correctional-facilities-department-of-corrections-22002/,
  and the Department's denials under 708(b)(1)(ii) and (b)(2) as the Commonwealth Court recounts them,
  http://ecases.us/case/pacommwct/c9715605/d-bowen-v-doc-oor and https://cetient.com/case/5128094/c-picarella-jr-v-doc-oor
- g06 Illinois DOC extension: 5 ILCS 140/3(e) as the agencies' rules set it out,
  https://www.law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-726.400 and
  http://print.casetext.com/regulation/illinois-administrative-code/title-2-governmental-organization/part-1620-organization-information-rulemaking-and-hearings/subpart-b-information/section-1620120-response-to-requests-for-records
- g07 Cincinnati Police Department release: the City's public records center messages and number format
  (P187479-041024), https://www.muckrock.com/foi/cincinnati-340/cincinnati-police-department-cincinnati-oh-request-161876/,
  and R.C. 149.43 as applied to police records, https://law.justia.com/cases/ohio/court-of-claims/2018/2018-01195pq.html
- g08 Mecklenburg County Sheriff's Office closure: the County's records procedures,
  https://www.mecknc.gov/OpenMecklenburg/recordsrequest/Pages/procedures.aspx, and the North Carolina sheriffs'
  public records pages (132-1.4, 132-1.4A),
  https://www.guilfordcountync.gov/our-county/sheriff-s-office/communications/public-records-requests
- g09 Kentucky Attorney General decision: the decisions' summaries and form ("did not violate the Open Records Act
  when it withheld ..."), https://kyopengov.org/blog/kentucky-attorney-generals-open-records-decisions-issued-last-week-34,
  https://kyopengov.org/blog/attorney-generals-open-records-decisions-issued-last-week and
  https://lexingtonky.news/2024/12/29/kentucky-attorney-generals-open-records-decisions-issued-last-week/
- g10 Fairfax County Public Schools estimate: Va. Code 2.2-3704(F) and (H) as the offices publish them,
  https://communications.virginia.edu/foia/costs, a school division's itemized estimate,
  http://foiacouncil.dls.virginia.gov/ops/14/AO_05_14.htm, and https://foiacouncil.dls.virginia.gov/ops/22/AO_01_22.htm
- g11 Minneapolis PD no data: the City's pages on how it answers data requests,
  https://www.ci.minneapolis.mn.us/government/government-data/request-public-data/how-we-respond/ and
  http://www.ci.minneapolis.mn.us/datapractices/learn/publicdata
- g12 Portland Police Bureau acknowledgement: ORS 192.329, https://oregon.public.law/statutes/ors_192.329, and the
  acknowledgement rules of Oregon bodies, https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-658-050-0030
  and https://oregonlitigationattorney.com/oregon-public-records-law-e-book-by-attorney/when-and-how-must-the-public-body-respond-to-my-public-records-request/
- g13 IMPD denial: IC 5-14-3-5.2, https://law.justia.com/codes/indiana/2017/title-5/article-14/chapter-3/section-5-14-3-5.2/,
  IC 5-14-3-4.4, https://law.counselstack.com/statute/in/5-14-3-4.4, and the Public Access Counselor's handbook as
  quoted, https://red.azn.boats/r/DelphiDocs/comments/1bxhow7/handbook_on_indianas_public_access_laws/kydfcj4/?context=3
- g14 South Carolina DOC no records: the Department's FOIA page, https://doc.sc.gov/research/research.html, and its
  answers on MuckRock, https://www.muckrock.com/foi/south-carolina-302/email-system-documentation-department-of-corrections-56464/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 9158dec8: 13 of 14 fully right. Wrong were:
- g13 (g13-in-impd-records-denial.pdf): outcome 'partial_grant' != 'denied'

After general fixes (a letter that calls itself the denial of the request denies it: "please accept this letter as
IMPD's written denial of your request"; and what a policy gives the public is no release: "certain critical incident
video is released to the public within the time stated in that order"), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout392"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
