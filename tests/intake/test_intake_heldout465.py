"""The four-hundred-and-sixty-fifth held-out set: 14 letters (letters/heldout465) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from fourteen less common offices, in the
formats they really send: a Naval Facilities Engineering Systems Command acknowledgement with a ten-working-day
extension for unusual circumstances and an estimated completion date; an HHS Office of the Secretary second interim
release (PDF) with its counts and Exemptions 5 and 6; a Department of Labor e-mail carrying the Bureau of International
Labor Affairs' no-records answer; an Interior Office of the Secretary fee estimate in Word (a fee table) for Office of
Insular Affairs grant files; a Bureau of Economic Analysis denial (PDF) of benchmark survey reports under Exemption 3
(22 U.S.C. § 3104(c)) and Exemption 4; a National Energy Technology Laboratory acknowledgement granting a fee waiver;
a Department of Education e-mail asking for clarification of a Federal Student Aid request with a 30-day close; an EPA
Region 4 final answer in part; a NASA Glenn Research Center release in full; an FCC e-mail acknowledging a request and
denying expedited processing; an NLRB letter confirming a withdrawal made by telephone; a Uniformed Services
University scanned final answer in part; an FTC Office of the General Counsel appeal decision in Word affirming
Exemptions 3, 4 and 7(A) for an open investigation, with a table of the withheld records; and an OPM Office of the
General Counsel appeal decision granted in part, ordering 9 more pages released. Written blind and committed before
the rules were run on them.

- t01-navfac-ack-extension.txt: NAVFAC, DON-NAVY-2027-001874, received December 2, 2026, ten more working days
  under 5 U.S.C. 552(a)(6)(B)(i), completion estimated by January 22, 2027.
- t02-hhs-os-interim.pdf: HHS OS second interim response, 2026-01873-FOIA-OS, 214 pages reviewed: 188 in full, 19 in
  part, 7 withheld in full; Exemptions 5 and 6; next release on or about January 29, 2027.
- t03-ilab-no-records.eml: DOL ILAB final response, 2027-F-00418, no records (no site visits made), appeal to the
  Solicitor of Labor within 90 days.
- t04-doi-oia-fee-estimate.docx: DOI Office of the Secretary, OS-2027-00317, received December 3, 2026, "other-use
  requester", estimated fee $486.00 (a table), assurance of payment under 43 C.F.R. § 2.50.
- t05-bea-denied-3104.pdf: BEA, DOC-BEA-2027-000093, BE-12 survey reports withheld in their entirety under Exemption 3
  (22 U.S.C. § 3104(c)) and Exemption 4.
- t06-netl-ack-fee-waiver-granted.txt: DOE NETL, NETL-2027-00041-F, received December 4, 2026, fee waiver granted
  under 10 CFR 1004.9(a)(8).
- t07-fsa-clarification.eml: ED, 27-00612-F (Federal Student Aid), received December 8, 2026, four questions to
  clarify, closed if no reply by January 13, 2027.
- t08-epa-r4-final-partial.txt: EPA Region 4, EPA-R4-2027-000952, 130 pages: 95 in full, 31 with redactions, 4
  withheld in their entirety; Exemptions 5 and 6.
- t09-nasa-grc-final-full.txt: NASA GRC, 27-GRC-F-00057, 63 pages releasable in their entirety.
- t10-fcc-ack-expedite-denied.eml: FCC, FOIA Control No. 2027-000214, received December 10, 2026, expedited
  processing denied under 47 CFR 0.461(h)(1), review by application to the Office of General Counsel.
- t11-nlrb-withdrawn.txt: NLRB FOIA Branch, NLRB-2027-000388, withdrawal by telephone confirmed and request closed.
- t12-usu-final-partial-scanned.pdf: USU, 27-F-0031, scanned: 46 pages, 27 in full and 19 in part, Exemption 6, no
  pages withheld in full; appeal to the Defense Health Agency.
- t13-ftc-appeal-affirmed.docx: FTC OGC, appeal FOIA-2027-00311-A of request FOIA-2027-00187, denied: Exemptions 3
  (15 U.S.C. § 57b-2(f)), 4 and 7(A) upheld; a table of the withheld records, 38 and 1,214 pages.
- t14-opm-appeal-partly.txt: OPM OGC, appeal 2027-OGC-A-0026 of request 2026-05517, granted in part: 9 pages of
  tables to be released (Exemption 6 redactions), 5 pages still withheld in full under Exemption 5.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- t01 Navy acknowledgement and extension: 32 C.F.R. part 701 (Department of the Navy FOIA program),
  https://www.govinfo.gov/content/pkg/CFR-2002-title32-vol5/html/CFR-2002-title32-vol5-part701-subpartA.htm, the
  Navy's sample response letters, https://webharvest.gov/peth04/20041015001319/http://www.foia.navy.mil/sampleletter-n.asp,
  and the unusual circumstances a DoD district names, https://www.mvp.usace.army.mil/Contact/Freedom-of-Information-Act/
- t02 HHS OS interim release: 45 C.F.R. 5.28 (what a response states: pages released in full, in part, withheld),
  https://dev.compliancecosmos.org/how-does-hhs-respond-my-request, and the HHS FOIA regulations and division
  (202-690-7453), https://regulations.vlex.com/vid/freedom-of-information-regulations-652056285
- t03 DOL ILAB no records: 29 C.F.R. 70.22 (appeals to the Solicitor of Labor, FOIA Appeals Unit, Room N-2420, 90
  days), https://stepo.ai/osha/70/70.22 and https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24
- t04 DOI fee estimate: 43 C.F.R. part 2 subpart G (fee categories, 2 hours and 100 pages free, advance payment),
  http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&rgn=div6&view=text&node=43:1.1.1.1.2.7&idno=43 and
  http://www.gpo.gov/fdsys/pkg/FR-2012-12-31/html/2012-31117.htm
- t05 BEA Exemption 3 denial: the International Investment and Trade in Services Survey Act, 22 U.S.C. § 3104(c),
  https://www.law.cornell.edu/uscode/text/22/3104, and Exemption 3 statutes, https://foia.wiki/wiki/Exemption_3 and
  https://www.justice.gov/oip/blog/foia-post-2003-agencies-rely-wide-range-exemption-3-statutes
- t06 NETL fee waiver: 10 C.F.R. 1004.9 and DOE's fee waiver criteria,
  https://sc-osti.dvr.dn2.n-helix.com/csc/FOIA/Fee-Waiver-and-Reduction-Criteria and
  https://regulations.justia.com/regulations/fedreg/2016/12/27/2016-31337.html
- t07 ED clarification: 34 C.F.R. part 5 (requests that reasonably describe the records, FOIA Public Liaison at (202)
  401-8365), https://casetext.com/federal-register/availability-of-information-to-the-public-6 and
  http://federal.elaws.us/fr/6/14/2010/2010-14127
- t08 EPA Region 4 final answer: 40 C.F.R. 2.104 (responses), https://www.law.cornell.edu/cfr/text/40/2.104 and
  https://dev.compliancecosmos.org/print/pdf/node/184076, and the EPA appeal paragraph of earlier sets' EPA letters.
- t09 NASA GRC release: 14 C.F.R. part 1206 (NASA FOIA procedures and fees),
  https://regulations.justia.com/regulations/fedreg/2014/08/11/2014-18770.html, and the GRC FOIA office,
  https://pl.scribd.com/document/350092/NASA-154416main-2005-annual-report
- t10 FCC expedite denial: 47 C.F.R. 0.461 (requests, expedited processing, applications for review),
  https://www.law.cornell.edu/cfr/text/47/0.461
- t11 NLRB withdrawal: 29 C.F.R. 102.117 (the NLRB's FOIA rules), https://www.law.cornell.edu/cfr/text/29/102.117,
  and the withdrawals of earlier sets.
- t12 USU answer in part: 32 C.F.R. part 286 (DoD FOIA program, appeals within 90 days),
  https://www.law.cornell.edu/cfr/text/32/part-286, and the DoD responses of earlier sets.
- t13 FTC appeal decision: 16 C.F.R. 4.11 (disclosure requests and appeals to the General Counsel),
  http://federal.elaws.us/cfr/16-cfr-4.11(a)(1)(ii), https://www.gpo.gov/fdsys/pkg/FR-2013-10-30/html/2013-25709.htm,
  and the FTC FOIA handbook (Exemptions 3, 4 and 7), https://docslib.org/doc/8209767/foia-handbook
- t14 OPM appeal decision: 5 C.F.R. 294.110 (appeals to the Office of the General Counsel, judicial review),
  https://ecfr.io/Title-05/se5.1.294_1110 and
  https://cybercemetery.unt.edu/archive/oilspill/20120924195345/https://www.opm.gov/efoia/FOIAAppeals/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 1fe02651: 11 of 14 fully right. Wrong were:
- t05 (t05-bea-denied-3104.pdf): exemptions ['(b)(3)', '(b)(4)'] != ['(b)(3) 22 U.S.C. § 3104(c)', '(b)(4)']
- t13 (t13-ftc-appeal-affirmed.docx): pages_withheld None != 1252
- t14 (t14-opm-appeal-partly.txt): pages_withheld None != 5

After general fixes (the remaining pages withheld in full, their withholding upheld two sentences on by "their": "The
remaining 5 pages withheld in full, and the redactions in the 22 pages released in part, consist of staff
recommendations ..." / "They are predecisional ..." / "I affirm their withholding under Exemption 5" read as 5 pages
still withheld), 12 of 14, and t13 with the correction below.

Corrected after the score (the score stands): t13's expected value summed the table's page counts into pages withheld,
but earlier sets log no pages withheld for an appeal affirmed in whole, the pages recited or upheld (heldout349 q10,
"VHA's withholding of the 65 pages under FOIA Exemption 5 is affirmed"; heldout380 v13, 412 pages "withheld all of them
in full", affirmed; heldout333 u09, 312 pages withheld in full, affirmed); expected.json now does too, and the rules
read it so.

Then (t05 reads the statute Exemption 3 rests on in the sentence after it, where that sentence says
what the statute keeps from the public in a statistical law's words, that the information may be used only for
statistical purposes and that no one may publish or make it available: "Section 5(c) of the International Investment
and Trade in Services Survey Act, 22 U.S.C. § 3104(c), provides that information collected under the Act may be used
only for analytical or statistical purposes, and that no official or employee may publish or make available any
information ..."), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P

SET = "heldout465"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# An appeal decision in part naming the remaining pages withheld in full, saying what they are, and upholding "their
# withholding" a sentence or two later: those pages are still withheld.
_OPM_DECISION = (
    "Re: FOIA Appeal 2027-OGC-A-0044\n\n"
    "On October 27, 2026, the FOIA Office released 58 pages and withheld 14 pages in full, citing Exemption 5. Based "
    "on that review, I am granting your appeal in part and denying it in part. I am directing the FOIA Office to "
    "release 9 of those pages to you. {named} {upheld}")


@pytest.mark.parametrize(("named", "upheld", "withheld"), [
    ("The remaining 5 pages withheld in full, and the redactions in the 22 pages released in part, consist of staff "
     "recommendations.", "They are predecisional and deliberative. I affirm their withholding under Exemption 5.", 5),
    ("The other 5 pages withheld in their entirety are draft reports.",
     "Their withholding under Exemption 5 is upheld.", 5),
    ("The remaining 5 pages, which were withheld in full, hold staff analysis.",
     "I sustain their withholding under Exemption 5.", 5),
    # near misses: a withholding not upheld, or upheld only as a condition or in part
    ("The remaining 5 pages withheld in full consist of staff recommendations.",
     "I cannot affirm their withholding without a further review.", None),
    ("The remaining 5 pages withheld in full consist of staff recommendations.",
     "Their withholding is affirmed in part.", None),
])
def test_remaining_pages_withheld_in_full_their_withholding_affirmed(named: str, upheld: str,
                                                                     withheld: int | None) -> None:
    found = events_in(_OPM_DECISION.format(named=named, upheld=upheld))
    assert [(e.kind, e.outcome, e.pages_withheld) for e in found] == [
        (EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT, withheld)]


@pytest.mark.parametrize(("sentence", "upholds"), [
    ("I affirm their withholding under Exemption 5, 5 U.S.C. § 552(b)(5).", True),
    ("Their withholding is hereby sustained.", True),
    ("I am upholding the withholding of these pages under Exemption 5.", True),
    ("I do not affirm their withholding.", False),
    ("If the agency shows harm, I would uphold their withholding.", False),
    ("Their withholding is affirmed only in part.", False),
    ("Their release is affirmed.", False),
])
def test_their_withholding_upheld(sentence: str, upholds: bool) -> None:
    assert bool(P.THESE_PAGES_UPHELD.search(sentence)) is upholds
_EXEMPTION_3 = ("The records are withheld in full under FOIA Exemption 3, 5 U.S.C. § 552(b)(3), which protects "
                "information specifically exempted from disclosure by another statute. ")


@pytest.mark.parametrize(("statute", "cited"), [
    # t05: a statistical agency's statute, told by what it lets the information serve and that no one may publish it
    ("Section 5(c) of the International Investment and Trade in Services Survey Act, 22 U.S.C. § 3104(c), provides "
     "that information collected under the Act may be used only for analytical or statistical purposes, and that no "
     "official or employee may publish or make available any information in a manner that permits a person who "
     "furnished it to be identified.", "22 U.S.C. § 3104(c)"),
    ("Under 13 U.S.C. § 9(a), information furnished to the Census Bureau may be used solely for statistical "
     "purposes.", "13 U.S.C. § 9(a)"),
    ("Section 3572(c) of title 44, 44 U.S.C. § 3572(c), provides that data acquired for exclusively statistical "
     "purposes shall not be released in identifiable form.", "44 U.S.C. § 3572(c)"),
    ("Under 7 U.S.C. § 2276(a), no officer or employee of the Department may publish information reported to it in "
     "a way that identifies the respondent.", "7 U.S.C. § 2276(a)"),
])
def test_the_statute_after_exemption_3_told_by_what_it_forbids_is_its_statute(statute: str, cited: str) -> None:
    assert [e.exemptions for e in events_in(_EXEMPTION_3 + statute)] == [(f"(b)(3) {cited}",)]


@pytest.mark.parametrize("sentence", [
    # Near misses: a statute after Exemption 3 that lets the office publish, or only says where the data came from.
    "Under 44 U.S.C. § 3506, the agency may publish the survey's results in aggregate form.",
    "The survey was conducted under 22 U.S.C. § 3103, which directs the Bureau to collect data on investment.",
])
def test_a_statute_that_keeps_nothing_back_is_not_exemption_3s(sentence: str) -> None:
    assert [e.exemptions for e in events_in(_EXEMPTION_3 + sentence)] == [("(b)(3)",)]
