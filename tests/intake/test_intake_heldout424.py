"""The four-hundred-and-twenty-fourth held-out set: 14 letters (letters/heldout424) that come after the first answer,
federal and state mixed, from fourteen offices not used by the earlier sets of this focus, in the formats they really
send: an IRS Independent Office of Appeals e-mail acknowledging a FOIA appeal with its Appeals case number and day of
receipt; a National Geospatial-Intelligence Agency appeal decision (PDF) affirming withholdings under Exemption 3
(10 U.S.C. 424 and 455) and Exemption 6; a CFTC Office of the General Counsel appeal decision in Word granted in part,
with a table of the records, 6 pages released and 14 still withheld; an OCC appeal decision reversing Exemption 5 and
8 withholdings of 19 pages of CRA correspondence; a Peace Corps appeal decision remanding a request for a new search of
the Africa Region and the post; a Tennessee Valley Authority e-mail closing a non-response appeal as moot once the
answer was sent; a Maryland Public Information Act Compliance Board decision and order (PDF) finding that a county
police department violated the Act in withholding a closed internal affairs file but properly withheld a reprimand as
a personnel record; a Knoxville police supplemental release in Word after an advisory opinion of Tennessee's Office of
Open Records Counsel; a Fairfax County police production after a circuit court's order on a Virginia FOIA mandamus
petition; an FSIS e-mail releasing records found after the USDA's remand of an appeal; a Census Bureau release after a
Commerce appeal decision ordered reprocessing, with Title 13 withholdings; an FMCSA letter asking whether the
requester is still interested, with the 30-day close; an FHFA letter (scanned PDF) administratively closing a request
now in a lawsuit; and a Bureau of Prisons third interim release in FOIA litigation with a Bates range. Written blind
and committed before the rules were run on them.

- j01-irs-appeal-ack.eml: IRS Independent Office of Appeals, appeal AP-FOIA-27-00418 of FOIA case 2026-18342,
  received December 2, 2026.
- j02-nga-appeal-affirmed.pdf: NGA, appeal NGA-APL-2027-0007 of request NGA-2026-00318, denied: Exemption 3
  (10 U.S.C. 424 and 455) and Exemption 6 upheld; the letter also carries NGA's own reference U-0187-27/OGC.
- j03-cftc-appeal-partly.docx: CFTC OGC, appeal 27-A-0009 of request 26-00412, granted in part: 6 pages released (3 in
  full, 3 in part under Exemption 6), 14 still withheld in full under Exemptions 4 and 5; a table of the records.
- j04-occ-appeal-reversed.txt: OCC, FOIA Appeal No. 2027-00011 of request 2026-01187-F, granted: the 19 pages withheld
  under (b)(5) and (b)(8) released in full ("Subject:" reference line).
- j05-peacecorps-appeal-remanded.txt: Peace Corps Associate Director for Management, appeal PC-APP-27-003 of request
  26-0187, remanded for a new search; the Exemption 6 redactions not reviewed.
- j06-tva-appeal-moot.eml: TVA, FOIA Appeal 2027-A-003 of TVA FOIA 2026-00412, a non-response appeal closed as moot
  after the December 10 answer (88 pages, Exemptions 4 and 6, recalled only).
- j07-md-piacb-decision.pdf: Maryland PIA Compliance Board, PIACB 27-09, Anne Arundel County Police Department request
  26-PIA-3318: violation in withholding the closed internal affairs file under GP § 4-351, production ordered; the
  reprimand properly withheld under GP § 4-311.
- j08-tn-knoxville-pd-release-after-orc.docx: Knoxville Police Department, request KPD-26-04187, supplemental release
  after the Office of Open Records Counsel's advisory opinion: 225 pages (a table), four incidents still withheld under
  Tenn. Code Ann. § 10-7-504(a)(2)(A) and Tenn. R. Crim. P. 16(a)(2), redactions under § 10-7-504(a)(29).
- j09-va-fairfax-pd-release-after-court-order.txt: Fairfax County Police Department, request FOIA-26-01873, 112 pages
  produced under a circuit court's final order, juveniles' details redacted under Va. Code § 16.1-301, one report
  still withheld under § 2.2-3706.1(B)(1).
- j10-fsis-supplemental-after-appeal.eml: FSIS, request 2026-FSIS-00871-F, after the USDA OGC remand: 48 pages released
  (30 in full, 18 in part), 4 withheld, Exemptions 6 and 7(C).
- j11-census-release-after-appeal.txt: Census Bureau, request DOC-CEN-2026-001873, reprocessing after the Commerce
  appeal decision: 22 pages released (10 in full, 12 in part), 9 withheld, Exemption 3 (13 U.S.C. 9) and Exemption 6.
- j12-fmcsa-still-interested.txt: FMCSA "still interested?" letter, FOIA Control No. 2026-0731 ("In Reply Refer To:"),
  30 calendar days to reply.
- j13-fhfa-closed-litigation.pdf: FHFA (scanned) administrative closure of FHFA-2026-0187 because the request is in
  litigation.
- j14-bop-litigation-production.txt: Bureau of Prisons third interim release in litigation, request 2026-04187, 450
  pages processed, 118 in full, 294 in part, 38 withheld, Exemptions 5, 6, 7(C) and 7(F); the next release date is
  no completion date.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- j01 IRS appeal acknowledgement: IRM 8.7.14, FOIA Administrative Appeal Cases (the Independent Office of Appeals
  decides FOIA appeals within 20 working days), https://www.irs.gov/irm/part8/irm_08-007-014, the transfer of FOIA
  appeals to Appeals, https://ro.scribd.com/document/535580/US-Internal-Revenue-Service-a-01-58, and
  https://wagnertaxlaw.com/?p=2983
- j02 NGA appeal decision: NGA's Exemption 3 statutes and appeal posture in Center for Human Rights and Constitutional
  Law v. NGA,
  http://careersdocbox.com/US_Military/87252557-No-in-the-united-states-court-of-appeals-for-the-ninth-circuit-center-for-human-rights-and-constitutional-law.html
  and OGIS's model language for final appeal letters,
  https://ogis.archives.gov/mediation-program/model-letter-language.htm
- j03 CFTC appeal decision: 17 C.F.R. part 145 (appeals to the Office of the General Counsel, confidential treatment
  under 145.9),
  https://www.ecfr.gov:443/api/renderer/v1/content/enhanced/2021-09-24/title-17?chapter=I&part=145 and the CFTC FOIA
  pages, http://www.cftc.gov/FOI/foia_annrept08
- j04 OCC appeal decision: the OCC's appeal letter ("Subject: Freedom of Information Act ("FOIA") Appeal No.
  2017-00018", "This responds to your appeal under the FOIA, 5 U.S.C. § 552, received on ..."),
  https://assets.documentcloud.org/documents/4113822/Documents-From-TREAS-OCC-on-Committee-Instruction.txt and the
  OCC's FOIA rule, http://federal.elaws.us/fr/notice/12/23/2016/2016-30725
- j05 Peace Corps remand: 22 C.F.R. part 303 (appeals decided by the Associate Director for Management) and the remand
  wording of an NCUA appeal letter ("Re: 2022-APP-00003; Appeal of Response 22-FOI-00012"),
  https://ncua.gov/foia/appeals/foia-appeal-response-22-foi-00012
- j06 TVA appeal closed as moot: 18 C.F.R. part 1301 (TVA's FOIA Appeals Official, 90 days to appeal) and the moot
  closures of earlier sets; OIP's guidance on the OGIS paragraph,
  http://www.justice.gov/oip/blog/foia-post-2010-oip-guidance-notifying-requesters-mediation-services-offered-ogis
- j07 Maryland Compliance Board decision: GP §§ 4-1A-04 and 4-1A-05 (complaints after the Public Access Ombudsman's
  final determination, written decision and order to produce),
  https://codes.findlaw.com/md/general-provisions/md-code-gen-provis-sect-4-1a-04/ and
  https://instalawyer.io/laws/maryland-statutes/section-4-1a-05-unreasonable-fee, and the Attorney General's PIA
  manual, https://docslib.org/doc/10462037/maryland-public-information-act-manual
- j08 Knoxville release after the Office of Open Records Counsel: the Office's role and model response forms,
  https://www.comptroller.tn.gov/openrecords/ and http://www.comptroller.tn.gov/openrecords/forms.asp, and the
  Tennessee open government guide, https://abcdocz.com/doc/50938/open-government-guide-tennessee
- j09 Fairfax County production after a court order: Va. Code § 2.2-3713 (petition for mandamus),
  https://instalawyer.io/laws/code-of-virginia/22-3713-proceedings-for-enforcement, and
  https://caselaw.findlaw.com/court/crt-app-vir-lee/117217472.html
- j10 FSIS release after remand: USDA's appeal paragraph (90 calendar days, Office of the General Counsel) and OGIS's
  model language, https://ogis.archives.gov/mediation-program/model-letter-language.htm, and the release-after-remand
  letters of earlier sets.
- j11 Census release after appeal: the Census Bureau's FOIA reference guide and its Title 13 withholdings,
  https://vdocuments.us/freedom-of-information-act-reference-guide-census-freedom-of-information-act-foia.html and
  https://www.census.gov/about/policies/foia/foia-requests/why_is_certain_information_withheld.html
- j12 FMCSA still-interested letter: DOT's FOIA rule, 49 C.F.R. part 7, and the still-interested letters of earlier
  sets (30 calendar days, administrative closure).
- j13 FHFA closure for litigation: the closure letters of earlier sets for a request in litigation and OGIS's
  description of the dispute process, https://www.archives.gov/ogis/mediation-program/mediation-process
- j14 BOP litigation production: the Bureau's FOIA/PA Section (320 First Street, NW) and its exemption notes,
  https://www.webharvest.gov/peth04/20041027105335/http://www.bop.gov/progstat/readme.html, and BOP FOIA litigation
  over redactions, https://www.rcfp.org/dc-circuit-rules-favor-prison-legal-news-appeal-against-bureau-priso/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at bbd98655: 10 of 14 fully right. Wrong were:
- j02 (j02-nga-appeal-affirmed.pdf): exemptions ['(b)(3)', '(b)(6)'] != ['(b)(3) 10 U.S.C. § 424', '(b)(3) 10 U.S.C. §
  455', '(b)(6)']
- j06 (j06-tva-appeal-moot.eml): kinds ['appeal_acknowledged'] != ['appeal_decision']; outcome None != 'other'
- j07 (j07-md-piacb-decision.pdf): exemptions ['Gen. Prov. § 4-311'] != ['GP § 4-311']
- j09 (j09-va-fairfax-pd-release-after-court-order.txt): exemptions ['Va. Code § 2.2-3706.1(B)(1)', 'Va. Code §
  16.1-301'] != ['Va. Code § 16.1-301', 'Va. Code § 2.2-3706.1(B)(1)']

One expected value was corrected after scoring, in a commit of its own, to the form the earlier sets give Maryland's
sections (Gen. Prov. § 4-311, as 132, 150 and 289 log it): j07's "GP § 4-311" now reads "Gen. Prov. § 4-311", and with
it j07 is right. The blind score stays 10.

After general fixes (an appeal the office says it has closed, in the perfect: "Because your request has now been
answered, there is no longer a delay for the appeal to remedy, and we have closed your appeal as moot"), 12 of 14: j06
right.

After general fixes (Exemption 3 explained, and the next sentence saying the records are protected by statutes, each
named after "by": "The withheld tasking orders and the names, titles and organizational elements of NGA personnel are
protected by 10 U.S.C. § 424, ..., and by 10 U.S.C. § 455, ..."; each statute is Exemption 3's), 13 of 14: j02 right.

After general fixes (the office's earlier withholding told in the simple past with no day, in a release that says what
is withheld still, comes after the grounds the release applies now: "The FCPD withheld the records under Va. Code §
2.2-3706.1(B)(1) as criminal investigative files" before "... have been redacted under Va. Code § 16.1-301" and "...
continues to be withheld under Va. Code § 2.2-3706.1(B)(1), as the Court permitted" is § 16.1-301, § 2.2-3706.1(B)(1),
as set 336's release after the Supervisor of Records orders them), 14 of 14: j09 right.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout424"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize("body", [
    "Because your request has now been answered, there is no longer a delay for the appeal to remedy, and we have "
    "closed your appeal as moot.",
    "The Bureau issued its final response on December 1, 2026. I have therefore closed your appeal as moot.",
    "Since the records have been released to you, the Office has accordingly closed this administrative appeal.",
    "The agency has now answered your request, and we have closed the appeal.",
])
def test_an_appeal_the_office_has_closed_is_decided_other(body: str) -> None:
    found = events_in("This is in reference to your e-mail of November 20, 2026, in which you appealed the agency's "
                      "failure to respond to your request.\n\n" + body, date_line="December 14, 2026")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, Outcome.OTHER)]


@pytest.mark.parametrize("body", [
    # The near misses: a closing foreseen, on a condition, or an earlier appeal's history
    "If we do not hear from you within 30 days, we will have closed your appeal.",
    "We have closed your earlier appeal, and your new appeal has been assigned number 2027-A-004.",
    "Once the agency has answered your request, we will close your appeal.",
])
def test_no_appeal_closing_foreseen_or_past_is_a_decision(body: str) -> None:
    found = events_in("This is in reference to your e-mail of November 20, 2026, in which you appealed the agency's "
                      "failure to respond to your request.\n\n" + body, date_line="December 14, 2026")
    assert EventKind.APPEAL_DECISION not in [e.kind for e in found]


# --- Exemption 3 explained, then the records protected by the statutes the next sentence names ---------------------


_B3 = ("Accordingly, your appeal is denied. Exemption 3, 5 U.S.C. § 552(b)(3), protects information specifically "
       "exempted from disclosure by statute.")


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The withheld tasking orders and the names of NGA personnel are protected by 10 U.S.C. § 424, which exempts the "
     "names of employees of NGA, and by 10 U.S.C. § 455, which protects maps, charts and geodetic data.",
     ["(b)(3) 10 U.S.C. § 424", "(b)(3) 10 U.S.C. § 455"]),
    ("The tax return information withheld is protected by 26 U.S.C. § 6103 and by 26 U.S.C. § 6105.",
     ["(b)(3) 26 U.S.C. § 6103", "(b)(3) 26 U.S.C. § 6105"]),
    ("The names of agency employees were exempted from disclosure by 50 U.S.C. § 3507 and 10 U.S.C. § 424.",
     ["(b)(3) 50 U.S.C. § 3507", "(b)(3) 10 U.S.C. § 424"]),
])
def test_statutes_protecting_the_records_after_exemption_3_are_its_statutes(sentence: str, codes: list[str]) -> None:
    assert exemptions_in(f"{_B3} {sentence}") == codes


def test_statutes_said_in_general_to_protect_such_records_stay_unjoined() -> None:
    body = (f"{_B3} Both 26 U.S.C. § 6103 and 8 U.S.C. § 1202(f) protect such records in general. The names of third "
            "parties were withheld under Exemption 6.")
    assert exemptions_in(body) == ["(b)(3)", "(b)(6)"]


# --- The earlier withholding told without its day, in a release saying what is withheld still: the grounds in the ----
# --- order this release applies them (j09) --------------------------------------------------------------------------

_RELEASE_AFTER_ORDER = (
    "This letter provides the records that the Circuit Court ordered produced in its Final Order entered on December "
    "4, 2026. Your client's request, received on June 15, 2026, sought the incident reports and the crash "
    "reconstruction report. {earlier} The Court found that the reconstruction report is not a criminal investigative "
    "file. In compliance with the Final Order, the Department is producing 112 pages today. The names of juveniles "
    "have been redacted under Va. Code § 16.1-301. {still}")


@pytest.mark.parametrize(("earlier", "still"), [
    ("The FCPD withheld the records under Va. Code § 2.2-3706.1(B)(1) as criminal investigative files.",
     "The report of the one crash for which a charge remains pending continues to be withheld under Va. Code § "
     "2.2-3706.1(B)(1), as the Court permitted."),
    ("The Department denied the request under Va. Code § 2.2-3706.1(B)(1).",
     "One report remains withheld under Va. Code § 2.2-3706.1(B)(1)."),
    ("The Department withheld all of the records under Va. Code § 2.2-3706.1(B)(1).",
     "The Department continues to withhold one report under Va. Code § 2.2-3706.1(B)(1)."),
])
def test_the_earlier_withholding_told_without_its_day_comes_after_what_is_applied_now(earlier: str, still: str) -> None:
    (event,) = events_in(_RELEASE_AFTER_ORDER.format(earlier=earlier, still=still), date_line="December 17, 2026")
    assert (event.outcome, event.exemptions, event.pages_released) == (
        Outcome.PARTIAL_GRANT, ("Va. Code § 16.1-301", "Va. Code § 2.2-3706.1(B)(1)"), 112)


@pytest.mark.parametrize("earlier", [
    # The near misses: nothing is said to be withheld still (the letter's own withholding, in its order), or the
    # withholding is this letter's, told in the present perfect.
    "The FCPD withheld the records under Va. Code § 2.2-3706.1(B)(1) as criminal investigative files.",
    "The Department has withheld one report under Va. Code § 2.2-3706.1(B)(1).",
])
def test_a_withholding_with_nothing_withheld_still_keeps_the_letters_order(earlier: str) -> None:
    body = _RELEASE_AFTER_ORDER.format(earlier=earlier, still="The Department also redacted one report under Va. Code "
                                                                "§ 2.2-3706.1(B)(1).")
    (event,) = events_in(body, date_line="December 17, 2026")
    assert event.exemptions == ("Va. Code § 2.2-3706.1(B)(1)", "Va. Code § 16.1-301")
