"""The two-hundred-and-seventy-third held-out set: 14 letters (letters/heldout273) on long final and interim
determinations, eight federal and six from state agencies of five states: a DHS Privacy Office final response (PDF)
with pages releasable in their entirety, partially releasable and withheld, and pages referred to ICE; an ICE second
interim release e-mail with pages non-responsive and duplicate beside the counts; an FBI third interim release with
the checked boxes of exemptions and of a referral and a consultation with another agency (so the pages not released
are not all withheld in full); an OIP appeal decision affirming on partly modified grounds (PDF attached to a FOIA
STAR e-mail) that does not rely on an exemption the component cited; an OSD/JS final response on CD-ROM with pages
referred to the Army; a CDC final response in Word with a table of exemptions and pages; an HHS Office of the
Secretary no-records letter; a CMS acknowledgement e-mail invoking unusual circumstances and ten more working days;
an Army fee estimate with an itemised table and advance payment; a Pennsylvania State Police Right-to-Know final
response granted in part and denied in part; an Illinois Department of Public Health partial denial e-mail; a New
Jersey DEP OPRA Records Center completion e-mail by item; a Washington Department of Health third installment with an
exemption log; and a Michigan State Police FOIA response in Word with a table of records and determinations.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- m01 DHS Privacy Office final response: the DHS final-response formula ("A search of ... produced a total of N
  pages. Of those pages, I have determined that N pages of the records are releasable in their entirety ... pursuant
  to Title 5 U.S.C. § 552 (b)(6), FOIA Exemptions 6", the 90-day appeal to the Privacy Office, the $25 minimum),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and the DHS CRCL letter templates,
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002
- m02 ICE second interim release: the DHS interim-response formula ("This is our first interim response ... To date,
  a search ... produced a total of 379 pages. Of those pages, ... 302 pages ... are releasable in their entirety, 53
  pages are partially releasable, and 24 pages are withheld in their entirety"),
  https://pdfslide.tips/documents/dhs-daca-cvr-ltr.html and http://www.scribd.com/doc/145514081/2013-HQFO-00304-First-Interim-Response-Letter
- m03 FBI interim release: the FBI FOIPA release letter (checked boxes of Section 552 / 552a, "N pages were reviewed
  and N pages are being released", the OGA referral and consultation boxes, "Duplicate copies of the same document
  were not processed", the appeal to OIP and OGIS), as quoted in the FBI letters on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095,
  and the Secret Service checklist production letter, https://scribd.com/document/711821874/CU-FOIA-Production-2-USSS-Cocaine-Found-at-White-House
- m04 OIP appeal decision: OIP's appeal-decision formulas ("After carefully considering your appeal, I am affirming,
  on partly modified grounds, ...", "Please be advised that this Office's decision was made only after a full review
  of this matter", the OGIS paragraph), as in the DOJ FOIA Update pages and earlier sets' OIP letters,
  https://www.justice.gov/oip/blog/foia-update-justice-department-testimony-s-1940 (OIP's own style) and the Privacy
  Act (j)(2) paragraph of EOUSA-related decisions, http://ecases.us/case/dcd/c2200715/donato-v-executive-office-united-states-attorneys
- m05 OSD/JS final response on CD-ROM: DoD Manual 5400.07 (Initial Denial Authority, referrals to the originating
  DoD Component for direct response, 90-day appeal to ODC&A, OGIS), https://docslib.org/doc/12588490/dodm-5400-07-dod-freedom-of-information-act-foia-program
- m06 CDC final response: the CDC/ATSDR FOIA process pages ("We located N pages of responsive records", FOIA Public
  Liaison, OGIS, the HHS appeal to the Deputy Agency Chief FOIA Officer), https://www.cdc.gov/od/foia/request/process/index.htm
  and https://cdc.gov/foia/faq/index.html; HHS's response rule 45 C.F.R. § 5.28 (number of pages withheld, the
  exemptions, appeal and OGIS), https://dev.compliancecosmos.org/how-does-hhs-respond-my-request
- m07 HHS OS no-records letter: 45 C.F.R. § 5.61 (a finding that no record exists is an adverse determination, 90
  calendar days to appeal) and § 5.62 (the OS appeal address, Room 729H), https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61
- m08 CMS acknowledgement with unusual circumstances: the HHS regulation and CMS control numbers of earlier sets
  (112420267031 in CMS's MMDDYYYY + sequence form); HHS FOIA regulations 81 FR 74930,
  https://regulations.vlex.com/vid/freedom-of-information-regulations-652056285
- m09 Army fee estimate: AR 25-55 (fee categories, advance payment over $250, Initial Denial Authorities),
  https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html
- m10 Pennsylvania State Police final response: the RTKL's interim and final responses (5 business days, 30-day
  extension, granted in part and denied in part, appeal to the OOR within 15 business days, criminal investigative
  records to the district attorney's appeals officer), https://www.pa.gov/en/services/budget/1_1_16-ob-right-to-know-law.html,
  http://pafoic.org/right-to-know-request-and-appeals-process/ and https://centrecountypa.nextrequest.com/faqs
- m11 Illinois DPH partial denial: the Illinois FOIA response rules (approve in part and deny in part, names and
  titles of those responsible, the PAC review within 60 days and judicial review),
  http://ilrules.elaws.us/iac/t2_pt6000_sec.6000.250 and https://il-batavia.civicplus.com/919/Denied-Request
- m12 New Jersey DEP OPRA completion e-mail: the OPRA request-form text of New Jersey agencies (N.J.S.A. 47:1A-1.1,
  N.J.S.A. 47:1A-1, GRC complaint or Superior Court), https://main.govpilot.com/web/public/b5d05f41-6d3.html?id=1&pu=1&ust=NJ
  and the GRC's Citizen's Guide, https://vdocuments.us/a-citizenas-guide-to-the-s-guide-to-opra-may-a-citizenas-guide-to-the.html
- m13 Washington DOH installment and m14 Michigan State Police response: written from the statutes they cite (RCW
  42.56.080 and .520 installments and exemption logs, RCW 70.02.020, RCW 42.56.360(2); MCL 15.235, 15.243, 15.240)
  and the earlier sets' letters from those states; no agency page was found for them in the time available.

Blind score: 8 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- m03 (FBI third interim release): 114 pages withheld in full, worked out by subtraction from "500 pages were reviewed
  and 386 pages are being released.", though the checked boxes say some pages were referred to another agency for
  direct response and some are in consultation ("This information has been referred to the OGA(s) for review and
  direct response to you.", "We are consulting with another agency."), so the rest is not all withheld in full.
  Corrected after scoring, in its own commit: the expected value was wrong by the project's convention, not the
  rules. Seven earlier sets log the FBI's reviewed-less-released pages as withheld in full with the referral box
  ticked (120 f02, 178 h07, 199 b02, 215 h03, 239 i01, 253 j01, 33 n03: the deleted page information sheets mark
  each page not released), so m03 expects 114 as they do. The blind score stays 8.
After general fixes (a ground an appeal decision sets aside by pointing back in the singular to the clause just before,
which names it alone: "..., and I am not relying on that exemption", "..., but this Office need not address it"; "am
not relying on" as words that set a ground aside; Michigan's lettered sections, "MCL 257.208b"; Illinois's sections
numbered by article and section, "210 ILCS 45/3-212(c)"; a list of citations with no markers run together at its
semicolons read item by item, "RCW 70.02.020 - ...; RCW 42.56.360(2) - ..."; pages counted in brackets after the words
saying how they are released, "which is released in full (12 pages)"), 14 of 14.
- m04 (OIP appeal decision, affirming on partly modified grounds): Exemption 5 logged, though OIP says it does not
  rely on it: "I note, however, that EOUSA's letter also cited Exemption 5 for the same material, and I am not
  relying on that exemption."
- m10 (Pennsylvania State Police RTKL final response): 196 pages released instead of 208: the 12 pages "released in
  full (12 pages)" of item 3 and "The 208 releasable pages are provided as a PDF file" were not counted beside "Of
  those, 196 pages are provided with redactions and 18 pages are withheld in their entirety."
- m11 (Illinois DPH partial denial): the Nursing Home Care Act cut short, "210 ILCS 45/3" instead of "210 ILCS
  45/3-212(c)": "Section 3-212(c) of the Nursing Home Care Act (210 ILCS 45/3-212(c))".
- m13 (Washington DOH third installment): only RCW 70.02.020 of the three provisions of the exemption log listed one a
  line ("RCW 42.56.360(2) - information and documents created specifically for ... a quality improvement committee;",
  "RCW 43.70.075 - the identity of a whistleblower ...").
- m14 (Michigan State Police, Word): "MCL 257.208" instead of "MCL 257.208b": "namely MCL 257.208b (the personal
  information of persons involved in the crash ...)".
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.intake.exemptions import find_exemptions, list_item_exemptions

SET = "heldout273"
# What the rules reach on this set now (blind: 8; 9 with m03's expected value corrected); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


_APPEAL = ("This responds to your administrative appeal. After carefully considering your appeal, I am affirming the "
           "Bureau's action on your request. ")


@pytest.mark.parametrize(("body", "codes"), [
    (_APPEAL + "The Bureau properly withheld this information under Exemptions 6 and 7(C). I note, however, that the "
     "Bureau's letter also cited Exemption 5 for the same material, and I am not relying on that exemption.",
     ("(b)(6)", "(b)(7)(C)")),
    (_APPEAL + "The Bureau properly withheld the names under Exemptions 6 and 7(C). The Bureau also invoked Exemption "
     "7(E) for these pages, but this Office need not address it.", ("(b)(6)", "(b)(7)(C)")),
    (_APPEAL + "The agency properly withheld the proposal under Exemptions 4 and 6. The agency's letter also cited "
     "Exemption 5; this Office is not relying upon that exemption.", ("(b)(4)", "(b)(6)")),
    # The near misses: the clause pointed back to names two grounds (which one is meant is not said), and a ground
    # relied on, not set aside.
    (_APPEAL + "The Bureau properly withheld this information. The Bureau cited Exemptions 6 and 7(C), and I am not "
     "relying on that exemption.", ("(b)(6)", "(b)(7)(C)")),
    (_APPEAL + "The Bureau properly withheld the drafts under Exemption 5, and I am relying on that exemption alone.",
     ("(b)(5)",)),
])
def test_a_ground_set_aside_by_pointing_back_to_the_clause_before_is_not_applied(body: str,
                                                                                codes: tuple[str, ...]) -> None:
    assert [event.exemptions for event in events_in(body)] == [codes]


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The records are exempt under MCL 15.243(1)(d), namely MCL 257.208b.", ["MCL 15.243(1)(d)", "MCL 257.208b"]),
    ("The names are withheld under MCL 28.214a(2).", ["MCL 28.214a(2)"]),
    ("The data are withheld under Mich. Comp. Laws § 257.208b.", ["MCL 257.208b"]),
    ("Complainants' identities are redacted under Section 3-212(c) of the Nursing Home Care Act (210 ILCS "
     "45/3-212(c)).", ["210 ILCS 45/3-212(c)"]),
    ("The juvenile records are withheld under 705 ILCS 405/1-7(A).", ["705 ILCS 405/1-7(A)"]),
    ("The crash report is withheld under 625 ILCS 5/11-416.", ["625 ILCS 5/11-416"]),
    # The near misses: the Illinois Act's own sections, and Pennsylvania's range of the whole Act.
    ("The names are redacted under 5 ILCS 140/7(1)(c).", ["5 ILCS 140/7(1)(c)"]),
    ("The request was processed and the records withheld under 65 P.S. §§ 67.101-67.3104.", []),
])
def test_state_sections_lettered_or_numbered_by_article_are_cited_whole(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


@pytest.mark.parametrize(("sentence", "codes"), [
    ("RCW 70.02.020 - health care information of patients; RCW 42.56.360(2) - quality improvement committee "
     "records; RCW 43.70.075 - the identity of a whistleblower.",
     ["RCW 70.02.020", "RCW 42.56.360(2)", "RCW 43.70.075"]),
    ("RCW 42.56.240(1): specific investigative records; RCW 42.56.250(4): employee addresses; RCW 42.56.230(5): bank "
     "account numbers.", ["RCW 42.56.240(1)", "RCW 42.56.250(4)", "RCW 42.56.230(5)"]),
    ("Gov't Code \u00a7 552.101 \u2013 information made confidential by law; Gov't Code \u00a7 552.130 \u2013 motor "
     "vehicle record information.", ["Gov't Code \u00a7 552.101", "Gov't Code \u00a7 552.130"]),
    # The near miss: prose with dashes after the semicolon opens no item.
    ("RCW 42.56.240(1) - investigative records; the remaining pages - which hold no exempt information - are "
     "released.", ["RCW 42.56.240(1)"]),
])
def test_a_list_run_together_at_its_semicolons_is_read_item_by_item(sentence: str, codes: list[str]) -> None:
    assert list_item_exemptions(sentence) == codes


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("Your request is granted in part. Of the 214 pages located, 196 pages are provided with redactions and 18 pages "
     "are withheld in their entirety. The pursuit policy, which is released in full (12 pages), is also attached.",
     208, 18),
    ("Your request is granted in part. We are releasing 40 pages in full. The training roster is provided with "
     "redactions (9 pages).", 49, None),
    ("Your request is granted in part. We are releasing 40 pages in full, and the roster in part (9 pages).", 49, None),
    # The near miss: a record's pages in brackets, withheld.
    ("Your request is granted in part. We are releasing 40 pages in full. The incident report (12 pages) is withheld "
     "in full.", 40, 12),
])
def test_pages_counted_in_brackets_after_the_words_saying_how_they_are_released(body: str, released: int,
                                                                             withheld: int | None) -> None:
    [event] = events_in(body)
    assert (event.pages_released, event.pages_withheld) == (released, withheld)
