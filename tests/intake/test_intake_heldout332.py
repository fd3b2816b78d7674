"""The three-hundred-and-thirty-second held-out set: 14 everyday letters (letters/heldout332) from state and local
offices of fourteen states little covered before, police and sheriff's offices, a county jail, state corrections, a
governor's office, an attorney general, a health department, a school district and a records commission, some through
records portals, in their real structure, formulas and vocabulary: an Alaska Department of Corrections notice stating
the day a Public Records Act request was received and extending the ten working days of 2 AAC 96.325(a) by ten more
under 2 AAC 96.325(d); a Denver Public Schools (Colorado) GovQA cost estimate for CORA research and retrieval under
C.R.S. § 24-72-205(6), the first hour free; a Connecticut Freedom of Information Commission final decision (PDF)
ordering the Department of Correction to disclose records it had withheld under § 1-210(b)(18), G.S. (docket only); an
Ada County Sheriff's Office (Idaho) notice of denial of an investigative file under Idaho Code § 74-124(1)(a) and
(1)(c); an Indianapolis Metropolitan Police Department JustFOIA completion e-mail carrying its APRA response (PDF),
records released with redactions under IC 5-14-3-4(b)(1) and (a)(12); a Kentucky Department of Corrections open records
response (PDF) to a lawyer for an incarcerated person, released with redactions under KRS 61.878(1)(a), KRS 197.025(1)
and KRS 61.878(1)(l) and post orders withheld; a Missouri Attorney General's Office three-business-day letter under
RSMo 610.023.3 with the earliest day and a cost estimate under RSMo 610.026; a Yellowstone County Sheriff's Office
(Montana) letter closing a request as withdrawn after no reply to its fee estimate; a New Hampshire Department of
Health and Human Services Right-to-Know response in Word with a page table, under RSA 91-A:5, IV and RSA 169-C:25; an
Oklahoma County Criminal Justice Authority NextRequest closing e-mail finding no records of a detention agreement with
ICE; a Rhode Island Department of Corrections e-mail carrying an APRA extension letter (PDF) taking the twenty more
business days of R.I. Gen. Laws § 38-2-3(e); a Utah Department of Corrections GRAMA response in Word with a record
table, under Utah Code § 63G-2-302(2)(d), § 63G-2-305(10) and (13) and § 63G-2-302(1)(b); a Vermont Department of
Corrections Commissioner's decision (PDF) upholding a denial under 1 V.S.A. § 317(c)(7), § 317(c)(1) and 28 V.S.A. §
107(b); and a West Virginia Office of the Governor FOIA response under W. Va. Code § 29B-1-4(a)(2) and (a)(8).
Committed before the rules were run on them.

- b01-ak-doc-pra-extension.txt: Alaska DOC, received November 12, 2026, ten more working days under 2 AAC 96.325(d),
  records expected by December 11, 2026.
- b02-co-dps-cora-govqa-estimate.eml: Denver Public Schools GovQA cost estimate, 11 hours at $41.37, $455.07.
- b03-ct-foic-final-decision.pdf: Connecticut FOI Commission final decision, Docket #FIC 2026-0274, the Department of
  Correction's claim under § 1-210(b)(18), G.S. rejected and the records ordered disclosed.
- b04-id-acso-records-denial.txt: Ada County Sheriff's Office notice of denial of an in-custody death investigation
  file, Idaho Code § 74-124(1)(a) and (1)(c).
- b05-in-impd-justfoia-partial.eml: IMPD APRA response (PDF attached), 23 pages produced, narratives and Social
  Security numbers redacted, IC 5-14-3-4(b)(1) and (a)(12).
- b06-ky-doc-open-records-partial.pdf: Kentucky DOC, 41 pages provided with redactions, 6 pages of post orders
  withheld, KRS 61.878(1)(a), KRS 197.025(1), KRS 61.878(1)(l).
- b07-mo-ago-sunshine-three-day.txt: Missouri Attorney General's Office, received November 16, 2026, records on or
  before December 18, 2026, estimated cost $213.40.
- b08-mt-ycso-closed-no-reply.txt: Yellowstone County Sheriff's Office, request closed and considered withdrawn for no
  reply to the fee estimate.
- b09-nh-dhhs-rtk-partial.docx: New Hampshire DHHS, 118 pages produced (41 redacted), 24 withheld, RSA 91-A:5, IV and
  RSA 169-C:25.
- b10-ok-ocdc-nextrequest-no-records.eml: Oklahoma County Criminal Justice Authority NextRequest closure, no
  responsive records.
- b11-ri-doc-apra-extension.eml: Rhode Island DOC extension letter (PDF attached), received November 9, 2026, twenty
  more business days, response on or before December 23, 2026.
- b12-ut-udc-grama-partial.docx: Utah DOC GRAMA response, 57 pages released with redactions, 9 pages of medical records
  and the video withheld, Utah Code § 63G-2-302(2)(d), § 63G-2-305(10), § 63G-2-305(13), § 63G-2-302(1)(b).
- b13-vt-doc-appeal-decision.pdf: Vermont DOC Commissioner's appeal decision, denial upheld, 1 V.S.A. § 317(c)(7),
  § 317(c)(1), 28 V.S.A. § 107(b).
- b14-wv-governor-foia-partial.txt: West Virginia Office of the Governor, 143 pages provided (some redacted), 12
  withheld, W. Va. Code § 29B-1-4(a)(2) and (a)(8).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 Alaska DOC extension: 2 AAC 96.325 (ten working days; an extension of not more than ten more working days by a
  notice stating the reasons and the date, and that it is not invoked for purposes of delay; the time for fees
  excluded),
  https://d1tvxue8o4w0fl.cloudfront.net/regulation/alaska-administrative-code/title-2-administration/chapter-96-public-information/article-3-requests-for-public-records/section-2-aac-96325-response-to-request-time-limits
  and https://akpublicrecords.org/guides/alaska-public-records-10-day-deadline-explained
- b02 Denver Public Schools cost estimate: C.R.S. § 24-72-205(6) (first hour free, the maximum hourly rate of $41.37
  since July 2024),
  https://coloradofoic.org/colorado-governments-quickly-adopt-new-maximum-cora-research-and-retrieval-fee-rate-of-41-37/
  , https://resources.csi.state.co.us/cora and
  https://www.communityleadershipacademy.org/uncategorized/colorado-open-records-act-cora/ ; the GovQA layout of
  earlier sets ("--- Please respond above this line ---").
- b03 Connecticut FOI Commission final decision: the Commission's caption, findings and order ("The respondents shall
  forthwith provide ..."), https://vdocument.in/foi-proposed-final-decision-rose-secore.html and
  https://portal.ct.gov/FOI/Decisions/Final-Decisions/Final-Decisions ; § 1-210(b)(18), G.S.
- b04 Ada County Sheriff's Office denial: Idaho Code § 74-115 (the petition to the district court within 180 days),
  https://legislature.idaho.gov/statutesrules/idstat/title74/t74ch1/sect74-115/ , and the Attorney General's Idaho
  Public Records Law Manual, https://copiara.org/affidavit-of-compliance-with-withheld-judgment-idaho-8309
- b05 IMPD APRA response: IC 5-14-3-5 (the arrest and daily log information that must be released),
  https://law.justia.com/codes/indiana/2017/title-5/article-14/chapter-3/section-5-14-3-5/ , and the Public Access
  Counselor's handbook on law enforcement recordings, https://newsnowindy.com/foia-laws ; the JustFOIA completion
  e-mail as in earlier sets.
- b06 Kentucky DOC response: KRS 197.025(1) incorporated by KRS 61.878(1)(l), and the Attorney General's open records
  decisions on Department of Corrections responses, https://kyopengov.org/law/ag/2020/20-ord-086 ,
  https://cforigin.kyopengov.org/law/ag/2020/20-ord-073 and https://kyopengov.org/law/ag/2022/22-ord-088
- b07 Missouri Attorney General's Office three-day letter: RSMo 610.023.3 and 610.026,
  https://dor.mo.gov/sunshine-request/request.html and https://www.ssdmo.org/Page/1154 (a response with the estimated
  cost by the end of the third business day).
- b08 Yellowstone County Sheriff's Office closure: Mont. Code Ann. § 2-6-1006 (the estimated fee paid before the
  records are gathered),
  https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0100/section_0060/0020-0060-0100-0060.html , and
  https://montanatransparencyproject.org/timeline-fees (a request closed after 30 days without a reply).
- b09 New Hampshire DHHS response: RSA 91-A:4, IV and 91-A:5, IV as in the earlier sets' New Hampshire letters; no
  agency page found in the time available.
- b10 Oklahoma County Criminal Justice Authority closure: 51 O.S. § 24A.1 et seq.; the NextRequest closing e-mail
  layout of earlier sets; no agency page found in the time available.
- b11 Rhode Island DOC extension: R.I. Gen. Laws § 38-2-3(e) (ten business days, twenty more for good cause), as
  restated in the agencies' APRA regulations,
  https://d1tvxue8o4w0fl.cloudfront.net/regulation/rhode-island-administrative-code/title-810-public-utilities-commission/chapter-00-general-administration/subchapter-00-na/part-2-access-to-public-records-regulation-810-ricr-00-00-2/section-810-ricr-00-00-24-procedure-for-requesting-public-records
- b12 Utah DOC GRAMA response: Utah Code § 63G-2-401 (appeal to the chief administrative officer within 30 days, the
  contents of the notice of appeal), https://lexace.ai/us/statute/utah/63G-2-401 and
  https://dhhs.utah.gov/oah/grama-appeals/
- b13 Vermont DOC appeal decision: 1 V.S.A. § 318 (the head of the agency's determination on appeal, notice of judicial
  review under § 319), http://vermont-archives.org/records/right-to-know/response.html ,
  https://www.sec.state.vt.us/archives-records/state-archives/government-history/continuing-issues/access-to-public-records/procedure-and-enforcement.aspx
  and https://www.rcfp.org/open-government-guide/vermont/
- b14 West Virginia Office of the Governor response: the Attorney General's Freedom of Information Act handbook,
  https://fdocuments.us/document/freedom-of-information-act-handbook-office-of-the-west-virginia.html , and
  https://www.rcfp.org/open-government-guide/west-virginia/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 96bb9cfe: 8 of 14 fully right. Wrong were:
- b02 (b02-co-dps-cora-govqa-estimate.eml): amount 41.37 != 455.07
- b04 (b04-id-acso-records-denial.txt): exemptions ['Idaho Code § 74-124(1)(a)', 'Idaho Code § 74-112'] != ['Idaho Code
  § 74-124(1)(a)', 'Idaho Code § 74-124(1)(c)']
- b05 (b05-in-impd-justfoia-partial.eml): exemptions ['IC 5-14-3-4(b)(1)'] != ['IC 5-14-3-4(b)(1)', 'IC
  5-14-3-4(a)(12)']
- b07 (b07-mo-ago-sunshine-three-day.txt): kinds ['acknowledged', 'extension', 'fee_estimate'] != ['acknowledged',
  'fee_estimate']
- b08 (b08-mt-ycso-closed-no-reply.txt): outcome 'partial_grant' != 'withdrawn'; exemptions ['MCA 44-5-303'] != None
- b09 (b09-nh-dhhs-rtk-partial.docx): exemptions ['RSA 91-A:5, IV', 'RSA 169-C:25', 'RSA 91-A:7-a'] != ['RSA 91-A:5,
  IV', 'RSA 169-C:25']

After general fixes (the result of a fee's computation read as the estimate, not the hourly rate it multiplies: "11
hours x $41.37 per hour = $455.07"; New Hampshire's complaint to the Right-to-Know Ombudsman, "file a complaint with
the Right-to-Know Ombudsman under RSA 91-A:7-a", read as review and not a ground; Missouri's three-business-day
answer under RSMo 610.023.3, "For these reasons, the records are not immediately available. We anticipate that
responsive records will be available on or before December 18, 2026.", read as the first answer with its day, as the
earlier sets' Missouri letters log it, and not as more time; the law's bar said as the office's rule, the section
standing alone after it, "A public agency may not disclose a Social Security number contained in the records of the
agency. IC 5-14-3-4(a)(12).", read as a ground; the staff time an earlier letter said the request
would take, redacting among its tasks, "would require approximately 14 hours of staff time to locate, retrieve and
review the responsive records, and to redact information protected by ...", read as no redaction made, so that the
closure "we have closed your request and consider it withdrawn" is the outcome), 13 of 14.

After further general fixes (the harm the release of several records named together would do, "Release of the
reports, witness statements, photographs and video at this stage would reveal ...", read as withholding, so that the
section standing alone after it, "Idaho Code § 74-124(1)(c).", is a ground), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout332"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
