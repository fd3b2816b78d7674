"""The three-hundred-and-twenty-sixth set: 14 letters (letters/heldout326) as e-mail really brings them from federal
and state offices, on the theme of set 325 from other offices and in other wordings, WRITTEN AFTER READING THE RULES
(after the fixes of set 325 were made), so its score is not a blind one: replies above the quoted request
("-----Original Message-----", "On ... wrote:"), a lawyer's forward of an agency's response saved as text, letters
pasted into an e-mail or attached to a cover note as PDF, an HTML-only letter with its exemptions in a table, a
records portal's closing notice above its message history, e-mails printed to PDF from Outlook, and signatures with
confidentiality footers.

- s01-dea-ack-unusual-outlook-reply.txt: DEA acknowledgement pasted into a reply: received November 12, unusual
  circumstances, ten more working days; fee waiver to be addressed later.
- s02-or-portland-police-ack-fee-reply.txt: Portland Police Bureau acknowledgement under ORS 192.329(2) with a cost
  estimate of $339.50 (ORS 192.324(4)), above the quoted request.
- s03-ky-ksp-denial-pdf-cover.eml: Kentucky State Police denial attached as PDF: an open investigation, KRS
  61.878(1)(h), KRS 17.150(2), and the laboratory reports as preliminary records, KRS 61.878(1)(i) and (j).
- s04-census-partial-title13-html.eml: Census Bureau final response, HTML only: 1,206 pages, 611 in full, 402 in part,
  193 withheld, the exemptions in a table (Exemption 3 with 13 U.S.C. 9, Exemptions 5 and 6).
- s05-ca-oakland-nextrequest-released.eml: City of Oakland NextRequest notice closing a request with all 70 pages
  released in full, above the portal's message history.
- s06-usps-fee-waiver-granted.docx: Postal Service FOIA Requester Service Center letter in Word granting a fee waiver
  (39 C.F.R. 265.9(g)).
- s07-nara-still-interested-outlook-print.pdf: NARA Special Access and FOIA e-mail printed to PDF asking whether the
  requester is still interested, or will narrow the request, with the close on December 31, 2026.
- s08-md-baltimore-county-pd-partial.pdf: Baltimore County Police Department PIA response releasing 18 pages with
  redactions under GP 4-351 and 4-329, and withholding the Internal Affairs file under GP 4-311.
- s09-nj-grc-final-decision-cover.eml: New Jersey Government Records Council Final Decision attached to a cover note,
  Complaint No. 2026-287 (docket only): the custodian lawfully denied access under N.J.S.A. 47:1A-1.1.
- s10-eeoc-charge-file-partial-forward.txt: a law firm's forward (saved as text) of the EEOC Atlanta District Office's
  response on a charge file: 214 pages, 167 in full, 31 in part, 16 withheld, (b)(5), (b)(6), (b)(7)(C), with the
  sheet of applicable sections after the signature.
- s11-il-chicago-police-extension-reply.txt: Chicago Police Department reply extending the time by five business days
  under 5 ILCS 140/3(e), to December 9, 2026, stating the day of receipt.
- s12-ny-nysp-foil-appeal-affirmed.docx: New York State Police FOIL appeal determination in Word upholding the denial
  under Public Officers Law 87(2)(e)(i) and 87(2)(b).
- s13-wa-wsp-second-installment-outlook-print.pdf: Washington State Patrol second installment, 143 pages, RCW
  42.56.240(1) and 42.56.420(1), with the exemption log, printed from Outlook.
- s14-cia-glomar-pasted.txt: CIA Glomar response pasted into an e-mail: (b)(1) and (b)(3) with section 6 of the CIA Act
  and section 102A(i)(1) of the National Security Act.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 DEA acknowledgement: 5 U.S.C. 552(a)(6)(B) and the DOJ component acknowledgements of earlier sets (tracks,
  unusual circumstances, the FOIA Public Liaison and OGIS paragraph).
- s02 Portland Police Bureau: ORS 192.324 and 192.329 and the Oregon letters of earlier sets (cost estimates, the
  60-day withdrawal).
- s03 Kentucky State Police: KRS 61.878(1)(h), 61.880(2)(a) and KRS 17.150(2), as the Kentucky letters of earlier sets
  cite them.
- s04 Census Bureau: the Commerce appeal paragraph ("An appeal must be received within 90 calendar days ... by the
  Assistant General Counsel for Litigation, Oversight, Employment and Information Law (Office), Room 5875"),
  https://docslib.org/doc/13888648/sample-denial-letter-expedited-processing-denial, and Title 13, section 9.
- s05 Oakland NextRequest: the NextRequest notices of earlier sets ("Request ... has been closed", "Message History").
- s06 Postal Service: 39 C.F.R. 265 and the fee waiver letters of earlier sets.
- s07 NARA still-interested letter: the still-interested letters of earlier sets and NARA's Special Access and FOIA
  program (NGC numbers).
- s08 Baltimore County Police: Md. Code, General Provisions 4-311, 4-329 and 4-351 as the Maryland letters of earlier
  sets cite them.
- s09 New Jersey GRC Final Decision: the GRC decision layout of earlier sets (heldout151 n10: "At the ... public
  meeting, the Government Records Council ("Council") considered the ... Findings and Recommendations of the
  Executive Director", "Decision Distribution Date").
- s10 EEOC response: 29 C.F.R. 1610.11 and the EEOC charge-file responses of earlier sets ("Your request is granted in
  part and denied in part", the list of applicable sections).
- s11 Chicago Police Department: 5 ILCS 140/3(e) and the Illinois extension letters of earlier sets.
- s12 New York State Police FOIL appeal: Public Officers Law 87(2) and 89(4)(a) as the FOIL appeal determinations of
  earlier sets cite them.
- s13 Washington State Patrol installment: RCW 42.56.240(1), 42.56.420(1) and the installment letters and exemption
  logs of earlier sets.
- s14 CIA Glomar response: the CIA letters of earlier sets (heldout sets with w02-cia-glomar and b02-cia-glomar: "the
  CIA can neither confirm nor deny the existence or nonexistence of records responsive to your request").

Score (written after reading the rules, so not blind): 12 of 14 fully right, and all 14 matched to their request by
their number. Wrong were:
- s04 (s04-census-partial-title13-html.eml): exemptions ['(b)(3) 13 U.S.C. § 9', '(b)(5)'] != [... '(b)(6)']: the
  HTML table of exemptions under "Information has been withheld under the following exemptions of the FOIA, 5 U.S.C. §
  552(b):", read with its cells run together, so the row "(b)(6) | Personal information, including the names and
  telephone numbers of junior staff and field representatives." was no row of a table the withholding introduced.
- s10 (s10-eeoc-charge-file-partial-forward.txt): exemptions ['(b)(3)', ...] != ['(b)(5)', '(b)(6)', '(b)(7)(C)']: the
  sheet after the signature, "Applicable Sections of the Freedom of Information Act, 5 U.S.C. § 552" / "(b)(3)
  Specifically exempted from disclosure by statute, including Section 706(b) and Section 709(e) of Title VII".

After general fixes (an HTML e-mail's table read as a Word table is, a row a line and its cells between bars: "(b)(6) |
Personal information, including the names ..."), 13 of 14.
After general fixes (a sheet of the exemptions after the letter, under a heading alone on its line, "Applicable
Sections of the Freedom of Information Act, 5 U.S.C. § 552", "Applicable FOIA Exemptions:", is no part of the letter),
14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout326"
# What the rules reached on this set when it was scored once, written after reading them; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
