"""The three-hundred-and-ninety-seventh held-out set: 14 everyday letters (letters/heldout397) from state and local
offices in fourteen states, in the formats they really send: a California Highway Patrol release (PDF) of a fatal
pursuit's collision and pursuit reports redacted under Government Code 7923.600, 7923.615, 7927.700 and 7922.000,
the pursuit review withheld under Penal Code 832.7(a); a Texas Juvenile Justice Department letter finding no
information responsive; an Orange County (Florida) Sheriff's Office GovQA message acknowledging a request and
estimating a special service charge under Fla. Stat. 119.07(4)(d); a New York City Department of Correction
OpenRecords acknowledgement with its approximate date; a City of Philadelphia Right-to-Know response granting in part
and denying in part under 65 P.S. 67.708(b)(6)(i)(A), (b)(1)(ii) and (b)(17); an Illinois Attorney General Public
Access Bureau determination (PDF) finding that the Aurora Police Department improperly withheld an arrest report but
rightly withheld the supplementary reports under 5 ILCS 140/7(1)(d)(i); a Columbus Division of Police GovQA message
closing an overly broad request left without the revision asked for; a Fulton County Sheriff's Office denial of a jail
death investigation file under O.C.G.A. 50-18-72(a)(4), (a)(2) and (a)(1); a Michigan Department of Corrections
FOIA response (PDF) granted in part and denied in part under MCL 15.243(1)(c) and (1)(a); a King County Sheriff's
Office five-day letter in Word under RCW 42.56.520 with the estimated day of a first installment; a Minnesota
Department of Corrections e-mail with its letter attached as PDF releasing a first installment of data under the
Data Practices Act; a Virginia Department of Corrections letter taking the seven more work days of Va. Code
2.2-3704(B)(4); a Utah Department of Corrections GRAMA appeal decision in Word affirming a denial under Utah Code
63G-2-305(13) and (10)(a); and a Madison Police Department itemized cost estimate with prepayment under Wis. Stat.
19.35(3). Written blind and committed before the rules were run on them.

- q01-ca-chp-cpra-partial.pdf: California Highway Patrol, R018342-111626, 42 pages released with redactions under
  Government Code 7923.600, 7923.615, 7927.700 and 7922.000, the pursuit review board findings withheld under
  Penal Code 832.7(a); an earlier extension under 7922.535(b) recounted.
- q02-tx-tjjd-pia-no-records.txt: Texas Juvenile Justice Department, PIR No. 26-4471, no information responsive to
  a request for agreements with ICE.
- q03-fl-ocso-govqa-cost-estimate.eml: Orange County Sheriff's Office (Florida) through GovQA, P047321-112026,
  received November 20, 2026, special service charge estimate $469.96, full deposit.
- q04-ny-nycdoc-foil-ack.eml: NYC Department of Correction through OpenRecords, FOIL-2026-072-11863, submitted
  12/03/2026, response expected on or about 02/05/2027.
- q05-pa-philadelphia-rtk-partial.txt: City of Philadelphia Law Department, CP 2026-3318, 31 pages released with
  redactions under 65 P.S. 67.708(b)(6)(i)(A) and (b)(1)(ii), the Internal Affairs file withheld under (b)(17); the
  earlier 30-day extension recounted.
- q06-il-pac-aurora-pd-determination.pdf: Illinois Attorney General, 2026 PAC 89317 (its own docket only), the arrest
  report improperly withheld, the supplementary reports rightly withheld under 5 ILCS 140/7(1)(d)(i): partly.
- q07-oh-columbus-police-closed-no-reply.eml: Columbus Division of Police through GovQA, R112847-101926, an overly
  broad request not revised after two messages, closed.
- q08-ga-fulton-sheriff-ora-denial.txt: Fulton County Sheriff's Office, FCSO-ORR-26-2217, denied under O.C.G.A.
  50-18-72(a)(4), (a)(2) and (a)(1); another request's number named for the initial incident report.
- q09-mi-mdoc-foia-partial.pdf: Michigan Department of Corrections, FOIA 2026-4419, 41 pages in full and 22 in part,
  4 withheld, MCL 15.243(1)(c) and (1)(a); the earlier 10-business-day extension recounted.
- q10-wa-kcso-pra-ack.docx: King County Sheriff's Office, PDR-26-04871, received December 3, 2026, first installment
  estimated on or before January 14, 2027.
- q11-mn-doc-data-request-interim.eml: Minnesota Department of Corrections, DOC-DR-26-1187 (letter attached as PDF),
  first installment of 118 pages, Minn. Stat. 13.37, subd. 2, 13.85, subds. 3 and 2, 13.384, subd. 3, 13.43, subd. 4.
- q12-va-vadoc-foia-extension.txt: Virginia Department of Corrections, FOIA # 26-3817, received December 7, 2026,
  seven more work days under Va. Code 2.2-3704(B)(4), response no later than December 23, 2026.
- q13-ut-udc-grama-appeal-decision.docx: Utah Department of Corrections, GRAMA appeal 26-APL-047 of request
  UDC-GRAMA-26-0733, denial affirmed under Utah Code 63G-2-305(13) and 63G-2-305(10)(a).
- q14-wi-madison-pd-cost-estimate.txt: Madison Police Department, MPD 26-11872, received December 15, 2026, itemized
  estimate $909.11 (location and video redaction), prepayment required.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- q01 California Highway Patrol release: the Department's CPRA page and Public Records Center,
  https://www.chp.ca.gov/CommissionerSite/Pages/California-Public-Records-Act-.aspx, its manual chapter on
  information disclosures (CPRA exemptions, investigative reports, SB 1421),
  https://info.5y1.org/what-are-waves-chp-13_1_c8c615.html,
  and the CPRA recodification (Government Code 7920.000 and following),
  https://app.legiplex.com/ca/legislature/2021/2021-r/bills/ab473/drafts-compare
- q02 Texas Juvenile Justice Department no-records letter: the Department's public information page,
  http://www.tjjd.texas.gov/aboutus/public-information.aspx, and the Attorney General's rulings on information not
  held ("The Act does not require a governmental body to ... create responsive information", Bustamante, ORD 605, 555,
  452), https://docslib.org/doc/9655992/april-20-2007-ms-karol-davidson-staff-attorney-texas-youth and
  https://www.texasattorneygeneral.gov/opinions/openrecords/49cornyn/orl/2000/htm/or200001495.htm
- q03 Orange County Sheriff's Office estimate: the County's public records policy (special service charge, deposit,
  unpaid requests), https://zbook.org/read/9b544c_orange-county-fee-directory-pdf.html and
  https://pdf4pro.com/view/orange-county-fee-directory-5c3427.html, with the GovQA message layout of earlier sets.
- q04 NYC Department of Correction acknowledgement: the OpenRecords portal and its notices,
  https://a860-openrecords.nyc.gov/faq and
  https://muckrock.com/foi/new-york-city-17/reopening-guidance-communications-156032,
  and Public Officers Law 89(3) as the agencies state it,
  https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act
- q05 City of Philadelphia response: the Law Department's Right-to-Know letters ("Thank you for writing to the City of
  Philadelphia ... This correspondence constitutes the City's response to your request"),
  https://de.scribd.com/document/317696167/Billy-Penn-RTK-request, and an appeal of the City's 708(b)(17) and
  (b)(6)(i)(A) redactions, https://pt.scribd.com/document/240109733/Office-of-Open-Records-Appeal-CP-2014-0614
- q06 Illinois Public Access Bureau determination: the Bureau's determinations and opinions on police records,
  https://foia.law/?p=754 and https://zrfmlaw.com/illinois-public-access-counselor-releases-fourth-opinion-of-2016/,
  and the determination letter layout of earlier sets (heldout137 m11).
- q07 Columbus Division of Police closure: R.C. 149.43(B)(2) on overly broad requests and the opportunity to revise,
  https://mcgownmarkling.com/updates-on-a-case/the-court-of-claims-provides-guidance-as-to-how-to-make-and-respond-to-public-records-requests
  and https://codelibrary.amlegal.com/codes/newbremen/latest/newbrem_oh/0-0-0-30935, with the GovQA closure
  messages of earlier sets.
- q08 Fulton County Sheriff's Office denial: O.C.G.A. 50-18-72(a) as the law enforcement guide and the statute set it
  out, https://docslib.org/doc/1322134/georgia-law-enforcement-and-the-open-records-act and
  https://syfert.com/georgia/code/50-18-72.html, and the pending-investigation exemption as applied,
  https://law.justia.com/cases/georgia/supreme-court/2008/s07g1133.html
- q09 Michigan Department of Corrections response: the Department's FOIA guide (granted in part, denied in part,
  MCL 15.243(1)(c) for custodial security, appeal to the Director or the Court of Claims),
  https://happylibnet.com/doc/1472868/freedom-of-information-act-guide-and-other-relevant-foia-... and the Attorney
  General's FOIA handbook,
  https://vdocuments.site/freedom-of-information-act-handbook-6-example-by-mailing-a-letter-or-electronically.html
- q10 King County Sheriff's Office five-day letter: RCW 42.56.520 (acknowledgement with a reasonable estimate, the
  reasons for additional time),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520,
  and the practice on first-installment estimates,
  https://law-journals-books.vlex.com/vid/chapter-6-5-developing-1023463442
- q11 Minnesota Department of Corrections installment: the Department's data practices pages,
  https://mn.gov/doc/transparency-center/data-practices/ and
  https://docest.com/doc/14341/public-access-to-government-data,
  and Minnesota Statutes chapter 13, https://www.revisor.mn.gov/statutes/1997/cite/13/full
- q12 Virginia Department of Corrections extension: Va. Code 2.2-3704(B)(4) as public bodies publish it ("not
  practically possible ... an additional seven work days"), https://visitlouisa.com/FAQ.aspx?QID=190 and
  http://www.christiansburg.org/index.aspx?NID=673, and the FOIA Council's opinions on response times,
  http://foiacouncil.dls.virginia.gov/ops/14/AO_06_14.htm
- q13 Utah Department of Corrections appeal decision: GRAMA's appeal to the chief administrative officer
  (63G-2-401, the weighing of interests, further appeal to the State Records Committee),
  http://168.177.21.21/rim/CSS/grama-certification/m4s2.html,
  http://www.archives.utah.gov/recordsmanagement/CSS/m4s1.html
  and https://archivesnews.utah.gov/2012/07/19/navigating-the-grama-appeals-process/
- q14 Madison Police Department estimate: Wis. Stat. 19.35(3) (location costs of $50 or more, prepayment over $5),
  https://docs-preview.legis.wisconsin.gov/document/statutes/19.35(7)(a)2., a municipality's fee schedule,
  https://mwtown.gov/government/open-records-requests, and a city's prepayment letter as reported,
  https://www.kenoshanews.com/opinion/columnists/your-right-to-know-record-location-fees-invite-abuses/article_92e04143-c5c2-5573-81b0-065480a8f353.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at b16f424f: 8 of 14 fully right, and 13 of 14 matched to its request by its
number (q05's number, "CP 2026-3318" after the requester's name on the "Re:" line, was not read). Wrong were:
- q01 (q01-ca-chp-cpra-partial.pdf): tracking ['012.R18342', 'R018342-111626'] != R018342-111626; exemptions
  ['Government Code § 7923.600', 'Government Code § 7923.615', 'Government Code § 7927.700', 'Government Code §
  7922.000'] != ['Government Code § 7923.600', 'Government Code § 7923.615', 'Government Code § 7927.700', 'Government
  Code § 7922.000', 'Penal Code § 832.7(a)']
- q03 (q03-fl-ocso-govqa-cost-estimate.eml): kinds ['fee_estimate', 'final_determination'] != ['acknowledged',
  'fee_estimate']; received None != '2026-11-20'; outcome 'partial_grant' != None; pages_released 86 != None
- q04 (q04-ny-nycdoc-foil-ack.eml): received None != '2026-12-03'
- q05 (q05-pa-philadelphia-rtk-partial.txt): tracking [] != CP 2026-3318
- q06 (q06-il-pac-aurora-pd-determination.pdf): outcome 'denied' != 'partial_grant'; exemptions ['5 ILCS
  140/7(1)(d)(i)', '5 ILCS 140/7(1)(c)'] != ['5 ILCS 140/7(1)(d)(i)']
- q11 (q11-mn-doc-data-request-interim.eml): kinds ['final_determination'] != ['interim_release']; outcome
  'partial_grant' != None

After general fixes (a subject line that names the requester and then the office's prefixed number, q05's "Re:
Adebayo-Lindgren CP 2026-3318", now gives the request's number; q01's bare "File No.: 012.R18342" now goes after
"R018342-111626", the number the body says the request was "assigned"; records "not being provided at this time
pursuant to ... Penal Code section 832.7, subdivision (a)" are read as withheld under it; and q04's request
"acknowledged ..., submitted on 12/03/2026" is now received that day, as an acknowledgement of receipt of a request
"submitted on" a day is; and q03's "The statutory basis for any redaction will be provided at the time the records are
produced" is read as what comes with a release to come, not a release, so the estimate stands as an acknowledgement
with its received day and a fee estimate), 12 of 14.

After general fixes (a first installment stays one though it speaks of "final" things that are not its own answer:
personnel "disciplinary data on employees where no final disposition has been reached", and the installment still to
come, "The DOC will review these data again before the final installment": q11 is now an interim release), 13 of 14.

After general fixes (a review that finds one record wrongly kept back and no breach of the law in keeping another, "the
Department improperly withheld the arrest report ..., but did not violate FOIA by withholding the supplementary
investigative reports", decides in part; and the section it upholds by its number alone, "the supplementary reports are
exempt from disclosure under section 7(1)(d)(i)", is read as the Illinois Act's, so that 7(1)(c), cited only in the
Department's denial of the arrest report, is not applied: q06), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout397"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
