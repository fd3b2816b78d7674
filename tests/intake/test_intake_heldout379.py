"""The three-hundred-seventy-ninth held-out set: 14 letters (letters/heldout379) from state offices in fourteen
states, everyday letters on requests to prisons, state police, a governor's office and a police department, in the
formats they really send: a California Department of Corrections and Rehabilitation release (PDF) of use-of-force
records under Penal Code 832.7(b) with the statute's redactions; a Texas Department of Criminal Justice letter finding
no responsive information; a Florida Department of Corrections portal e-mail releasing incident reports with
redactions under chapters 119 and 945; a New York DOCCS FOIL acknowledgement in Word with its approximate date; a
Pennsylvania Office of Open Records Final Determination (PDF) granting an appeal against the State Police in part
(docket only); an Illinois State Police denial citing a pending investigation; an Ohio Department of Rehabilitation and
Correction letter closing a request after no revision came of an R.C. 149.43(B)(2) denial; a Georgia Department of
Corrections three-day letter with a cost estimate; a New Jersey Department of Corrections OPRA denial; a Michigan State
Police FOIA appeal decision in Word upholding the denial; a Virginia Office of the Governor partial release (PDF) with
working papers withheld; a Seattle Police Department first installment through GovQA; a Boston Police Department fee
estimate (letter attached in Word, with a fee table); and a Colorado State Patrol CORA extension of seven working days
(letter attached as PDF). Written blind and committed before the rules were run on them.

- t01-ca-cdcr-sb1421-partial.pdf: CDCR PRA 2026-05518, 214 pages released with redactions under Penal Code 832.7(b)(6),
  Government Code 7927.700 and Civil Code 56.10; video to follow separately.
- t02-tx-tdcj-no-records.txt: TDCJ PIA 26-PIA-18442, no responsive information, the Act creates no duty to create it.
- t03-fl-fdc-records-partial.eml: Florida DOC P128834-111226, 63 pages, s. 119.071(4)(d)2.a., s. 945.10(1)(e) and
  (1)(a).
- t04-ny-doccs-foil-ack.docx: DOCCS FOIL Log # 26-11-0387, received November 19, response on or before February 25,
  2027 under Public Officers Law 89(3)(a).
- t05-pa-oor-final-determination.pdf: OOR AP 2026-2953 v. PSP, granted in part and denied in part, 708(b)(16) and
  CHRIA upheld for the MVR footage, the use of force report to be provided.
- t06-il-isp-foia-denial.txt: ISP 26-FOIA-05127 denied under 5 ILCS 140/7(1)(d)(i), (d)(iv) and (c), PAC review rights.
- t07-oh-odrc-closed-no-reply.txt: ODRC PRR-2026-11804 closed, no revised request after the (B)(2) letter.
- t08-ga-gdc-cost-estimate.txt: GDC ORR 26-04418, received November 30, estimated cost $226.44 under 50-18-71(d).
- t09-nj-doc-opra-denial.txt: NJDOC OPRA W183047 denied, criminal investigatory records, N.J.A.C. 10A:22-2.3(a)(5),
  personnel records under 47:1A-10.
- t10-mi-msp-foia-appeal-decision.docx: MSP appeal 26-APL-0211 on request 26-0712, denial under MCL 15.243(1)(b)(i) and
  (1)(a) upheld.
- t11-va-governor-foia-partial.pdf: Governor's Office GOV-26-0412, 41 pages released with redactions, 18 withheld,
  Va. Code 2.2-3705.7(2), 2.2-3705.1(2) and (1).
- t12-wa-spd-govqa-installment.eml: SPD P091547-110326 first installment, 126 pages, RCW 42.56.240(1) and (2),
  42.56.230(7)(a).
- t13-ma-bpd-fee-estimate.eml: BPD 26-8814, received November 20, fee estimate $350.00 under G. L. c. 66, 10(d).
- t14-co-csp-cora-extension.eml: CSP CORA Request No. 26-3184, received November 30, extended seven working days to
  December 14, 2026.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- t01 CDCR: the department's operations manual on PRA and Penal Code 832.7(b) requests,
  https://www.cdcr.ca.gov/operations-manual/wp-json/wp/v2/dom/29628, CCHCS's page on CPRA responses (Government Code
  7922.535(a) estimated date), https://cchcs.ca.gov/pra, and
  https://assets.documentcloud.org/documents/5740301/FAC-v-Becerra-Petition-FINAL-With-Exhibits.txt
- t02 TDCJ: TDCJ's Public Information Act page,
  http://www.tdcj.state.tx.us/divisions/es/exec_services_public_information_act.html,
  and the Attorney General's Public Information Handbook (no duty to create information, Open Records Decisions 563,
  555, 476), https://dokumen.tips/documents/2014-texas-public-information-handbook.html
- t03 Florida DOC: the GovQA release e-mails of earlier sets and s. 119.071(4)(d)2.a. and s. 945.10, Florida Statutes.
- t04 DOCCS: the FOIL regulations' acknowledgement with "a statement of the approximate date when the request will be
  granted or denied",
  https://regulations.justia.com/states/new-york/title-8/chapter-ii/subchapter-n/part-187/section-187-4 and
  https://casetext.com/regulation/new-york-codes-rules-and-regulations/title-9-executive-department/subtitle-aa-state-commission-of-correction/chapter-ii-miscellaneous/part-7200-public-access-to-records/section-72005-requests-for-public-access-to-records
- t05 OOR: the OOR's Final Determinations ("the appeal is granted in part and denied in part", "FINAL DETERMINATION
  ISSUED AND MAILED"), https://www.parighttoknowlawblog.com/page/2/,
  https://slideorbit.com/slide/the-right-to-know-law-and-office-of-open-records/205347 and
  https://www.pazoninglawyers.com/tag/office-of-open-records-oor/
- t06 ISP: 5 ILCS 140/7(1)(d) and 9.5(a) and the Illinois denial letters of earlier sets (the PAC paragraph, the person
  responsible for the denial).
- t07 ODRC: R.C. 149.43(B)(2) as the Court of Claims reads it ("shall provide the requester with an opportunity to
  revise the request by informing the requester of the manner in which records are maintained"),
  https://mcgownmarkling.com/updates-on-a-case/the-court-of-claims-provides-guidance-as-to-how-to-make-and-respond-to-public-records-requests
  and http://articletwosectiononeclausefive.blogspot.com/2008/12/ohio.html
- t08 GDC: the GDC's open records page (three business days, $0.10 a page, the lowest paid qualified employee's
  rate),
  https://gdc.georgia.gov/contact-us/open-records-request, and O.C.G.A. 50-18-71,
  https://law.justia.com/codes/georgia/2020/title-50/chapter-18/article-4/section-50-18-71/
- t09 NJDOC: N.J.S.A. 47:1A-1.1, 47:1A-9(a) and 47:1A-10 and the OPRA denials of earlier sets (the GRC paragraph).
- t10 MSP: MSP's written public summary of its FOIA procedures,
  https://www.michigan.gov/msp/bottom-nav-links/foia/details/michigan-department-of-state-police-written-public-summary-of-the-departments-freedom-of-information,
  and Michigan Open Carry v. Department of State Police (the administrative appeal),
  https://law.justia.com/cases/michigan/court-of-appeals-published/2019/348487.html
- t11 Governor's Office: Va. Code 2.2-3704(B)(4), 2.2-3705.1 and 2.2-3705.7(2) and the Virginia FOIA letters of earlier
  sets (the FOIA Council paragraph).
- t12 SPD: SPD's disclosure policy and its page on the Public Records Act,
  https://www.seattle.gov/police-manual/title-12---department-information-systems/12080---disclosure-of-department-records
  and
  https://www.seattle.gov/police/information-and-data/public-disclosure-requests/wa-state-records-law
- t13 BPD: the Massachusetts fee-estimate rules (good faith estimate, "the actual cost ... might vary", $25 an hour),
  https://lexingtonma.gov/FAQ.aspx?QID=128,
  https://www.abschools.org/district/district__school_information/public_records_request_guidelines
  and https://docsbay.net/city-town-of-public-records-access-guidelines
- t14 CSP: C.R.S. 24-72-203(3)(b) (three working days, seven more for extenuating circumstances) and the CORA extension
  letters of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at dec40611: 12 of 14 fully right. Wrong were:
- t07 (t07-oh-odrc-closed-no-reply.txt): kinds ['acknowledged'] != ['final_determination']; received '2026-10-28' !=
  None; outcome None != 'withdrawn'
- t10 (t10-mi-msp-foia-appeal-decision.docx): outcome 'full_grant' != 'denied'; exemptions None != ['MCL
  15.243(1)(b)(i)', 'MCL 15.243(1)(a)']

After general fixes (a finding that the agency violated the law is no verdict when a court may yet make it, after "if"
or "unless": the remedies paragraph's "the court ... may award punitive damages ... if it finds that the MSP
arbitrarily and capriciously violated the FOIA" no longer reads the upheld denial as reversed), 13 of 14.

After general fixes (a request closed right after the requester's silence is the request's answer, withdrawn, also
when the letter holds closed the matter or file the request opened: "As of the date of this letter, ODRC has not
received a revised request or any other response from you. Accordingly, ODRC considers this matter closed"), 14 of 14:
t07 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout379"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
