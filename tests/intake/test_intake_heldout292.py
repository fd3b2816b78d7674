"""The two-hundred-and-ninety-second held-out set: 14 first-party and immigration letters (letters/heldout292), eight
federal and six from state motor-vehicle and corrections agencies of six states: a USCIS FOIA/PA Appeals Office
acknowledgement e-mail; an ICE Office of the Principal Legal Advisor appeal decision (PDF) finding the search for
detention records adequate and affirming the no-records response; an FBI FOIPA acknowledgement (PDF) with its check
boxes, a fee category and the pointer to CJIS for an Identity History Summary; a DOJ OIP appeal decision affirming
EOIR's withholdings under (b)(5) and (b)(6) after review under the Privacy Act ((d)(5)); a State Department
no-records e-mail on a deceased parent's passport records; a VA Records Management Center acknowledgement in Word
taking the ten working days for unusual circumstances and asking for a death certificate; a CBP SecureRelease final
response e-mail releasing a travel history in its entirety; a DHS OBIM final response on IDENT encounters, released
in full and in part under (b)(6), (b)(7)(C) and (b)(7)(E), Privacy Act (j)(2) and (k)(2) beside them; a Washington
Department of Licensing five-day letter (RCW 42.56.520) with an estimated date; an Illinois Secretary of State denial
under 5 ILCS 140/7(1)(a), (b) and (c), the DPPA and the Vehicle Code; a Colorado Department of Corrections CORA
extension of seven working days; a Kentucky Transportation Cabinet partial release (PDF) under KRS 61.878(1)(a) and
(k) and the DPPA; a Minnesota Department of Corrections response in Word to a data subject's request with a table of
classifications; and a Texas DPS no-information e-mail. Written after the rules were read (while fixing set 291's
misses), so its score is recorded apart from the blind ones; committed before the rules were run on it.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names, numbers and dates
invented):
- e01 USCIS appeal acknowledgement: the USCIS FOIA request guide (appeals to the FOIA/PA Appeals Office),
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html.
- e02 ICE appeal decision: ICE's appeal numbers (2023-ICAP-00154) at
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195 and
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/, and the Reporters
  Committee's page on ICE, https://foia.wiki/wiki/U.S._Immigration_%26_Customs_Enforcement.
- e03 FBI acknowledgement: the FBI FOIPA letters quoted on
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095.
- e04 OIP appeal decision: OIP's template paragraphs for appeal letters,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and OIP's guidance on adjudicating
  appeals, https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html.
- e05 State no records: 8 FAM 1203.1 (passport records systems, records of deceased persons),
  https://fam.state.gov/fam/08fam/08fam120301.html, and the State letter at
  https://fr.scribd.com/document/356208139/DoS-FOIA-Response ("I refer to your letter dated ..., requesting under the
  provisions of the Privacy Act ... and/or the Freedom of Information Act").
- e06 VA acknowledgement: VA's interim reply and processing times as described at
  https://www.militaryveteranlawyer.com/freedom_of_information_act_foi/, and 38 CFR 1.559,
  https://ecfr.io/Title-38/Section-1.559.
- e07 CBP travel history: CBP's final response quoted at https://andrewferguson.net/tag/freedom-of-information-act/.
- e08 OBIM: the DHS final response formula of earlier sets (the $25 minimum, the appeal to the DHS Privacy Office
  under 6 C.F.R. § 5.8); no OBIM page found in the time available.
- e09 Washington DOL, e10 Illinois Secretary of State, e11 Colorado DOC, e12 Kentucky Transportation Cabinet and e14
  Texas DPS: written from the statutes they cite (RCW 42.56.520, RCW 46.52.130; 5 ILCS 140/7(1), 625 ILCS 5/2-123;
  C.R.S. § 24-72-203(3)(b); KRS 61.878(1), KRS 61.880(2); Gov't Code ch. 552) and the earlier sets' letters from those
  states; no agency page was found for them in the time available.
- e13 Minnesota DOC: the DOC's data practices pages (data subjects' rights, how to request data),
  https://mn.gov/doc/transparency-center/data-practices/ and http://www.doc.state.mn.us/accessgovdata.htm, and
  https://docest.com/doc/14341/public-access-to-government-data.
Score on first run (written after reading the rules, so not a blind score): 13 of 14 fully right, and 14 of 14 matched
to its request by its number. Wrong was:
- e06 (VA Records Management Center acknowledgement with extension, Word): no clarification request beside the
  acknowledgement and the extension, from "Before we can release your father's records to you as next of kin, please
  provide a copy of his death certificate." (a document asked for before records are released).
After a general fix (the proof of death that a request for a deceased person's records needs, asked for as the proof
of identity or consent is: "please provide a copy of his death certificate", "did not include proof of death",
"Kindly send a certified copy of the death certificate"), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout292"
# What the rules reach on this set now (first run: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
