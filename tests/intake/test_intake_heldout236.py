"""The two-hundred-and-thirty-sixth held-out set: 14 everyday letters (letters/heldout236), six from federal
departments outside DHS and DOJ and eight from state agencies of eight large states: a USPS FOIA Requester Service
Center acknowledgement e-mail; a Department of the Navy (NAVFAC) acknowledgement invoking the ten-working-day
extension for unusual circumstances (PDF); a Defense Logistics Agency no-records e-mail; an IRS Disclosure Office
letter stating the day of receipt with an itemised fee estimate and advance payment; an HHS Office of the Secretary
appeal decision affirming Exemptions 5 and 6; a VHA (VISN 10) final response in Word with a page table and
Exemptions 3 (38 U.S.C. § 5705) and 6; a Pennsylvania State Police Right-to-Know Law section 902 thirty-day notice
with its checklist of reasons; a MassDOT good-faith fee estimate under G. L. c. 66, § 10(d) (PDF); a Georgia Bureau
of Investigation three-business-day e-mail with a timetable and a cost estimate over $25; an NCDOT final response in
Word with a table of records released, redacted and withheld; a VDOT e-mail taking the seven additional work days
of Va. Code § 2.2-3704(B)(4); a Michigan State Police response granted in part and denied in part (PDF); an Ohio
Department of Public Safety no-records letter; and a Washington DSHS second installment e-mail with the statutes
of its redactions. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- i01 USPS acknowledgement: Handbook AS-353 4-4.2 (assign a FOIA tracking number, acknowledge in writing with it),
  https://about.usps.com/handbooks/as353/as353c4_012.htm, the FOIA RSC - Field address in St. Louis,
  http://about.usps.com/postal-bulletin/2013/pb22374/html/updt_007.htm, and 39 CFR 265,
  https://www.law.cornell.edu/cfr/text/39/265.3; the tracking format 2027-FPRO-NNNNN.
- i02 Navy acknowledgement with extension: the unusual-circumstances extension of 5 U.S.C. § 552(a)(6)(B) and the
  Navy's DON-NAVY-YYYY-NNNNNN numbers of earlier sets (h07 of set 212); the Navy serial-letter layout (SSIC 5720,
  "By direction"); no Navy page was found in the time available.
- i03 DLA no-records e-mail: DLA's FOIA rule 32 CFR part 1285,
  http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&rgn=div5&view=text&node=32:6.2.1.18.3&idno=32, and DLA's FOIA
  pages (FOIAonline numbers, field activities tasked), https://www.dla.mil/FOIA/AboutFOIA/ and
  https://www.dla.mil/HQ/GeneralCounsel/FOIA/Freedom-of-Information/FOIA-Request/
- i04 IRS fee letter: 26 CFR 601.702(f) (requester categories, two free hours and 100 free pages, advance payment
  over $250) and the IRS letters of earlier sets (h06 of set 212, IRM 11.3.13,
  https://www.irs.gov/irm/part11/irm_11-003-013): "We received your Freedom of Information Act (FOIA) request
  dated ... on ...".
- i05 HHS appeal decision: the OIP-style affirmance ("I am affirming ... your appeal is denied", foreseeable harm,
  OGIS paragraph) and HHS's request and appeal numbers (NNNN-NNNNN-FOIA-OS, NNNN-NNNNN-A-OS); no HHS page was
  found in the time available.
- i06 VHA final response: 38 U.S.C. § 5705 with Exemption 3 and the VA appeal to OGC (024), 38 CFR 1.559,
  https://ecfr.io/Title-38/Section-1.559, as in set 154 (j11) and set 212 (h04).
- i07 Pennsylvania State Police: the RTKL section 902 notice (reasons, "a reasonable date that a response is
  expected", deemed denial past 30 days),
  https://print.casetext.com/statute/pennsylvania-statutes/statutes-unconsolidated/title-65-ps-public-officers/chapter-3a-right-to-know-law/chapter-9-agency-response/section-67902-extension-of-time
  and http://panewsmedia.org/newspublications/news/2015/12/17/legal-hotline-right-to-know-law-response-extension
- i08 MassDOT: G. L. c. 66, § 10 (response within ten business days, itemised good faith fee estimate, first four
  hours free for an agency, appeal to the Supervisor of Records),
  https://dedham-redesign.prod.govaccess.org/departments/police/public-safety/public-records-requests,
  https://www.masslegalservices.org/content/public-records-requests-massachusetts-sample-requests-and-follow-letters
  and https://harringtonheep.com/post/secretary-of-the-commonwealth-updates-the-guide-to-the-massachusetts-public-records-law
- i09 Georgia Bureau of Investigation: O.C.G.A. § 50-18-71 (three business days, "a description of such records,
  together with a timetable", no charge for the first quarter hour, notice of costs over $25),
  https://forsythpl.org/open-records, https://sos.ga.gov/page/georgia-open-records and
  http://gfaf.org/open_records_request/
- i10 NCDOT final response: N.C. Gen. Stat. ch. 132, § 132-1.10 and § 126-22, as in the North Carolina letters of
  earlier sets; no NCDOT page was found in the time available.
- i11 VDOT seven-work-day letter: Va. Code § 2.2-3704(B)(4) ("not practically possible to provide the requested
  records or to determine whether they are available within the five-work-day period ... an additional seven
  work days"), https://visitlouisa.com/FAQ.aspx?QID=190 and http://www.christiansburg.org/index.aspx?NID=673
- i12 Michigan State Police: MCL 15.235 (grant in part and deny in part, the appeal and court rights a denial
  notice must state), https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and http://walledlake.us/index.php/freedom-of-information
- i13 Ohio Department of Public Safety: R.C. 149.43 (no duty to create records) and the Ohio no-records letters of
  earlier sets (u14 of set 109, h13 of set 161); no ODPS page was found in the time available.
- i14 Washington DSHS installment: RCW 42.56.520 and 42.56.080 (installments, estimate of time) and agency rules
  such as WAC 44-06-085,
  https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20%2044%20%20TITLE/WAC%20%2044%20-%2006%20%20CHAPTER/WAC%20%2044%20-%2006%20-085.htm
  and https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520

Not yet scored.

Sealed measurement: the set was written blind and kept apart from the rules while every other fix of its round was
made; it was scored once, after all of them had landed. Blind score: 13 of 14 fully right, and 14 of 14 matched to
its request by its number. Miss:
- i14 (Washington DSHS installment, e-mail): RCW 42.56.230(1) missed from the bulleted list of provisions, "- RCW
  42.56.230(1), personal information in files maintained for students in public schools, patients or clients of public
  institutions or public health agencies, or welfare recipients;" (a long item opening on its citation and a comma).
After a general fix (an item of a list that opens on its citation and a comma, what it covers after it however long,
cites that ground), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, set_tests

SET = "heldout236"
# What the rules reach on this set now (sealed: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "codes"), [
    # An item of a list that opens on its citation and a comma, however long what it covers
    ("Attached are 318 pages. Information has been redacted under the following provisions:\n- RCW 13.50.100, which "
     "makes records concerning juveniles confidential;\n- RCW 42.56.230(1), personal information in files maintained "
     "for students in public schools, patients or clients of public institutions or public health agencies, or welfare "
     "recipients;", ["RCW 13.50.100", "RCW 42.56.230(1)"]),
    ("We are releasing 40 pages with redactions made under these exemptions:\n1. Va. Code § 2.2-3706(B)(1), "
     "criminal investigative files, defined as any documents and information, including complaints, court orders, "
     "memoranda, notes, diagrams, maps, photographs, correspondence, reports, witness statements and evidence;",
     ["Va. Code § 2.2-3706(B)(1)"]),
    # ... its comma no part of the citation ("subd." goes on with it)
    ("We are releasing 40 pages with redactions made under these exemptions:\n- Minn. Stat. § 13.37, subd. 1(a), "
     "security information, the disclosure of which would likely substantially jeopardize the security of "
     "information, possessions, individuals or property against theft, tampering or improper use;",
     ["Minn. Stat. § 13.37, subd. 1(a)"]),
    # The near miss: an item that names what was taken out first, no citation at its head
    ("We are releasing 40 pages with redactions made under these exemptions:\n- Home addresses of employees, which "
     "are private personnel data that the county keeps for its own use and does not share;", []),
])
def test_a_list_item_opening_on_its_citation_and_a_comma(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes
