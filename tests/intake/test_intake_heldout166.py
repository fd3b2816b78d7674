"""The hundred-and-sixty-sixth held-out set: 14 more letters (letters/heldout166) from the Department of Justice and
its components, of kinds set 158 did not have, WRITTEN AFTER READING THE RULES (its score is recorded apart from the
blind ones): an OIP letter closing an appeal because the requester went to court, an OIP remand for a further search
(e-mail with the decision attached), an OIP decision reversing EOUSA's fee waiver denial, an FBI interim release
with the grand jury rule under Exemption 3 on the line below its ticked box and a CD fee (PDF), an FBI letter that
the file was destroyed under the records schedule, an FBI e-mail neither confirming nor denying records on a third
party, an FBI acknowledgement granting expedition by a ticked box (beside an unticked box of unusual
circumstances), a DEA determination letter with its page table and exemption boxes (Word), a Bureau of Prisons fee
estimate with its lines and the $25 threshold, a Marshals Service no-records e-mail naming its systems, an ATF
acknowledgement with a commercial-use fee estimate (e-mail with the letter attached), an EOUSA third-party letter
that neither confirms nor denies, a FOIA STAR appeal acknowledgement (HTML e-mail), and a Criminal Division
acknowledgement that takes ten more working days. Committed before the rules were run on them.

Real sources each letter is modelled on (names, numbers and dates invented):
- e01, e02, e03, e13: OIP's template paragraphs (https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf),
  OIP's account of affirmances, remands and closings (https://www.justice.gov/open/appeals) and its annual reports'
  kinds of appeal closings, "appellant has filed suit" among them
  (https://www.justice.gov/archive/oip/annual_report/1985/appeals.htm).
- e04: the FBI's interim release letters and CD fees (as set 158's b03 and the FBI's fee letters,
  https://de.scribd.com/document/30081215/FBI-FOIA-Letter), and "Rule 6(e), Federal Rules of Criminal Procedure" as
  OIP lists it under Exemption 3 (https://www.justice.gov/archive/oip/annual_report/1983/appeals.htm).
- e05, e06, e07: the FBI's standard paragraphs on destroyed files, third-party requests and its acknowledgement's
  boxes (https://llrx.com/?p=2176, https://muckrock.com/news/archives/2017/dec/12/fbi-foia-investigation).
- e08: DEA's determination letter, "the number of pages reviewed with a breakdown of pages withheld and/or
  released", referrals listed, exemptions ticked (https://dea.gov/es/foia/what-happens-after).
- e09: the Bureau of Prisons' $25 fee agreement (https://www.webharvest.gov/peth04/20041027105335/http://www.bop.gov/progstat/readme.html)
  and the Department's fee regulation (https://sgp.fas.org/news/2015/04/doj-foia.html).
- e10: the Marshals Service's systems of records and responses (https://usmarshals.gov/es/node/3746,
  https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation).
- e11: ATF's acknowledgement and fee letters (https://www.muckrock.com/foi/united-states-of-america-10/trace-system-database-request-123484/).
- e12: EOUSA's third-party response (https://ja.scribd.com/document/390911514/Denial-to-expedite for its form,
  https://eousafoia.usdoj.gov/app/ExemptionCodes.aspx).
- e14: the Department's unusual-circumstances paragraph as OIP's templates give it.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout166"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "e01-oip-appeal-closed-lawsuit.txt", "e02-oip-remand-fbi-search.eml", "e03-oip-fee-waiver-reversed.txt",
    "e04-fbi-interim-grand-jury.pdf", "e05-fbi-records-destroyed.txt", "e06-fbi-third-party-ncnd.eml",
    "e07-fbi-ack-expedite-granted.txt", "e08-dea-determination-table.docx", "e09-bop-fee-estimate.txt",
    "e10-usms-no-records.eml", "e11-atf-ack-fee-commitment.eml", "e12-eousa-third-party-ncnd.txt",
    "e13-oip-appeal-ack-star.eml", "e14-crm-ack-ten-days.txt",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
