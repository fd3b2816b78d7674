"""The hundred-and-sixty-ninth held-out set: 14 more state letters (letters/heldout169) in other letter types of the
same states, written after the rules had been read (its score is recorded apart from the blind sets'): a King County
Sheriff's Office request for clarification under RCW 42.56.520(1)(d) with a date to answer by and an estimate of the
first installment (e-mail), a City of Olympia closing letter for an installment never paid for (RCW 42.56.120(4)), an
Oakland County (Michigan) Sheriff's Detailed Cost Itemization with a good-faith deposit (Word, a table), a Lansing
School District superintendent's decision upholding a denial on appeal (MCL 15.243(1)(g)), a Pennsylvania Office of
Open Records Final Determination denying an appeal on an attestation that no record exists (PDF, a caption and the
issued-and-mailed date at the end), a Chester County (Pennsylvania) thirty-day extension under Section 902(b) with a
fee estimate and prepayment, a Cherry Hill (New Jersey) OPRA extension to a date with a special service charge under
N.J.S.A. 47:1A-5(c) (e-mail), a New Jersey DEP release in full, a Massachusetts Supervisor of Records order to
respond, a Massachusetts Department of Correction no-records letter (Word), a Boulder (Colorado) Police release under
the Criminal Justice Records Act withholding the rest under C.R.S. § 24-72-305(5) (e-mail), a Hennepin County
(Minnesota) copy-cost estimate under Minnesota Statutes, section 13.03, subdivision 3(c), a Cuyahoga County (Ohio)
e-mail (HTML) calling a request ambiguous and overly broad and inviting a revision (R.C. 149.43(B)(2)), and a Georgia
Bureau of Investigation release of the initial incident report with the case file withheld (O.C.G.A. § 50-18-72(a)(4)).
Committed before the rules were run on them.

Score as first run (written after reading the rules, so not a blind figure): 9 of 14 fully right, and 13 of 14 matched
to its request by its number (all that name one; the Supervisor's order names only its own SPR number). Wrong were:
- k02 (Olympia): a clarification instead of a final determination (withdrawn): "Accordingly, the City has closed
  your public records request No. 26-0871. No further records will be produced for this request." (a request closed
  because an installment was not paid for), while "If you still wish to obtain these records, you may submit a new
  request." was read as a question about the request.
- k03 (Oakland County): a final determination (partial grant) instead of an acknowledgement, and no received date:
  "Your request is granted as to existing, nonexempt public records." (Michigan's grant that comes with the cost
  itemization and a deposit "before it processes your request further": nothing decided or released yet).
- k06 (Chester County): a final determination instead of an acknowledgement, and no received date or expected_by:
  "You may instead choose to receive the records electronically, at a reduced fee that will be confirmed in the
  County's final response." (a final response still to come).
- k11 (Boulder Police): the police case number taken as the request's: "your request of November 30, 2026, for
  records of the Department's investigation of the October 9, 2026 burglary at 1750 Pearl Street (Case No.
  26-11873)" (the subject line's "Criminal Justice Records Request 26-R-2290" is the request's).
- k13 (Cuyahoga County): a final determination (no records) instead of an acknowledgement and a request to revise:
  "... does not identify the records sought with reasonable clarity." and "the County invites you to revise your
  request" (Ohio's R.C. 149.43(B)(2) invitation to revise).

Real sources the letters are modelled on (their structure and stock sentences; names, numbers and dates invented):
- k01, k02: RCW 42.56.520 and WAC 44-06-085 (clarification, estimates, installments), as cited for set 161,
  https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20%2044%20%20TITLE/WAC%20%2044%20-%2006%20%20CHAPTER/WAC%20%2044%20-%2006%20-085.htm
  and https://lawfilesext.leg.wa.gov/Law/WACArchive/2021/htm/WAC%20430%20%20TITLE/WAC%20430%20-%2001%20%20CHAPTER/WAC%20430%20-%2001%20-070.htm
- k03: Michigan's written public summaries of FOIA procedures (detailed itemization, good-faith deposit),
  https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
  and http://www.olcplc.com/public/mifoip/foia-fees and https://oakland.edu/policies-regulations/FOIA/index
- k04: MCL 15.240 (appeal to the head of the public body),
  https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/
- k05: OOR final determinations as quoted by the Commonwealth Court, https://cetient.com/case/5141577/c-picarella-jr-v-doc-oor
  and https://openrecordspennsylvania.com/2016/03/17/873-appeals-granted-withdrawn-or-found-moot-in-2015
- k06: Section 902(b) notices, https://panewsmedia.org/rtkl-30-day-extension and
  http://www.pafoic.org//2010news_files/c5dedf267a8c2615b0c0e08cb05aef06-337.html
- k07, k08: the GRC's guidance on response times and extensions, https://www.nj.gov/grc/public/complaints/time.html ,
  https://transparencynj.com/2017/02/03/grc-calls-kean-u-s-18-extensions-seeking-a-total-of-170-days-to-respond-to-an-opra-clearly-excessive/
  and municipal OPRA forms on special service charges, https://main.govpilot.com/web/public/b5d05f41-6d3.html?id=1&pu=1&ust=NJ
- k09, k10: 950 CMR 32.08 and the Supervisor's determinations (https://www.statereference.com/pages/ma_prd_appeals),
  https://e.casetext.com/regulation/code-of-massachusetts-regulations/department-950-cmr-office-of-the-secretary-of-the-commonwealth/title-950-cmr-3200-public-records-access/section-3208-appeals
- k11: CORA/CCJRA policies, https://coag.gov/resources/colorado-open-records-act-cora and
  https://pbmprd.org/board-of-directors/colorado-open-records-act-request/
- k12: Minnesota data practices guides (copies over 100 pages at actual cost),
  https://paidleave.mn.gov/deed/about/what-guides-us/data-practices/index.jsp
- k13: Ohio public records policies on ambiguous or overly broad requests,
  https://codelibrary.amlegal.com/codes/silverton/latest/silverton_oh/0-0-0-27622
- k14: Georgia Open Records Act, https://law.justia.com/codes/georgia/2020/title-50/chapter-18/article-4/section-50-18-71/
  and https://sos.ga.gov/page/georgia-open-records
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout169"
# What the rules reach on this set now (as first run: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "k02-wa-olympia-closed-unpaid.txt", "k03-mi-oakland-cost-itemization.docx", "k06-pa-chester-county-902-fee.txt",
    "k11-co-boulder-pd-ccjra-partial.eml", "k13-oh-cuyahoga-overbroad.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
