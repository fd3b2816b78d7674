"""The three-hundred-and-ninth held-out set: 14 letters (letters/heldout309) on national security and intelligence
answers, written blind (committed before the rules were run on them): Glomar responses, Exemption 1 with the executive
order's sections, Exemption 3 with its statutes, classified pages referred to other agencies and a mandatory
declassification review letter. The letters:
- v01 a CIA final response (PDF) releasing five documents in segregable form and refusing to confirm or deny the rest
  (a partial Glomar), the CIA Act and National Security Act named by their sections;
- v02 an NSA/CSS FOIA/PA Appeal Authority decision denying an appeal from a Glomar response, with its three statutes;
- v03 an ODNI acknowledgement e-mail invoking the ten-working-day extension for unusual circumstances;
- v04 an FBI eFOIPA e-mail with its national security Glomar letter attached and the FOIPA Addendum's standard
  responses below it;
- v05 a DIA final response (PDF) releasing pages in part under sections 1.4(b)-(d) and 10 U.S.C. § 424, withholding
  others, and referring pages to the CIA and State;
- v06 a State Department final response in Word counting records (not pages) released, excised and withheld, with a
  referral;
- v07 a DHS Office of Intelligence and Analysis final response e-mail with pages referred to the FBI;
- v08 a CISA denial in full under the Cybersecurity Information Sharing Act, 6 U.S.C. § 1504(d)(3);
- v09 a National Reconnaissance Office no-records letter;
- v10 an OSD/WHS mandatory declassification review letter in Word declassifying a memorandum in part, with a table;
- v11 an NYPD FOIL Glomar response under Public Officers Law § 87(2)(e)(i), (e)(iv) and (f);
- v12 an Illinois State Police (STIC) partial denial under 5 ILCS 140/7(1)(c), (b), (v) and (d)(iv);
- v13 an OIP appeal decision (PDF) affirming the FBI's refusal to confirm or deny;
- v14 a Virginia State Police e-mail withholding Virginia Fusion Center records under Va. Code § 52-48.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- v01 CIA: the CIA letters quoted in https://app.midpage.ai/document/wheeler-v-central-intelligence-agency-2563553
  and https://cetient.com/case/186834/wolf-v-central-intelligence-agency ("neither confirm nor deny the existence or
  nonexistence of records"), https://foia.wiki/wiki/Central_Intelligence_Agency, and the CIA letters of earlier sets
  (246 b02: section 6 of the CIA Act of 1949 and section 102A(i)(1) of the National Security Act).
- v02 NSA appeal: the NSA/CSS Glomar letters of earlier sets (120 g11, 189 a12: "a currently and properly classified
  matter in accordance with Executive Order 13526, as set forth in Subparagraph (c) of Section 1.4", Public Law 86-36,
  the 90-day appeal) and the OGIS page on Intelligence Community records,
  https://archives.gov/ogis/resources/foia-ombuds-observer/2025-02
- v03 ODNI: 5 U.S.C. § 552(a)(6)(B)(i) and the ODNI letter of set 27 (j01); the same OGIS page.
- v04 FBI and v13 OIP: the FOIPA letters and Addendum of earlier sets (282 g03, 283 k09) and OIP's appeal letters
  (283 k14); the third exclusion and Glomar distinction in http://www.justice.gov/oip/foia-guide-2004-edition-exclusions
  and http://www.rcfp.org/federal-foia-appeals-guide/exclusions/iii-foreign-intelligence-international-terrorism
- v05 DIA: the DIA responses quoted in http://www.ufoupdateslist.com/2004/mar/m26-008.shtml ("A search of DIA's systems
  of records located four documents responsive ...") and
  https://docslib.org/doc/12600260/records-re-defense-intelligence-agency-dia-mandatory-declassification-review-mdr-program-2012-2013
- v06 State: the Department's production letter and exemption enclosure (1.4(b) foreign government information, 1.4(d)
  foreign relations), https://www.scribd.com/document/723967581/CU-v-State-FOIA-Production-COVID-Origins-March-2024
- v07 DHS I&A and v08 CISA: the DHS final-response formula of earlier sets (283 k08, 290 b01),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and 6 U.S.C. § 1504(d)(3).
- v09 NRO: the same OGIS page (the NRO among the Intelligence Community's FOIA offices) and the no-records letters of
  earlier sets.
- v10 OSD MDR: E.O. 13526 sections 3.3(b) and 3.5 and the MDR appeal route,
  http://archives.gov/declassification/iscap/mdr-appeals.html, http://laws9.com/cfr/text/36/1260/54 and
  http://www.rcfp.org/federal-open-government-guide/sidebars/foia-alternative-mandatory-declassification-review
- v11 NYPD: Matter of Abdur-Rashid v New York City Police Dept., https://law.justia.com/cases/new-york/court-of-appeals/2018/19.html
  and https://www.newyorkappellatedigest.com/2016/06/02/glomar-response-neither-confirming-nor-denying-the-existence-of-documents-appropriate-under-the-facts/
- v12 Illinois State Police: 5 ILCS 140/7(1)(v), 9.5(a) and 11, and the Illinois denial letters of earlier sets.
- v14 Virginia State Police: https://foiacouncil.dls.virginia.gov/ref/Law-Enforcement%20Records%202024%20DOC.html,
  https://vacode.org/2.2-3705.2 and https://vacode.org/2.2-3706

Blind score (written before the rules were run on it): 12 of 14 fully right, and all 14 matched to their request by
their number. Wrong were:
- v02 (NSA/CSS appeal decision): the appeal number, all digits, not read, neither from the heading nor the sentence:
  "Appeal No.: 5318" and "Your appeal was received on 15 September 2026 and has been assigned Appeal Number 5318."
- v10 (OSD mandatory declassification review, Word): denied instead of granted in part, the 38 pages declassified in
  part not read as released and the 9 pages denied counted twice (18), from the table row and the sentence that
  repeats it: "The document, 38 pages, has been reviewed by the Office of the Secretary of Defense, the Joint Staff,
  and the Department of State.", "Those reviewing officials have determined that the document may be declassified
  in part.", "| Tab A, Force Deployment Annex | 9 | Denied in full; remains classified SECRET" and "Tab A, 9 pages,
  remains classified in its entirety and is denied under section 3.3(b)(5) of E.O. 13526."
After general fixes (an appeal's number of four figures read after a label naming it an appeal's, "Appeal No.: 5318",
"has been assigned Appeal Number 5318"; pages a mandatory declassification review declassifies are released, "38 pages
are declassified in part", a table's "| 38 | Declassified in part", and those that "remain classified" withheld), 14 of
14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout309"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "outcome", "released", "withheld"), [
    # A mandatory declassification review gives out what it declassifies, in part or in full, and withholds what
    # remains classified.
    ("This responds to your Mandatory Declassification Review (MDR) request. The document, 38 pages, has been reviewed "
     "and may be declassified in part. The declassified portions are enclosed.\n\n| Document | Pages | Determination\n"
     "| Memorandum, 14 October 1990 | 38 | Declassified in part\n| Tab A, Annex | 9 | Denied in full; remains "
     "classified SECRET\n\nTab A, 9 pages, remains classified in its entirety and is denied under section 3.3(b)(5) "
     "of E.O. 13526.",
     "partial_grant", 38, 9),
    ("This responds to your mandatory declassification review request. The 24 pages of the cable traffic were "
     "declassified in full and are enclosed.", "full_grant", 24, None),
    ("This responds to your mandatory declassification review request. Upon review, 17 pages have been declassified in "
     "part and are enclosed; 5 pages remain classified in their entirety under section 3.3(b)(1) of E.O. 13526.",
     "partial_grant", 17, 5),
])
def test_pages_declassified_are_released_and_those_that_remain_classified_withheld(
        body: str, outcome: str, released: int, withheld: int | None) -> None:
    events = events_in(body)
    assert [(e.kind, e.outcome, e.pages_released, e.pages_withheld) for e in events] == [
        (EventKind.FINAL_DETERMINATION, outcome, released, withheld)]


def test_pages_not_declassified_are_not_released() -> None:
    # The near miss: pages that have not been declassified go out not at all.
    body = ("This responds to your mandatory declassification review request. The 40 pages have not been declassified "
            "and remain classified in their entirety under section 1.4(c) of E.O. 13526.")
    assert all(e.pages_released is None for e in events_in(body))
