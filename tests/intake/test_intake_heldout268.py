"""The two-hundred-and-sixty-eighth held-out set: 14 letters (letters/heldout268) from state and local agencies of
fourteen states that earlier sets used less, in their real structure, formulas and vocabulary, most of them the
everyday letters agencies send: a City of Oakland NextRequest e-mail extending a California Public Records Act
request by fourteen days under Government Code section 7922.535(b); an NYPD Records Access Appeals Officer's FOIL
appeal decision (PDF) affirming a denial under Public Officers Law § 87(2)(e)(i) and § 87(2)(b); a City of Fort Worth
itemized statement of estimated charges under Texas Government Code § 552.2615 (PDF); an Orange County (Florida)
Sheriff's Office JustFOIA completion e-mail releasing pages redacted under s. 119.071, F.S.; a Chicago Police
Department partial grant under 5 ILCS 140/7 with the Public Access Counselor notice (PDF); a City of Tacoma GovQA
five-business-day letter under RCW 42.56.520 with the estimated date of the first installment; a Maricopa County
Sheriff's Office no-records letter under A.R.S. § 39-121; an Atlanta Police Department three-business-day response
under O.C.G.A. § 50-18-71(b)(1)(A) with a cost estimate table under § 50-18-71(d) (Word); a Kent County (Michigan)
notice of extension under MCL 15.235(2)(d) (Word); a Pennsylvania Office of Open Records final determination
granting an appeal in part (PDF); a Boston Police Department partial release under G. L. c. 4, § 7(26)(f) and (c);
a Jersey City OPRA denial by GovQA e-mail (criminal investigatory records, N.J.S.A. 47:1A-1.1 and 47:1A-3(a)); a City
of Raleigh NextRequest acknowledgement e-mail; and a Cleveland Metropolitan School District (Ohio) final response in
Word with a table of R.C. provisions. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 Oakland NextRequest extension: Government Code § 7922.535(b) (written notice of unusual circumstances and the
  date a determination is expected, no more than 14 days),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535 and CDCR's
  operations manual on extension notices, https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
  ; the NextRequest notification layout ("Record request #... has been updated", "View Request ... at",
  "Questions about your request? Reply to this email") as in earlier sets' NextRequest letters.
- h02 NYPD FOIL appeal decision: the NYPD Records Access Appeals Officer (One Police Plaza, Room 1406) and the FOIL
  appeal practice described in Committee on Open Government opinion FOIL-AO-19646,
  http://docs.dos.ny.gov/coog/ftext/f19646.htm, and a requester's appeal to that officer,
  NYCGOV/NYPD/NypdOfficersHomeZip/NYPDOfficerHomeZip_RejectionAppeal.txt in github.com/Bellspringsteen/other.nyc;
  https://publicpersonnellaw.blogspot.com/2020/07/seeking-public-documents-and-records_32.html (denial under
  87(2)(e) upheld by the Records Access Appeals Officer).
- h03 Fort Worth itemized statement: Tex. Gov't Code § 552.2615 (itemized statement over $40, automatic withdrawal
  after 10 business days), https://lawserver.com/law/state/texas/tx-codes/texas_government_code_552-2615, and
  1 T.A.C. § 70.7, http://txrules.elaws.us/rule/title1_chapter70_sec.70.7
- h04 Orange County Sheriff's Office JustFOIA release: the Florida sheriffs' release letters of earlier sets (Chapter
  119 citations in the "s. 119.071(4)(d)2.a., F.S." form) and s. 119.07(4)(d), F.S. (special service charge); no
  new page found in the time available.
- h05 Chicago Police Department partial grant: the Illinois Attorney General's FOIA Guide for Law Enforcement,
  https://dokumen.tips/documents/foia-guide-for-law-enforcement-2017-revised-6-17foia-information-detailing-any.html
  , PAC Op. 19-008 on police-report redactions under 7(1)(b), 7(1)(c) and 7(1)(d)(iv),
  https://municipalminute.ancelglink.com/2019/09/ , and the five-day timeline and extension,
  https://stcharlesil.gov/Services/Police-Services/More-Police-Department-Information/Requesting-Police-Reports
- h06 Tacoma GovQA five-day letter: RCW 42.56.520(1)(c) (acknowledge and give a reasonable estimate of the time),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520 , and
  https://www.co.lincoln.wa.us/public-records/how-are-the-five-business-days-calculated-when-responding-to-a-public-records-request/
- h07 Maricopa County Sheriff's Office no records: A.R.S. § 39-121 et seq. and § 39-121.02 (special action), and the
  earlier sets' Arizona letters; no agency page found in the time available.
- h08 Atlanta Police Department three-day response: O.C.G.A. § 50-18-71(b)(1)(A) and (d) (a description of the
  records and a timetable within three business days, the estimate when costs exceed $25, prepayment only over $500,
  the lowest paid full-time employee's hourly rate, no charge for the first quarter hour),
  https://forsythpl.org/open-records and http://gfaf.org/open_records_request/
- h09 Kent County notice of extension: MCL 15.235(2)(d) (one notice extending by not more than 10 business days),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and the Michigan Attorney General's written public summary,
  https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
- h10 Pennsylvania OOR final determination: OOR final determinations "granted in part and denied in part" as
  described in https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor and
  https://cetient.com/case/5141577/c-picarella-jr-v-doc-oor , the 30-day extension under 65 P.S. § 67.902(b), and the
  OOR's page on appeals after a final determination, https://www.openrecords.pa.gov/Appeals/PostFD.cfm
- h11 Boston Police Department partial release: G. L. c. 66, § 10 and G. L. c. 4, § 7(26), the appeal to the
  Supervisor of Records (950 CMR 32.08), and the earlier sets' Massachusetts letters; no agency page found in the time
  available.
- h12 Jersey City OPRA denial: the Government Records Council's model response and complaint notice,
  https://docsbay.net/doc/681551/insert-requestor-s-name and https://www.nj.gov/grc/public/complaints/time.html ,
  with the GovQA e-mail layout ("--- Please respond above this line ---", "Reference #").
- h13 Raleigh NextRequest acknowledgement: the NextRequest portal (request numbers, updates by e-mail),
  https://thelensnola.org/2016/07/26/city-implements-new-online-system-for-fulfilling-public-records-requests , and
  N.C. Gen. Stat. ch. 132 ("as promptly as possible").
- h14 Cleveland Metropolitan School District final response: R.C. 149.43(A)(1)(v), R.C. 3319.321(B) and
  R.C. 149.433(B), written from the statutes and the earlier sets' Ohio letters; no agency page found in the time
  available.

Sealed measurement: the set was written blind at the start of its round and kept apart from the rules while the
round's fixes were made; it was scored once, after they had landed (main at 75be7d9d).
Blind score: 13 of 14 fully right, and 14 of 14 matched to its request by its number. Misses:
- h05 (h05-chicago-pd-foia-partial.pdf): no pages released, from "Enclosed please find 23 pages of responsive
  records, from which certain information has been redacted under the following sections of the Act:" (a list of
  sections follows).
After general fixes (a list opened by "the following ...:" and run onto the sentence counts no pages), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout268"
# What the rules reach on this set now; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
