"""The three-hundred-and-fifty-second held-out set: 14 everyday letters (letters/heldout352) from state and local
offices of fourteen populous and middle states, in the formats they really send: a San Francisco Police Department
NextRequest e-mail extending the time to answer a CPRA request by fourteen days under Government Code § 7922.535; a
Harris County Sheriff's Office release of 38 pages redacted under Sections 552.130 and 552.147 of the Texas Government
Code without an Attorney General ruling; an Orange County (Florida) Corrections Department special service charge
estimate (PDF) under section 119.07(4)(d); a New York Executive Chamber FOIL acknowledgement in Word with its
approximate date; an Allegheny County Right-to-Know Law notice taking thirty more days under 65 P.S. § 67.902 for jail
records asked by a detained man's lawyer; a University of Illinois System FOIA answer, e-mailed with the letter
attached as PDF, releasing pages redacted under 5 ILCS 140/7(1)(c) and withholding drafts under 7(1)(f); a Cuyahoga
County Sheriff's no-records letter under R.C. 149.43; a Fulton County Sheriff's Office JustFOIA three-business-day
response under O.C.G.A. § 50-18-71(b)(1)(A) with the day the records will be ready; a North Carolina State Highway
Patrol letter closing a request for no reply to its question; a Wayne County Sheriff's Office (Michigan) fee estimate
and good-faith deposit notice (PDF); a Rutgers University OPRA denial in Word (deliberative material, personnel
records); a Virginia Department of Health partial release (PDF) under Va. Code § 2.2-3705.5(1); a Massachusetts
Supervisor of Records determination upholding a police department's withholding under Exemption (f) (docket only); and
an Indianapolis Metropolitan Police Department denial e-mailed with the letter attached in Word (investigatory records,
law enforcement recordings).
Written blind and committed before the rules were run on them.

- s01-ca-sfpd-nextrequest-extension.eml: SFPD request #26-6184, received November 13, extended 14 days to December 7.
- s02-tx-harris-county-sheriff-partial.txt: HCSO-PIR-26-18834, 38 pages with Gov't Code § 552.130 and § 552.147
  redactions.
- s03-fl-orange-corrections-special-service-charge.pdf: PRR 26-4471, received November 18, estimate of $227.28.
- s04-ny-executive-chamber-foil-ack.docx: FOIL #2026-EC-01143, received November 19, answer on or about February 26,
  2027.
- s05-pa-allegheny-jail-rtk-extension.txt: RTK 26-RTK-0512, received November 17, thirty more days, response by
  December 24.
- s06-il-uofi-foia-partial.eml: FOIA 26-1187, 112 pages released with redactions, 4 withheld, 7(1)(c) and 7(1)(f).
- s07-oh-cuyahoga-sheriff-no-records.txt: R004417-111626, no responsive records.
- s08-ga-fulton-sheriff-three-day.eml: 2026-FCSO-03391, received November 30, records by December 18.
- s09-nc-shp-closed-no-reply.txt: SHP-PRR-26-2174, closed as withdrawn after no reply to a request for clarification.
- s10-mi-wayne-sheriff-foia-fee-deposit.pdf: FOIA 2026-0937, received November 17, estimated fee $392.62 (deposit
  $196.31).
- s11-nj-rutgers-opra-denial.docx: OPRA R-26-1642 denied, N.J.S.A. 47:1A-1.1 and 47:1A-10.
- s12-va-vdh-foia-partial.pdf: VDH FOIA 26-0866, 61 pages released (some redacted), 3 withheld, § 2.2-3705.5(1).
- s13-ma-spr-appeal-determination-upheld.txt: SPR26/2319, the withholding under G. L. c. 4, § 7(26)(f) upheld.
- s14-in-impd-records-denial.eml: IMPD-PRR-26-5529 denied, IC 5-14-3-4(b)(1) and IC 5-14-3-5.2.

Real sources each letter is modelled on:
- s01: http://sf-police.org/index.aspx?page=4354 (SFPD public records procedures);
  https://project-paper-trail.pages.dev/public-records-foia-guide/california/san-francisco (NextRequest, CPRA).
- s02: http://txrules.elaws.us/rule/title1_chapter63_sec.63.12 (redactions under 552.130(c) without a ruling);
  https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016.
- s03: https://www.fkaa.com/282/Public-Records-Request and
  https://www.mymanatee.org/home/government/departments/property-management/public-records.html (special service
  charge under 119.07(4)(d)).
- s04: https://lists.cpunks.org/archives/list/cypherpunks@lists.cpunks.org/thread/WRIUMUJ4RTSQ3BDUETAGYNPFDHB2C6PM
  (Executive Chamber FOIL letter); https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act
  (§ 89(3) acknowledgement with approximate date).
- s05: https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time;
  http://panewsmedia.org/newspublications/news/2017/10/04/legal-hotline---rtkl-time-extension-voluminous.
- s06: http://ilrules.elaws.us/iac/t2_pt6000_sec.6000.250 (contents of a denial);
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425 (review by the Public Access
  Counselor).
- s07: https://ohiocourtofclaims.gov/public-records/ (R.C. 2743.75 complaints);
  http://law.justia.com/cases/ohio/fourth-district-court-of-appeals/2023/22ca9-1.html (a sheriff's answer).
- s08: https://www.valdostadailytimes.com/news/local_news/making-an-open-records-request/article_b0d92fd7-3d71-5136-a0c5-f704a336bfdc.html;
  https://www.readkong.com/page/georgia-s-sunshine-laws-a-citizen-s-guide-to-open-government-9908759.
- s09: https://ncsbe-nc.nextrequest.com/faqs (a North Carolina state portal's answers);
  http://medialaw.ncpress.com/stories/which-records-are-public-records-and-which-are-not,60 (law enforcement
  recordings under N.C. Gen. Stat. § 132-1.4A).
- s10: https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform;
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses.
- s11: http://www.nj.gov/grc/decisions/2006-56.html (Kean University, deliberative material);
  https://vdocuments.mx/citizens-guide-to-opra-july-2011.html.
- s12: https://vdh.virginia.gov/commissioner/administration/freedom-of-information-act;
  https://visitlouisa.com/FAQ.aspx?QID=190 (the five responses of § 2.2-3704(B)).
- s13: http://www.baystateexaminer.com/articles/state-secrets (a Supervisor's determination upholding Exemption (f));
  http://www.rcfp.org/massachusetts-open-government-guide/iv-record-categories-open-or-closed/n-police-records.
- s14: https://law.justia.com/codes/indiana/2017/title-5/article-14/chapter-3/section-5-14-3-5.2/;
  https://law.counselstack.com/statute/in/5-14-3-4.4.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at f3c80585: 11 of 14 fully right. Wrong were:
- s05 (s05-pa-allegheny-jail-rtk-extension.txt): kinds ['extension'] != ['acknowledged', 'extension']; received None !=
  '2026-11-17'; expected_by None != '2026-12-24'
- s10 (s10-mi-wayne-sheriff-foia-fee-deposit.pdf): kinds ['fee_estimate', 'final_determination'] != ['acknowledged',
  'fee_estimate']; received None != '2026-11-17'; outcome 'partial_grant' != None; exemptions ['MCL 15.243(1)(a)', 'MCL
  15.243(1)(b)(iii)'] != None
- s11 (s11-nj-rutgers-opra-denial.docx): exemptions ['N.J.S.A. 47:1A-1.1'] != ['N.J.S.A. 47:1A-1.1', 'N.J.S.A.
  47:1A-10']

After general fixes, 12 of 14: s05's "65 P.S. §§ 67.101 et seq. Your
request was received by the Open Records Office on November 17, 2026, and seeks: "All grievances, grievance responses
and appeals filed by ..."" is two sentences (a citation closed by "et seq." before a sentence's opening word), and the
request's own words quoted, an "appeal" among them, make no appeal of it: the request acknowledged, received November
17. 13 of 14: s10's "Your request is granted in part and denied in part as explained below, and the Sheriff's
Office will provide the public records that are not exempt upon payment of the fee set out in this notice" grants only
on payment, a fee notice with its deposit (as heldout219's i14, "granted in part and denied in part, ... upon receipt
of the good-faith deposit"), no determination yet. 14 of 14: s11's "Under N.J.S.A. 47:1A-10, the personnel or pension
records of any individual ... shall not be considered a government record", the law's own words for what it keeps
from the public, after the sentence that classes the records so, is its second ground.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout352"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
