"""The four-hundred-and-sixty-sixth held-out set: 14 letters (letters/heldout466) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a U.S. Commission on Civil Rights
Office of the General Counsel e-mail acknowledging an appeal with its appeal number and day of receipt; a SIGAR
appeal decision (PDF) affirming Exemptions 5 and 7(A) for an open investigation's interview summaries; a Defense
Nuclear Facilities Safety Board General Manager's appeal decision in Word granted in part, with a table, releasing
14 pages and keeping 6 withheld under Exemption 5; an ONDCP appeal decision reversing an Exemption 5 withholding of
final guidance (9 pages to follow under separate cover); a Department of Labor Solicitor's letter remanding a Wage
and Hour Division no-records answer for a new search; a New York State Police FOIL appeal determination (PDF)
modifying a denial, releasing 31 redacted pages and keeping 12 withheld; a Federal Highway Administration e-mail
supplemental release after OGIS-facilitated discussions; a Jacksonville Sheriff's Office production after a circuit
court's final judgment on a petition for writ of mandamus; a HUD Office of Inspector General letter asking whether
the requester is still interested, with the 30-day close; a VA Office of Inspector General letter (PDF) closing a
request that is now in a lawsuit; a DOJ Office of Professional Responsibility third interim production in litigation;
a City of Wichita release under the Kansas Open Records Act after the Attorney General's review and a consent
agreement; a Chemical Safety Board e-mail closing a non-response appeal as moot; and a U.S. Trade and Development
Agency letter in Word confirming a withdrawal after OGIS mediation. Written blind and committed before the rules
were run on them.

- u01-usccr-appeal-ack.eml: USCCR OGC appeal acknowledgement, appeal USCCR-A-2027-003 of request USCCR-2026-00047,
  received December 4, 2026.
- u02-sigar-appeal-affirmed.pdf: SIGAR OGC, appeal SIGAR-27-0006-A of request SIGAR-26-0188-F, denied: Exemptions 5
  and 7(A) upheld ("the initial determination is affirmed, and your appeal is denied").
- u03-dnfsb-appeal-partly.docx: DNFSB General Manager, appeal 2027-A-002 of request 2026-0041, granted in part: 14
  pages released (11 in full, 3 in part), 6 still withheld in full under Exemption 5; a table of the records.
- u04-ondcp-appeal-reversed.txt: ONDCP OGC, appeal 2027-APP-004 of request 2026-ONDCP-00119, reversed: the nine-page
  memorandum to be released without redaction.
- u05-dol-whd-appeal-remanded.txt: DOL Office of the Solicitor, appeal 2027-AP-00087 of WHD request 2026-F-10442,
  remanded to WHD for a new search (Regional Office files, contractors' names).
- u06-nysp-foil-appeal-decision.pdf: New York State Police Records Access Appeals Officer, appeal AP-26-0412 of FOIL
  request 26-3817, modified: 12 pages withheld under Public Officers Law § 87(2)(e)(i), 31 pages released with
  redactions under § 87(2)(b) and § 87(2)(f).
- u07-fhwa-supplemental-after-ogis.eml: FHWA supplemental response after OGIS, FOIA Control No. 2026-0573, 44 pages
  (29 in full, 15 in part), 2 withheld, Exemptions 4 and 6.
- u08-fl-jso-release-after-court-order.txt: Jacksonville Sheriff's Office production after a final judgment on a
  petition for writ of mandamus, PRR-26-11873, 63 pages, redactions under Fla. Stat. § 119.071(2)(c), (2)(j) and
  (4)(d)2.a.
- u09-hudoig-still-interested.txt: HUD OIG "still interested?" letter, OIG-FOIA-26-0318, 30 calendar days to reply.
- u10-vaoig-closed-litigation.pdf: VA OIG administrative closure of 27-00042-FOIA because the request is in
  litigation.
- u11-opr-litigation-production.txt: DOJ OPR third interim production in litigation, F-26-00091, 412 pages processed,
  318 in full, 61 in part, 33 withheld, Exemptions 5, 6 and 7(C).
- u12-ks-wichita-pd-release-after-ag.txt: City of Wichita KORA release after the Attorney General's review,
  WPD-KORA-2026-2214, 27 pages, redactions under K.S.A. 45-221(a)(30), (a)(10) and (a)(4).
- u13-csb-appeal-moot.eml: CSB, appeal A-2027-01 of request 2026-0087, non-response appeal closed as moot after the
  final response.
- u14-ustda-withdrawn-after-ogis.docx: USTDA confirms the withdrawal of USTDA-FOIA-2026-00029 after OGIS mediation.

Conventions followed: an appeal decision that recalls the day the appeal was received (u04) logs no receipt; pages an
appeal decision orders released are released (u03, u04, u06); a litigation production's next production date is no
completion date (u11); a withdrawal confirmed is a final determination, withdrawn (u14).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- u01 USCCR appeal acknowledgement: 45 C.F.R. part 704 (the Commission's FOIA rules) and the appeal
  acknowledgements of earlier sets; the OGIS guidance on notices, http://www.justice.gov/oip/blog/foia-post-2010-oip-guidance-notifying-requesters-mediation-services-offered-ogis
- u02 SIGAR appeal decision: SIGAR's FOIA pages (Office of Privacy, Records, and Disclosure, 2530 Crystal Drive),
  https://sigar.mil/FOIA and
  https://www.sigar.mil/contact/foia/foia.aspx?SSR=9&SubSSR=38&Sub2SSR=25&WP=SIGAR%20FOIA%20Policy, 5 C.F.R. part
  9301, https://checkoutapi.com/regulations/expand/title5_chapterLXXXIII_part9301_subpartA_subjgrp58_section9301.11,
  and SIGAR's letter templates ("Re: [Case Number]"), https://fdocuments.in/document/12-f-0002-responsive-records.html
- u03 DNFSB appeal decision: 10 C.F.R. part 1703 (appeals decided by the General Manager) and the Board's status as
  an agency under the FOIA,
  https://huggingface.co/datasets/AdamLucek/quickb-qa/viewer/default/train?p=10 (the D.C. Circuit's holding quoted)
- u04 ONDCP appeal decision: the OIP guidance on OGIS notices,
  http://www.justice.gov/oip/blog/foia-post-2010-oip-guidance-notifying-requesters-mediation-services-offered-ogis,
  and the reversals of earlier sets.
- u05 DOL remand: 29 C.F.R. 70.22 to 70.24 (appeals to the Solicitor of Labor, FOIA Appeals Unit, Division of
  Management and Administrative Legal Services, Room N-2420), https://stepo.ai/osha/70/70.22,
  https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24 and
  https://regulations.justia.com/regulations/fedreg/2017/01/23/2017-00453.html
- u06 New York State Police FOIL appeal: Public Officers Law § 89(4)(a) and agencies' appeal rules (ten business
  days, copies to the Committee on Open Government, Article 78 within four months),
  http://docs.dos.ny.gov/coog/ftext/f19091.html,
  https://regulations.justia.com/states/new-york/title-21/chapter-xv/part-700/section-700-6/ and
  https://d1tvxue8o4w0fl.cloudfront.net/regulation/new-york-codes-rules-and-regulations/title-21-miscellaneous/chapter-lxxv-new-york-city-municipal-water-finance-authority/part-9650-rules-and-regulations-pertaining-to-the-administration-of-the-freedom-of-information-law/section-96506-procedures-for-appeals
- u07 FHWA supplemental release after OGIS: the OGIS mediation process (case number, FOIA Public Liaison),
  https://www.archives.gov/ogis/mediation-program/mediation-process and
  https://foia.blogs.archives.gov/2022/10/19/understanding-the-office-of-government-information-services-part-2-4/
- u08 Jacksonville Sheriff's Office production after a court's judgment: Chapter 119, Florida Statutes, and the
  Florida productions of earlier sets.
- u09 HUD OIG still-interested letter: the still-interested letters of earlier sets and the OGIS account of FOIA
  Public Liaisons, https://foia.blogs.archives.gov/2022/10/19/understanding-the-office-of-government-information-services-part-2-4/
- u10 VA OIG closure for litigation: the closures for litigation of earlier sets.
- u11 DOJ OPR litigation production: the litigation productions of earlier sets (Bates ranges, Joint Status Report,
  AUSA as contact).
- u12 City of Wichita release after the Attorney General: KORA, K.S.A. 45-215 et seq. and 45-221, and the Attorney
  General's complaint handling, https://www.rcfp.org/open-government-guide/kansas-2/,
  https://splc.org/template-kansas/ and https://docslib.org/doc/9859029/koma-kora-report
- u13 CSB appeal closed as moot: 40 C.F.R. part 1601 (appeals of denials, 1601.23),
  https://thefederalregister.org/82-FR/45500 and https://www.lawserver.com/law/country/us/cfr/40_cfr_1601-1
- u14 USTDA withdrawal after OGIS: the OGIS mediation program, https://www.archives.gov/ogis/mediation-program/about-mediation-program

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 1fe02651: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout466"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
