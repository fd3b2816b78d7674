"""The two-hundred-and-twenty-eighth held-out set: 14 letters (letters/heldout228) about requests on immigration
detention, surveillance and police cooperation with ICE, seven federal and seven from state and local agencies of
seven states: a USCIS acknowledgement e-mail with its control number; a CBP final response (PDF) with pages
releasable in their entirety, partially releasable and withheld; an EOIR no-records letter; a Bureau of Prisons
acknowledgement in Word invoking ten more working days for unusual circumstances; a U.S. Marshals Service final
response with pages released in full, in part and withheld, and its exemptions named out of the statute's order; a
DOJ Office of Information Policy appeal acknowledgement e-mail on an FBI request; an ICE (OPLA Government Information
Law Division) appeal decision remanding for a new search (PDF); a Monmouth County (New Jersey) Sheriff's Office OPRA
extension of time in the Government Records Council's model form, sent from its portal; a Massachusetts State Police
fee estimate (PDF) under G.L. c. 66, § 10(d) with its four free hours; a City of Yakima (Washington) five-day letter
from its NextRequest portal; a Hennepin County (Minnesota) Sheriff's Office final response in Word with a table of
Data Practices Act classifications; a Maricopa County (Arizona) Sheriff's Office no-records letter; a Mecklenburg
County (North Carolina) Sheriff's Office partial release, a letter attached to an e-mail; and a St. Louis County
(Missouri) Police Department Sunshine Law fee estimate in Word with a fee table. Written blind (before the rules were
read or run on them) and committed before any rule was run on them; scored once, later.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- r01 USCIS acknowledgement: USCIS's control numbers ("The control number will begin with the letters NRC, COW, APP")
  and its two-track system for non-A-File requests,
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and the USCIS FOIA request guide (acknowledgment letters, fees), https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html
- r02 CBP final response: the DHS component final letter ("Of those pages, I have determined that N pages ... are
  releasable in their entirety, N pages are partially releasable, and N pages are withheld in their entirety pursuant
  to Title 5 U.S.C. § 552"), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- r03 EOIR no-records letter: EOIR's acknowledgement formula ("request ... by the Executive Office for Immigration
  Review (EOIR) dated 10/17/2023 and received 10/17/2023", EOIR is not the custodian of DHS records),
  http://https.omb.report/icr/202404-1125-001/doc/142231200 and the EOIR replies quoted on
  https://www.muckrock.com/foi/united-states-of-america-10/correspondence-regarding-statements-of-law-in-charlotte-immigration-court-116966/
- r04 Bureau of Prisons acknowledgement: a BOP Central Office letter ("The Federal Bureau of Prisons (BOP) received
  your Freedom of Information Act/Privacy Act (FOIA/PA) request ... Your request has been assigned a number and
  forwarded to the processing office noted below", "Request Number: 2020-01336 / Processing Office: CO"),
  https://efta-search.vercel.app/documents/efta00023435 ; the $25.00 agreement from
  https://www.webharvest.gov/peth04/20041027105335/http://www.bop.gov/progstat/readme.html
- r05 U.S. Marshals Service final response: the USMS letter quoted on
  https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation
  ("Freedom of Information Act Request No. 2023-USMS-000157", appeal to OIP) and its withholding descriptions on
  https://fixthecourt.com/2018/03/u-s-marshals-service-explains-withheld-41-pages-documents-foia ; DOJ's standard
  5 U.S.C. § 552(c) exclusion paragraph
- r06 OIP appeal acknowledgement: OIP's appeal numbers (A-2024-00321, on the USMS page above), OIP's appeal guidance,
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html ; the acknowledgement
  formula ("your administrative appeal from the action of the ... was received by this Office on") is written from
  OIP's acknowledgements as requesters commonly quote them, no page holding it was found in the search
- r07 ICE appeal decision: ICE appeal numbers (2020-ICAP-00440, 2023-ICAP-00154) on
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195 and a requester's account
  of ICE's appeal responses, http://davis911truth.org/911-conspiracy/ice/ice-foia/ ; the remand wording (OPLA's
  Government Information Law Division remanding for a new search) is written from ICE appeal letters of that form,
  no page holding one was found in the search
- r08 New Jersey (Monmouth County Sheriff's Office) OPRA extension: the Government Records Council's model extension
  letter ("The [agency] received your Open Public Records Act (OPRA) request on ... As such, the seven (7) business
  day deadline to respond to your request is ... Your request requires an extension of time until ..."),
  https://docsbay.net/doc/681551/insert-requestor-s-name and https://www.nj.gov/grc/public/complaints/time.html
- r09 Massachusetts State Police fee estimate: 950 CMR 32.06 and G.L. c. 66, § 10(b), (d) (response within ten
  business days, good faith estimate, the first four hours free, $25 an hour),
  https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-06 and
  https://www.abschools.org/district/district__school_information/public_records_request_guidelines
- r10 Washington (City of Yakima) five-day letter: RCW 42.56.520(1)(c) ("Acknowledging that the agency ... has
  received the request and providing a reasonable estimate of the time"), and (2), additional time to locate and
  assemble, notify third persons, https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520
  and agencies' rules in the same words, e.g. WAC 44-06-085; NextRequest notification layout
- r11 Minnesota (Hennepin County Sheriff's Office) final response: Data Practices Act classifications as the
  Commissioner's advisory opinions describe sheriffs' responses (Minn. Stat. § 13.82 and § 13.37, subd. 2 security
  information), https://mn.gov/admin/data-practices/opinions/library/opinions-library.jsp?id=36-503583 and
  https://mn.gov/admin/data-practices/opinions/library/?id=36-267866
- r12 Arizona (Maricopa County Sheriff's Office) no-records letter: A.R.S. § 39-121 et seq. and the Ombudsman's
  overview (no duty to create records or answer questions), https://docslib.org/doc/13224549/public-records-law-overview
  and https://pinalcountyattorney.org/civil-division/prr/
- r13 North Carolina (Mecklenburg County Sheriff's Office) partial release: written from N.C. Gen. Stat. §§ 132-1,
  132-1.4(a), 132-1.7(a) and 153A-98 and the earlier sets' North Carolina letters; no agency page was found for it
- r14 Missouri (St. Louis County Police Department) fee estimate: Section 610.026 RSMo (research time at the rate
  of the lowest-paid employee, payment in advance) as the Missouri letters of earlier sets quote it (set 208's
  Highway Patrol letter); no agency page was found for it

Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 14 of 14 fully right, and 14 of 14 matched to
its request by its number. Misses:
None.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout228"
# What the rules reach on this set now (not yet scored); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
