"""The three-hundred-and-sixty-sixth held-out set: 14 everyday letters (letters/heldout366) from state and local
offices of fourteen populous and middle states, in the formats they really send: a King County Sheriff's Office
(Washington) GovQA five-day letter under RCW 42.56.520 with its estimate of the first installment; an Austin Police
Department itemized statement of estimated charges and deposit under Sections 552.2615 and 552.263 of the Texas
Government Code; a Broward Sheriff's Office release (PDF) of jail death records redacted under Florida's sections
119.071(4)(d), 119.071(5)(a), 406.136 and 119.0712(2); an NYPD Records Access Appeals Officer's FOIL appeal decision
in Word upholding a denial under Public Officers Law § 87(2)(e)(i) and § 87(2)(b) for a detained man's lawyer; a
Philadelphia Police Department Right-to-Know denial under 65 P.S. § 67.708(b)(16) and (b)(17) and CHRIA; a Chicago
Police Department e-mail taking five more business days under 5 ILCS 140/3(e); a Columbus Division of Police release
of 87 pages redacted under R.C. 149.43 and 149.45 with a restricted video withheld; a DeKalb County School District
(Georgia) three-business-day response and cost estimate under O.C.G.A. § 50-18-71(d), e-mailed with the letter
attached in Word; a North Carolina Office of the Governor no-records letter; a Detroit Police Department FOIA denial
(PDF) of an open homicide file under MCL 15.243(1)(b)(i), (b)(iii) and (a); a City of Newark OPRA letter closing a
request for no reply to its request for clarification (Word); a Maricopa County Sheriff's Office acknowledgement of
an attorney's request for a detained client's jail records; a Denver Police Department CORA/CJRA notice (PDF) taking
seven more working days under C.R.S. § 24-72-203(3)(b); and a Metropolitan Nashville Police Department denial,
e-mailed with the letter attached as PDF, of an in-custody death file under Tenn. R. Crim. P. 16 and Tenn. Code Ann.
§ 10-7-504(a)(2)(A).
Written blind and committed before the rules were run on them.

- v01-wa-kcso-govqa-five-day.eml: P014872-111926, received November 19, first installment by January 8, 2027.
- v02-tx-austin-pd-itemized-charges.txt: R063817-112026, received November 20, estimated charges $367.00 (deposit
  $183.50).
- v03-fl-bso-records-partial.pdf: PRR-2026-11408, 214 pages released with redactions, none withheld in full.
- v04-ny-nypd-foil-appeal-denied.docx: FOIL-2026-056-28841, appeal 26AP-01952 denied, § 87(2)(e)(i) and § 87(2)(b).
- v05-pa-philadelphia-pd-rtk-denial.txt: PPD-RTK-2026-4418 denied, 708(b)(16), CHRIA § 9106(c)(4), 708(b)(17).
- v06-il-cpd-foia-extension.eml: P945512-112326, received November 23, five more business days to December 8.
- v07-oh-columbus-police-partial.txt: 26-09214, 87 pages released with redactions, R.C. 149.43 and 149.45.
- v08-ga-dekalb-schools-cost-estimate.eml: ORR-26-1137, received November 20, estimated cost $380.84.
- v09-nc-governor-no-records.txt: GOV-PRR-2026-0871, no responsive records.
- v10-mi-detroit-pd-foia-denial.pdf: FOIA 26-4903 denied, MCL 15.243(1)(b)(i), (1)(b)(iii) and (1)(a).
- v11-nj-newark-opra-closed-no-reply.docx: W142286-102926, closed as withdrawn after no reply to a request for
  clarification.
- v12-az-mcso-public-records-ack.txt: PRR 26-031547, received November 18.
- v13-co-denver-pd-records-extension.pdf: D013962-112426, received November 24, seven more working days to December 9.
- v14-tn-mnpd-records-denial.eml: R009981-111826 denied, Tenn. R. Crim. P. 16(a)(2) and Tenn. Code Ann. §
  10-7-504(a)(2)(A).

Real sources each letter is modelled on:
- v01: https://cd10-prod.kingcounty.gov/en/dept/sheriff/courts-jails-legal-system/sheriff-records/faqs (KCSO's
  five-business-day answers and fees); https://muckrock.com/foi/king-county-73/public-disclosure-legal-log-2014-07-king-county-sheriffs-office-12582.
- v02: https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615 (the itemized statement);
  https://instalawyer.io/laws/texas-statutes/section-552263-bond-for-payment; https://www.lonestar.edu/Costs.htm.
- v03: https://bluelockarabic.com/police-report-records-florida-4307 (Florida Sheriffs Association public records
  overview: exemptions a sheriff redacts); https://www.slwsd.org/Customer-Service/Public-Records-Request (stating the
  statutory basis of each redaction, § 119.07(1)(e)); https://mcsofl.org/189/Receive-a-Report.
- v04: https://publicpersonnellaw.blogspot.com/2020/07/seeking-public-documents-and-records_32.html?m=1 (the NYPD
  Records Access Appeals Officer's denial under § 87(2)(e)); http://ecases.us/case/nysupct/c1602396/gallogly-v-city-of-new-york;
  http://docs.dos.ny.gov/coog/ftext/f19646.htm.
- v05: https://vi.scribd.com/document/317542444/Response-from-PPD-on-Google-stickers (a Philadelphia Police
  Department RTKL answer); https://brainscape.com/flashcards/directive-814-right-to-know-9584152/packs/14326792 (PPD
  Directive 8.14: appeals to the Office of Open Records or the District Attorney's appeals officer).
- v06: https://zrfmlaw.com/illinois-public-access-counselor-releases-fourth-opinion-of-2016/ (CPD's five-day
  extension under Section 3(e)); https://codelibrary.amlegal.com/codes/woodriveril/latest/woodriver_il/0-0-0-612.
- v07: https://ohiocourtofclaims.gov/public-records/; letters/heldout306 y08's source (Columbus police redactions).
- v08: https://forsythpl.org/open-records (the three business days and the hourly charge);
  http://gfaf.org/open_records_request/ (O.C.G.A. § 50-18-71(d) estimate over $25).
- v09: http://medialaw.ncpress.com/stories/which-records-are-public-records-and-which-are-not,60; N.C.G.S. §
  132-6.2(e).
- v10: https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses;
  http://www.olcplc.com/public/media?1298924990.
- v11: https://www.nj.gov/grc/decisions/2005-80.html (no clarification given, denial proper);
  https://law.justia.com/cases/new-jersey/appellate-division-published/2005/a0128-04-opn.html (MAG Entertainment).
- v12: https://www.azleg.gov/ars/39/00121-01.htm (A.R.S. § 39-121.01, promptly).
- v13: https://law.cornell.edu/regulations/colorado/7-CCR-1103-17-3 (Colorado time counting); C.R.S. §
  24-72-203(3)(b) (seven working days for extenuating circumstances).
- v14: http://law.justia.com/cases/tennessee/workers-compensation/2016/m2014-00524-sc-r11-cv.html (The Tennessean v.
  Metropolitan Government: Rule 16 within § 10-7-503(a)(2)); http://ecases.us/case/tennctapp/c3658073/scripps-media-inc-v-tennessee-department-of-mental-health-and-substance.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 836a6ac3: 13 of 14 fully right. Wrong were:
- v06 (v06-il-cpd-foia-extension.eml): expected_by None != '2026-12-08'

After general fixes (an extension's new day after "up to and including" or "to and including", as after "until" or
"through": "CPD is extending the time to respond to your request by an additional five (5) business days, up to and
including December 8, 2026"), 14 of 14: v06 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout366"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
