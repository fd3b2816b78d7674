"""The three-hundred-and-fifty-eighth held-out set: 14 everyday letters (letters/heldout358) from state and local
offices of fourteen smaller states, in the formats they really send: a Portland (Maine) Police Department FOAA
acknowledgement e-mailed with its good-faith estimate of the time to answer under 1 M.R.S. § 408-A(3); a Burlington
Police Department (Vermont) partial release under 1 V.S.A. § 317(c)(5)(A)(i), (c)(7) and (c)(1); a Montana Department
of Corrections fee estimate (PDF) for a detained man's lawyer under Mont. Code Ann. § 2-6-1006; a West Virginia
Governor's Office FOIA denial in Word (internal memoranda, personal privacy); a Hinds County Sheriff's Office
(Mississippi) no-records letter about the Raymond Detention Center; a Little Rock Police Department Arkansas FOIA
answer, e-mailed with the letter attached as PDF, releasing internal affairs records redacted and withholding files
not yet administratively final under Ark. Code Ann. § 25-19-105(c)(1); a Tulsa County Sheriff's Office (Oklahoma)
letter closing an Open Records Act request for no reply to its question; a Rhode Island Department of Corrections
APRA letter, attached in Word to an e-mail, taking twenty more business days under R.I. Gen. Laws § 38-2-3(e); an
Omaha Police Department denial (PDF) under Neb. Rev. Stat. § 84-712.05(5) and (7); a Las Vegas Metropolitan Police
Department GovQA notice under NRS 239.0107(1)(c) with the day the records will be available; a Salt Lake City School
District GRAMA appeal decision in Word affirming the denial; a North Dakota Attorney General open records opinion
finding a police department late but right to withhold active criminal investigative information (docket only); a
University of South Carolina FOIA partial release (PDF); and a Manchester School District (New Hampshire)
Right-to-Know first installment.
Written blind and committed before the rules were run on them.

- g01-me-portland-pd-foaa-ack.eml: PPD-FOAA-2026-0418, received November 19, response estimated by January 8, 2027.
- g02-vt-burlington-pd-pra-partial.txt: BPD-PRR-2026-0733, 47 pages released redacted, 6 withheld, 1 V.S.A. §
  317(c)(5)(A)(i), (c)(7), (c)(1) and 20 V.S.A. § 2056a.
- g03-mt-doc-fee-estimate.pdf: DOC-PIR-2026-1147, received November 18, estimated cost $503.25, payable in advance.
- g04-wv-governor-foia-denial.docx: GOV-FOIA-26-0291 denied, W. Va. Code § 29B-1-4(a)(8) and (a)(2).
- g05-ms-hinds-sheriff-no-records.txt: HCSO-PRR-2026-0862, no responsive records.
- g06-ar-little-rock-pd-foia-partial.eml: LRPD-FOI-26-3318, 23 pages released redacted, 41 withheld,
  § 25-19-105(c)(1), (b)(12) and (b)(6).
- g07-ok-tulsa-sheriff-closed-no-reply.txt: ORR-2026-04471, closed after no reply to a request for clarification.
- g08-ri-doc-apra-extension.eml: 2026-APRA-0587, received November 17, extended twenty business days.
- g09-ne-omaha-pd-records-denial.pdf: OPD-26-2291 denied, Neb. Rev. Stat. § 84-712.05(5) and (7).
- g10-nv-lvmpd-govqa-five-day.eml: R004982-112426, received November 24, records on or before January 22, 2027.
- g11-ut-slcsd-grama-appeal-decision.docx: appeal A26-014 of request 26-0311, denial affirmed, FERPA and Utah Code §
  63G-2-302(2)(d), 63G-2-305(10), 63G-2-302(2)(a).
- g12-nd-ag-open-records-opinion.txt: opinion 2026-O-22, late answer but withholding under N.D.C.C. §
  44-04-18.7(2) upheld.
- g13-sc-usc-foia-partial.pdf: FOI-26-0974, 158 pages released (31 in part), 12 withheld, S.C. Code Ann. §
  30-4-40(a)(2), FERPA, (a)(4) and (a)(3)(A).
- g14-nh-manchester-schools-91a-interim.txt: RTK-2026-112, first installment of 86 pages, FERPA, RSA 189:66 and
  RSA 91-A:5, IV.

Real sources each letter is modelled on:
- g01: https://www.cityofbath.com/foaa and http://stevensdaylaw.com/administrative-law/maine-freedom-of-access-act/
  (FOAA requests and their acknowledgement); https://autodiscover.legislature.maine.gov/legis/bills/bills_126th/billtexts/HP086101.asp
  (1 MRSA § 408-A: acknowledgement and good faith, nonbinding estimate of time and cost).
- g02: http://vermont-archives.org/records/right-to-know/response.html (1 V.S.A. § 318: written reasons, unusual
  circumstances, appeal to the head of the agency decided within five days);
  https://vdocuments.us/vlct-model-public-records-policy-with-guidance-the-vermont-public-records-act-1.html.
- g03: https://ezel.ai/templates/foia-request/mt/ and
  http://www.leg.mt.gov/bills/mca/title_0020/chapter_0060/part_0100/section_0090/0020-0060-0100-0090.html
  (Mont. Code Ann. §§ 2-6-1003, 2-6-1006, 2-6-1009).
- g04: https://fdocuments.us/document/freedom-of-information-act-handbook-office-of-the-west-virginia.html (W. Va.
  Code §§ 29B-1-3, 29B-1-4, 29B-1-5); https://law.justia.com/cases/west-virginia/supreme-court/1996/23560.html
  (Daily Gazette v. WV Development Office, internal memoranda under § 29B-1-4(8)).
- g05: https://foiabasics.org/orr/mississippi (the Mississippi Public Records Act, Miss. Code Ann. § 25-61-1 et
  seq.); https://mississippipublicrecords.us (requests to each agency's records custodian).
- g06: https://ezel.ai/ag-opinions/ar/2024-041-question-the-city-of-alexander-has-received-a-freedom-of-inf and
  https://ezel.ai/ag-opinions/ar/2022-0028-is-the-custodian-s-decision-to-release-certain-employment-re (the
  four-part test of Ark. Code Ann. § 25-19-105(c)(1); personnel records under (b)(12)).
- g07: https://addison.law/resources/open-records-request and https://dev.usao.edu/about/open-records.html (51 O.S.
  § 24A.5, prompt, reasonable access; a search fee where a request would clearly cause excessive disruption);
  https://epictextbooks.com/2022/03/18/prompt-and-reasonable-why-oklahomas-public-records-standard-breeds-frustration%EF%BF%BC/.
- g08: https://oneccri.com/?p=53 (a Rhode Island public body's extension "for good cause" under R.I. Gen. Laws §
  38-2-3(e) and § 38-2-7(b)); https://www.ri.gov/press/view/27706 (Plain v. Office of the Governor).
- g09: https://www.nebraskalegislature.gov/laws/statutes.php?statute=84-712.04 (contents of a denial);
  https://nebraskalegislature.gov/laws/statutes.php?statute=84-712.05; https://ago.nebraska.gov/public_records/statutes.
- g10: https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for
  (NRS 239.0107(1)(c): the earliest date and time the record will be available).
- g11: http://www.archives.utah.gov/recordsmanagement/CSS/m4s1.html and
  http://168.177.21.21/rim/CSS/grama-certification/m4s2.html (appeal to the chief administrative officer, Utah Code §
  63G-2-401); http://168.177.21.21/opengovernment/navigating-appeals.html.
- g12: https://ndcourtsdaily.com/north-dakota-attorney-general-issues-opinion-on-grand-forks-police-records-request/
  and https://ezel.ai/ag-opinions/nd/2026-o-08-the-north-dakota-attorney-general-issued-an-opinion-to-the-g (an
  opinion upholding a denial under N.D.C.C. § 44-04-18.7); https://lexace.ai/us/statute/north-dakota/44-04-21.1.
- g13: https://law.justia.com/codes/south-carolina/2014/title-30/chapter-4/section-30-4-30 and
  https://masc.sc/uptown/04-2025/some-public-documents-require-immediate-release-under-foia (the determination within
  ten business days, the records within thirty days); https://docsbay.net/doc/147593/title-30-chapter-4.
- g14: https://hooksettschoolboard.sau15.net/policy-manual/administrative-procedure-for-public-access-to-district-records-right-to-know-requests/
  (a school district's Right-to-Know procedure: acknowledgement within five business days, records reviewed before
  release); https://www.jackson-nh.org/board-selectmen/pages/public-right-know-law (RSA 91-A:4, IV);
  http://www.gencourt.state.nh.us/rsa/html/vi/91-a/91-a-mrg.htm.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at f3442c62: 8 of 14 fully right. Wrong were:
- g02 (g02-vt-burlington-pd-pra-partial.txt): exemptions ['1 V.S.A. § 317(c)(5)(A)(i)', '1 V.S.A. § 317(c)(7)', '1
  V.S.A. § 317(c)(1)', '20 V.S.A. § 2056'] != ['1 V.S.A. § 317(c)(5)(A)(i)', '1 V.S.A. § 317(c)(7)', '1 V.S.A. §
  317(c)(1)', '20 V.S.A. § 2056a']
- g06 (g06-ar-little-rock-pd-foia-partial.eml): exemptions ['Ark. Code Ann. § 25-19-105(b)(12)', 'Ark. Code Ann. §
  25-19-105(b)(6)'] != ['Ark. Code Ann. § 25-19-105(c)(1)', 'Ark. Code Ann. § 25-19-105(b)(12)', 'Ark. Code Ann. §
  25-19-105(b)(6)']
- g07 (g07-ok-tulsa-sheriff-closed-no-reply.txt): kinds ['acknowledged'] != ['final_determination']; received
  '2026-10-29' != None; outcome None != 'withdrawn'
- g11 (g11-ut-slcsd-grama-appeal-decision.docx): exemptions ['20 U.S.C. § 1232g', 'Utah Code § 63G-2-302(2)(d)', 'Utah
  Code § 63G-2-305(10)'] != ['20 U.S.C. § 1232g', 'Utah Code § 63G-2-302(2)(d)', 'Utah Code § 63G-2-305(10)', 'Utah Code
  § 63G-2-302(2)(a)']
- g13 (g13-sc-usc-foia-partial.pdf): exemptions ['S.C. Code Ann. § 30-4-40(a)(2)', '20 U.S.C. § 1232g', 'S.C. Code Ann.
  § 30-4-40(a)(4)', 'S.C. Code Ann. § 30-4-40(a)(3)(A)', 'S.C. Code Ann. § 30-4-110'] != ['S.C. Code Ann. §
  30-4-40(a)(2)', '20 U.S.C. § 1232g', 'S.C. Code Ann. § 30-4-40(a)(4)', 'S.C. Code Ann. § 30-4-40(a)(3)(A)']
- g14 (g14-nh-manchester-schools-91a-interim.txt): pages_released None != 86

After general fixes, 9 of 14: g14's "This letter accompanies the first
installment, consisting of 86 pages of records" gives the 86 pages out, this letter going with them (as pages that
"accompany this letter" are given). 10 of 14: g07's "As of the date of this letter, we have not received a response
from you. Accordingly, your request ORR-2026-04471 is now considered closed, and no further action will be taken on it"
answers the request, withdrawn: a request "considered", "deemed" or "treated as" closed is closed (not one that "will
be considered closed", nor one "considered closed if we do not hear from you").
After general fixes (what the rules now read: a Vermont section numbered with a letter is cited whole, "is confidential
under 20 V.S.A. § 2056a", "withheld under 20 V.S.A. § 2056c"), 11 of 14.
After general fixes (records open only once a proceeding is final are withheld under the law that says so, in the
letter's words and the statute's: "are open to public inspection only upon final administrative resolution", "shall be
open to public inspection only upon ...", "are available for public inspection only after ..."), 12 of 14.
After general fixes (Utah's classes said of the records without the word "records": "are private under Utah Code §
63G-2-302(2)(a)", "are also private pursuant to ...", "is controlled under Utah Code § 63G-2-304"), 13 of 14.
After general fixes (South Carolina's hearing before the Administrative Law Court is the requester's remedy, never a
ground, in a sentence that speaks of records withheld: "you may ... request a hearing before the Administrative Law
Court under S.C. Code Ann. § 30-4-110"), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout358"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
