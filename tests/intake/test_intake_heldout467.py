"""The four-hundred-and-sixty-seventh held-out set: 14 letters (letters/heldout467) from federal departments and
independent agencies other than DHS and DOJ, across a request's whole life, from offices the earlier sets of this
focus had not written for, in the formats they really send: a NAVFAC second interim release (PDF) with its counts and
Exemptions 5 and 6; a Department of Energy Golden Field Office e-mail estimating search fees and asking for an
assurance of payment; a Department of Education letter asking a law clinic to clarify a request for Federal Student
Aid's borrower defense records; a Labor Inspector General final answer in Word with a table of the records and
Exemptions 5, 6, 7(C) and 7(E); a USDA Office of the Assistant Secretary for Civil Rights "no records" answer; a
Treasury Inspector General e-mail acknowledging a request and taking the 10 extra working days; a Hines VA Hospital
release in full; a NASA Langley fee-waiver grant that also acknowledges the request; an EPA Region 3 e-mail denying
expedited processing; an Interior FOIA Appeals Office acknowledgement; a FirstNet Authority letter (PDF) closing a
request because the Authority is not subject to the FOIA; an Air Force General Counsel appeal decision granted in
part; a scanned SSA Inspector General denial of an open investigation's records under Exemption 7(A); and an HHS
Office of the Secretary final answer in Word on ASPE's records. Written blind and committed before the rules were run
on them.

- w01-navfac-interim-release.pdf: NAVFAC, DON-NAVY-2027-001482, second interim response: 146 pages reviewed, 120 in
  full, 18 in part, 8 withheld in full; Exemptions 5 and 6; request still open.
- w02-doe-golden-fee-estimate.eml: DOE Golden Field Office, HQ-2027-00361-F, received December 2, 2026 on transfer;
  "other" requester, search estimated at $414.00, advance payment asked.
- w03-ed-fsa-clarification.txt: Department of Education, 27-00412-F, received November 30, 2026; FSA asks for a date
  range and the types of records, 30 calendar days to answer.
- w04-dol-oig-final-partial.docx: Labor OIG, 2027-OIG-00087, 64 pages: 9 in full, 49 in part, 6 withheld; a table of
  the records; Exemptions 5, 6, 7(C), 7(E).
- w05-usda-oascr-no-records.txt: USDA OASCR, 2027-OASCR-00214-F, no records located.
- w06-treasury-oig-ack-extension.eml: Treasury OIG, 2027-OIG-0058, received December 4, 2026; 10 working days more,
  to January 19, 2027.
- w07-va-hines-final-full.txt: Edward Hines, Jr. VA Hospital, 27-01287-F, 31 pages released in their entirety.
- w08-nasa-larc-fee-waiver-granted.txt: NASA Langley, 27-LaRC-F-00031, received December 9, 2026; fee waiver granted
  under 14 C.F.R. 1206.706.
- w09-epa-r3-expedite-denied.eml: EPA Region 3, EPA-R3-2027-001146, expedited processing denied (no compelling need).
- w10-doi-appeal-ack.txt: Interior FOIA Appeals Office, appeal 2027-058 of request OS-2026-01877, received December
  14, 2026.
- w11-firstnet-closed-exempt.pdf: FirstNet Authority, DOC-NTIA-2027-000388, request closed without a search because
  47 U.S.C. 1426(d)(2) exempts the Authority from the FOIA: a denial.
- w12-af-appeal-partly.txt: SAF/GCA, appeal 2027-00042-A of AFMC request 2026-03718-F, granted in part: 9 of the 16
  pages withheld released, 7 still withheld under Exemption 5, Exemption 6 upheld.
- w13-ssa-oig-denied-7a-scanned.pdf: SSA OIG, 2027-OIG-F-0093, scanned; records of an open investigation withheld in
  full under Exemption 7(A) (Exemptions 6 and 7(C) only reserved).
- w14-hhs-aspe-final-partial.docx: HHS OS, 2027-00318-FOIA-OS, 212 pages: 164 in full, 31 in part, 17 withheld;
  Exemptions 4, 5, 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- w01 NAVFAC interim release: 32 C.F.R. part 701 (Department of the Navy FOIA program, the nine exemptions explained),
  http://federal.elaws.us/cfr/title32.part701.section701.59 and
  https://govinfo.gov/content/pkg/CFR-2002-title32-vol5/html/CFR-2002-title32-vol5-part701-subpartA.htm, and Navy
  fee categories, https://www.cnic.navy.mil/About/Freedom-of-Information-Act/Processing-Fees/
- w02 DOE fee estimate: 10 C.F.R. 1004.9 (fees, advance payment) and 1004.4 (receipt by the field FOIA Officer),
  http://edocket.access.gpo.gov/cfr_2003/10cfr1004.9.htm and https://www.law.cornell.edu/cfr/text/10/1004.4, and the
  DOE FOIA Officer's contact, https://regulations.justia.com/regulations/fedreg/2016/12/27/2016-31337.html
- w03 Education clarification: 34 C.F.R. part 5 (a request must reasonably describe the records),
  https://ecfr.federalregister.gov/api/renderer/v1/content/enhanced/2021-07-27/title-34?part=5&subtitle=A
- w04 Labor OIG final answer: the OIG Disclosure Officer's FOIA pages, https://oig.dol.gov/foiarequest.htm and
  https://oig.dol.gov/foia.htm, DOL's exemption codes, https://efoia.dol.gov/app/ExemptionCodes.aspx, and the wording of
  an Inspector General's release of a report of investigation ("Deletions have been made of information that is
  exempt from release under the provisions of 5 U.S.C. §§ 552(b)(5), (b)(6), and (b)(7)(C)"),
  https://fdocuments.in/document/uie-saes-eame-o-e-20101006-uie-saes-eame-o-e-ieio-oice-o-iseco-geea-200-nr.html
- w05 USDA OASCR no records: OASCR's appeal page ("FOIA APPEAL" in capital letters, Room 240-W, Whitten Building,
  legal sufficiency review by OGC under 7 C.F.R. 1.14), https://www.ascr.usda.gov/foia-appeal, and USDA's FOIA
  regulations, http://federal.elaws.us/cfr/title7.part1.subparta
- w06 Treasury OIG extension: 31 C.F.R. 1.5 (time limits, unusual circumstances), http://laws9.com/cfr/text/31/1/5 and
  https://regulations.justia.com/regulations/fedreg/2019/02/27/2019-03320.html
- w07 Hines VA release in full: 38 C.F.R. 1.554 (each VHA medical center its own FOIA office),
  https://www.law.cornell.edu/cfr/text/38/1.554 and
  https://govinfo.gov/content/pkg/FR-2019-04-01/html/2019-06101.htm
- w08 NASA Langley fee waiver: 14 C.F.R. part 1206 (fee waivers, Center FOIA offices),
  http://www.gpo.gov/fdsys/pkg/FR-2014-08-11/html/2014-18770.htm and
  http://www.ecfr.gov/cgi-bin/text-idx?c=ecfr&rgn=div6&view=text&node=14:5.0.1.1.8.3&idno=14
- w09 EPA Region 3 expedite denial: 40 C.F.R. 2.104 (responses, expedited processing),
  https://www.law.cornell.edu/cfr/text/40/2.104 and
  https://getpocketlaw.com/law/cfr_40/section-2-104-responses-to-requests-and-appeals_d456ad0432af
- w10 Interior appeal acknowledgement: the FOIA Appeals Office's appeal pages and regulations,
  https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm,
  http://www.law.cornell.edu/cfr/text/43/2.30 and http://www.fws.gov/irm/bpim/appeal2.html
- w11 FirstNet closure: the Authority's letters citing section 6206(d)(2) ("Accordingly, we do not undertake a search
  of our files for requested records or furnish such records to requestors", "this letter closes your pending
  request"), https://blog.npstc.org/2017/09/09/firstnet-denies-foia-requests-for-information-on-att-contract-opt-in-notifications/
  and https://www.rrmediagroup.com/Features/FeaturesDetails/FID/788, and the Second Circuit's holding,
  https://www.law360.com/articles/1301468/2nd-circ-says-firstnet-not-subject-to-foia-in-at-t-deal-case
- w12 Air Force appeal decision: 32 C.F.R. part 806 and DoD 5400.7-R_AFMAN 33-302 (appeals decided for the Secretary
  of the Air Force), http://federal.elaws.us/cfr/title32.part806.section806.29(c)(2)(i)) and
  https://vdocument.in/by-order-of-the-dod54007-r-afman-33-302-secretary-of-dod54007-rafman-33-302-21.html
- w13 SSA OIG denial: the Inspector General's release letters (as w04) and POMS GN 03350.010 (appeals to the
  Executive Director of the Office of Privacy and Disclosure), https://secure.ssa.gov/apps10/poms.nsf/lnx/0203350010
- w14 HHS OS final answer: HHS's final response letters (Freedom of Information and Privacy Acts Division, Deputy
  Agency Chief FOIA Officer for appeals) of earlier sets, and 45 C.F.R. part 5,
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5/subpart-B/section-5.24 and
  http://federal.elaws.us/fr/citation/2016-25684

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 34f3fd36: 11 of 14 fully right. Wrong were:
- w11 (w11-firstnet-closed-exempt.pdf): outcome 'other' != 'denied'; exemptions ['47 U.S.C. § 1426(d)(2)'] != None
- w12 (w12-af-appeal-partly.txt): pages_withheld None != 7
- w13 (w13-ssa-oig-denied-7a-scanned.pdf): exemptions ['(b)(6)', '(b)(7)(A)', '(b)(7)(C)'] != ['(b)(7)(A)']

After general fixes (what was read, with the sentence quoted; tests below), 12 of 14: w12's "The remaining 7 pages
withheld in full -- the investigating officer's recommendations and the legal review by the AFMC Staff Judge Advocate
-- are properly withheld under Exemption 5" names the pages kept back in full and finds them rightly kept, whatever is
said of them between (not pages found "improperly" or "not properly" withheld). w11 and w13 were not yet right.

Then (what was read, with the sentence quoted), 13 of 14:
- w13: grounds named only as ones the office may assert later ("... that would be protected under 5 U.S.C. §
  552(b)(6) and (b)(7)(C), and we reserve the right to assert those exemptions when the investigation is closed") are
  not applied now.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout467"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "w11-firstnet-closed-exempt.pdf",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_APPEAL_IN_PART = ("This responds to your appeal of the partial denial by the Command of your FOIA request. After "
                   "reviewing the records, I have decided to grant your appeal in part. Of the 16 pages withheld in "
                   "full, 9 pages hold segregable factual material. These 9 pages are released to you and are "
                   "enclosed. {kept} Accordingly, the remainder of your appeal is denied.")


def _decision_pages_withheld(kept: str) -> int | None:
    found = [e for e in events_in(_APPEAL_IN_PART.format(kept=kept)) if e.kind is EventKind.APPEAL_DECISION]
    return found[0].pages_withheld if found else None


@pytest.mark.parametrize("kept", [
    # the wording read (w12): the remaining pages named as withheld in full, their content set off, found rightly so
    "The remaining 7 pages withheld in full -- the investigating officer's recommendations and the legal review -- "
    "are properly withheld under Exemption 5, which protects predecisional material.",
    # other wordings of the same idea
    "The other 7 pages that were withheld in full, the draft findings of the review board, were correctly withheld "
    "under Exemption 5.",
    "The remaining seven pages withheld in their entirety are appropriately withheld under the deliberative process "
    "privilege.",
])
def test_remaining_pages_named_as_withheld_in_full_then_found_rightly_withheld_stay_withheld(kept: str) -> None:
    assert _decision_pages_withheld(kept) == 7


@pytest.mark.parametrize("kept", [
    # near misses: the remaining pages found wrongly kept back, or rightly kept back only in part
    "The remaining 7 pages withheld in full -- the investigating officer's recommendations -- are improperly "
    "withheld under Exemption 5 and will be reviewed again by the Command.",
    "The remaining 7 pages withheld in full -- the investigating officer's recommendations -- were not properly "
    "withheld under Exemption 5 in my view, and the Command will review them again.",
    "The remaining 7 pages withheld in full are properly withheld in part, and will be released with redactions.",
])
def test_remaining_pages_not_found_rightly_withheld_in_full_are_not_counted_as_kept(kept: str) -> None:
    assert _decision_pages_withheld(kept) != 7
# After the general fixes: a ground named only as one the office may assert later, not applied now.

@pytest.mark.parametrize(("body", "codes"), [
    ("We are withholding these records in their entirety under 5 U.S.C. § 552(b)(7)(A). The records also contain "
     "personal information that would be protected under 5 U.S.C. § 552(b)(6) and (b)(7)(C), and we reserve the right "
     "to assert those exemptions when the investigation is closed.", ["(b)(7)(A)"]),
    ("The records are withheld in full under Exemption 7(A). The Department reserves the right to invoke Exemptions 6 "
     "and 7(C) once the investigation ends.", ["(b)(7)(A)"]),
    ("The file is withheld in full under Exemption 7(A). Portions would also be protected by Exemption 5, and we may "
     "later assert that exemption should you request the file again.", ["(b)(7)(A)"]),
])
def test_grounds_reserved_for_later_are_not_applied(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "codes"), [
    # the ground applied now and kept for later too
    ("The names were redacted under Exemption 6, and we reserve the right to assert that exemption on any later "
     "release. The remaining records are withheld under Exemption 7(A).", ["(b)(6)", "(b)(7)(A)"]),
    # reserved in one sentence, applied in another
    ("The records are withheld in full under Exemptions 6 and 7(A). We reserve the right to assert Exemption 6 on "
     "any records released later.", ["(b)(6)", "(b)(7)(A)"]),
])
def test_grounds_applied_now_stay(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes
