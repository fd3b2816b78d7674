"""The two-hundred-and-fifty-sixth held-out set: 14 letters (letters/heldout256) from state agencies of fourteen
states, written after the fixes of set 255 and by someone who had read the rules (so its score is recorded apart from
the blind sets'): a California Highway Patrol ten-day determination under Gov. Code 7922.535(a) with the estimated
date the records will be available (PDF); a New York City Department of Education e-mail taking more time under Public
Officers Law 89(3)(a) to a date certain, after an earlier acknowledgement; an Illinois Department of Public Health
denial under Sections 7(1)(f) and 7(1)(c) of FOIA with the Public Access Counselor paragraph; a Texas Department of
Public Safety release after an Attorney General's open records letter, in Word with a table of 552.108(a)(1), 552.130
and 552.101; a Florida Department of Corrections acknowledgement with a special service charge under 119.07(4)(d); a
Pennsylvania DEP final response that no records exist under RTKL 705 after a 902 extension (PDF); a Washington State
Patrol GovQA e-mail with the final installment and the request closed; a Massachusetts State Police denial under G. L.
c. 4, 7(26)(f) and (c); a Michigan EGLE e-mail granting a request after a notice of extension under MCL 15.235(2)(d);
an Ohio Department of Rehabilitation and Correction acknowledgement under R.C. 149.43(B) with an estimated date; a
Virginia State Police notice under 2.2-3704(B)(1) that criminal investigative files are withheld under
2.2-3706.1(B)(1) (PDF); a New Jersey Department of Corrections OPRA extension under 47:1A-5(i) to a date (no number of
days); a Georgia Bureau of Investigation response in Word releasing the initial incident report and withholding the
rest under O.C.G.A. 50-18-72(a)(4); and a North Carolina Department of Adult Correction acknowledgement with an
estimated date. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 CHP determination: Gov. Code 7922.535(a) ("determine whether the request ... seeks copies of disclosable public
  records ... state the estimated date and time when the records will be made available"),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535 and
  https://legalclarity.org/cpra-response-time-extensions-under-unusual-circumstances/
- b02 NYC DOE date certain: the Committee on Open Government on 89(3)(a) (more than twenty additional business days,
  the reason in writing and a "date certain"), http://docs.dos.ny.gov/coog/ftext/2015/f19241.htm and
  https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act
- b03 IDPH denial: the Attorney General's FOIA guides (7(1)(f) predecisional drafts, 7(1)(c), the Request for Review
  within 60 days), https://dokumen.tips/documents/foia-guide-for-law-enforcement-2017-revised-6-17foia-information-detailing-any.html
  and https://studylib.net/doc/18815133/guide-to-the-illinois-freedom-of-information-act
- b04 TxDPS release: Gov't Code 552.301 and the open records letter ruling process (as in set 241's a01),
  https://instalawyer.io/laws/texas-statutes/section-552301-request-for-attorney
- b05 FDC special service charge: Fla. Stat. 119.07(4)(d), https://www.fkaa.com/282/Public-Records-Request and
  https://sao13th.com/public-records (deposit before work begins)
- b06 PA DEP no records: RTKL 705 and 1101(a)(1) (no duty to create a record; appeal to the OOR within 15 business
  days), https://panewsmedia.org/rtkl-30-day-extension and set 241's PA letters.
- b07 WSP final installment: WAC 44-14-04004 and -04006 (installments, closing a request), RCW 42.56.520(4) (internal
  review), https://app.leg.wa.gov/WAC/default.aspx?cite=44-14&full=true
- b08 MSP denial: G. L. c. 4, 7(26)(f) and (c), 950 CMR 32.08(1),
  https://www.law.cornell.edu/regulations/massachusetts/950-CMR-32-06 and
  https://dedham-redesign.prod.govaccess.org/departments/police/public-safety/public-records-requests
- b09 EGLE grant: MCL 15.235(2) and the Attorney General's written public summary (grant, one ten-business-day
  extension, fees only above a threshold),
  https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
- b10 ODRC acknowledgement: R.C. 149.43(B) ("within a reasonable period of time"), https://hcauditor.org/downloads.asp
  and https://www.galion.city/297/Public-Record-Requests
- b11 VSP notice: Va. Code 2.2-3704(B)(1) (records entirely withheld), 2.2-3706.1 (criminal investigative files), the
  FOIA Council's guide, https://foiacouncil.dls.virginia.gov/ref/Access%20to%20Public%20Records%202024%20DOC.html
- b12 NJDOC extension: N.J.S.A. 47:1A-5(i) and the OPRA extension letters of earlier sets (219, 128); no agency page
  found in the time available.
- b13 GBI response: O.C.G.A. 50-18-72(a)(4) (pending investigation; the initial incident report released),
  https://sos.ga.gov/page/georgia-open-records and https://valvedisciplesenior.pages.dev/819263.html
- b14 NC acknowledgement: N.C. Gen. Stat. 132-6(a) ("as promptly as possible") and 132-6.2(b) (special service
  charge); no agency page found in the time available.

Score before any rule was run on it (written after reading the rules, so recorded apart from the blind sets): 10 of
14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- b02 (NYC Department of Education e-mail): an acknowledgement with the earlier estimate as expected_by (2026-12-04)
  instead of an extension with no expected_by: "On October 20, 2026, we acknowledged receipt of your request and
  estimated that we would respond by December 4, 2026. Please be advised that we require additional time to respond."
  and "... we anticipate that we will respond to your request by March 12, 2027." (the recital of the earlier letter
  read as this one).
- b04 (Texas DPS, Word): denied with 58 pages withheld instead of granted in part with 58 pages released: "In
  accordance with that ruling, the Department is releasing the responsive information, 58 pages in all, with the
  following information withheld:" (the table of what was taken out read as the pages withheld).
- b11 (Virginia State Police, PDF): an acknowledgement (received November 30) instead of a final denial under Va. Code
  § 2.2-3706.1(B)(1): "Pursuant to Va. Code § 2.2-3704(B)(1), this letter serves as notice that the requested records
  are being entirely withheld." and "Criminal investigative files are excluded from the mandatory disclosure
  provisions of FOIA by Va. Code § 2.2-3706.1(B)(1), and the Department has elected to withhold them."
- b12 (New Jersey DOC): expected_by 2027-01-08 proposed for an extension that names only the new date ("the Department
  requires an extension of time to respond to your request until January 8, 2027"), where the convention asked of
  this round leaves it empty; earlier New Jersey sets log such a day as expected_by (134 b11, 144 n09, 11 q37), so
  this is a convention question between the sets, left as it is.
After general fixes (what is taken out of the pages counted, told after them with "with", ", with the following
information withheld:", is no withholding of the pages; records "entirely withheld", "wholly withheld", "completely
withheld" are a denial; an acknowledgement the office tells of an earlier letter, "On October 20, 2026, we acknowledged
receipt of your request", is not this letter's), 13 of 14; b12 stays as the convention question above.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout256"
# What the rules reach on this set now (written after reading the rules: 10); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"b12-njdoc-opra-extension.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
